// Package cell says what one cell of an answer sheet means: its text as
// the reader compares it, a whole number, a year, the indicator number a
// name starts with, and a level or a value of an indicator's scale, or
// the problem that stops it being one.
//
// Its functions are pure: a problem is returned as data (a code, its
// values and a message of the catalogue), and the sheet reader records it
// with the cell it was found in. It imports rubric and lang, workbook for
// column letters and sheet/internal/memo to remember cell names; never
// package sheet or sheet/header.
package cell

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// At is the text of the i-th cell of a row, cleaned (see Clean), or ""
// when the row has no such cell.
func At(cols []string, i int) string {
	if i < 0 || i >= len(cols) {
		return ""
	}
	return Clean(cols[i])
}

// Clean makes a non-breaking space a space and trims.
func Clean(s string) string {
	// Most cells begin and end in ASCII other than a space ("3",
	// "Indikator 1"): those need trimming nowhere, and only a look for a
	// non-breaking space inside (every cell of every row read comes
	// through here).
	if n := len(s); n == 0 || s[0] > ' ' && s[0] < utf8.RuneSelf && s[n-1] > ' ' && s[n-1] < utf8.RuneSelf && strings.IndexByte(s, 0xc2) < 0 {
		return s
	}
	return cleanText(s)
}

// cleanText is Clean of any text.
func cleanText(s string) string {
	if strings.IndexByte(s, 0xc2) >= 0 {
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	return strings.TrimSpace(s)
}

// Norm is a text as words are compared: lower case, the punctuation of
// headers and labels made spaces, single-spaced.
func Norm(s string) string {
	if n, ok := normASCII(s); ok {
		return n
	}
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

// normASCII is Norm of a text all in ASCII, in one pass and one
// allocation (none when the text is normal already); ok is false for any
// other text. Norm is asked of every header and label a batch reads.
func normASCII(s string) (string, bool) {
	// The bytes before the first that Norm changes are kept as they are;
	// from there each byte is looked at once more, to be written.
	i := 0
	for ; i < len(s); i++ {
		c := normByte[s[i]]
		if c == 0 {
			return "", false
		}
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ' || s[i] != ' ') || c != ' ' && c != s[i] {
			break
		}
	}
	if i == len(s) {
		return s, true
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	space := false
	if i > 0 && s[i-1] == ' ' {
		// A single space kept, then what ends the text or is dropped: it
		// is written only before the next word.
		b, space = b[:i-1], true
	}
	for ; i < len(s); i++ {
		c := normByte[s[i]]
		switch {
		case c == 0:
			return "", false
		case c == ' ':
			space = len(b) > 0
			continue
		case space:
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// NormFirst is the first byte of Norm(s), 0 when Norm makes s empty,
// when it is found before any byte outside ASCII; ok is false otherwise.
// A set of words can pass over a text whose first byte none of its words
// has without normalising it.
func NormFirst(s string) (c byte, ok bool) {
	for i := 0; i < len(s); i++ {
		switch c := normByte[s[i]]; c {
		case 0:
			return 0, false
		case ' ':
		default:
			return c, true
		}
	}
	return 0, true
}

// normByte maps an ASCII byte to what Norm makes of it: lower case, a
// space for the spaces and punctuation Norm drops, 0 outside ASCII.
var normByte = func() (t [256]byte) {
	for c := range 128 {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r',
			c == '.' || c == ':' || c == '*' || c == '(' || c == ')' || c == '_' || c == '#' || c == '/':
			t[c] = ' '
		default:
			t[c] = byte(c)
		}
	}
	t[0] = 0 // NUL: left to the general path
	return t
}()

// OneLine joins a text's lines and runs of spaces into single spaces. A
// text in ASCII that is single-spaced already, as most labels and headers
// are, is returned as it is, without the two allocations of splitting it.
func OneLine(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, // Fields' spaces include U+0085 and U+00A0
			c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '),
			c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// IsDash tells whether a cell holds only a dash, which a form writes for
// "nothing here".
func IsDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "--" }
