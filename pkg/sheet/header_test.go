package sheet

import (
	"math/big"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
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
	got := combine([]string{"No", "Indikator", "Tingkat Kematangan", "", "Keterangan", ""},
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
	if !isChildRow(parent, []string{"", "", "Mandiri"}, 0) {
		t.Error("a row of sub-headers is not taken as one")
	}
	if isChildRow(parent, []string{"1", "Satu", "3"}, 0) {
		t.Error("the first answer row is taken for sub-headers")
	}
	if !isColumnNumbers([]string{"1", "2", "3", "(4)"}) || isColumnNumbers([]string{"1", "2", "4"}) || isColumnNumbers([]string{"1", "Satu", "3"}) {
		t.Error("column numbers misread")
	}
}

func TestNumbersInNames(t *testing.T) {
	for in, want := range map[string]int{
		"Indikator 14 - Penerapan": 14, "14. Tingkat Kematangan": 14, "Ind. 3 Kebijakan": 3,
		"7) Layanan": 7, "12 - Audit": 12, "Kebijakan Internal": 0, "2024 Rencana": 0,
	} {
		if got := numberInName(in); got != want {
			t.Errorf("numberInName(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestNoiseWithinOneBillionthIsWhole(t *testing.T) {
	for in, want := range map[string]string{
		"3.0000000000000004": "3", "2.9999999999999996": "3", "3.000000001": "3",
		"3.00000001": "300000001/100000000", "3.5": "7/2",
	} {
		x, _ := new(big.Rat).SetString(in)
		if got := nearWhole(x).RatString(); got != want {
			t.Errorf("nearWhole(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestYearCells(t *testing.T) {
	for in, want := range map[string]string{
		"2024": "2024", "Tahun 2024": "2024", "45292": "2024", "45657.5": "2024", "01/01/2024": "2024",
		"2023-12-31": "2023", "12": "", "abc": "",
	} {
		if got := yearOf(in); got != want {
			t.Errorf("yearOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAmpersandReadsAsDan(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	in := r.Indicator("1")
	l, _ := in.Scale.Level(4)
	if !labelIs(l, "Terpadu & Terukur") || !labelIs(l, "terpadu dan terukur") || labelIs(l, "Terpadu") {
		t.Error("labels with & misread")
	}
}
