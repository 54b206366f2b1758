package insight

import "testing"

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
