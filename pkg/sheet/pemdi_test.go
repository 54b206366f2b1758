package sheet_test

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
	"github.com/spbe-id/spbe/pkg/template"
)

func pemdi2026(tb testing.TB) *rubric.Rubric {
	tb.Helper()
	r, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// The template's source-score header is the one the reader reads the
// score of another agency's index from: one fact, checked here.
func TestTheTemplatesSourceScoreColumnIsRead(t *testing.T) {
	r := pemdi2026(t)
	levels := fixture.ExpandLevels([]string{"2x4", `""`, "2x15"})
	levels[4] = ""
	path := writeSheet(t, r, &fixture.Sheet{Levels: levels,
		Columns: []string{"No", "Indikator", "Nilai", template.HeaderSourceScore},
		Set:     map[string]string{"D11": "25"}})
	a, err := sheet.ReadFile(path, r, sheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	v := a.Values["5"]
	if v.Source == nil || v.Source.Text != "25" || v.Text != "2.00" {
		t.Errorf("indicator 5 = %+v, want 2.00 converted from SDI 25", v)
	}
	if a.ScoreCells["5"] != "D11" {
		t.Errorf("score cell %q, want D11", a.ScoreCells["5"])
	}
	if a.Levels["5"] != 2 {
		t.Errorf("level %d, want 2", a.Levels["5"])
	}
}

// A decimal is kept exactly, with no whole-level tolerance: 3.0000000001
// on a decimal scale is that value, not 3; only a float's noise,
// 2.9999999999999996 from a formula meaning 3, is the whole number.
func TestADecimalScaleKeepsTheCellsDecimal(t *testing.T) {
	r := pemdi2026(t)
	levels := fixture.ExpandLevels([]string{"2x20"})
	levels[0] = `"3.0000000001"`
	levels[1] = `"1,26"`
	levels[2] = "2.9999999999999996"
	path := writeSheet(t, r, &fixture.Sheet{Levels: levels, Columns: []string{"No", "Indikator", "Nilai"}})
	a, err := sheet.ReadFile(path, r, sheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Values["1"].Text; got != "3.0000000001" {
		t.Errorf("indicator 1 = %s, want 3.0000000001", got)
	}
	if got := a.Values["2"].Text; got != "1.26" {
		t.Errorf("indicator 2 = %s, want 1.26", got)
	}
	if got, lv := a.Values["3"].Text, a.Levels["3"]; got != "3" || lv != 3 {
		t.Errorf("indicator 3 = %s (level %d), want 3 (level 3)", got, lv)
	}
}

// Identify reads the ids of a table without a rubric, whatever their
// number, and the template stamp.
func TestIdentifyReadsIDsWithoutARubric(t *testing.T) {
	for _, c := range []struct {
		name string
		r    *rubric.Rubric
		n    int
	}{{"spbe-2020", spbe2020(t), 47}, {"pemdi-2026", pemdi2026(t), 20}} {
		t.Run(c.name, func(t *testing.T) {
			path := writeSheet(t, c.r, &fixture.Sheet{Levels: fixture.ExpandLevels([]string{"3x" + strconv.Itoa(c.n)})})
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			id, err := sheet.Identify(data, path, sheet.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(id.Tables) != 1 || len(id.Tables[0]) != c.n {
				t.Fatalf("tables %v, want one of %d ids", id.Tables, c.n)
			}
			if !slices.Contains(id.Tables[0], "1") || !slices.Contains(id.Tables[0], strconv.Itoa(c.n)) {
				t.Errorf("ids %v, want 1..%d", id.Tables[0], c.n)
			}
			// The fixture writes "Tingkat Kematangan " before a name.
			if got := id.Names["1"]; !strings.HasSuffix(got, c.r.Indicator("1").Name) {
				t.Errorf("name of 1 = %q, want it to end in %q", got, c.r.Indicator("1").Name)
			}
		})
	}
}
