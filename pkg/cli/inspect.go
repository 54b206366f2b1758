package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// inspectOptions are the flags of spbe inspect.
type inspectOptions struct {
	IO     IOStreams
	Rubric string
	Format string
	Limits sheet.Options
}

func newInspectCmd(s IOStreams) *cobra.Command {
	o := &inspectOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "inspect FILE",
		Short: lang.S("cli.inspect.show-how-reader-sees"),
		Long:  lang.S("cli.inspect.inspect-shows-how-reader"),
		Args:  cmdutil.CobraArgs(cobra.ExactArgs(1)),
		RunE: func(_ *cobra.Command, args []string) error {
			return inspectRun(o, args[0])
		},
	}
	f := cmd.Flags()
	addRubricFlag(f, &o.Rubric)
	f.StringVarP(&o.Format, "format", "f", "text", lang.S("cli.inspect.output-format-text-or"))
	addLimitFlags(f, &o.Limits)
	addReaderFlags(f, &o.Limits)
	cmd.RegisterFlagCompletionFunc("format", cmdutil.FixedCompletion("text", "json"))
	return cmd
}

func inspectRun(o *inspectOptions, path string) error {
	if o.Format != "text" && o.Format != "json" {
		return cmdutil.Usagef("cli.inspect.format-q-inspect-writes", o.Format)
	}
	rs, err := chooseRubric(o.Rubric)
	if err != nil {
		return err
	}
	in, err := evaluate.Inspect(path, rs, o.Limits, func() (*rubric.Rubric, error) { return cmdutil.OpenRubric("") })
	if err != nil {
		return err
	}
	if err := render.Lookup(o.Format).Inspect(o.IO.Out, in); err != nil {
		return err
	}
	if !in.Readable {
		return cmdutil.ExitError{Code: ExitFailure}
	}
	return nil
}
