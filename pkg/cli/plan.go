package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
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
		Use:   "plan FILE",
		Short: "Find the cheapest level raises that reach the next predicate",
		Long: `Plan finds the cheapest set of level raises that brings the index of an
answer sheet (or of a JSON result of spbe score --format json) to a target:
by default the next predicate up, or --target, a predicate (Baik, "Sangat
Baik", Good) or an index (3.5). It shows each raise (indicator, from -> to),
the resulting index and predicate, and the gain per cost of the next step of
every indicator, so a team can choose differently.

The plan is exact: the cheapest of all possible plans, not a greedy guess.
Among plans of equal cost it takes the one with the fewest steps, and among
those the one that raises indicators earlier in the rubric. A predicate target
is the band's lower bound, read as the rubric reads predicates: the exact
index, or (predicate_basis: rounded) the printed one.

Cost: each step of one level on one indicator costs by the level it starts
from. The default table is

  1 -> 2: 1    2 -> 3: 2    3 -> 4: 3    4 -> 5: 5

because every level's criteria include the level below and ask more.
--cost gives another table, one cost per step from the lowest level up,
each positive and larger than the one before (--cost 1,2,4,8).

--only and --exclude take indicator ids, or aspect and domain ids for all
their indicators (--only D4 --exclude 45,46,47). --max-level caps every final
level.

Exit status: 0 when the target is reached or already met, 1 when it cannot be
reached under the constraints (the best reachable result is shown), 2 for a
bad target, cost table, indicator id or flag.`,
		Example: `  spbe plan dinkes.xlsx
  spbe plan --target "Sangat Baik" --max-level 4 dinkes.xlsx
  spbe plan --target 3.0 --only A7,A8 --cost 1,2,4,8 --format json dinkes.xlsx`,
		Args: cobraArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return planRun(o)
		},
	}
	o.Flags.add(cmd)
	f := cmd.Flags()
	f.StringVarP(&o.Target, "target", "t", "", "predicate name or index to reach (default: the next predicate up)")
	f.IntVar(&o.MaxLevel, "max-level", 0, "highest level any indicator may be raised to (default: the top of its scale)")
	f.StringSliceVar(&o.Only, "only", nil, "raise only these indicator, aspect or domain `IDs` (comma-separated or repeated)")
	f.StringSliceVar(&o.Exclude, "exclude", nil, "never raise these indicator, aspect or domain `IDs`")
	f.StringVar(&o.Cost, "cost", evaluate.DefaultCosts(), "cost of one step from each level, lowest first, increasing")
	return cmd
}

func planRun(o *planOptions) error {
	f := &o.Flags
	if err := f.check(); err != nil {
		return err
	}
	// The options are checked against the rubric before the sheet is read
	// when --rubric names it, else against the rubric the sheet chooses.
	if err := f.early(func(r *rubric.Rubric) error {
		_, err := evaluate.PlanOptions(r, o.Cost, o.Target, o.MaxLevel, o.Only, o.Exclude)
		return err
	}); err != nil {
		return usageError{err}
	}
	ev, err := evaluate.Load(o.Args[0], f.rubrics, f.Limits)
	if err != nil {
		return err
	}
	opts, err := evaluate.PlanOptions(ev.Result.Rubric, o.Cost, o.Target, o.MaxLevel, o.Only, o.Exclude)
	if err != nil {
		return usageError{err}
	}
	dc, err := doc.NewPlanDoc(ev.Result, opts, ev.Subject, f.lang, version())
	if err != nil {
		return err
	}
	if err := render.RenderPlan(o.IO.Out, f.format, dc); err != nil {
		return fmt.Errorf("write the plan: %w", err)
	}
	if dc.Plan.Status == doc.Unreachable {
		return exitError{ExitFailure}
	}
	return nil
}
