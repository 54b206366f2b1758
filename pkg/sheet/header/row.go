package header

import (
	"strings"

	"github.com/spbe-id/spbe/pkg/sheet/cell"
	"github.com/spbe-id/spbe/pkg/workbook"
)

// Row is a candidate header: one row, or a parent row and the row of
// child headers under it, with its columns classified. A column index is
// -1 when the header has no such column.
type Row struct {
	Rows []int // 1 or 2 row numbers
	Cols []Column
	// IDCol, NameCol and NoteCol are the indicator, name and explanation
	// columns.
	IDCol, NameCol, NoteCol int
	// SrcCol is the source-score column.
	SrcCol int
	// EvalCol and EvidenceCol are the evaluators' note and the evidence
	// (Data Dukung) columns.
	EvalCol, EvidenceCol int
}

// ColAt is the column at index i: the header's, or one without a header.
func (h *Row) ColAt(i int) *Column {
	for j := range h.Cols {
		if h.Cols[j].Index == i {
			return &h.Cols[j]
		}
	}
	return &Column{Letter: workbook.ColName(i), Index: i}
}

// Combine joins a parent header row and the child row under it. A parent
// merged across several children (Tingkat Kematangan over Mandiri |
// Verifikasi) is written only in its first cell, so a parent's text runs on
// to the right over children that have text, as long as its own child has
// text too.
func Combine(parent, child []string) []string {
	n := max(len(parent), len(child))
	out := make([]string, n)
	run := ""
	for i := range n {
		p, c := cell.At(parent, i), cell.At(child, i)
		switch {
		case p != "":
			run = ""
			if c != "" {
				run = p
			}
		case c != "" && run != "":
			p = run
		default:
			run = ""
		}
		switch {
		case p == "":
			out[i] = c
		case c == "":
			out[i] = p
		default:
			out[i] = p + " / " + c
		}
	}
	return out
}

// Parse classifies a row (already combined with its parent) as a header
// row. ok is false unless it has an indicator column and a level column.
// hidden, when not nil, tells whether a column is hidden. Rows is left
// for the caller, who knows the row numbers.
func Parse(texts []string, hidden func(int) bool) (h Row, ok bool) {
	h.IDCol, h.NameCol, h.NoteCol, h.SrcCol, h.EvalCol, h.EvidenceCol = -1, -1, -1, -1, -1, -1
	// First only tell whether this is a header row: most rows scanned are
	// titles and labels above the table. Only the cells that may name the
	// indicators are classified until one does (a title, an agency's name
	// cannot: each sheet has its own, and classifying them cost more than
	// the rest of the header), then the others, for a level column.
	// The first columns' classifications are kept for the second pass: a
	// header row's are otherwise looked up twice.
	var first [16]classification
	hasID, hasLevel, n := false, false, 0
	classified := func(i int, t string) {
		cl := classifyText(t)
		if i < len(first) {
			first[i] = cl
		}
		hasID = hasID || cl.kind == KindID || cl.kind == KindName
		hasLevel = hasLevel || cl.kind.isLevel()
	}
	for i, t := range texts {
		if t = cell.Clean(t); t == "" {
			continue
		}
		n++
		if mayBeIn(&idFirsts, t) {
			classified(i, t)
		}
	}
	if !hasID {
		return h, false
	}
	for i, t := range texts {
		if t = cell.Clean(t); t != "" && !mayBeIn(&idFirsts, t) {
			classified(i, t)
		}
	}
	if !hasLevel {
		return h, false
	}
	h.Cols = make([]Column, 0, n)
	for i, t := range texts {
		t = cell.Clean(t)
		if t == "" {
			continue
		}
		var cl classification
		if i < len(first) { // classified in one pass or the other above
			cl = first[i]
		} else {
			cl = classifyText(t)
		}
		k, why := cl.kind, cl.why
		c := Column{Letter: workbook.ColName(i), Header: cl.header, Kind: k, Year: cl.year, Why: whyTextOf(why, cl.word), Index: i}
		if hidden != nil {
			c.Hidden = hidden(i)
		}
		// The first column of each kind is the one read; a later one of
		// the same kind is shown as ignored, with why where it helps.
		claim := func(col *int, why string) {
			if *col >= 0 {
				c.Kind = KindIgnored
				if why != "" {
					c.Why = sayWhy(why)
				}
			} else {
				*col = i
			}
		}
		switch k {
		case KindID:
			claim(&h.IDCol, "a second indicator column")
		case KindName:
			claim(&h.NameCol, "a second name column")
		case KindNote:
			claim(&h.NoteCol, "")
		case KindSourceScore:
			claim(&h.SrcCol, whySecondSource)
		case KindEvaluatorNote:
			claim(&h.EvalCol, "")
		case KindEvidence:
			claim(&h.EvidenceCol, "")
		}
		h.Cols = append(h.Cols, c)
	}
	return h, true
}

// IDColumn is the column of a row a header's indicator column would be
// in: the first cell headed like one, or -1.
func IDColumn(texts []string) int {
	for i, t := range texts {
		if t = cell.Clean(t); t != "" && mayBeIn(&strongIDFirsts, t) && strongID[cell.Norm(t)] {
			return i
		}
	}
	return -1
}

// IsChildRow tells whether child is a row of sub-headers under parent
// rather than the first row of answers: it leaves the parent's indicator
// column (idCol) empty and holds only text (or years), at least one cell
// of it under a parent with text.
func IsChildRow(parent, child []string, idCol int) bool {
	if idCol >= 0 && cell.At(child, idCol) != "" {
		return false
	}
	any := false
	for i := range child {
		c := cell.At(child, i)
		if c == "" {
			continue
		}
		if _, ok := cell.PlainInt(c); ok && yearWord(c) == 0 {
			return false
		}
		if _, ok := cell.WholeNumber(c); ok && yearWord(c) == 0 {
			return false
		}
		any = true
	}
	if !any {
		return false
	}
	for i := range min(len(parent), len(child)) {
		if cell.At(parent, i) != "" && cell.At(child, i) != "" {
			return true
		}
	}
	return false
}

// IsColumnNumbers tells whether a row is the 1 2 3 4 … that printed forms
// put under the header: at least three cells, every one a whole number one
// more than the one before.
func IsColumnNumbers(cols []string) bool {
	n, prev := 0, 0
	for i := range cols {
		c := strings.Trim(cell.At(cols, i), "()[]")
		if c == "" {
			continue
		}
		v, ok := cell.PlainInt(c)
		if !ok || n > 0 && v != prev+1 {
			return false
		}
		prev = v
		n++
	}
	return n >= 3
}
