package lang

import (
	"strings"
	"testing"
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
