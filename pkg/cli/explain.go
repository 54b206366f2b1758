package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/rubric"
)

type explainOptions struct {
	IO        IOStreams
	Flags     insightFlags
	Indicator string
	Args      []string
}

func newExplainCmd(s IOStreams) *cobra.Command {
	o := &explainOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "explain FILE",
		Short:   lang.S("cli.explain.show-arithmetic-score-step"),
		Long:    lang.S("cli.explain.explain-shows-how-index"),
		Example: lang.S("cli.explain.spbe-explain-dinkes-xlsx"),
		Args:    cmdutil.CobraArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return explainRun(o)
		},
	}
	o.Flags.add(cmd)
	cmd.Flags().StringVarP(&o.Indicator, "indicator", "i", "", lang.S("cli.explain.explain-one-indicator-id"))
	return cmd
}

func explainRun(o *explainOptions) error {
	f := &o.Flags
	if err := f.check(); err != nil {
		return err
	}
	if o.Indicator != "" {
		if err := f.rubrics.CheckEarly(func(r *rubric.Rubric) error { return evaluate.CheckIndicator(r, o.Indicator) }); err != nil {
			return cmdutil.Usagef("cli.explain.indicator-v", err)
		}
	}
	ev, err := evaluate.Load(o.Args[0], f.rubrics, f.Limits)
	if err != nil {
		return err
	}
	if o.Indicator != "" && f.rubrics.Named == nil {
		if err := evaluate.CheckIndicator(ev.Result.Rubric, o.Indicator); err != nil {
			return cmdutil.Usagef("cli.explain.indicator-v", err)
		}
	}
	dc, err := doc.NewExplainDoc(ev.Result, o.Indicator, ev.Subject, f.lang, version())
	if err != nil {
		return err
	}
	return render.RenderExplain(o.IO.Out, f.format, dc)
}
