package workbook

import (
	"strconv"
	"strings"
	"testing"
)

func TestUnescapeText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                 "plain",
		"a_x000D_\nb":           "a\nb",
		"tab_x0009_here":        "tab\there",
		"literal _x005F_x0041_": "literal _x0041_",
		"bell\x07 gone":         "bell gone",
		"_x00E9_t_x00E9_":       "été",
		"not an escape _xZZZZ_": "not an escape _xZZZZ_",
	} {
		if got := unescapeText(in); got != want {
			t.Errorf("unescapeText(%q) = %q, want %q", in, got, want)
		}
	}
}

// splitRef reads a row as strconv.Atoi did before it read bytes: the
// same references are accepted, with the same rows.
func TestSplitRefReadsRowsAsAtoi(t *testing.T) {
	atoi := func(ref string) (int, int, bool) {
		i, col := 0, 0
		for i < len(ref) && i < 3 {
			ch := ref[i] | 0x20
			if ch < 'a' || ch > 'z' {
				break
			}
			col = col*26 + int(ch-'a'+1)
			i++
		}
		if i == 0 || col > 16384 {
			return 0, 0, false
		}
		row := 0
		if i < len(ref) {
			n, err := strconv.Atoi(strings.TrimPrefix(ref[i:], "$"))
			if err != nil || n < 1 || n > maxSheetRow {
				return 0, 0, false
			}
			row = n
		}
		return col, row, true
	}
	for _, ref := range []string{"A1", "AB12", "XFD1048576", "XFD1048577", "A0", "A", "A$", "A$7", "A+7", "A$+7", "A+$7", "A-7", "A+", "A007",
		"A0000000000000000000012", "A99999999999999999999", "A1x", "A 1", "$A1", "AAAA1", "a12", "A_1", "A1_0"} {
		c, r, ok := splitRef(ref)
		wc, wr, wok := atoi(ref)
		if c != wc || r != wr || ok != wok {
			t.Errorf("splitRef(%q) = %d, %d, %v; Atoi reads %d, %d, %v", ref, c, r, ok, wc, wr, wok)
		}
		if bc, br, bok := splitRef([]byte(ref)); bc != c || br != r || bok != ok {
			t.Errorf("splitRef of the bytes of %q differs", ref)
		}
	}
}

// needsUnescape, eight bytes at a time, answers as the byte loop does:
// for every byte value at every place, alone or followed by "x", from
// every start (every alignment of the words).
func TestNeedsUnescapeAsTheByteLoop(t *testing.T) {
	byteLoop := func(b []byte) bool {
		for i, c := range b {
			if unescapeCandidate[c] && (c != '_' || i+1 < len(b) && b[i+1] == 'x') {
				return true
			}
		}
		return false
	}
	const plain = "Penjelasan indikator_1 ok"
	for p := range len(plain) {
		for c := range 256 {
			for _, next := range []byte{'y', 'x'} {
				b := []byte(plain)
				b[p] = byte(c)
				if p+1 < len(b) {
					b[p+1] = next
				}
				for j := range 9 {
					if got, want := needsUnescape(b[j:]), byteLoop(b[j:]); got != want {
						t.Fatalf("needsUnescape(%q) = %v, want %v", b[j:], got, want)
					}
				}
			}
		}
	}
}
