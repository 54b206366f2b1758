package sheet

import (
	"slices"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// The index places every indicator of a rubric where Indicators holds
// it, and finds it by the id Indicator finds it by; remembered among
// more rubrics than it keeps, each rubric still gets its own.
func TestIndexPlacesEveryIndicatorOfItsOwnRubric(t *testing.T) {
	var rs []*rubric.Rubric
	for range 3 { // three loads of each: more rubrics than indexes kept
		for _, name := range rubric.Builtins() {
			r, err := rubric.Builtin(name)
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, r)
		}
	}
	for round := range 2 {
		for _, r := range rs {
			x := indexOf(r)
			if x.r != r || len(x.pos) != len(r.Indicators) {
				t.Fatalf("round %d: index of %s has %d places for %d indicators (its own rubric: %v)", round, r.ID, len(x.pos), len(r.Indicators), x.r == r)
			}
			for i, in := range r.Indicators {
				if p, ok := x.pos[in.ID]; !ok || int(p) != i || r.Indicators[p] != r.Indicator(in.ID) {
					t.Errorf("round %d: %s indicator %s placed at %d (%v), want %d", round, r.ID, in.ID, p, ok, i)
				}
			}
		}
	}
}

// named keeps the row of each indicator named, by place, and grows while
// identifying, when places are made as rows are read.
func TestNamedKeepsTheRowOfEachPlace(t *testing.T) {
	ins := []*rubric.Indicator{{ID: "1"}, {ID: "2"}, {ID: "10"}, {ID: "3"}}
	s := &named{rows: make([]int32, 1), col: 0}
	s.add(2, 14) // past its rows: grows
	s.add(0, 7)
	s.ins = ins
	if s.n != 2 || !s.has(0) || s.has(1) || !s.has(2) || s.has(3) || s.has(40) {
		t.Fatalf("named %d, has 0..3: %v %v %v %v; want 2, true false true false", s.n, s.has(0), s.has(1), s.has(2), s.has(3))
	}
	if got := s.cell(2); got != "A14" {
		t.Errorf("cell of place 2 = %q, want A14", got)
	}
	if got := s.ids(); !slices.Equal(got, []string{"1", "10"}) {
		t.Errorf("ids = %q, want [1 10]", got)
	}
}
