package sheet_test

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
	"github.com/spbe-id/spbe/pkg/sheet"
)

func spbe2020(tb testing.TB) *rubric.Rubric {
	tb.Helper()
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func writeSheet(tb testing.TB, r *rubric.Rubric, s *fixture.Sheet) string {
	tb.Helper()
	s.Rubric = r
	if s.Levels == nil {
		s.Levels = fixture.ExpandLevels([]string{"3x47"})
	}
	path := filepath.Join(tb.TempDir(), "opd.xlsx")
	if err := s.Write(path); err != nil {
		tb.Fatal(err)
	}
	return path
}

func TestLevelSpellings(t *testing.T) {
	r := spbe2020(t)
	tests := []struct {
		name, value string
		want        int
	}{
		{"a number", "4", 4},
		{"a number with a zero decimal", "4.0", 4},
		{"a number as text", `"4"`, 4},
		{"a decimal comma", `"4,0"`, 4},
		{"Tingkat N", "Tingkat 4", 4},
		{"Level N", "Level 4", 4},
		{"Tingkat Kematangan N", "Tingkat Kematangan 4", 4},
		{"the drop-down form of a template", "4 - Terpadu dan Terukur", 4},
		{"the label", "Terpadu dan Terukur", 4},
		{"the label in capitals with extra spaces", "  TERPADU  DAN TERUKUR ", 4},
		{"the English label", "Integrated and Measured", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeSheet(t, r, &fixture.Sheet{Set: map[string]string{"E7": tt.value}})
			a, err := sheet.ReadFile(path, r, sheet.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Levels["1"]; got != tt.want {
				t.Errorf("level %d, want %d", got, tt.want)
			}
		})
	}
}

// A label belongs to its indicator's scale: "Transaksi" is a service level
// and means nothing for a process indicator.
func TestALabelOfAnotherScaleIsAnError(t *testing.T) {
	r := spbe2020(t)
	path := writeSheet(t, r, &fixture.Sheet{Set: map[string]string{"E7": "Transaksi", "E40": "Terdefinisi"}})
	_, err := sheet.ReadFile(path, r, sheet.Options{})
	var se *sheet.Error
	if !errors.As(err, &se) || len(se.Problems) != 2 {
		t.Fatalf("want two problems, got %v", err)
	}
	if !strings.Contains(se.Problems[0].Msg, `"Transaksi" is not a level`) || se.Problems[0].Cell != "E7" {
		t.Errorf("first problem: %+v", se.Problems[0])
	}
}

// Reading the 1.2 GB zip bomb allocates almost nothing: it is refused from
// the sizes recorded in the archive. (Its speed is in BenchmarkZipBomb.)
func TestZipBombIsRefusedWithoutInflating(t *testing.T) {
	r := spbe2020(t)
	data, err := os.ReadFile("../../testdata/fixtures/zipbomb.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = sheet.Read(data, "zipbomb.xlsx", r, sheet.Options{})
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "zip bomb") {
		t.Fatalf("want a zip bomb error, got %v", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("refusing the zip bomb allocated %d bytes", alloc)
	}
}

func BenchmarkReadFile(b *testing.B) {
	r := spbe2020(b)
	path := writeSheet(b, r, &fixture.Sheet{Cover: true, OPD: "Dinas Kesehatan", Year: "2024"})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sheet.ReadFile(path, r, sheet.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkZipBomb(b *testing.B) {
	r := spbe2020(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sheet.ReadFile("../../testdata/fixtures/zipbomb.xlsx", r, sheet.Options{}); err == nil {
			b.Fatal("the zip bomb was read")
		}
	}
}

// A panic while reading one file becomes an error for that file (here
// provoked by a nil rubric), so a batch carries on with the others.
func TestAPanicWhileReadingBecomesAnError(t *testing.T) {
	r := spbe2020(t)
	path := writeSheet(t, r, &fixture.Sheet{})
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = sheet.Read(data, "opd.xlsx", nil, sheet.Options{})
	if err == nil || !strings.Contains(err.Error(), "opd.xlsx: the workbook is malformed: reading it failed") {
		t.Fatalf("want the panic as an error naming the file, got %v", err)
	}
}

// A header beyond --max-cols is not found, and the message names the limit.
func TestColumnLimit(t *testing.T) {
	r := spbe2020(t)
	path := writeSheet(t, r, &fixture.Sheet{At: "BZ6"})
	_, err := sheet.ReadFile(path, r, sheet.Options{})
	if err == nil || !strings.Contains(err.Error(), "--max-cols") {
		t.Fatalf("want the column limit named, got %v", err)
	}
	if _, err := sheet.ReadFile(path, r, sheet.Options{MaxCols: 100}); err != nil {
		t.Fatalf("with the limit raised: %v", err)
	}
}

// A caller that has found the path to be a regular file (Options.Regular)
// spares the reader its look before opening, not the look after: what was
// opened is still refused when it is not a regular file, and a regular
// file is read as without the option.
func TestARegularCallerStillHasWhatItOpenedLookedAt(t *testing.T) {
	r := spbe2020(t)
	dir := t.TempDir()
	_, err := sheet.ReadFile(dir, r, sheet.Options{Regular: true})
	var se *sheet.Error
	if !errors.As(err, &se) || !strings.Contains(err.Error(), "not a regular file") && !strings.Contains(err.Error(), "bukan berkas biasa") {
		t.Fatalf("a folder read with Regular set: got %v, want it refused as not a regular file", err)
	}
	path := writeSheet(t, r, &fixture.Sheet{})
	a, err := sheet.ReadFile(path, r, sheet.Options{Regular: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := sheet.ReadFile(path, r, sheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Values) != 47 || a.SHA256 != b.SHA256 || a.Values["1"].Text != b.Values["1"].Text {
		t.Errorf("read with Regular set: %d values, %s; without: %d values, %s", len(a.Values), a.SHA256, len(b.Values), b.SHA256)
	}
}

// A brief read (Options.Brief) gives what a batch ranks from, as a full
// read gives it, and leaves out the levels' whole parts and the texts
// beside them, which only a sheet's own report shows.
func TestABriefReadKeepsWhatIsScored(t *testing.T) {
	r := spbe2020(t)
	path := writeSheet(t, r, &fixture.Sheet{
		Self:    fixture.ExpandLevels([]string{"2x47"}),
		Columns: []string{"No", "Indikator", "Mandiri", "Verifikasi", "Penjelasan", "Data Dukung"},
	})
	full, err := sheet.ReadFile(path, r, sheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	brief, err := sheet.ReadFile(path, r, sheet.Options{Brief: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Levels) != 47 || len(full.Notes) == 0 || len(full.Evidence) == 0 {
		t.Fatalf("full read: %d levels, %d notes, %d evidence; want them all", len(full.Levels), len(full.Notes), len(full.Evidence))
	}
	if len(brief.Levels)+len(brief.Notes)+len(brief.Evidence)+len(brief.EvaluatorNotes) != 0 {
		t.Errorf("brief read: %d levels, %d notes, %d evidence, %d evaluator notes; want none",
			len(brief.Levels), len(brief.Notes), len(brief.Evidence), len(brief.EvaluatorNotes))
	}
	same := func(what string, a, b map[string]string) {
		if len(a) != len(b) {
			t.Errorf("%s: %d in the brief read, %d in the full one", what, len(a), len(b))
		}
		for id, x := range b {
			if a[id] != x {
				t.Errorf("%s of %s: %q in the brief read, %q in the full one", what, id, a[id], x)
			}
		}
	}
	texts := func(v score.Values) map[string]string {
		m := map[string]string{}
		for id, x := range v {
			m[id] = x.Rat.RatString()
		}
		return m
	}
	same("value", texts(brief.Values), texts(full.Values))
	same("self value", texts(brief.SelfValues), texts(full.SelfValues))
	same("cell", brief.Cells, full.Cells)
	if len(full.SelfValues) != 47 || brief.Self == nil || brief.SelfColumn != full.SelfColumn {
		t.Errorf("self-assessment: %d values in the full read; brief read's column %q, full's %q", len(full.SelfValues), brief.SelfColumn, full.SelfColumn)
	}
}
