package header

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/sheet/cell"
)

func TestHeadersAreClassifiedByWhatTheySay(t *testing.T) {
	for _, c := range []struct {
		header string
		kind   Kind
		year   int
	}{
		{"No", KindID, 0},
		{"No.", KindID, 0},
		{"Indikator", KindName, 0},
		{"Tingkat Kematangan", KindLevel, 0},
		{"Tingkat Kematangan / Mandiri", KindSelf, 0},
		{"Sumber Nilai", KindIgnored, 0},         // where a Pemdi value comes from
		{"Nama Tingkat", KindIgnored, 0},         // a legend of the level names
		{"Skor Indeks Lain", KindSourceScore, 0}, // the other agency's score, converted to a value
		{"Tingkat Kematangan / Verifikasi", KindVerified, 0},
		{"Nilai Verifikasi", KindVerified, 0},
		{"Verif", KindVerified, 0},
		{"Eks", KindVerified, 0},
		{"Evaluator", KindVerified, 0},
		{"Nilai Akhir", KindFinal, 0},
		{"Penilaian Tahun 2024 / Akhir", KindFinal, 2024},
		{"Penilaian Tahun 2024 / Target", KindTarget, 2024},
		{"Tingkat Kematangan 2023", KindLevel, 2023},
		{"2024", KindLevel, 2024},
		{"Catatan Evaluator", KindEvaluatorNote, 0},
		{"Bobot", KindIgnored, 0},
		{"Nilai Indeks", KindIgnored, 0},
		{"Bukti Dukung", KindEvidence, 0},
		{"Tingkat\u00a0Kematangan", KindLevel, 0},
		{"Domain", KindIgnored, 0},
	} {
		k, y, _, _ := classify(c.header)
		if k != c.kind || y != c.year {
			t.Errorf("classify(%q) = %s, %d; want %s, %d", c.header, k, y, c.kind, c.year)
		}
	}
}

func TestAParentHeaderRunsOnOverChildrenWithText(t *testing.T) {
	got := Combine([]string{"No", "Indikator", "Tingkat Kematangan", "", "Keterangan", ""},
		[]string{"", "", "Mandiri", "Verifikasi", "", "x"})
	want := []string{"No", "Indikator", "Tingkat Kematangan / Mandiri", "Tingkat Kematangan / Verifikasi", "Keterangan", "x"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("column %d: %q, want %q", i, got[i], want[i])
		}
	}
}

func TestChildRowsAndColumnNumbers(t *testing.T) {
	parent := []string{"No", "Indikator", "Tingkat"}
	if !IsChildRow(parent, []string{"", "", "Mandiri"}, 0) {
		t.Error("a row of sub-headers is not taken as one")
	}
	if IsChildRow(parent, []string{"1", "Satu", "3"}, 0) {
		t.Error("the first answer row is taken for sub-headers")
	}
	if !IsColumnNumbers([]string{"1", "2", "3", "(4)"}) || IsColumnNumbers([]string{"1", "2", "4"}) || IsColumnNumbers([]string{"1", "Satu", "3"}) {
		t.Error("column numbers misread")
	}
}

func TestTheFinalColumnIsScoredOverTheVerifiedOne(t *testing.T) {
	h, ok := Parse([]string{"No", "Indikator", "Mandiri", "Verifikasi", "Nilai Akhir", "Tingkat", "Tingkat 2"}, nil)
	if !ok {
		t.Fatal("not a header row")
	}
	h.Rows = []int{1}
	var levels []*Column
	for i := range h.Cols {
		if h.Cols[i].IsLevel() {
			levels = append(levels, &h.Cols[i])
		}
	}
	same := func(a, b *Column) (int, string, string) { return 0, "", "" }
	all := []bool{true, true, true, true, true}
	ch, p := h.Choose("S", levels, all, same, "", "")
	if p != nil || ch.Head == nil || ch.Head.Letter != "E" || ch.Self == nil || ch.Self.Letter != "C" {
		t.Errorf("Choose = %+v, %+v; want head E, self C", ch, p)
	}
	// Two plain level columns that disagree are two readings: refused,
	// naming the flag that chooses.
	plain := []*Column{levels[3], levels[4]}
	differ := func(a, b *Column) (int, string, string) { return 12, "3", "4" }
	if _, p := h.Choose("S", plain, all[:2], differ, "", ""); p == nil || p.Code != "ambiguous-level" {
		t.Errorf("two disagreeing level columns: problem %+v, want ambiguous-level", p)
	}
	if ch, p := h.Choose("S", plain, all[:2], differ, "G", ""); p != nil || ch.Head.Letter != "G" {
		t.Errorf("--level-column G: %+v, %+v; want head G", ch, p)
	}
	if _, p := h.Choose("S", plain, all[:2], differ, "Realisasi", ""); p == nil || p.Code != "flag-no-column" {
		t.Errorf("--level-column naming no column: problem %+v, want flag-no-column", p)
	}
}

// Label quotes a header as %q does, clipped.
func TestLabelQuotesTheHeader(t *testing.T) {
	for _, h := range []string{"", "Verifikasi", `Nilai "akhir"`, "a\tb\n", "é\u00a0\x00", strings.Repeat("x", 500)} {
		c := Column{Letter: "E", Header: h}
		if got, want := c.Label(), fmt.Sprintf("%s %q", c.Letter, lang.Clip(h)); got != want {
			t.Errorf("Label of %q = %s, want %s", h, got, want)
		}
	}
}

// A header row reads the same wherever its columns are: the first ones'
// classifications are kept from the first pass, the later ones looked up
// again.
func TestParseReadsColumnsPastTheFirstOnesAlike(t *testing.T) {
	row := []string{"No", "Indikator", "Tingkat Kematangan / Mandiri", "Verifikasi 2024", "Keterangan", "Data Dukung", "Bobot", "Target", "Catatan Evaluator"}
	for _, at := range []int{0, 10, 14, 16, 30} {
		h, ok := Parse(append(make([]string, at), row...), nil)
		if !ok || len(h.Cols) != len(row) {
			t.Fatalf("at column %d: %v, %d columns", at, ok, len(h.Cols))
		}
		for i, c := range h.Cols {
			cl := classifyText(row[i])
			if c.Index != at+i || c.Header != cl.header || c.Kind != cl.kind && c.Kind != KindIgnored || c.Why == "" {
				t.Errorf("at column %d, %q read as %+v", at, row[i], c)
			}
		}
		if h.IDCol != at || h.NameCol != at+1 || h.NoteCol != at+4 || h.EvidenceCol != at+5 || h.EvalCol != at+8 {
			t.Errorf("at column %d: id %d, name %d, note %d, evidence %d, evaluators %d", at, h.IDCol, h.NameCol, h.NoteCol, h.EvidenceCol, h.EvalCol)
		}
	}
}

// A cell passed over as no label or indicator header cannot be one: every
// label and id header, however written, may be; most other cells are
// passed over.
func TestCellsPassedOverAreNoLabels(t *testing.T) {
	for _, c := range []struct {
		firsts *[256]bool
		sets   []map[string]bool
	}{
		{&labelFirsts, []map[string]bool{opdLabels, agencyLabels, yearLabels, assessorLabels}},
		{&strongIDFirsts, []map[string]bool{strongID}},
	} {
		for _, set := range c.sets {
			for w := range set {
				for _, s := range []string{w, strings.ToUpper(w), " " + w + " ", "(" + w + ")", "_" + strings.ReplaceAll(w, " ", "  ")} {
					if !mayBeIn(c.firsts, s) {
						t.Errorf("%q passed over", s)
					}
				}
			}
		}
	}
	for _, s := range []string{"Dinas Kesehatan Kota Contoh 1", "2024", "LEMBAR KERJA EVALUASI", "", " . "} {
		if mayBeIn(&labelFirsts, s) {
			t.Errorf("%q not passed over", s)
		}
	}
	if !mayBeIn(&labelFirsts, "Ñama OPD") {
		t.Errorf("a text outside ASCII passed over")
	}
}

// A row is a header row when some cell is an indicator or name column and
// some cell a level column, whatever order Parse classifies its cells in:
// it passes over, until one may name the indicators, the cells that
// cannot (idFirsts), and no such cell is an indicator or name column.
func TestParseTellsHeaderRowsAsClassifyingEveryCell(t *testing.T) {
	var words []string
	for _, set := range []map[string]bool{strongID, nameHeaders, noteHeaders, sourceScoreHeaders} {
		for w := range set {
			words = append(words, w)
		}
	}
	for w := range wordSets {
		words = append(words, w)
	}
	words = append(words, "indikator spbe 2024", "nama indikator lain", "Dinas Kesehatan", "2024", "Tahun 2023", "LEMBAR KERJA", "Ñomor", "_No.", "  ", "Kelvin \u212a", "id\u00a0indikator")
	rng := rand.New(rand.NewPCG(9, 10))
	variant := func(w string) string {
		switch rng.IntN(4) {
		case 0:
			return strings.ToUpper(w)
		case 1:
			return " (" + w + "):"
		case 2:
			return w + " " + words[rng.IntN(len(words))]
		}
		return w
	}
	headers := 0
	for range 20000 {
		row := make([]string, rng.IntN(20))
		for i := range row {
			if rng.IntN(3) > 0 {
				row[i] = variant(words[rng.IntN(len(words))])
			}
		}
		hasID, hasLevel := false, false
		for _, c := range row {
			if c = cell.Clean(c); c != "" {
				k := classifyText(c).kind
				if k == KindID || k == KindName {
					hasID = true
					if !mayBeIn(&idFirsts, c) {
						t.Fatalf("%q is an indicator or name column, yet passed over", c)
					}
				}
				hasLevel = hasLevel || k.isLevel()
			}
		}
		h, ok := Parse(row, nil)
		if ok != (hasID && hasLevel) {
			t.Fatalf("Parse(%q) = %v, want %v", row, ok, hasID && hasLevel)
		}
		if ok {
			headers++
			for _, c := range h.Cols {
				if cl := classifyText(cell.Clean(row[c.Index])); c.Header != cl.header || c.Year != cl.year {
					t.Fatalf("Parse(%q) reads column %s as %+v", row, c.Letter, c)
				}
			}
		}
	}
	if headers < 1000 {
		t.Errorf("only %d of the rows tried are header rows", headers)
	}
}
