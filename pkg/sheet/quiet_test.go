package sheet

import (
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// A quiet lookup records nothing, even once the problems kept are full
// and the rest are only counted: an unknown id looked up quietly and then
// read was counted twice in "and N more".
func TestAQuietLookupCountsNothing(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	rd := &reader{name: "x.xlsx", rubric: r, problems: make([]Problem, maxCollected)}
	for _, text := range []string{"99", "Indikator 99", "1"} {
		rd.quietIndicator(text)
	}
	if rd.more != 0 || len(rd.problems) != maxCollected {
		t.Errorf("after quiet lookups: %d problems and %d more; want %d and 0", len(rd.problems), rd.more, maxCollected)
	}
	if in, _, _ := rd.indicator("99", "Penilaian", "A2"); in != nil || rd.more != 1 {
		t.Errorf("reading an unknown id with the problems full: %v, %d more; want nil, 1", in, rd.more)
	}
}
