//go:build ignore

// gen writes the reference answer sheets of testdata/check: one folder per
// built-in rubric, checked by `spbe check` in CI. Run it from the
// repository root, then write the goldens with spbe itself and review them:
//
//	go run testdata/check/gen.go
//	go run ./cmd/spbe check --update testdata/check/spbe-2020
//	go run ./cmd/spbe check --update --rubric pemdi-2026 testdata/check/pemdi-2026
//
// Each sheet's name says what it pins down; the levels were chosen so that
// the index lands on (or just below) a predicate boundary, and gen refuses
// to write a sheet whose index is not the one its name promises.
package main

import (
	"fmt"
	"log"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/spbe-id/spbe/pkg/fixture"
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
