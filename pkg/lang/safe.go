package lang

import (
	"fmt"
	"io"
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

// isControl reports a control or format character (Unicode Cc or Cf).
// ASCII has no format characters, and its control characters are the
// first 32 and DEL: a sheet's text is mostly ASCII, and the tables of
// unicode.Is cost a batch's ranking 2 % of its time.
func isControl(r rune) bool {
	if r < utf8.RuneSelf {
		return r < ' ' || r == 0x7f
	}
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}

// SafeWriter passes what is written to W with every control and format
// character escaped as Printable does, except tabs and newlines, which lay
// out the text. It is the last step of every text and Markdown report and
// of stderr, so a sheet or a file name cannot drive the terminal whatever
// path its text took. A character split between two writes is held back
// until it is whole; bytes that are not UTF-8 pass as they are.
type SafeWriter struct {
	W    io.Writer
	tail []byte // the start of a character the last write cut
}

// Write writes p to W, escaped; it reports len(p) when W took it all.
func (s *SafeWriter) Write(p []byte) (int, error) {
	buf := p
	if len(s.tail) > 0 {
		buf = append(s.tail, p...)
	}
	cut := len(buf)
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	s.tail = append([]byte(nil), buf[cut:]...)
	buf = buf[:cut]
	// Most text is printable ASCII: it is passed on in runs, and a write
	// with nothing to escape goes out as it came.
	var out []byte
	from := 0 // the start of the run not yet copied to out
	for i := 0; i < len(buf); {
		c := buf[i]
		if ' ' <= c && c < 0x7f || c == '\n' || c == '\t' {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(buf[i:])
		}
		if (n > 1 || r != utf8.RuneError) && isControl(r) {
			out = append(out, buf[from:i]...)
			out = append(out, Printable(string(r))...)
			from = i + n
		}
		i += n
	}
	if out != nil {
		buf = append(out, buf[from:]...)
	}
	if _, err := s.W.Write(buf); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Unwrap returns the writer a SafeWriter escapes for, or w itself: the
// progress bar draws with escape sequences of its own, on text it made
// printable.
func Unwrap(w io.Writer) io.Writer {
	if s, ok := w.(*SafeWriter); ok {
		return s.W
	}
	return w
}
