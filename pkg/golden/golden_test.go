package golden_test

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/golden"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

func levels(r *rubric.Rubric, f func(i int) int) score.Levels {
	lv := score.Levels{}
	for i, in := range r.Indicators {
		lv[in.ID] = f(i)
	}
	return lv
}

func mustScore(t *testing.T, r *rubric.Rubric, lv score.Levels) *score.Result {
	t.Helper()
	res, err := score.Compute(r, lv)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// A golden is written one fact per line, with exact values that survive
// a round trip: fractions where a decimal would have to be cut.
func TestMarshalLayout(t *testing.T) {
	r, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		t.Fatal(err)
	}
	// Indicator 1 at 4, the rest at 3: A1 = 3.5. Indicator 6
	// at 1 makes A3 (3*5 + 1*3 + 3*3 + 3*4)/15 = 13/5 exactly; indicator
	// 9 at 5 makes A4 (5*4 + 3*4 + 3*3 + 3*4)/15 = 53/15, a fraction. The
	// index is (300 + 5 - 6 + 8)/100 = 3.07.
	lv := levels(r, func(i int) int { return map[int]int{0: 4, 5: 1, 8: 5}[i] + 3*btoi(i != 0 && i != 5 && i != 8) })
	g := golden.FromResult(mustScore(t, r, lv), nil)
	want := `{
  "spbe_golden": 1,
  "rubric": {"id": "pemdi-2026", "version": "2026"},
  "index": "3.07",
  "index_rounded": "3.07",
  "predicate": "Baik",
  "domains": [],
  "aspects": [
    {"id": "A1", "index": "3.5", "index_rounded": "3.50"},
    {"id": "A2", "index": "3", "index_rounded": "3.00"},
    {"id": "A3", "index": "2.6", "index_rounded": "2.60"},
    {"id": "A4", "index": "53/15", "index_rounded": "3.53"},
    {"id": "A5", "index": "3", "index_rounded": "3.00"},
    {"id": "A6", "index": "3", "index_rounded": "3.00"},
    {"id": "A7", "index": "3", "index_rounded": "3.00"}
  ]
}
`
	if got := string(g.Marshal()); got != want {
		t.Errorf("golden:\n%s\nwant:\n%s", got, want)
	}
	back, err := golden.Parse(g.Marshal())
	if err != nil {
		t.Fatal(err)
	}
	if d := golden.Compare(g, back); len(d) != 0 {
		t.Errorf("a round trip changed %d values: %+v", len(d), d)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A sheet with both self-assessed and verified levels keeps both results,
// and the round trip keeps them too.
func TestSelfAssessmentRoundTrip(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	ver := mustScore(t, r, levels(r, func(i int) int { return 1 + i%5 }))
	self := mustScore(t, r, levels(r, func(i int) int { return 1 + (i+1)%5 }))
	g := golden.FromResult(ver, self)
	data := g.Marshal()
	if !strings.Contains(string(data), "\n  \"self_assessment\": {\n    \"index\": ") {
		t.Errorf("no self_assessment block:\n%s", data)
	}
	back, err := golden.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Self == nil || len(golden.Compare(g, back)) != 0 {
		t.Errorf("round trip lost the self-assessment")
	}
	if d := golden.Compare(g, golden.FromResult(ver, nil)); len(d) != 2+4+8 {
		t.Errorf("dropping the self-assessment: %d differences, want 14 (index, predicate, 4 domains, 8 aspects)", len(d))
	}
}

// Compare reports exactly the values that changed: an exact change, a
// change of the printed value alone, a predicate, a new and a gone aspect.
func TestCompare(t *testing.T) {
	base := func() *golden.Golden {
		g, err := golden.Parse([]byte(`{"spbe_golden": 1, "rubric": {"id": "x", "version": "1"},
			"index": "2.5", "index_rounded": "2.50", "predicate": "Baik", "domains": [],
			"aspects": [{"id": "A1", "index": "5/2", "index_rounded": "2.50"}, {"id": "A2", "index": "2.5", "index_rounded": "2.50"}]}`))
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	cases := []struct {
		name string
		edit func(g *golden.Golden)
		want string
	}{
		{"nothing changed (5/2 and 2.5 are the same number)", func(*golden.Golden) {}, ""},
		{"an exact change below the printed precision", func(g *golden.Golden) { g.Index = "2.4995" }, "index 2.5/2.50 -> 2.4995/2.50"},
		{"the printed value alone", func(g *golden.Golden) { g.IndexRounded = "2.5" }, "index 2.5/2.50 -> 2.5/2.5"},
		{"a predicate", func(g *golden.Golden) { g.Predicate = "Cukup" }, "predicate Baik -> Cukup"},
		{"an aspect added and one gone", func(g *golden.Golden) { g.Aspects[1].ID = "A3" },
			"aspect A3 - -> 2.5/2.50; aspect A2 2.5/2.50 -> -"},
		{"the rubric", func(g *golden.Golden) { g.Rubric.Version = "2" }, "rubric x 1 -> x 2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := base()
			c.edit(g)
			var got []string
			for _, d := range golden.Compare(base(), g) {
				got = append(got, fmt.Sprintf("%s%s %s -> %s", d.Kind, prefixed(d.ID), show(d.Old), show(d.New)))
			}
			if s := strings.Join(got, "; "); s != c.want {
				t.Errorf("got %q, want %q", s, c.want)
			}
		})
	}
}

func prefixed(id string) string {
	if id == "" {
		return ""
	}
	return " " + id
}

func show(v golden.Value) string {
	switch {
	case v.Missing():
		return "-"
	case v.Exact == nil:
		return v.Text
	}
	return golden.Exact(v.Exact) + "/" + v.Rounded
}

// A malformed golden is refused with what is wrong and, where possible,
// its line.
func TestParseErrors(t *testing.T) {
	ok := `{"spbe_golden": 1, "rubric": {"id": "x", "version": "1"}, "index": "3", "index_rounded": "3.00", "predicate": "Baik", "domains": [], "aspects": [{"id": "A1", "index": "3", "index_rounded": "3.00"}]}`
	cases := []struct{ name, data, want string }{
		{"empty", "", "the file is empty"},
		{"cut short", ok[:40], "the file ends too early"},
		{"not JSON", "{\n  \"spbe_golden\": 1,\n  index: 3\n}", "line 3: invalid character 'i' looking for beginning of object key string"},
		{"a number where a string goes", strings.Replace(ok, `"index": "3",`, "\n\"index\": 3,", 1), `line 2: "index" should be a string, not a JSON number`},
		{"an unknown key", strings.Replace(ok, `"predicate"`, "\n\"predikat\": \"x\", \"predicate\"", 1), `line 2: unknown key "predikat"`},
		{"not a golden", `{"index": "3"}`, `"spbe_golden" is missing (this is not a golden file of spbe check); "rubric" needs an "id"; "index_rounded" is missing; "predicate" is missing; "domains" is missing; "aspects" is missing`},
		{"a later version", strings.Replace(ok, `"spbe_golden": 1`, `"spbe_golden": 2`, 1), `"spbe_golden" is 2; this spbe reads version 1`},
		{"a rounded exact value", strings.Replace(ok, `"index": "3",`, `"index": "2.615384615385…",`, 1), `index "2.615384615385…" is not an exact number (a decimal such as 2.1685 or a fraction such as 28/11)`},
		{"a comma decimal", strings.Replace(ok, `"index_rounded": "3.00", "predicate"`, `"index_rounded": "3,00", "predicate"`, 1), `index_rounded "3,00" is not a decimal number`},
		{"an aspect twice", strings.Replace(ok, `]}`, `, {"id": "A1", "index": "3", "index_rounded": "3.00"}]}`, 1), `aspects[1]: A1 is listed twice`},
		{"two documents", ok + "\n" + ok, "line 2: more than one JSON value"},
	}
	if _, err := golden.Parse([]byte(ok)); err != nil {
		t.Fatalf("the base case: %v", err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := golden.Parse([]byte(c.data))
			if err == nil || err.Error() != c.want {
				t.Errorf("error %v\nwant     %s", err, c.want)
			}
		})
	}
}

// A golden keeps the long finite decimals that decimal values give (1.1666666666666667
// × 4 / 15 has 19 decimals' worth of sum) as decimals, and a value with
// no finite expansion as a fraction.
func TestExactKeepsLongDecimals(t *testing.T) {
	for in, want := range map[string]string{
		"608041666666666667/250000000000000000": "2.432166666666666668",
		"28/11":                                 "28/11",
		"13/6":                                  "13/6",
		"2.1685":                                "2.1685",
		"3":                                     "3",
		"1/1024":                                "0.0009765625",
	} {
		x, _ := new(big.Rat).SetString(in)
		got := golden.Exact(x)
		if got != want {
			t.Errorf("Exact(%s) = %s, want %s", in, got, want)
		}
		if back, ok := golden.ParseExact(got); !ok || back.Cmp(x) != 0 {
			t.Errorf("ParseExact(%s) does not give %s back", got, in)
		}
	}
}

// The reference sheets with decimal values hold the index computed by hand
// in testdata/check/gen.go (the reader cannot read them yet, so spbe check
// does not run them; their goldens are the engine's, checked here).
func TestDecimalReferenceGoldens(t *testing.T) {
	for name, want := range map[string]string{
		"pemdi-desimal":  "2.432166666666666668",
		"pemdi-tertunda": "1.4733",
	} {
		data, err := os.ReadFile("../../testdata/check/pemdi-2026/desimal/" + name + golden.Suffix)
		if err != nil {
			t.Fatal(err)
		}
		g, err := golden.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if g.Index != want {
			t.Errorf("%s: index %s, want %s", name, g.Index, want)
		}
	}
}
