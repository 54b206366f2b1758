package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/doc/checkdoc"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/sheet"
)

type checkOptions struct {
	IO     IOStreams
	Rubric string
	Update bool
	Format string
	Lang   string
	Limits sheet.Options
	Dir    string
}

func newCheckCmd(s IOStreams) *cobra.Command {
	o := &checkOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "check DIR",
		Short:   lang.S("cli.check.re-score-reference-sheets"),
		Long:    lang.S("cli.check.check-re-scores-every"),
		Example: lang.S("cli.check.spbe-check-testdata-check"),
		Args:    cmdutil.CobraArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Dir = args[0]
			return checkRun(o)
		},
	}
	f := cmd.Flags()
	addRubricFlag(f, &o.Rubric)
	f.BoolVar(&o.Update, "update", false, lang.S("cli.check.write-golden-every-new"))
	f.StringVarP(&o.Format, "format", "f", "text", lang.S("cli.check.output-format-text-json"))
	cmdutil.AddLangFlag(cmd, &o.Lang)
	addLimitFlags(f, &o.Limits)
	addReaderFlags(f, &o.Limits)
	cmd.RegisterFlagCompletionFunc("format", cmdutil.FixedCompletion("text", "json", "html"))
	return cmd
}

func checkRun(o *checkOptions) error {
	f := render.Lookup(o.Format)
	if f == nil || f.Check == nil {
		return cmdutil.Usagef("cli.check.unknown-format-q-for", o.Format)
	}
	l, err := lang.ParseLang(o.Lang)
	if err != nil {
		return cmdutil.Usage(err)
	}
	rs, err := chooseRubric(o.Rubric)
	if err != nil {
		return err
	}
	r := rs.Named
	c := &checkdoc.Check{Dir: o.Dir, Rubric: r, RubricArg: o.Rubric, Update: o.Update, ToolVersion: version(), Lang: l}
	writeGolden := func(path string, data []byte) error { return cmdutil.WriteBytes(path, true, data) }
	if err := evaluate.Check(c, o.Limits, writeGolden, o.IO.ErrOut); err != nil {
		return err
	}
	if err := f.Check(o.IO.Out, c); err != nil {
		return err
	}
	if !c.OK() {
		return cmdutil.ExitError{Code: ExitFailure}
	}
	return nil
}
