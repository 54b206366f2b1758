package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
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
		Use:   "explain FILE",
		Short: "Show the arithmetic of a score, step by step",
		Long: `Explain shows how the index of an answer sheet (or of a JSON result of
spbe score --format json) is computed, the way the regulation's worked
examples write it: for each aspect the sum of level x weight and its division
by the aspect weight, each domain from its aspects, the index from the
domains, where the index is rounded, and which predicate band it falls in and
why. Every value is shown exactly; only the index is rounded, when printed.

With --indicator, it shows one indicator: its level, label, weight and
contribution, and what one more level would add to its aspect, its domain and
the index.`,
		Example: `  spbe explain dinkes.xlsx
  spbe explain --indicator 14 dinkes.xlsx
  spbe explain --format markdown --lang en result.json`,
		Args: cobraArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return explainRun(o)
		},
	}
	o.Flags.add(cmd)
	cmd.Flags().StringVarP(&o.Indicator, "indicator", "i", "", "explain one indicator `ID` and what one more level would add")
	return cmd
}

func explainRun(o *explainOptions) error {
	f := &o.Flags
	if err := f.check(); err != nil {
		return err
	}
	if o.Indicator != "" {
		if err := f.early(func(r *rubric.Rubric) error { return evaluate.CheckIndicator(r, o.Indicator) }); err != nil {
			return usagef("--indicator: %v", err)
		}
	}
	ev, err := evaluate.Load(o.Args[0], f.rubrics, f.Limits)
	if err != nil {
		return err
	}
	if o.Indicator != "" && f.rubrics.Named == nil {
		if err := evaluate.CheckIndicator(ev.Result.Rubric, o.Indicator); err != nil {
			return usagef("--indicator: %v", err)
		}
	}
	dc, err := doc.NewExplainDoc(ev.Result, o.Indicator, ev.Subject, f.lang, version())
	if err != nil {
		return err
	}
	return render.RenderExplain(o.IO.Out, f.format, dc)
}
