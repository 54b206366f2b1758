package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/render"
)

type compareOptions struct {
	IO    IOStreams
	Flags insightFlags
	Args  []string
}

func newCompareCmd(s IOStreams) *cobra.Command {
	o := &compareOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "compare OLD NEW",
		Short: "Show what changed between two evaluations",
		Long: `Compare shows what changed between two evaluations of the same agency under
the same rubric, for instance a city's 2021 and 2023 answer sheets: the index
and the predicate, then every domain and aspect index and every indicator
whose level moved, the largest change first.

OLD and NEW are answer sheets (.xlsx) or JSON results of spbe score --format
json, in any mix. A JSON result is scored again from its levels. Evaluations
under different rubrics are refused: there is no official crosswalk between
frameworks. A JSON result made with another version of the same rubric is
scored with the rubric in use, with a warning.`,
		Example: `  spbe compare palopo-2021.xlsx palopo-2023.xlsx
  spbe compare --format markdown 2021.json 2023.xlsx`,
		Args: cobraArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return compareRun(o)
		},
	}
	o.Flags.add(cmd)
	return cmd
}

// differentRubrics refuses to compare evaluations under two rubrics.
func differentRubrics(args []string, a, b string) error {
	return fmt.Errorf("compare %s and %s: %s uses rubric %s and %s uses rubric %s; there is no official crosswalk between frameworks, so evaluations under different rubrics cannot be compared",
		args[0], args[1], args[0], a, args[1], b)
}

func compareRun(o *compareOptions) error {
	f := &o.Flags
	if err := f.check(); err != nil {
		return err
	}
	old, err := evaluate.ReadInput(o.Args[0], f.Limits)
	if err != nil {
		return err
	}
	cur, err := evaluate.ReadInput(o.Args[1], f.Limits)
	if err != nil {
		return err
	}
	if r := f.rubrics.Named; r != nil {
		if a, b := old.RubricID(r), cur.RubricID(r); a != b {
			return differentRubrics(o.Args, a, b)
		}
	}
	// Without --rubric, a sheet is scored first, so that a JSON result of
	// another rubric is refused as such before it is scored.
	evs := make([]*evaluate.Evaluation, 2)
	ins := []*evaluate.Input{old, cur}
	for _, pass := range []bool{false, true} {
		for i, in := range ins {
			if (in.JSONRubricID() != "") != pass {
				continue
			}
			if other := evs[1-i]; pass && other != nil && in.JSONRubricID() != other.Result.Rubric.ID {
				ids := []string{in.JSONRubricID(), other.Result.Rubric.ID}
				if i == 1 {
					ids[0], ids[1] = ids[1], ids[0]
				}
				return differentRubrics(o.Args, ids[0], ids[1])
			}
			if pass && evs[1-i] == nil && ins[1-i].JSONRubricID() != in.JSONRubricID() {
				return differentRubrics(o.Args, old.JSONRubricID(), cur.JSONRubricID())
			}
			ev, err := in.Score(f.rubrics, f.Limits)
			if err != nil {
				return err
			}
			evs[i] = ev
		}
	}
	oe, ne := evs[0], evs[1]
	if a, b := oe.Result.Rubric.ID, ne.Result.Rubric.ID; a != b {
		return differentRubrics(o.Args, a, b)
	}
	dc, err := doc.NewCompareDoc(oe.Result, ne.Result, oe.Subject, ne.Subject, f.lang, version())
	if err != nil {
		return fmt.Errorf("compare %s and %s: %w", o.Args[0], o.Args[1], err)
	}
	return render.RenderCompare(o.IO.Out, f.format, dc)
}
