package evaluate

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// builtinsOf is every built-in rubric, as the detection chooses among them.
func builtinsOf(t *testing.T) []*rubric.Rubric {
	t.Helper()
	rs, err := builtins()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// parsed is a fresh copy of the built-in rubric name, for a test to change.
func parsed(t *testing.T, name string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The built-in rubric is chosen from the stamp, else from the indicator
// set; none, two, or a stamp contradicting the table are errors naming
// --rubric.
func TestDetect(t *testing.T) {
	// The cases read the English messages.
	defer lang.SetUI(lang.UI())
	lang.SetUI(lang.EN)
	ids := func(n int) []string {
		var out []string
		for i := 1; i <= n; i++ {
			out = append(out, big.NewInt(int64(i)).String())
		}
		return out
	}
	cases := []struct {
		name  string
		e     evidence
		want  string // rubric id, or an error fragment
		stamp bool
	}{
		{"47 indicators are spbe-2020", evidence{IDs: ids(47)}, "spbe-2020", false},
		{"20 indicators are pemdi-2026", evidence{IDs: ids(20)}, "pemdi-2026", false},
		{"a duplicate id does not change the set", evidence{IDs: append(ids(20), "3")}, "pemdi-2026", false},
		{"the stamp decides", evidence{StampID: "pemdi-2026", IDs: ids(20)}, "pemdi-2026", true},
		{"a stamp with no table read yet", evidence{StampID: "spbe-2020"}, "spbe-2020", true},
		{"21 indicators fit none", evidence{IDs: ids(21)}, "holds 21 indicators, the indicator set of no built-in rubric (pemdi-2026 (20 indicators), spbe-2020 (47 indicators)); name the rubric with --rubric", false},
		{"a pemdi stamp over spbe's table", evidence{StampID: "pemdi-2026", IDs: ids(47)}, "made from the template of rubric pemdi-2026 (20 indicators), but its table holds 47 indicators (as rubric spbe-2020 has); name the rubric with --rubric", false},
		{"a stamp of a rubric not built in", evidence{StampID: "kabupaten-x", IDs: ids(20)}, "rubric kabupaten-x, which is not built in", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := detectAmong(c.e, builtinsOf(t))
			if strings.Contains(c.want, " ") {
				var de *DetectError
				if !errors.As(err, &de) || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "--rubric") {
					t.Fatalf("error %v, want %q", err, c.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Rubric.ID != c.want || d.ByStamp != c.stamp || d.Reason == "" || d.ReasonEN == "" {
				t.Errorf("got %s (stamp %v, %q), want %s", d.Rubric.ID, d.ByStamp, d.ReasonEN, c.want)
			}
		})
	}

	// Two rubrics with the same indicator ids: ambiguous, unless the
	// table's names tell them apart.
	a, b := parsed(t, "pemdi-2026"), parsed(t, "pemdi-2026")
	b.ID = "pemdi-copy"
	b.Indicators[0].Name = "Lain"
	_, err := detectAmong(evidence{IDs: ids(20)}, []*rubric.Rubric{a, b})
	var de *DetectError
	if !errors.As(err, &de) || len(de.Candidates) != 2 || !strings.Contains(err.Error(), "fits rubrics pemdi-2026 and pemdi-copy alike; name one with --rubric") {
		t.Errorf("two candidates: %v", err)
	}
	d, err := detectAmong(evidence{IDs: ids(20), Names: map[string]string{"1": "Lain"}}, []*rubric.Rubric{a, b})
	if err != nil || d.Rubric.ID != "pemdi-copy" {
		t.Errorf("names: %v %v", d, err)
	}
}

// A table read with a rubric that names each of its indicators (fastRead)
// is told to fit it without looking its ids up: the detection is the
// one the ids looked up give, whatever the stamp, and another rubric with
// the same ids still fits too.
func TestIdsOfTheirRubricDetectAsLookedUp(t *testing.T) {
	rs := builtinsOf(t)
	for _, r := range rs {
		ids := builtinFacts()[r].ids
		if len(ids) != len(r.Indicators) {
			t.Fatalf("%s: %d ids for %d indicators", r.ID, len(ids), len(r.Indicators))
		}
		for i, in := range r.Indicators {
			if ids[i] != in.ID {
				t.Errorf("%s: id %d is %q, want %q", r.ID, i, ids[i], in.ID)
			}
		}
		for _, stamp := range []string{"", "spbe-2020", "pemdi-2026", "kabupaten-x"} {
			d1, err1 := detectAmong(evidence{StampID: stamp, IDs: ids, Unique: true}, rs)
			d2, err2 := detectAmong(evidence{StampID: stamp, IDs: ids, Unique: true, Of: r}, rs)
			if fmt.Sprint(d1, err1) != fmt.Sprint(d2, err2) {
				t.Errorf("%s stamped %q: %v %v looked up, %v %v told", r.ID, stamp, d1, err1, d2, err2)
			}
		}
	}
	a, b := parsed(t, "pemdi-2026"), parsed(t, "pemdi-2026")
	b.ID = "pemdi-copy"
	ids := make([]string, len(a.Indicators))
	for i, in := range a.Indicators {
		ids[i] = in.ID
	}
	var de *DetectError
	if _, err := detectAmong(evidence{IDs: ids, Unique: true, Of: a}, []*rubric.Rubric{a, b}); !errors.As(err, &de) || len(de.Candidates) != 2 {
		t.Errorf("ids of one of two rubrics alike: %v, want both", err)
	}
}

// A built-in rubric's reason, said once, is the one a copy of it not
// built in is given.
func TestBuiltinReasonsAreTheOnesSaid(t *testing.T) {
	for _, r := range builtinsOf(t) {
		ids := builtinFacts()[r].ids
		d, err := detectAmong(evidence{IDs: ids, Unique: true}, []*rubric.Rubric{r})
		copyOf := parsed(t, r.ID)
		d2, err2 := detectAmong(evidence{IDs: ids, Unique: true}, []*rubric.Rubric{copyOf})
		if err != nil || err2 != nil || d.Reason != d2.Reason || d.ReasonEN != d2.ReasonEN || !strings.Contains(d.ReasonEN, r.ID) {
			t.Errorf("%s: %q / %q, a copy %q / %q (%v, %v)", r.ID, d.Reason, d.ReasonEN, d2.Reason, d2.ReasonEN, err, err2)
		}
	}
}
