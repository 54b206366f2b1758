package evaluate

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// table writes a worksheet of the spec syntax of fixture.Workbook: a header
// and one row per indicator, every one at level.
func table(name string, n, level int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%s]\nA1: No | Tingkat Kematangan\n", name)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "A%d: %d | %d\n", i+1, i, level)
	}
	return b.String()
}

// A sheet's rubric never depends on the sheet read before it: a workbook
// holding a Pemdi table and then an SPBE one is a Pemdi sheet (its first
// table), alone and after an SPBE sheet alike. Reading it first with the
// previous sheet's rubric (spbe-2020) passes over the Pemdi table and
// would find the SPBE one.
func TestTheRubricOfASheetDoesNotDependOnTheSheetBefore(t *testing.T) {
	dir := t.TempDir()
	spbe, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	levels := make([]string, len(spbe.Indicators))
	for i := range levels {
		levels[i] = "4"
	}
	before := filepath.Join(dir, "a.xlsx")
	if err := (&fixture.Sheet{Rubric: spbe, Levels: levels, OPD: "Dinas A", Year: "2024"}).Write(before); err != nil {
		t.Fatal(err)
	}
	both := filepath.Join(dir, "both.xlsx")
	f, err := fixture.Workbook(table("Pemdi", 20, 3) + table("SPBE", 47, 4))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(both); err != nil {
		t.Fatal(err)
	}
	var rs Rubrics
	limits := sheet.Options{}
	alone, err := rs.ScoreSheet(both, limits, "test")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rs.ScoreSheet(before, limits, "test"); err != nil {
		t.Fatal(err)
	}
	after, err := rs.ScoreSheet(both, limits, "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, rep := range []struct {
		when string
		id   string
		idx  string
	}{{"alone", alone.Result.Rubric.ID, alone.Result.Index.RatString()}, {"after an SPBE sheet", after.Result.Rubric.ID, after.Result.Index.RatString()}} {
		if rep.id != "pemdi-2026" || rep.idx != "3" {
			t.Errorf("%s: both.xlsx scored with %s at %s, want pemdi-2026 at 3", rep.when, rep.id, rep.idx)
		}
	}
}
