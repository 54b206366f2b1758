package evaluate

import (
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// LoadPair reads and scores the two evaluations spbe compare compares, an
// answer sheet or a JSON result each, and refuses two under different
// rubrics: there is no official crosswalk between frameworks. With a named
// rubric the refusal comes before anything is scored; without one, a sheet
// is scored first (choosing its rubric), so that a JSON result of another
// rubric is refused as such before it is scored.
func LoadPair(oldPath, newPath string, rs Rubrics, limits sheet.Options) (old, cur *Evaluation, err error) {
	differ := func(a, b string) error {
		return lang.Errorf("evaluate.compare-rubrics", oldPath, newPath, oldPath, a, newPath, b)
	}
	oi, err := ReadInput(oldPath, limits)
	if err != nil {
		return nil, nil, err
	}
	ni, err := ReadInput(newPath, limits)
	if err != nil {
		return nil, nil, err
	}
	if r := rs.Named; r != nil {
		if a, b := oi.RubricID(r), ni.RubricID(r); a != b {
			return nil, nil, differ(a, b)
		}
	}
	evs := make([]*Evaluation, 2)
	ins := []*Input{oi, ni}
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
				return nil, nil, differ(ids[0], ids[1])
			}
			if pass && evs[1-i] == nil && ins[1-i].JSONRubricID() != in.JSONRubricID() {
				return nil, nil, differ(oi.JSONRubricID(), ni.JSONRubricID())
			}
			ev, err := in.Score(rs, limits)
			if err != nil {
				return nil, nil, err
			}
			evs[i] = ev
		}
	}
	if a, b := evs[0].Result.Rubric.ID, evs[1].Result.Rubric.ID; a != b {
		return nil, nil, differ(a, b)
	}
	return evs[0], evs[1], nil
}
