package insight

import (
	"math/big"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

func TestCompareOrdersTheLargestChangesFirst(t *testing.T) {
	r := load(t, "spbe-2020")
	old := kominfo()
	cur := kominfo()
	cur[46] = 5 // indicator 47 (3,00): +0,06
	cur[0] = 1  // indicator 1 (1,30): −0,026
	cur[20] = 4 // indicator 21 (1,50): +0,015
	c, err := Compare(compute(t, r, old), compute(t, r, cur))
	if err != nil {
		t.Fatal(err)
	}
	if c.Unchanged != 44 || len(c.Indicators) != 3 {
		t.Fatalf("unchanged %d, changed %d", c.Unchanged, len(c.Indicators))
	}
	for i, want := range []string{"47", "1", "21"} {
		if c.Indicators[i].Indicator.ID != want {
			t.Errorf("change %d is indicator %s, want %s", i, c.Indicators[i].Indicator.ID, want)
		}
	}
	if c.Index.Delta().Cmp(rat("0.049")) != 0 {
		t.Errorf("index delta %s", c.Index.Delta().RatString())
	}
	// A8 +0,333…, A1 −0,2, A5 +0,125, then the unchanged in rubric order.
	var ids []string
	for _, a := range c.Aspects {
		ids = append(ids, a.ID)
	}
	if got := ids[0] + ids[1] + ids[2] + ids[3]; got != "A8A1A5A2" {
		t.Errorf("aspects in order %v", ids)
	}
	other := load(t, "testdata/tiny.yaml")
	if _, err := Compare(compute(t, r, old), compute(t, other, []int{1, 2, 3, 4, 5})); err == nil {
		t.Error("two rubrics compared")
	}
}

// Two Pemdi evaluations (a self-assessment against the assessors' result)
// compare on exact values: a move within a level counts, and its effect
// is (new − old) × BI / 100 exactly.
func TestCompareDecimalValues(t *testing.T) {
	r, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		t.Fatal(err)
	}
	mk := func(one, two string) *score.Result {
		vs := score.Values{}
		for _, in := range r.Indicators {
			vs[in.ID] = rubric.WholeValue(2)
		}
		a, _ := r.Indicator("1").Scale.ParseValue(one)
		b, _ := r.Indicator("2").Scale.ParseValue(two)
		vs["1"], vs["2"] = a, b
		res, err := score.ComputeValues(r, vs)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	c, err := Compare(mk("1.26", "2"), mk("1.5", "2.00"))
	if err != nil {
		t.Fatal(err)
	}
	// Indicator 1 moved 1.26 → 1.5 within Rintisan: (1.5 − 1.26) × 5 / 100
	// = 0.012. Indicator 2 is 2 and 2.00 — the same value.
	if len(c.Indicators) != 1 || c.Unchanged != 19 {
		t.Fatalf("changes %+v, unchanged %d", c.Indicators, c.Unchanged)
	}
	ch := c.Indicators[0]
	if ch.Old != 1 || ch.New != 1 || ch.OldValue.Text != "1.26" || ch.NewValue.Text != "1.5" || ch.Delta.Cmp(big.NewRat(12, 1000)) != 0 {
		t.Errorf("change %+v", ch)
	}
	if c.Index.Delta().Cmp(big.NewRat(12, 1000)) != 0 {
		t.Errorf("index delta %s", c.Index.Delta().RatString())
	}
}
