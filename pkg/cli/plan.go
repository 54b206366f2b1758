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

type planOptions struct {
	IO       IOStreams
	Flags    insightFlags
	Target   string
	MaxLevel int
	Only     []string
	Exclude  []string
	Cost     string
	Args     []string
}

func newPlanCmd(s IOStreams) *cobra.Command {
	o := &planOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "plan FILE",
		Short:   lang.S("cli.plan.find-cheapest-level-raises"),
		Long:    lang.S("cli.plan.plan-finds-cheapest-set"),
		Example: lang.S("cli.plan.spbe-plan-dinkes-xlsx"),
		Args:    cmdutil.CobraArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return planRun(o)
		},
	}
	o.Flags.add(cmd)
	f := cmd.Flags()
	f.StringVarP(&o.Target, "target", "t", "", lang.S("cli.plan.predicate-name-or-index"))
	f.IntVar(&o.MaxLevel, "max-level", 0, lang.S("cli.plan.highest-level-any-indicator"))
	f.StringSliceVar(&o.Only, "only", nil, lang.S("cli.plan.raise-only-these-indicator"))
	f.StringSliceVar(&o.Exclude, "exclude", nil, lang.S("cli.plan.never-raise-these-indicator"))
	f.StringVar(&o.Cost, "cost", evaluate.DefaultCosts(), lang.S("cli.plan.cost-one-step-from"))
	return cmd
}

func planRun(o *planOptions) error {
	f := &o.Flags
	if err := f.check(); err != nil {
		return err
	}
	// The options are checked against the rubric before the sheet is read
	// when --rubric names it, else against the rubric the sheet chooses.
	if err := f.rubrics.CheckEarly(func(r *rubric.Rubric) error {
		_, err := evaluate.PlanOptions(r, o.Cost, o.Target, o.MaxLevel, o.Only, o.Exclude)
		return err
	}); err != nil {
		return cmdutil.Usage(err)
	}
	ev, err := evaluate.Load(o.Args[0], f.rubrics, f.Limits)
	if err != nil {
		return err
	}
	opts, err := evaluate.PlanOptions(ev.Result.Rubric, o.Cost, o.Target, o.MaxLevel, o.Only, o.Exclude)
	if err != nil {
		return cmdutil.Usage(err)
	}
	dc, err := doc.NewPlanDoc(ev.Result, opts, ev.Subject, f.lang, version())
	if err != nil {
		return err
	}
	if err := render.RenderPlan(o.IO.Out, f.format, dc); err != nil {
		return lang.Errorf("cli.plan.write-plan-v", err)
	}
	if dc.Plan.Status == doc.Unreachable {
		return cmdutil.ExitError{Code: ExitFailure}
	}
	return nil
}
