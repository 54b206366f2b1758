package rubric_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
)

func builtin(t *testing.T, name string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func rat(s string) *big.Rat {
	x, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return x
}

// A decimal scale keeps a value exactly as written and labels it by its
// whole part; a scale of whole levels still refuses 3.5.
func TestParseValue(t *testing.T) {
	pemdi := builtin(t, "pemdi-2026").Scales[0]
	spbe := builtin(t, "spbe-2020").Indicators[0].Scale
	cases := []struct {
		name         string
		scale        *rubric.Scale
		text         string
		exact, shown string // shown in Indonesian
		label, err   string
	}{
		{"a decimal with a point", pemdi, "1.26", "63/50", "1,26", "Rintisan", ""},
		{"a decimal comma", pemdi, "2,5", "5/2", "2,50", "Terkelola", ""},
		{"a formula's cached value is that decimal, not 7/6", pemdi, "1.1666666666666667", "11666666666666667/10000000000000000", "1,1666666666666667", "Rintisan", ""},
		{"a whole level", pemdi, "3", "3", "3,00", "Terstandarisasi", ""},
		{"the top of the range", pemdi, " 5.00 ", "5", "5,00", "Optimum", ""},
		{"level 4's long name", pemdi, "4.99", "499/100", "4,99", "Terintegrasi/Terpadu dan Terukur", ""},
		{"below the range", pemdi, "0.99", "", "", "", `value "0.99" is outside 1..5`},
		{"above the range", pemdi, "5.01", "", "", "", `value "5.01" is outside 1..5`},
		{"both separators", pemdi, "1.234,5", "", "", "", "both a point and a comma"},
		{"an exponent is not a plain decimal", pemdi, "1e0", "", "", "", "is not a number"},
		{"a word", pemdi, "tiga", "", "", "", "is not a number"},
		{"spbe-2020 refuses 3,5", spbe, "3,5", "", "", "", "is not a whole level of scale"},
		{"spbe-2020 takes 3.0", spbe, "3.0", "3", "3,00", "Terdefinisi", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, err := c.scale.ParseValue(c.text)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if v.Rat.Cmp(rat(c.exact)) != 0 {
				t.Errorf("value %s, want %s", v.Rat.RatString(), c.exact)
			}
			if got := v.Format(","); got != c.shown {
				t.Errorf("shown %q, want %q", got, c.shown)
			}
			if l, ok := c.scale.ValueLevel(v); !ok || l.Label != c.label {
				t.Errorf("label %q, want %q", l.Label, c.label)
			}
		})
	}
}

// The SDI conversion is exact at its breakpoints and between them, and
// refuses a score outside 0..100.
func TestSDIConversion(t *testing.T) {
	r := builtin(t, "pemdi-2026")
	for _, id := range []string{"5", "18"} {
		x := r.Indicator(id).External
		if x == nil || x.Agency != "Bappenas" || x.Method() != "linear" {
			t.Fatalf("indicator %s: external %+v", id, x)
		}
		for score, want := range map[string]string{
			// Breakpoints.
			"0": "1", "12.5": "3/2", "37.5": "5/2", "62.5": "7/2", "75": "4", "100": "5",
			// Between them: the reference's two examples, then
			// 1.5 + (30 − 12.5) × 1/25 = 1.5 + 0.7 = 2.2, and
			// 4 + (90 − 75) × 1/25 = 4.6, and 1 + 6.25 × 0.5/12.5 = 1.25.
			"25": "2", "68.75": "15/4", "30": "11/5", "90": "23/5", "6.25": "5/4",
		} {
			got, err := x.Convert(rat(score))
			if err != nil {
				t.Fatal(err)
			}
			if got.Cmp(rat(want)) != 0 {
				t.Errorf("indicator %s: SDI %s → %s, want %s", id, score, got.RatString(), want)
			}
		}
		if _, err := x.Convert(rat("100.01")); err == nil {
			t.Errorf("indicator %s: SDI 100.01 converted", id)
		}
		if _, err := x.Convert(rat("-1")); err == nil {
			t.Errorf("indicator %s: SDI -1 converted", id)
		}
	}
}

// EPSS converts by BPS's bands: a lower bound is inclusive, and the top band
// includes 5.
func TestEPSSBands(t *testing.T) {
	x := builtin(t, "pemdi-2026").Indicator("7").External
	for score, want := range map[string]int64{"0": 1, "1.79": 1, "1.8": 2, "2.59": 2, "2.6": 3, "3.5": 4, "4.19": 4, "4.2": 5, "5": 5} {
		got, err := x.Convert(rat(score))
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(big.NewRat(want, 1)) != 0 {
			t.Errorf("EPSS %s → %s, want %d", score, got.RatString(), want)
		}
	}
}

// Resolve takes the value, or converts the score, or assumes the pending
// value with its reason; a value and a score that disagree are an error.
func TestResolve(t *testing.T) {
	r := builtin(t, "pemdi-2026")
	sdi := r.Indicator("5")
	val := func(s string) *rubric.Value {
		v, err := sdi.Scale.ParseValue(s)
		if err != nil {
			t.Fatal(err)
		}
		return &v
	}
	score := func(s string) *rubric.Value {
		v, err := sdi.External.ParseScore(s)
		if err != nil {
			t.Fatal(err)
		}
		return &v
	}

	v, err := sdi.Resolve(nil, score("68,75"))
	if err != nil || v.Rat.Cmp(rat("3.75")) != 0 || v.Source == nil || v.Source.Text != "68.75" || v.Format(",") != "3,75" {
		t.Errorf("score only: %+v, %v", v, err)
	}
	v, err = sdi.Resolve(val("2.00"), score("25"))
	if err != nil || v.Text != "2.00" || v.Source == nil {
		t.Errorf("agreeing value and score: %+v, %v", v, err)
	}
	_, err = sdi.Resolve(val("2.1"), score("25"))
	var de *rubric.DisagreeError
	if !errors.As(err, &de) || !strings.Contains(err.Error(), "the value 2.1 disagrees with the Skor Satu Data Indonesia (SDI) score 25, which converts to 2.00") {
		t.Errorf("disagreeing: %v", err)
	}
	v, err = sdi.Resolve(nil, nil)
	if err != nil || v.Rat.Cmp(big.NewRat(1, 1)) != 0 || v.Assumed == nil || !strings.Contains(v.Assumed.Reason, "Bappenas belum menerbitkan") || v.Assumed.ReasonEN == "" {
		t.Errorf("pending: %+v, %v", v, err)
	}
	plain := r.Indicator("1")
	var me *rubric.MissingError
	if _, err := plain.Resolve(nil, nil); !errors.As(err, &me) {
		t.Errorf("an indicator with no source and no value: %v", err)
	}
	if _, err := plain.Resolve(nil, score("25")); err == nil {
		t.Error("a source score for an indicator not valued from another index was accepted")
	}
	if _, err := sdi.External.ParseScore("101"); err == nil || !strings.Contains(err.Error(), "outside 0..100") {
		t.Errorf("SDI 101: %v", err)
	}
	for _, id := range []string{"5", "6", "7", "18"} {
		if a := r.Indicator(id).Assume(); a == nil || a.Text != "1" {
			t.Errorf("indicator %s has no pending value 1: %+v", id, a)
		}
	}
	if a := r.Indicator("8").Assume(); a != nil {
		t.Errorf("indicator 8 is assumed: %+v", a)
	}
}

// The external block is validated: conversions inside the scale, points in
// order, bands touching, a pending value with a reason.
func TestExternalValidation(t *testing.T) {
	head := `id: x
title: X
version: "1"
status: draft
scales:
  - id: s
    values: decimal
    levels: [{value: 1, label: A}, {value: 2, label: B}]
predicates:
  - {name: P, from: 1, to: 2}
aspects:
  - id: A1
    weight: 100
    indicators:
      - id: "1"
        name: One
        weight: 100
`
	cases := []struct{ name, ext, want string }{
		{"a valid linear conversion", "points: [{score: 0, value: 1}, {score: 10, value: 2}]\n          pending: {value: 1, reason: belum}", ""},
		{"a point value outside the scale", "points: [{score: 0, value: 1}, {score: 10, value: 3}]", "external point value 3 is outside 1..2"},
		{"points out of order", "points: [{score: 5, value: 1}, {score: 5, value: 2}]", "does not follow 5"},
		{"bands with a gap", "bands: [{from: 0, to: 1, value: 1}, {from: 2, to: 3, value: 2}]", "does not start where the one before ends (1)"},
		{"no conversion", "pending: {value: 1, reason: belum}", "external has no conversion"},
		{"both conversions", "points: [{score: 0, value: 1}, {score: 10, value: 2}]\n          bands: [{from: 0, to: 1, value: 1}]", "both points and bands"},
		{"a pending rule without a reason", "points: [{score: 0, value: 1}, {score: 10, value: 2}]\n          pending: {value: 1}", "external pending has no reason"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := head + "        external:\n          source: S\n          agency: G\n          " + c.ext + "\n"
			_, err := rubric.Parse([]byte(src), "x.yaml")
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
		})
	}
	_, err := rubric.Parse([]byte(strings.Replace(head, "values: decimal", "values: fractional", 1)), "x.yaml")
	if err == nil || !strings.Contains(err.Error(), `values "fractional" is not "levels" or "decimal"`) {
		t.Errorf("unknown values kind: %v", err)
	}
}

// CheckValue's range check, done in int64 where the numbers fit, agrees
// with big.Rat's comparison at and around both ends of the scale, and on
// numbers too large for an int64.
func TestCheckValueRangeAtTheEnds(t *testing.T) {
	whole := &rubric.Scale{ID: "w", Values: rubric.ValuesWhole, Levels: []rubric.Level{{Value: 1, Label: "a"}, {Value: 2, Label: "b"}, {Value: 3, Label: "c"}}}
	dec := &rubric.Scale{ID: "d", Values: rubric.ValuesDecimal, Levels: whole.Levels}
	for _, s := range []*rubric.Scale{whole, dec} {
		for _, text := range []string{"0", "0.9999999999999999", "1", "1.0000000000000001", "2", "2.5", "2.9999999999999999", "3", "3.0000000000000001", "4", "-1", "-0.5", "99999999999999999999", "1.00000000000000000000000000001"} {
			x, _ := new(big.Rat).SetString(text)
			in := x.Cmp(big.NewRat(1, 1)) >= 0 && x.Cmp(big.NewRat(3, 1)) <= 0
			want := in && (s.Decimal() || x.IsInt())
			_, err := s.CheckValue(rubric.Value{Rat: x, Text: text})
			if (err == nil) != want {
				t.Errorf("scale %s admits %s: %v, want %v", s.ID, text, err == nil, want)
			}
			if in {
				if got, w := (rubric.Value{Rat: x}).Whole(), int(new(big.Int).Quo(x.Num(), x.Denom()).Int64()); got != w {
					t.Errorf("whole part of %s: %d, want %d", text, got, w)
				}
			}
		}
	}
}
