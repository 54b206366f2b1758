package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// newRootCmd builds the command tree; with only naming one of its
// commands, the tree holds that command alone (see addCommands).
func newRootCmd(s IOStreams, only string) *cobra.Command {
	root := &cobra.Command{
		Use:           "spbe",
		Short:         lang.S("cli.root.score-spbe-indeks-pemdi"),
		Long:          lang.S("cli.root.spbe-computes-indonesia-government"),
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(s.Out)
	root.SetErr(s.ErrOut)
	root.SetIn(s.In)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return cmdutil.Usage(err) })
	root.SetVersionTemplate("spbe {{.Version}}\n")
	int64Limit(root.PersistentFlags(), &cmdutil.MaxRubricSize, "max-rubric-size", rubric.MaxFileSize, rubricSizeRange, lang.S("cli.root.largest-rubric-file-read"))
	root.PersistentPreRunE = noteClampedLimits
	addCommands(root, s, only)
	registerCompletions(root)
	localizeHelp(root)
	return root
}
