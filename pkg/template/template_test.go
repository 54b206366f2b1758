package template

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// fill writes levels (one per indicator, in rubric order) down a column of
// the answer sheet, as drop-down entries.
func fill(t *testing.T, f *excelize.File, r *rubric.Rubric, col string, levels []int) {
	t.Helper()
	for i, in := range r.Indicators {
		l, ok := in.Scale.Level(levels[i])
		if !ok {
			t.Fatalf("indicator %s has no level %d", in.ID, levels[i])
		}
		if err := f.SetCellStr(SheetAnswers, fmt.Sprintf("%s%d", col, HeaderRow+1+i), Entry(l)); err != nil {
			t.Fatal(err)
		}
	}
}

func save(t *testing.T, f *excelize.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func levelsOf(r *rubric.Rubric, pick func(i int) int) []int {
	out := make([]int, len(r.Indicators))
	for i := range out {
		out[i] = pick(i)
	}
	return out
}

// The sheet reader finds the template's table, its agency and year, its
// levels and its stamp, with nothing else in the workbook mistaken for any
// of them.
func TestFilledTemplateReadsBack(t *testing.T) {
	r, err := rubric.Builtin(rubric.Default)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		opt       Options
		wantOPD   string
		wantYear  string
		levelCols []string
	}{
		{"plain template with agency and year", Options{OPD: "Dinas Kesehatan", Year: 2024}, "Dinas Kesehatan", "2024", []string{"E"}},
		{"blank agency and year stay blank", Options{}, "", "", []string{"E"}},
		{"verified template scores both columns", Options{Verified: true, OPD: "Dinas X"}, "Dinas X", "", []string{"E", "F"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Build(r, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			head := levelsOf(r, func(i int) int { return 1 + i%5 })
			fill(t, f, r, tc.levelCols[len(tc.levelCols)-1], head)
			self := levelsOf(r, func(i int) int { return 1 + (i+1)%5 })
			if len(tc.levelCols) == 2 {
				fill(t, f, r, tc.levelCols[0], self)
			}
			a, err := sheet.Read(save(t, f), "t.xlsx", r, sheet.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Sheet != SheetAnswers || a.HeaderRow != HeaderRow {
				t.Errorf("table found at %s row %d, want %s row %d", a.Sheet, a.HeaderRow, SheetAnswers, HeaderRow)
			}
			if a.OPD != tc.wantOPD || a.Year != tc.wantYear {
				t.Errorf("OPD %q year %q, want %q %q", a.OPD, a.Year, tc.wantOPD, tc.wantYear)
			}
			for i, in := range r.Indicators {
				if a.Levels[in.ID] != head[i] {
					t.Errorf("indicator %s: level %d, want %d", in.ID, a.Levels[in.ID], head[i])
				}
				if len(tc.levelCols) == 2 && a.Self[in.ID] != self[i] {
					t.Errorf("indicator %s: self-assessed %d, want %d", in.ID, a.Self[in.ID], self[i])
				}
			}
			if (a.Self != nil) != (len(tc.levelCols) == 2) {
				t.Errorf("self-assessment read: %v", a.Self != nil)
			}
			want := sheet.Stamp{RubricID: r.ID, Version: r.Version, Hash: r.Hash}
			if a.Stamp == nil || *a.Stamp != want {
				t.Errorf("stamp %+v, want %+v", a.Stamp, want)
			}
			if len(a.Warnings) != 0 {
				t.Errorf("warnings: %q", a.Warnings)
			}
		})
	}
}

// A rubric without domains and without criteria still makes a working
// template: no Domain column, no criteria sheet, no links to it.
func TestRubricWithoutCriteria(t *testing.T) {
	r, err := rubric.Load("../rubric/testdata/valid-no-domains.yaml", 0)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Build(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := fmt.Sprint(f.GetSheetList()), fmt.Sprint([]string{SheetInstructions, SheetAnswers, SheetLists}); got != want {
		t.Errorf("sheets %s, want %s", got, want)
	}
	row, err := f.GetRows(SheetAnswers)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(row[HeaderRow-1]); got != "[No Aspek Indikator Tingkat Kematangan Penjelasan Data Dukung]" {
		t.Errorf("header %s", got)
	}
	fill(t, f, r, "D", []int{1, 2, 3})
	a, err := sheet.Read(save(t, f), "t.xlsx", r, sheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Levels["1"] != 1 || a.Levels["2"] != 2 || a.Levels["3"] != 3 {
		t.Errorf("levels %v", a.Levels)
	}
}

// Write writes a workbook that a zip reader and the sheet reader accept.
func TestWrite(t *testing.T) {
	r, err := rubric.Builtin(rubric.Default)
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/t.xlsx"
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(out, r, Options{}); err != nil {
		t.Fatal(err)
	}
	out.Close()
	_, err = sheet.ReadFile(path, r, sheet.Options{})
	se, ok := err.(*sheet.Error)
	if !ok || len(se.Problems) != len(r.Indicators) {
		t.Fatalf("a blank template should fail with one missing level per indicator, got %v", err)
	}
}

func TestLines(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		width float64
		want  int
	}{
		{"empty text takes a line", "", 10, 1},
		{"short text takes one line", "Tingkat", 10, 1},
		{"text wraps at spaces", "satu dua tiga empat", 10, 2},
		{"a word longer than the column breaks", "abcdefghijklmnopqrstuvwxyz", 10, 3},
		{"line breaks start new lines", "satu\ndua", 40, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := lines(tc.text, tc.width); got != tc.want {
				t.Errorf("lines(%q, %v) = %d, want %d", tc.text, tc.width, got, tc.want)
			}
		})
	}
}

// The stamp survives a save by LibreOffice Calc, which rewrites the custom
// properties part in its own way, and the sheet reader finds it there.
func TestLibreOfficeSaveKeepsStamp(t *testing.T) {
	r, err := rubric.Builtin(rubric.Default)
	if err != nil {
		t.Fatal(err)
	}
	a, err := sheet.ReadFile("../../testdata/fixtures/lo-template-filled.xlsx", r, sheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := a.Stamp
	if s == nil || s.RubricID != "spbe-2020" || s.Version != "2020" || len(s.Hash) != 64 {
		t.Fatalf("stamp %+v", s)
	}
	for _, c := range s.Hash {
		if !strings.ContainsRune("0123456789abcdef", c) {
			t.Fatalf("stamp hash %q is not hex", s.Hash)
		}
	}
}

// BenchmarkWrite measures writing the spbe-2020 template with the verified
// column: go test -bench Write -run '^$' ./pkg/template
func BenchmarkWrite(b *testing.B) {
	r, err := rubric.Builtin(rubric.Default)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := Write(io.Discard, r, Options{Verified: true}); err != nil {
			b.Fatal(err)
		}
	}
}
