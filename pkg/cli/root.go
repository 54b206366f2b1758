package cli

import (
	"github.com/spf13/cobra"
)

func newRootCmd(s IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "spbe",
		Short: "Score SPBE / Indeks Pemdi answer sheets against a rubric",
		Long: `spbe computes Indonesia's government digital-maturity index (Indeks SPBE of
PermenPANRB 59/2020, and rubrics like it) from Excel answer sheets, exactly
as the regulation's formulas say, and reports the index, the predicate and
every domain and aspect index.

The official rubric is built in; --rubric names another built-in rubric or a
YAML file.`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(s.Out)
	root.SetErr(s.ErrOut)
	root.SetIn(s.In)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.SetVersionTemplate("spbe {{.Version}}\n")
	root.AddCommand(newScoreCmd(s))
	root.AddCommand(newTemplateCmd(s))
	return root
}
