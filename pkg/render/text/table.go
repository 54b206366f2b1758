// Package text draws every document as plain text for a terminal: the
// score summary, the batch ranking, explain, plan, compare, the check
// summary and the rubric documents. This file holds the machinery they
// share: aligned columns, the first-error writer, and the scrubbing of
// control characters from text a sheet supplied.
//
// text may import pkg/doc, pkg/lang and pkg/rubric; never the engine
// (pkg/score, pkg/insight), the reader (pkg/sheet) or pkg/cli.
package text

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
)

// errWriter keeps the first write error (see package errw).
type errWriter = errw.Writer

// textTable writes aligned columns; right marks the columns aligned to the
// right (numbers). A left-aligned last column is not padded.
type textTable struct {
	indent string
	right  []bool
	rows   [][]string
}

func (t *textTable) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *textTable) write(w io.Writer) {
	var widths []int
	for _, row := range t.rows {
		for i, c := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range t.rows {
		var b strings.Builder
		b.WriteString(t.indent)
		for i, c := range row {
			if i > 0 {
				b.WriteString("  ")
			}
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i < len(t.right) && t.right[i] {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c)
				if i < len(row)-1 {
					b.WriteString(pad)
				}
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func writeNotices(ew *errWriter, ns []string) {
	if len(ns) > 0 {
		ew.Printf("\n")
		for _, n := range ns {
			ew.Printf("%s\n", n)
		}
	}
}

// writeTable writes rows as aligned columns: the first column left-aligned,
// the others (numbers) right-aligned, two spaces apart.
func writeTable(w io.Writer, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i == 0 {
				b.WriteString(c)
				if len(row) > 1 {
					b.WriteString(pad)
				}
				continue
			}
			b.WriteString("  " + pad + c)
		}
		fmt.Fprintln(w, b.String())
	}
}

// writeAligned writes rows as columns two spaces apart, each column
// right-aligned where right says so; the last column is not padded.
func writeAligned(w io.Writer, rows [][]string, right []bool) {
	widths := make([]int, len(right))
	for _, row := range rows {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range rows {
		var sb strings.Builder
		for i, c := range row {
			if i > 0 {
				sb.WriteString("  ")
			}
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			switch {
			case right[i]:
				sb.WriteString(pad + c)
			case i == len(row)-1:
				sb.WriteString(c)
			default:
				sb.WriteString(c + pad)
			}
		}
		fmt.Fprintln(w, sb.String())
	}
}

// writeAlignedRows is writeAligned for n rows made by row (which may
// reuse the slice it is given) rather than held: each row is made twice,
// to measure the columns and to print it.
func writeAlignedRows(w io.Writer, n int, row func(i int, dst []string) []string, right []bool) {
	widths := make([]int, len(right))
	var cells []string
	for i := range n {
		cells = row(i, cells)
		for j, c := range cells {
			widths[j] = max(widths[j], utf8.RuneCountInString(c))
		}
	}
	var sb strings.Builder
	for i := range n {
		cells = row(i, cells)
		sb.Reset()
		for j, c := range cells {
			if j > 0 {
				sb.WriteString("  ")
			}
			pad := widths[j] - utf8.RuneCountInString(c)
			switch {
			case right[j]:
				spaces(&sb, pad)
				sb.WriteString(c)
			case j == len(cells)-1:
				sb.WriteString(c)
			default:
				sb.WriteString(c)
				spaces(&sb, pad)
			}
		}
		sb.WriteByte('\n')
		io.WriteString(w, sb.String())
	}
}

// spaces writes n spaces.
func spaces(sb *strings.Builder, n int) {
	for range n {
		sb.WriteByte(' ')
	}
}

// printable escapes control and format characters, which could move a
// terminal's cursor, change its colours or reverse the text after them, in
// text taken from a sheet or a file name.
func printable(s string) string { return lang.Printable(s) }

// writeAlignedColumns writes rows as columns two spaces apart, each aligned as
// align says: 'l' left, 'r' right, 'c' right unless empty. Lines carry no
// trailing spaces.
func writeAlignedColumns(w io.Writer, rows [][]string, align string) {
	widths := make([]int, len(align))
	for _, row := range rows {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i > 0 {
				b.WriteString("  ")
			}
			if align[i] == 'r' || align[i] == 'c' && c != "" {
				b.WriteString(pad + c)
			} else if i < len(row)-1 {
				b.WriteString(c + pad)
			} else {
				b.WriteString(c)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
