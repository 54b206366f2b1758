package lang

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQuoted is how many characters of a sheet name, a header or a cell
// text a message quotes: enough to recognise it, and a file that repeats a
// 4 MiB name in every row still gives messages of a few hundred bytes.
const MaxQuoted = 64

// Clip cuts s to MaxQuoted characters, ending it with "…" when it was
// longer. It looks at no more of s than it keeps, so clipping a huge text
// costs nothing.
func Clip(s string) string {
	n := 0
	for i := range s {
		if n == MaxQuoted {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// Printable makes user text (a sheet name, a cell, a file name) safe to
// print on a terminal or in a text or Markdown report: control and format
// characters (Unicode Cc and Cf: ESC, BEL, a right-to-left override
// U+202E, a zero-width joiner) are written as visible escapes such as
// \x1b and \u202e, so a file cannot move the cursor, ring the bell or
// reverse what is printed after it. Tabs and newlines are escaped too: the
// text is printed on one line.
func Printable(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !isControl(r) {
			b.WriteRune(r)
			continue
		}
		switch {
		case r == utf8.RuneError:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}
