package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// maxRubricSize is the --max-rubric-size limit. It is a persistent flag of
// the root command, so every command that reads a rubric honours it.
var maxRubricSize int64 = rubric.MaxFileSize

func newRootCmd(s IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "spbe",
		Short: "Score SPBE / Indeks Pemdi answer sheets against a rubric",
		Long: `spbe computes Indonesia's government digital-maturity index (Indeks Pemdi of
PermenPANRB 8/2026, Indeks SPBE of PermenPANRB 59/2020, and rubrics like
them) from Excel answer sheets, exactly as the regulation's formulas say,
and reports the index, the predicate and every domain and aspect index.

Both rubrics are built in, and each sheet chooses its own: by the template
stamp, else by the indicators its table holds; every output says which and
why. --rubric names a built-in rubric or a YAML file instead.`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(s.Out)
	root.SetErr(s.ErrOut)
	root.SetIn(s.In)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.SetVersionTemplate("spbe {{.Version}}\n")
	int64Limit(root.PersistentFlags(), &maxRubricSize, "max-rubric-size", rubric.MaxFileSize, 1, maxRubricCap, "bytes", "largest rubric file read, in bytes")
	root.PersistentPreRunE = noteClampedLimits
	root.AddCommand(newScoreCmd(s))
	root.AddCommand(newTemplateCmd(s))
	root.AddCommand(newExplainCmd(s), newPlanCmd(s), newCompareCmd(s))
	root.AddCommand(newCheckCmd(s), newTrendCmd(s))
	root.AddCommand(newRubricCmd(s))
	root.AddCommand(newVersionCmd(s))
	root.AddCommand(newInspectCmd(s))
	registerCompletions(root)
	return root
}
