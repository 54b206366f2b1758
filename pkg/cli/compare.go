package cli

import (
	"github.com/spbe-id/spbe/pkg/lang"

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
		Use:     "compare OLD NEW",
		Short:   lang.S("cli.compare.show-what-changed-between"),
		Long:    lang.S("cli.compare.compare-shows-what-changed"),
		Example: lang.S("cli.compare.spbe-compare-palopo-2021"),
		Args:    cobraArgs(cobra.ExactArgs(2)),
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
	return lang.Errorf("cli.compare.compare-and-uses-rubric",
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
		return lang.Errorf("cli.compare.compare-and-v", o.Args[0], o.Args[1], err)
	}
	return render.RenderCompare(o.IO.Out, f.format, dc)
}
