// Package markdown draws every document as Markdown, for a wiki or a
// pull request: the single-sheet report with its recommendations, the
// batch report, explain, plan, compare and the rubric documents. This
// file holds the table writer and the escaping every one of them uses.
//
// markdown may import pkg/doc, pkg/lang and pkg/rubric; never the engine
// (pkg/score, pkg/insight), the reader (pkg/sheet) or pkg/cli.
package markdown

import (
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"strings"
	"unicode/utf8"
)

// mdEscape makes user text safe inside a Markdown table cell: it cannot
// end the cell, start HTML, or break the line.
func mdEscape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '|', '\\', '`', '*', '_', '[', ']', '#', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdTable writes a table with its columns padded to a common width, so
// that it reads as a table in a terminal as well as on a code-hosting
// site. rows[0] is the header; align holds 'l' or 'r' for each column.
// Cells must already be escaped.
func mdTable(ew *errWriter, align string, rows [][]string) {
	widths := make([]int, len(align))
	for i := range widths {
		widths[i] = 3
	}
	for _, row := range rows {
		for i, c := range row {
			if n := utf8.RuneCountInString(c); n <= mdPadMax {
				widths[i] = max(widths[i], n)
			}
		}
	}
	line := func(cells []string) {
		var b strings.Builder
		b.WriteString("|")
		for i, c := range cells {
			pad := strings.Repeat(" ", max(0, widths[i]-utf8.RuneCountInString(c)))
			if align[i] == 'r' {
				c = pad + c
			} else {
				c += pad
			}
			b.WriteString(" " + c + " |")
		}
		ew.Printf("%s\n", b.String())
	}
	line(rows[0])
	rule := make([]string, len(align))
	for i := range rule {
		rule[i] = strings.Repeat("-", widths[i])
		if align[i] == 'r' {
			rule[i] = strings.Repeat("-", widths[i]-1) + ":"
		}
	}
	line(rule)
	for _, row := range rows[1:] {
		line(row)
	}
}

// errWriter keeps the first write error (see package errw).
type errWriter = errw.Writer
