package lang

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	long := strings.Repeat("é", 4<<20)
	for _, tc := range []struct{ name, in, want string }{
		{"a short text is kept", "Dinas Kesehatan", "Dinas Kesehatan"},
		{"a text of exactly the limit is kept", strings.Repeat("a", MaxQuoted), strings.Repeat("a", MaxQuoted)},
		{"a longer text is cut to the limit in characters, not bytes", long, strings.Repeat("é", MaxQuoted) + "…"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Clip(tc.in); got != tc.want {
				t.Errorf("Clip: got %d bytes %.20q…, want %d bytes", len(got), got, len(tc.want))
			}
		})
	}
}

func TestPrintable(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain text is kept", "Dinas Kesehatan", "Dinas Kesehatan"},
		{"escape and bell are made visible", "a\x1b[31mb\a", `a\x1b[31mb\x07`},
		{"a right-to-left override is made visible", "x\u202eslx.exe", `x\u202eslx.exe`},
		{"a newline is escaped so the text stays on one line", "a\nb", `a\x0ab`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Printable(tc.in); got != tc.want {
				t.Errorf("Printable(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSafeWriter(t *testing.T) {
	var b strings.Builder
	w := &SafeWriter{W: &b}
	rlo := []byte("\u202e")
	// A character split between two writes passes whole, and a
	// right-to-left override split so is still escaped; tabs and
	// newlines lay the text out and are kept.
	for _, p := range [][]byte{[]byte("a\tb\n\x1b[2J"), []byte("é")[:1], []byte("é")[1:], rlo[:2], rlo[2:], []byte("\a\n")} {
		n, err := w.Write(p)
		if err != nil || n != len(p) {
			t.Fatalf("Write(%q) = %d, %v; want %d, nil", p, n, err, len(p))
		}
	}
	if got, want := b.String(), "a\tb\n\\x1b[2Jé\\u202e\\x07\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestIsControlIsUnicodeCcOrCf(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isControl(r), unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r); got != want {
			t.Fatalf("isControl(%U) = %v, want %v", r, got, want)
		}
	}
}

// safeRef is SafeWriter's escaping done one character at a time, as it
// was written first: the reference for the one that passes runs.
func safeRef(p []byte) string {
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		if (n > 1 || r != utf8.RuneError) && r != '\n' && r != '\t' && (unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)) {
			b.WriteString(Printable(string(r)))
		} else {
			b.Write(p[i : i+n])
		}
		i += n
	}
	return b.String()
}

func TestSafeWriterEscapesAsOneCharacterAtATime(t *testing.T) {
	// Every ASCII byte, C1 controls, format characters, invalid UTF-8
	// and plain Indonesian text, in random mixes and cut at random.
	var pieces []string
	for c := range 0x80 {
		pieces = append(pieces, string(rune(c)))
	}
	pieces = append(pieces, "\u0085", "\u009f", "\u00ad", "\u200b", "\u202e", "\ufeff", "\U000e0001",
		"\xff", "\xc3", "\xe2\x80", "é", "Dinas Kesehatan", "Tingkat 3,5", "\u00a0", "\u2028")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var in []byte
		for range rng.IntN(12) {
			in = append(in, pieces[rng.IntN(len(pieces))]...)
		}
		var b strings.Builder
		w := &SafeWriter{W: &b}
		for rest := in; len(rest) > 0; {
			k := 1 + rng.IntN(len(rest))
			if _, err := w.Write(rest[:k]); err != nil {
				t.Fatal(err)
			}
			rest = rest[k:]
		}
		// A character cut at the very end stays held back, as it was.
		want := safeRef(in)
		if len(w.tail) > 0 {
			want = safeRef(in[:len(in)-len(w.tail)])
		}
		if got := b.String(); got != want {
			t.Fatalf("SafeWriter(%q) wrote %q, want %q", in, got, want)
		}
	}
}
