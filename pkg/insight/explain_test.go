package insight

import (
	"math/big"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// kominfo are the levels of the regulation's worked examples: aspect 2 at
// 3, 4, 3, 2 (Tabel 10) and aspect 3 at 4 (Tabel 11); 3 elsewhere.
func kominfo() []int {
	lv := make([]int, 47)
	for i := range lv {
		lv[i] = 3
	}
	copy(lv[10:], []int{3, 4, 3, 2, 4, 4, 4, 4})
	return lv
}

func rat(s string) *big.Rat {
	x, _ := new(big.Rat).SetString(s)
	return x
}

func TestExplainReproducesTabel10And11(t *testing.T) {
	e := Explain(compute(t, load(t, "spbe-2020"), kominfo()))

	// Tabel 10: Aspek 2, BA 10,00; NI × BI = 7,50 10,00 7,50 5,00;
	// Jumlah 30,00; Indeks Aspek 2 = 1/10 × 30,00 = 3,00.
	a2 := e.Aspects[1]
	if a2.ID != "A2" || a2.Divisor.Cmp(rat("10")) != 0 || len(a2.Terms) != 4 {
		t.Fatalf("aspect 2: %+v", a2)
	}
	for i, want := range []string{"7.5", "10", "7.5", "5"} {
		tm := a2.Terms[i]
		if tm.Weight.Cmp(rat("2.5")) != 0 || tm.Product.Cmp(rat(want)) != 0 {
			t.Errorf("indicator %s: %s × %s = %s, want %s", tm.ID, tm.Value.RatString(), tm.Weight.RatString(), tm.Product.RatString(), want)
		}
	}
	if a2.Sum.Cmp(rat("30")) != 0 || a2.Index.Cmp(rat("3")) != 0 {
		t.Errorf("aspect 2: sum %s, index %s", a2.Sum.RatString(), a2.Index.RatString())
	}

	// Tabel 11: Domain 2, BD 25,00; NA × BA = 30,00 40,00 15,00; Jumlah
	// 85,00; Indeks Domain 2 = 1/25 × 85,00 = 3,40.
	d2 := e.Domains[1]
	if d2.ID != "D2" || d2.Divisor.Cmp(rat("25")) != 0 || len(d2.Terms) != 3 {
		t.Fatalf("domain 2: %+v", d2)
	}
	for i, want := range [][2]string{{"3", "30"}, {"4", "40"}, {"3", "15"}} {
		tm := d2.Terms[i]
		if tm.Value.Cmp(rat(want[0])) != 0 || tm.Product.Cmp(rat(want[1])) != 0 {
			t.Errorf("aspect %s: %s × %s = %s", tm.ID, tm.Value.RatString(), tm.Weight.RatString(), tm.Product.RatString())
		}
	}
	if d2.Sum.Cmp(rat("85")) != 0 || d2.Index.Cmp(rat("3.4")) != 0 {
		t.Errorf("domain 2: sum %s, index %s", d2.Sum.RatString(), d2.Index.RatString())
	}

	// The index from the domains: 39 + 85 + 49,5 + 136,5 = 310 / 100.
	if e.Index.Sum.Cmp(rat("310")) != 0 || e.Index.Index.Cmp(rat("3.1")) != 0 || e.Index.Divisor.Cmp(rat("100")) != 0 {
		t.Errorf("index: %s / %s = %s", e.Index.Sum.RatString(), e.Index.Divisor.RatString(), e.Index.Index.RatString())
	}
}

func TestExplainWithoutDomainsSumsTheAspects(t *testing.T) {
	r := load(t, "testdata/tiny-rounded.yaml")
	e := Explain(compute(t, r, []int{1, 2, 3, 4, 4, 1}))
	// X1: 16,65 + 33,4 + 49,95 = 100 / 50 = 2; X2: 100 + 50 + 12,5 = 162,5 / 50 = 3,25.
	if len(e.Domains) != 0 || len(e.Index.Terms) != 2 || e.Index.Sum.Cmp(rat("262.5")) != 0 {
		t.Fatalf("index terms %d, sum %s", len(e.Index.Terms), e.Index.Sum.RatString())
	}
	// 2,625 rounds half-even to 2,6 on one decimal, and the predicate
	// reads the rounded value.
	if e.Rounded.Cmp(rat("2.6")) != 0 || e.Basis != e.Rounded {
		t.Errorf("rounded %s", e.Rounded.RatString())
	}
}

func TestExplainIndicatorShowsWhatOneMoreLevelAdds(t *testing.T) {
	res := compute(t, load(t, "spbe-2020"), kominfo())
	ie, err := ExplainIndicator(res, "14")
	if err != nil {
		t.Fatal(err)
	}
	// Indicator 14 (2,50) from 2 to 3: aspect 2 + 0,25, domain 2 + 0,10,
	// index + 0,025.
	want := []string{"0.25", "0.1", "0.025"}
	if ie.Next != 3 || len(ie.Effects) != 3 {
		t.Fatalf("next %d, %d effects", ie.Next, len(ie.Effects))
	}
	for i, e := range ie.Effects {
		if e.Delta().Cmp(rat(want[i])) != 0 {
			t.Errorf("%s %s: +%s, want %s", e.Kind, e.ID, e.Delta().RatString(), want[i])
		}
	}
	lv := kominfo()
	lv[0] = 5
	ie, err = ExplainIndicator(compute(t, load(t, "spbe-2020"), lv), "1")
	if err != nil || ie.Next != 0 || ie.Effects != nil {
		t.Errorf("at the top: %+v, %v", ie, err)
	}
	if _, err := ExplainIndicator(res, "48"); err == nil || err.Error() != `unknown indicator "48": rubric spbe-2020 has indicators 1 to 47` {
		t.Errorf("unknown: %v", err)
	}
}

// explain shows every NI × BI on the exact decimal value, and the next step
// of 1,26 is level 2.
func TestExplainDecimalValues(t *testing.T) {
	r, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		t.Fatal(err)
	}
	vs := score.Values{}
	for _, in := range r.Indicators {
		vs[in.ID] = rubric.WholeValue(1)
	}
	v, _ := r.Indicator("8").Scale.ParseValue("1.1666666666666667")
	vs["8"] = v
	w, _ := r.Indicator("1").Scale.ParseValue("1.26")
	vs["1"] = w
	res, err := score.ComputeValues(r, vs)
	if err != nil {
		t.Fatal(err)
	}
	e := Explain(res)
	// A3: 1×5 + 1×3 + 1×3 + 1.1666666666666667×4 = 15.6666666666666668.
	a3 := e.Aspects[2]
	if tm := a3.Terms[3]; tm.NI.Text != "1.1666666666666667" || tm.Product.Cmp(mustRat("4.6666666666666668")) != 0 {
		t.Errorf("term %+v", tm)
	}
	if a3.Sum.Cmp(mustRat("15.6666666666666668")) != 0 {
		t.Errorf("A3 sum %s", a3.Sum.RatString())
	}
	ie, err := ExplainIndicator(res, "1")
	if err != nil {
		t.Fatal(err)
	}
	// 1.26 → 2 adds 0.74 × 5 / 10 = 0.37 to A1's index.
	if ie.Next != 2 || ie.Effects[0].Delta().Cmp(mustRat("0.37")) != 0 {
		t.Errorf("next %d, effect %s", ie.Next, ie.Effects[0].Delta().RatString())
	}
}

func mustRat(s string) *big.Rat {
	x, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return x
}
