package cell

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
)

func TestNumbersInNames(t *testing.T) {
	for in, want := range map[string]int{
		"Indikator 14 - Penerapan": 14, "14. Tingkat Kematangan": 14, "Ind. 3 Kebijakan": 3,
		"7) Layanan": 7, "12 - Audit": 12, "Kebijakan Internal": 0, "2024 Rencana": 0,
	} {
		if got := NumberInName(in); got != want {
			t.Errorf("NumberInName(%q) = %d, want %d", in, got, want)
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
		if got := YearOf(in); got != want {
			t.Errorf("YearOf(%q) = %q, want %q", in, got, want)
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

func TestALevelCellIsALevelOrSaysWhyNot(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	in := r.Indicator("1")
	for _, c := range []struct {
		raw   string
		level int
		code  string // "" when the cell is a level
	}{
		{"3", 3, ""},
		{"Tingkat 4", 4, ""},
		{"3,0", 3, ""},
		{"2.9999999999999996", 3, ""},
		{"3 - Terdefinisi", 3, ""},
		{"Optimum", 5, ""},
		{"", 0, "no-level"},
		{"6", 0, "out-of-scale"},
		{"2.5", 0, "not-whole"},
		{"3 - Optimum", 0, "contradictory-level"},
		{"baik", 0, "not-a-level"},
	} {
		n, p := Level(c.raw, in)
		code := ""
		if p != nil {
			code = p.Code
		}
		if n != c.level || code != c.code {
			t.Errorf("Level(%q) = %d, problem %q; want %d, problem %q", c.raw, n, code, c.level, c.code)
		}
	}
}

// NumberInName looks at the pattern only for names starting with a digit
// or an i: the pattern must match nothing else, whatever the first rune
// (case folding included: (?i) folds K with the Kelvin sign).
func TestNumberInNameGuardMissesNoMatch(t *testing.T) {
	for r := rune(0); r <= 0x2FFF; r++ {
		for _, rest := range []string{"ndikator 14", "nd 3", "14. Tingkat", " 14 - x", "4) x", "4 - x"} {
			s := string(r) + rest
			if nameNumber().MatchString(s) && NumberInName(s) == 0 {
				t.Errorf("NumberInName(%q) = 0, but the pattern matches it", s)
			}
		}
	}
}

// Names near the top left come from the array, the others from the
// table; both are the same names, asked once or twice.
func TestCellNames(t *testing.T) {
	for _, c := range []struct {
		col, row int
		want     string
	}{{0, 1, "A1"}, {4, 12, "E12"}, {15, 1023, "P1023"}, {16, 1, "Q1"}, {0, 1024, "A1024"}, {27, 1048576, "AB1048576"}} {
		for range 2 {
			if got := Name(c.col, c.row); got != c.want {
				t.Errorf("Name(%d, %d) = %q, want %q", c.col, c.row, got, c.want)
			}
		}
	}
}

// normSlow is Norm as it was before its ASCII path.
func normSlow(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Map(func(r rune) rune {
		switch r {
		case '.', ':', '*', '(', ')', '_', '\n', '\r', '\t', '#', '\u00a0', '/':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// Norm's ASCII path gives what the general one does, on every string of
// up to four bytes of an alphabet of the cases it tells apart, and on
// random longer ones.
func TestNormASCIIIsNorm(t *testing.T) {
	alphabet := []byte{'A', 'z', '1', ' ', ' ', '.', ':', '*', '(', ')', '_', '#', '/', '\t', '\n', '\v', '\f', '\r', '-', 0, 1, 0x7f}
	var try func(s []byte, n int)
	try = func(s []byte, n int) {
		if got, want := Norm(string(s)), normSlow(string(s)); got != want {
			t.Fatalf("Norm(%q) = %q, want %q", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			try(append(s, c), n-1)
		}
	}
	try(nil, 4)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := make([]byte, rng.IntN(40))
		for i := range s {
			s[i] = alphabet[rng.IntN(len(alphabet))]
		}
		if got, want := Norm(string(s)), normSlow(string(s)); got != want {
			t.Fatalf("Norm(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"Tingkat Kematangan", "tingkat kematangan", "  No. ", "Tahun\u00a0Penilaian", "Ménage"} {
		if got, want := Norm(s), normSlow(s); got != want {
			t.Errorf("Norm(%q) = %q, want %q", s, got, want)
		}
	}
}

// OneLine returns a single-spaced ASCII text as it is and splits every
// other: either way it says what joining the text's fields says.
func TestOneLineIsJoinedFields(t *testing.T) {
	texts := []string{"", " ", "a", "Nama OPD", " Nama OPD", "Nama OPD ", "Nama  OPD", "Nama\tOPD", "Nama\nOPD",
		"Nama\r\nOPD", "Nama\vOPD", "Nama\fOPD", "Nama\u00a0OPD", "Nama\u0085OPD", "Dinas Kominfo", "é", "a b c", "a b  c", "a b c "}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "B", " ", " ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2003", "é", ":", "1"}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := OneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// Clean's pass over ASCII texts trims what the general way trims.
func TestCleanIsTheGeneralWay(t *testing.T) {
	texts := []string{"", " ", "3", " 3 ", "\t3\r\n", "\v\f3", "Indikator 1", "a\u00a0", "\u00a0a\u00a0b\u00a0", "\u2003x\u2003", "é ", "\x00 a \x00"}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "1", " ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2003", "é", "\x00", "\x7f"}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := Clean(s), cleanText(s); got != want {
			t.Errorf("Clean(%q) = %q, want %q", s, got, want)
		}
	}
}

// WholeNumber's way for up to four digits gives what the exact decimal
// gives, on every such text, leading zeros and all.
func TestWholeNumberOfDigitsIsTheDecimal(t *testing.T) {
	slow := func(s string) (int, bool) {
		x, ok := rubric.ParseDecimal(s)
		if !ok || !x.IsInt() || !x.Num().IsInt64() {
			return 0, false
		}
		return int(x.Num().Int64()), true
	}
	var texts []string
	for n := 1; n <= 4; n++ {
		for v := 0; v < 10000 && len(strconv.Itoa(v)) <= n; v++ {
			texts = append(texts, fmt.Sprintf("%0*d", n, v))
		}
	}
	texts = append(texts, "", "12345", "3.0", "3,00", "+3", "-3", " 3", "3 ", "٣", "1e3")
	for _, s := range texts {
		n, ok := WholeNumber(s)
		wn, wok := slow(s)
		if n != wn || ok != wok {
			t.Errorf("WholeNumber(%q) = %d, %v; want %d, %v", s, n, ok, wn, wok)
		}
	}
}

// NormFirst is the first byte of Norm, on every string of up to four
// bytes of an alphabet of the cases Norm tells apart and on random longer
// ones; it declines only a text with a byte outside ASCII before it.
func TestNormFirstIsNormsFirstByte(t *testing.T) {
	alphabet := []string{"A", "z", "1", " ", ".", ":", "*", "(", "_", "#", "/", "\t", "\n", "\v", "\r", "-", "\x00", "\x01", "\x7f", "\u00a0", "\u212a", "é", "\u2003"}
	check := func(s string) {
		c, ok := NormFirst(s)
		n := Norm(s)
		switch {
		case !ok && !strings.ContainsFunc(s, func(r rune) bool { return r == 0 || r >= 0x80 }):
			t.Fatalf("NormFirst(%q) declines a text in ASCII", s)
		case ok && n == "" && c != 0, ok && n != "" && c != n[0]:
			t.Fatalf("NormFirst(%q) = %q, Norm = %q", s, c, n)
		}
	}
	var try func(s string, n int)
	try = func(s string, n int) {
		check(s)
		if n > 0 {
			for _, c := range alphabet {
				try(s+c, n-1)
			}
		}
	}
	try("", 4)
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		check(b.String())
	}
}
