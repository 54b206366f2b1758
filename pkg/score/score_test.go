package score_test

import (
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

func spbe2020(t *testing.T) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// levels turns a string of one digit per indicator into levels.
func levels(t *testing.T, r *rubric.Rubric, digits string) score.Levels {
	t.Helper()
	if len(digits) != len(r.Indicators) {
		t.Fatalf("%d digits for %d indicators", len(digits), len(r.Indicators))
	}
	lv := score.Levels{}
	for i, in := range r.Indicators {
		lv[in.ID] = int(digits[i] - '0')
	}
	return lv
}

func rat(s string) *big.Rat {
	x, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return x
}

// The worked examples printed in PermenPANRB 59/2020, Lampiran B.4.
func TestWorkedExamplesOfTheRegulation(t *testing.T) {
	r := spbe2020(t)
	// Aspect 2 (indicators 11-14, 2,50 % each) with levels 3, 4, 3, 2;
	// aspect 3 (15-18) all 4; aspect 4 (19-20) all 3.
	digits := "3333333333" + "3432" + "4444" + "33" + "33333333333" + "3333333333333333"
	res, err := score.Compute(r, levels(t, r, digits))
	if err != nil {
		t.Fatal(err)
	}
	a2 := res.Aspect("A2")
	if a2.Sum.Cmp(rat("30")) != 0 || a2.Index.Cmp(rat("3")) != 0 {
		t.Errorf("aspect 2: sum %s, index %s; the regulation prints 30,00 / 10 = 3,00", a2.Sum.FloatString(2), a2.Index.FloatString(2))
	}
	if got := res.Aspect("A3").Index; got.Cmp(rat("4")) != 0 {
		t.Errorf("aspect 3 index %s, want 4", got.FloatString(2))
	}
	d2 := res.Domain("D2")
	if d2.Sum.Cmp(rat("85")) != 0 || d2.Index.Cmp(rat("3.4")) != 0 {
		t.Errorf("domain 2: sum %s, index %s; the regulation prints 85,00 / 25 = 3,40", d2.Sum.FloatString(2), d2.Index.FloatString(2))
	}
}

func TestPredicateBoundariesAndRounding(t *testing.T) {
	r := spbe2020(t)
	tests := []struct {
		name      string
		digits    string
		exact     string
		printed   string
		predicate string
		crosses   bool
	}{
		{"every indicator at level 1 is the lowest index", "11111111111111111111111111111111111111111111111", "1", "1.00", "Kurang", false},
		{"1,7995 prints 1,80 but is still Kurang", "33333333323333333334111111111112111111111111111", "1.7995", "1.80", "Kurang", true},
		{"exactly 1,80 is Cukup", "33333333333333333334211111111111111111111111111", "1.8", "1.80", "Cukup", false},
		{"2,34 is Cukup, as Palopo in 2021", "33333333333333333333333333333333333111111211111", "2.34", "2.34", "Cukup", false},
		{"2,5995 prints 2,60 but is still Cukup", "33333333323333333333333333333333333333332111111", "2.5995", "2.60", "Cukup", true},
		{"exactly 2,60 is Baik", "33333333333333333333333333333333333331111333111", "2.6", "2.60", "Baik", false},
		{"2,90 is Baik, as Palopo in 2023", "33333333333333333333333333333333333333355332111", "2.9", "2.90", "Baik", false},
		{"a tie at 2,945 rounds half up to 2,95", "33333333333333333333333333333333333333331333333", "2.945", "2.95", "Baik", false},
		{"2,9475 prints 2,95 as in published results", "33333333333333333333333333333333333333321333334", "2.9475", "2.95", "Baik", false},
		{"3,4995 prints 3,50 but is still Baik", "33333333323333333333333333333333333455555334555", "3.4995", "3.50", "Baik", true},
		{"exactly 3,50 is Sangat Baik", "33333333333333333333333333333333355555555333335", "3.5", "3.50", "Sangat Baik", false},
		{"4,1995 prints 4,20 but is still Sangat Baik", "33333333323333333333555555555554555555555555555", "4.1995", "4.20", "Sangat Baik", true},
		{"exactly 4,20 is Memuaskan", "33333333333333333332455555555555555555555555555", "4.2", "4.20", "Memuaskan", false},
		{"every indicator at level 5 is Memuaskan", "55555555555555555555555555555555555555555555555", "5", "5.00", "Memuaskan", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := score.Compute(r, levels(t, r, tt.digits))
			if err != nil {
				t.Fatal(err)
			}
			if res.Index.Cmp(rat(tt.exact)) != 0 {
				t.Errorf("exact index %s, want %s", rubric.Exact(res.Index), tt.exact)
			}
			if got := r.Rounding.Format(res.Index, "."); got != tt.printed {
				t.Errorf("printed %s, want %s", got, tt.printed)
			}
			if res.Band.Name != tt.predicate {
				t.Errorf("predicate %s, want %s", res.Band.Name, tt.predicate)
			}
			if res.RoundingCrossesBand() != tt.crosses {
				t.Errorf("rounding crosses a band: %v, want %v", res.RoundingCrossesBand(), tt.crosses)
			}
			// The shortcut sum(BI*NI)/100 agrees with the three-level formula.
			if short := new(big.Rat).Quo(res.Total(), big.NewRat(100, 1)); short.Cmp(res.Index) != 0 {
				t.Errorf("sum(BI*NI)/100 = %s, but the formula gives %s", rubric.Exact(short), rubric.Exact(res.Index))
			}
		})
	}
}

func TestPredicateCanReadTheRoundedIndex(t *testing.T) {
	r := spbe2020(t)
	r.Rounding.PredicateBasis = "rounded"
	res, err := score.Compute(r, levels(t, r, "33333333323333333333333333333333333333332111111"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Band.Name != "Baik" || res.ExactBand.Name != "Cukup" {
		t.Errorf("with predicate_basis rounded, 2,5995 should be Baik (exact band Cukup); got %s (exact %s)", res.Band.Name, res.ExactBand.Name)
	}
}

func TestHalfEvenRounding(t *testing.T) {
	p := rubric.Rounding{Decimals: 2, Mode: "half-even"}
	for in, want := range map[string]string{"2.945": "2.94", "2.955": "2.96", "2.9451": "2.95", "3": "3.00"} {
		if got := p.Format(rat(in), "."); got != want {
			t.Errorf("half-even %s = %s, want %s", in, got, want)
		}
	}
}

func TestComputeRefusesIncompleteOrInvalidLevels(t *testing.T) {
	r := spbe2020(t)
	lv := levels(t, r, "33333333333333333333333333333333333333333333333")
	delete(lv, "7")
	lv["12"] = 6
	lv["48"] = 3
	_, err := score.Compute(r, lv)
	le, ok := err.(*score.LevelError)
	if !ok {
		t.Fatalf("want a *LevelError, got %v", err)
	}
	if len(le.Missing) != 1 || le.Missing[0] != "7" || len(le.Invalid) != 1 || len(le.Unknown) != 1 {
		t.Errorf("got %+v", le)
	}
}

// Every published weight is exact: sums of many 1,30 and 2,75 never drift.
func TestWeightsAreExact(t *testing.T) {
	r := spbe2020(t)
	total := new(big.Rat)
	for _, in := range r.Indicators {
		total.Add(total, in.Weight)
	}
	if total.Cmp(big.NewRat(100, 1)) != 0 {
		t.Errorf("indicator weights add up to %s", rubric.Exact(total))
	}
	if n := len(r.Indicators); n != 47 {
		t.Errorf("spbe-2020 has %d indicators, want 47", n)
	}
	if got := strconv.Itoa(len(r.Aspects)) + "/" + strconv.Itoa(len(r.Domains)); got != "8/4" {
		t.Errorf("aspects/domains = %s, want 8/4", got)
	}
}

// A Pemdi evaluation with decimal values, converted scores and one assumed
// value scores exactly. By hand, with NI × BI per aspect:
//
//	A1: 1.26×5 + 2.5×5                          = 6.3 + 12.5           = 18.8
//	A2: 1.3×5 + 1.25×5                          = 6.5 + 6.25           = 12.75
//	A3: 2×5 + 1×3 + 3×3 + 1.1666666666666667×4  = 22 + 4.6666666666666668 = 26.6666666666666668
//	A4: 2×4 + 3×4 + 1.5×3 + 2×4                 = 8 + 12 + 4.5 + 8     = 32.5
//	A5: 3.75×5 + 4×5                            = 18.75 + 20           = 38.75
//	A6: 2×4 + 1×4 + 5×4 + 3.75×3                = 8 + 4 + 20 + 11.25   = 43.25
//	A7: 2.4×10 + 3.1×15                         = 24 + 46.5            = 70.5
//
// Aspect indices are these over BA (10, 10, 15, 15, 10, 15, 25): 1.88,
// 1.275, 26.6666666666666668/15, 13/6, 3.875, 43.25/15, 2.82. The index is
// their Σ(NA × BA)/100 = 243.2166666666666668/100 = 2.432166666666666668,
// printed 2,43, Cukup.
func TestComputeValuesPemdiDecimals(t *testing.T) {
	r, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{
		"1": "1.26", "2": "2,5", "3": "1.3", "4": "1.25", "7": "3", "8": "1.1666666666666667",
		"9": "2", "10": "3", "11": "1.5", "12": "2", "13": "3.75", "14": "4",
		"15": "2", "16": "1", "17": "5", "19": "2.4", "20": "3.1",
	}
	vs := score.Values{}
	for id, s := range texts {
		v, err := r.Indicator(id).Scale.ParseValue(s)
		if err != nil {
			t.Fatal(err)
		}
		vs[id] = v
	}
	for id, sc := range map[string]string{"5": "25", "18": "68.75"} {
		in := r.Indicator(id)
		s, err := in.External.ParseScore(sc)
		if err != nil {
			t.Fatal(err)
		}
		if vs[id], err = in.Resolve(nil, &s); err != nil {
			t.Fatal(err)
		}
	}
	var err2 error
	if vs["6"], err2 = r.Indicator("6").Resolve(nil, nil); err2 != nil {
		t.Fatal(err2)
	}
	res, err := score.ComputeValues(r, vs)
	if err != nil {
		t.Fatal(err)
	}
	q := func(s string) *big.Rat { x, _ := new(big.Rat).SetString(s); return x }
	want := map[string]*big.Rat{
		"A1": q("1.88"), "A2": q("1.275"), "A3": new(big.Rat).Quo(q("26.6666666666666668"), q("15")),
		"A4": big.NewRat(13, 6), "A5": q("3.875"), "A6": new(big.Rat).Quo(q("43.25"), q("15")), "A7": q("2.82"),
	}
	for id, w := range want {
		if got := res.Aspect(id).Index; got.Cmp(w) != 0 {
			t.Errorf("aspect %s: %s, want %s", id, got.RatString(), w.RatString())
		}
	}
	if res.Index.Cmp(q("2.432166666666666668")) != 0 || res.Band.Name != "Cukup" || r.Rounding.Format(res.Index, ",") != "2,43" {
		t.Errorf("index %s (%s)", res.Index.RatString(), res.Band.Name)
	}
	is := res.Indicators[0]
	if is.Level != 1 || is.Value.Text != "1.26" || is.Value.Format(",") != "1,26" {
		t.Errorf("indicator 1: level %d, value %+v", is.Level, is.Value)
	}
	if a := res.Assumed(); len(a) != 1 || a[0].Indicator.ID != "6" || a[0].Value.Assumed.Reason == "" {
		t.Errorf("assumed: %v", a)
	}
	if !res.Decimal() {
		t.Error("a result with decimals says it has none")
	}
}

// A whole-level rubric still refuses a decimal value in the engine.
func TestComputeValuesRefusesDecimalOnWholeScale(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	vs := score.Values{}
	for _, in := range r.Indicators {
		vs[in.ID] = rubric.WholeValue(3)
	}
	vs["1"] = rubric.Value{Rat: big.NewRat(7, 2), Text: "3.5"}
	_, err = score.ComputeValues(r, vs)
	if err == nil || err.Error() != "level outside the scale for indicator 1 (3.5)" {
		t.Errorf("got %v", err)
	}
}

// Values that are not one per indicator, each of its scale, are refused
// with every problem named, by the brief scoring as by the full one: the
// integer scorer, which checks values as it reads them, must never take
// them. Above all an unknown id beside a missing one, which leaves as many
// values as indicators.
func TestComputeValuesRefusesWhatIsNotOneValuePerIndicator(t *testing.T) {
	r := spbe2020(t)
	cases := []struct {
		name                      string
		change                    func(score.Values)
		missing, invalid, unknown string
	}{
		{"an unknown id beside a missing one, as many values as indicators",
			func(vs score.Values) { delete(vs, "7"); vs["48"] = rubric.WholeValue(3) }, "7", "", "48"},
		{"an unknown id beside every indicator",
			func(vs score.Values) { vs["x"] = rubric.WholeValue(3) }, "", "", "x"},
		{"a missing indicator",
			func(vs score.Values) { delete(vs, "47") }, "47", "", ""},
		{"an indicator without a number",
			func(vs score.Values) { vs["3"] = rubric.Value{Text: "3"} }, "3", "", ""},
		{"a level above the scale",
			func(vs score.Values) { vs["12"] = rubric.WholeValue(6) }, "", "12 (6)", ""},
		{"a level below the scale",
			func(vs score.Values) { vs["1"] = rubric.WholeValue(0) }, "", "1 (0)", ""},
		{"a negative level",
			func(vs score.Values) { vs["2"] = rubric.Value{Rat: big.NewRat(-3, 1), Text: "-3"} }, "", "2 (-3)", ""},
		{"a decimal on a scale of whole levels",
			func(vs score.Values) { vs["5"] = rubric.Value{Rat: big.NewRat(5, 2), Text: "2.5"} }, "", "5 (2.5)", ""},
		{"a decimal just above the top level",
			func(vs score.Values) { vs["5"] = rubric.Value{Rat: big.NewRat(501, 100), Text: "5.01"} }, "", "5 (5.01)", ""},
	}
	for _, c := range cases {
		for _, brief := range []bool{false, true} {
			vs := score.Values{}
			for _, in := range r.Indicators {
				vs[in.ID] = rubric.WholeValue(3)
			}
			c.change(vs)
			compute := score.ComputeValues
			if brief {
				compute = score.ComputeValuesBrief
			}
			res, err := compute(r, vs)
			le, ok := err.(*score.LevelError)
			if !ok {
				t.Errorf("%s (brief %v): want a *LevelError, got %v and a result %v", c.name, brief, err, res != nil)
				continue
			}
			join := func(s []string) string { return strings.Join(s, ",") }
			if join(le.Missing) != c.missing || join(le.Invalid) != c.invalid || join(le.Unknown) != c.unknown {
				t.Errorf("%s (brief %v): missing %q invalid %q unknown %q, want %q %q %q", c.name, brief,
					join(le.Missing), join(le.Invalid), join(le.Unknown), c.missing, c.invalid, c.unknown)
			}
		}
	}
}
