package main

import (
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/fixture"
	spbe "github.com/spbe-id/spbe/pkg/rubric"
)

// The peer must find the table of a sheet laid out as the generated ones
// are (a cover sheet, title rows) and compute its index from the weights
// in the rubric YAML: indicators 1-10 (domain 1, 13.00 in all) at level 1
// and the other 37 at level 5 make (13 + 87 x 5) / 100 = 4.48, Memuaskan.
func TestPeerScoresAGeneratedSheet(t *testing.T) {
	rb, err := loadRubric("../../rubric/spbe-2020.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(rb.weights) != 47 || len(rb.bands) != 5 {
		t.Fatalf("rubric: %d weights, %d bands; want 47 and 5", len(rb.weights), len(rb.bands))
	}
	r, err := spbe.Open("", 0)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "opd.xlsx")
	s := fixture.Sheet{Rubric: r, OPD: "Dinas Uji", Year: "2024", Cover: true, Levels: fixture.ExpandLevels([]string{"1x10", "5x37"})}
	if err := s.Write(path); err != nil {
		t.Fatal(err)
	}
	index, pred, err := rb.score(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := big.NewRat(448, 100); index.Cmp(want) != 0 || pred != "Memuaskan" {
		t.Errorf("index %s %s; want 4.48 Memuaskan", index.FloatString(4), pred)
	}
}

// The peer reads levels written as numbers only, as a quick program would:
// the example sheet writes some as labels ("Terdefinisi"), which spbe
// reads and the peer must refuse rather than score wrongly.
func TestPeerRefusesALevelWrittenAsALabel(t *testing.T) {
	rb, err := loadRubric("../../rubric/spbe-2020.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := rb.score("../../testdata/example/dinkes-2024.xlsx"); err == nil || !strings.Contains(err.Error(), "Terdefinisi") {
		t.Errorf("score of the example: got %v, want an error naming the level Terdefinisi", err)
	}
}

// A header row needs both an indicator-number column and a level column;
// the title rows above it and a row with only one of them are not it.
func TestFindHeader(t *testing.T) {
	rows := [][]string{
		{"LEMBAR KERJA EVALUASI"},
		{"No", "Indikator"},
		{"", "Nomor", "Domain", "Skor"},
	}
	r, id, lv, ok := findHeader(rows)
	if !ok || r != 2 || id != 1 || lv != 3 {
		t.Errorf("findHeader = %d, %d, %d, %v; want 2, 1, 3, true", r, id, lv, ok)
	}
	if _, _, _, ok := findHeader(rows[:2]); ok {
		t.Error("found a header in rows without a level column")
	}
}
