package batchbook

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// wordLinesRef and charWidthRef are the measures as first written, with
// strings.Fields and strings.ContainsRune: the reference for the ones that
// cut words without a slice.
func wordLinesRef(s string, width float64) int {
	lines, used := 1, 0.0
	space := charWidthRef(' ')
	for _, w := range strings.Fields(s) {
		n := 0.0
		for _, c := range w {
			n += charWidthRef(c)
		}
		switch {
		case used == 0:
			used = n
		case used+space+n <= width:
			used += space + n
		default:
			lines++
			used = n
		}
		for used > width {
			lines++
			used -= width
		}
	}
	return lines
}

func charWidthRef(c rune) float64 {
	switch {
	case strings.ContainsRune("iljI .,:;'|!", c):
		return 0.45
	case strings.ContainsRune("tfr()-/", c):
		return 0.65
	case c == 'm':
		return 1.6
	case c == 'w':
		return 1.4
	case c == 'M' || c == 'W':
		return 1.5
	case c >= 'A' && c <= 'Z':
		return 1.2
	}
	return 1
}

func TestWordLinesCutsWordsAsFieldsDoes(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u2028", "\xff", "\xc3", "é", "m", "w", "W", "M", "i", "l", "'", "(", "-",
		"Badan", "Pengelolaan", "Keuangan", "dan", "Aset", "Daerah", "Kota", "Contoh", "17", "DINAS", "Kesehatan",
		"Pengembangan", "Sumber", "Daya", "Manusia", "Perencanaan", "Pembangunan", "Penelitian", "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww"}
	for c := rune(0); c < 0x3000; c++ {
		pieces = append(pieces, string(c))
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, width := range []float64{30, 34, 5} {
			if got, want := wordLines(s, width), wordLinesRef(s, width); got != want {
				t.Fatalf("wordLines(%q, %v) = %d, want %d", s, width, got, want)
			}
		}
	}
	for c := rune(0); c <= 0x10ffff; c++ {
		if got, want := charWidth(c), charWidthRef(c); got != want {
			t.Fatalf("charWidth(%U) = %v, want %v", c, got, want)
		}
	}
}
