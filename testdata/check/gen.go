//go:build ignore

// gen writes the reference answer sheets of testdata/check: one folder per
// built-in rubric, checked by `spbe check` in CI. Run it from the
// repository root, then write the goldens with spbe itself and review them:
//
//	go run testdata/check/gen.go
//	go run ./cmd/spbe check --update testdata/check/spbe-2020
//	go run ./cmd/spbe check --update --rubric pemdi-2026 testdata/check/pemdi-2026
//
// The sheets with decimal values in pemdi-2026/desimal get their goldens
// from gen itself (scored by the engine from the values gen writes, and
// checked against an index computed by hand), because the sheet reader
// does not read decimal values yet; spbe check does not descend into
// that folder until it does.
//
// Each sheet's name says what it pins down; the levels were chosen so that
// the index lands on (or just below) a predicate boundary, and gen refuses
// to write a sheet whose index is not the one its name promises.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"log"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/golden"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

type ref struct {
	name   string
	index  string // the exact index the levels must give
	levels string // one digit per indicator, or fixture.ExpandLevels tokens
	self   string // self-assessed levels, when the sheet has both columns
	sheet  fixture.Sheet
}

var spbe2020 = []ref{
	{name: "tingkat-1", index: "1", levels: "1x47"},
	{name: "tingkat-5", index: "5", levels: "5x47"},
	// Prints 2,60 but is Cukup: the predicate reads the exact index.
	{name: "batas-2-5995", index: "2.5995", levels: "33333333323333333333333333333333333333332111111"},
	// Just below Baik; indicators 1 and 2 differ, so a weight moved
	// between them changes it.
	{name: "batas-2-5885", index: "2.5885", levels: "15333332223222333323233332223232332332232333322"},
	// Levels written as labels (Terdefinisi on the process scale,
	// Transaksi on the service scale) and numbers, below a cover sheet.
	{name: "tingkat-campuran", index: "3.1", levels: "Terdefinisix10 3 4 3 2 4x4 3x2 3x11 Transaksix16",
		sheet: fixture.Sheet{Cover: true, At: "B9", OPD: "Dinas Komunikasi dan Informatika", Year: "2024"}},
	{name: "verifikasi", index: "2.5125", levels: "2x10 3x10 2x10 3x10 2x7", self: "3x47",
		sheet: fixture.Sheet{OPD: "Badan Perencanaan Pembangunan Daerah", Year: "2025"}},
}

var pemdi2026 = []ref{
	{name: "pemdi-1-00", index: "1", levels: "1x20"},
	{name: "pemdi-1-49", index: "1.49", levels: "11111111111111112114"},
	{name: "pemdi-1-50", index: "1.5", levels: "11111111111111111133"},
	{name: "pemdi-2-49", index: "2.49", levels: "22222222222222223225"},
	{name: "pemdi-2-50", index: "2.5", levels: "22222222222223222225"},
	{name: "pemdi-3-49", index: "3.49", levels: "33333333333334334345"},
	{name: "pemdi-3-50", index: "3.5", levels: "33333333333333333355"},
	{name: "pemdi-3-99", index: "3.99", levels: "44444443444444444544"},
	{name: "pemdi-4-00", index: "4", levels: "4x20"},
	{name: "pemdi-5-00", index: "5", levels: "5x20"},
	{name: "pemdi-verifikasi", index: "2.5", levels: "22222222222223222225", self: "3x20",
		sheet: fixture.Sheet{OPD: "Dinas Komunikasi dan Informatika", Year: "2026", Cover: true}},
}

// copies are sheets saved by LibreOffice Calc (see testdata/fixtures/
// MANIFEST.md), so that a program other than excelize wrote some of the
// reference sheets.
var copies = map[string]string{
	"dinkes-lo.xlsx":     "testdata/fixtures/lo-opd-dinkes.xlsx",
	"verifikasi-lo.xlsx": "testdata/fixtures/lo-verified.xlsx",
}

func main() {
	write("spbe-2020", spbe2020)
	write("pemdi-2026", pemdi2026)
	writeDecimal()
	for dst, src := range copies {
		data, err := os.ReadFile(src)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("testdata/check/spbe-2020", dst), data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

func write(id string, refs []ref) {
	r, err := rubric.Builtin(id)
	if err != nil {
		log.Fatal(err)
	}
	dir := filepath.Join("testdata/check", id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, x := range refs {
		s := x.sheet
		s.Rubric = r
		s.Levels = fixture.ExpandLevels(strings.Fields(x.levels))
		if x.self != "" {
			s.Self = fixture.ExpandLevels(strings.Fields(x.self))
		}
		lv := score.Levels{}
		for i, in := range r.Indicators {
			lv[in.ID] = levelOf(in.Scale, s.Levels[i])
		}
		res, err := score.Compute(r, lv)
		if err != nil {
			log.Fatalf("%s: %v", x.name, err)
		}
		if want, _ := new(big.Rat).SetString(x.index); res.Index.Cmp(want) != 0 {
			log.Fatalf("%s: the levels give %s, not %s", x.name, rubric.Exact(res.Index), x.index)
		}
		if err := s.Write(filepath.Join(dir, x.name+".xlsx")); err != nil {
			log.Fatalf("%s: %v", x.name, err)
		}
		fmt.Printf("%s/%s.xlsx: %s (%s)\n", dir, x.name, rubric.Exact(res.Index), res.Band.Name)
	}
}

// levelOf reads a level written as a number or as a label of the scale.
func levelOf(sc *rubric.Scale, v string) int {
	for _, l := range sc.Levels {
		if l.Label == v {
			return l.Value
		}
	}
	var n int
	if _, err := fmt.Sscan(v, &n); err != nil {
		log.Fatalf("level %q: %v", v, err)
	}
	return n
}

// decimalRef is a Pemdi sheet with decimal values: texts in the syntax of
// fixture.Value (a number, "\"2,5\"" as text, "" empty), the source
// scores of indicators valued from another index (written in the "Skor
// Indeks Lain" column), and formulas whose cached value is the value.
type decimalRef struct {
	name     string
	index    string // the exact index, computed by hand below
	values   string // fixture.ExpandLevels tokens, one value per indicator
	scores   map[string]string
	formulas map[string]string
	sheet    fixture.Sheet
}

var pemdiDecimal = []decimalRef{
	// The assessors' kind of result. By hand, Σ NI × BI:
	//   A1 1.26×5 + 2,5×5 = 18.8; A2 1.3×5 + 1.25×5 = 12.75;
	//   A3 SDI 25 → 2 (×5), SJIG not published → 1 (×3), 3 (EPSS 2.7
	//      agrees) ×3, =7/6 cached 1.1666666666666667 ×4 = 26.6666666666666668;
	//   A4 2×4 + 3×4 + 1.5×3 + 2×4 = 32.5; A5 3.75×5 + 4×5 = 38.75;
	//   A6 2×4 + 1×4 + 5×4 + (SDI 68.75 → 3.75)×3 = 43.25;
	//   A7 2.4×10 + 3.1×15 = 70.5.
	// Σ = 243.2166666666666668; index 2.432166666666666668, 2,43 Cukup.
	// With 7/6 exactly A3 would be 80/3 and the index 2.4321666…: the
	// sheet's decimal is kept, not the fraction it approximates.
	{name: "pemdi-desimal", index: "2.432166666666666668",
		values:   `1.26 "2,5" 1.3 1.25 "" "" 3 1.1666666666666667 2 3 1.5 2 3.75 4 2 1 5 "" 2.4 3.1`,
		scores:   map[string]string{"5": "25", "7": "2.7", "18": "68.75"},
		formulas: map[string]string{"8": "7/6"},
		sheet:    fixture.Sheet{OPD: "Dinas Komunikasi dan Informatika", Year: "2026"}},
	// Every indicator valued from another index is pending (taken as 1);
	// the rest at the assessors' decimals. By hand, Σ NI × BI:
	//   6.3 + 6.5 + 6.25 + 7.5 + 5 + 3 + 3 + 6 + 5.04 + 10 + 3 + 5.2
	//   + 12.5 + 12.5 + 5 + 5.04 + 8 + 3 + 15 + 19.5 = 147.33;
	// index 1.4733, 1,47 Kurang.
	{name: "pemdi-tertunda", index: "1.4733",
		values: `1.26 1.3 1.25 1.5 "" "" "" 1.5 1.26 2.5 1 1.3 2.5 2.5 1.25 1.26 2 "" 1.5 1.3`,
		sheet:  fixture.Sheet{OPD: "Badan Perencanaan Pembangunan Daerah", Year: "2026"}},
}

// writeDecimal writes the Pemdi sheets with decimal values and their
// goldens into pemdi-2026/desimal.
func writeDecimal() {
	r, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		log.Fatal(err)
	}
	dir := filepath.Join("testdata/check/pemdi-2026/desimal")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	const first = 7 // the first indicator's row under the header at A6
	for _, x := range pemdiDecimal {
		s := x.sheet
		s.Rubric = r
		s.Columns = []string{"No", "Aspek", "Indikator", "Nilai", "Skor Indeks Lain", "Penjelasan"}
		s.Levels = fixture.ExpandLevels(strings.Fields(x.values))
		for i, v := range s.Levels {
			if v == `""` {
				s.Levels[i] = "" // an empty cell, not an empty string
			}
		}
		s.Set = map[string]string{}
		vs := score.Values{}
		for i, in := range r.Indicators {
			var val, sc *rubric.Value
			if t := strings.Trim(s.Levels[i], `"`); t != "" {
				v, err := in.Scale.ParseValue(t)
				if err != nil {
					log.Fatalf("%s: indicator %s: %v", x.name, in.ID, err)
				}
				val = &v
			}
			if t, ok := x.scores[in.ID]; ok {
				v, err := in.External.ParseScore(t)
				if err != nil {
					log.Fatalf("%s: indicator %s: %v", x.name, in.ID, err)
				}
				sc = &v
				s.Set[fmt.Sprintf("E%d", first+i)] = t
			}
			if vs[in.ID], err = in.Resolve(val, sc); err != nil {
				log.Fatalf("%s: %v", x.name, err)
			}
		}
		res, err := score.ComputeValues(r, vs)
		if err != nil {
			log.Fatalf("%s: %v", x.name, err)
		}
		if want, _ := new(big.Rat).SetString(x.index); res.Index.Cmp(want) != 0 {
			log.Fatalf("%s: the values give %s, not %s", x.name, res.Index.RatString(), x.index)
		}
		path := filepath.Join(dir, x.name+".xlsx")
		if err := s.Write(path); err != nil {
			log.Fatalf("%s: %v", x.name, err)
		}
		for id, expr := range x.formulas {
			i := slices.IndexFunc(r.Indicators, func(in *rubric.Indicator) bool { return in.ID == id })
			if err := addFormula(path, fmt.Sprintf("D%d", first+i), expr, s.Levels[i]); err != nil {
				log.Fatalf("%s: %v", x.name, err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, x.name+golden.Suffix), golden.FromResult(res, nil).Marshal(), 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s (%s), %d assumed\n", path, res.Index.RatString(), res.Band.Name, len(res.Assumed()))
	}
}

// addFormula gives a numeric cell of the workbook's first worksheet a
// formula with the cached value cached, as Excel saves a formula: the
// shortest decimal that reads back as the double ("1.1666666666666667").
// excelize writes such a double with 15 digits, so the cell's value is
// rewritten too.
func addFormula(path, ref, expr, cached string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	done := false
	for _, e := range zr.File {
		rc, err := e.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		if e.Name == "xl/worksheets/sheet1.xml" {
			open := []byte(`<c r="` + ref + `"`)
			i := bytes.Index(data, open)
			j := bytes.Index(data[max(i, 0):], []byte("<v>"))
			k := bytes.Index(data[max(i, 0):], []byte("</v>"))
			if i < 0 || j < 0 || k < j {
				return fmt.Errorf("add a formula: no value in %s", ref)
			}
			cell := []byte("<f>" + expr + "</f><v>" + cached)
			data = append(data[:i+j:i+j], append(cell, data[i+k:]...)...)
			done = true
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.Name, Method: zip.Deflate, Modified: e.Modified})
		if err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	zr.Close()
	if err := zw.Close(); err != nil {
		return err
	}
	if !done {
		return fmt.Errorf("add a formula: no worksheet")
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
