package sheet

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/workbook"
)

// Kind is what a column of an answer table holds, as the reader sees it.
type Kind string

// The kinds of column.
const (
	KindIgnored  Kind = "ignored"
	KindID       Kind = "indicator"
	KindName     Kind = "name"
	KindLevel    Kind = "level"
	KindSelf     Kind = "self"
	KindVerified Kind = "verified"
	KindFinal    Kind = "final"
	KindTarget   Kind = "target"
	KindNote     Kind = "notes"
	KindEvidence Kind = "evidence"
	// KindSourceScore is the score of another agency's index ("Skor Indeks
	// Lain", the header spbe template writes), from which an indicator
	// valued from that index is converted.
	KindSourceScore Kind = "source-score"
	// KindEvaluatorNote is the evaluators' note (Catatan Evaluator).
	KindEvaluatorNote Kind = "evaluator-notes"
)

// whySecondSource marks a second source-score column, which the reader
// refuses: either could hold the scores.
const whySecondSource = "a second source-score column"

// sourceScoreHeaders are the headers of a source-score column: the
// template's (template.HeaderSourceScore, checked by a test) and its
// English.
var sourceScoreHeaders = map[string]bool{"skor indeks lain": true, "nilai indeks lain": true, "other index score": true, "source score": true}

// Column is one column of a header row and how the reader classified it.
type Column struct {
	// Letter is the column's letters ("E").
	Letter string `json:"column"`
	// Header is the header text; over two rows, "parent / child".
	Header string `json:"header"`
	Kind   Kind   `json:"kind"`
	// Year is the year the header names, or 0.
	Year   int  `json:"year,omitempty"`
	Hidden bool `json:"hidden,omitempty"`
	// Why says what in the header decided the kind.
	Why string `json:"why"`

	index int
}

func (c Column) isLevel() bool {
	return c.Kind == KindLevel || c.Kind == KindSelf || c.Kind == KindVerified || c.Kind == KindFinal
}

// label names a column in messages: E "Verifikasi".
func (c Column) label() string { return fmt.Sprintf("%s %q", c.Letter, lang.Clip(c.Header)) }

func norm(s string) string {
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

var strongID = map[string]bool{
	"no": true, "nomor": true, "id": true, "kode": true, "no urut": true,
	"no indikator": true, "nomor indikator": true, "kode indikator": true, "id indikator": true,
	"number": true, "code": true, "indicator no": true, "indicator id": true, "nr": true,
}

var nameHeaders = map[string]bool{
	"indikator": true, "indicator": true, "nama indikator": true, "indikator spbe": true,
	"uraian indikator": true, "indicator name": true, "indikator pemdi": true,
}

var noteHeaders = map[string]bool{"penjelasan": true, "keterangan": true, "explanation": true, "catatan": true, "notes": true, "note": true}

var (
	levelWords    = wordSet("tingkat", "level", "nilai", "skor", "score", "kematangan")
	finalWords    = wordSet("akhir", "final")
	verifiedWords = wordSet("verifikasi", "verif", "verified", "verification", "evaluator", "validasi", "eks", "eksternal", "external", "terverifikasi")
	selfWords     = wordSet("mandiri", "self", "self-assessment")
	evidenceWords = wordSet("bukti", "evidence", "dukung", "dokumen", "tautan", "link")
	noteWords     = wordSet("penjelasan", "keterangan", "explanation", "catatan", "notes", "note", "komentar", "comment", "comments", "uraian", "alasan")
	notLevelWords = wordSet("bobot", "weight", "indeks", "index", "predikat", "sumber", "source")
)

func wordSet(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func yearWord(w string) int {
	if len(w) != 4 || w[0] < '1' || w[0] > '2' {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1900 || n > 2999 {
		return 0
	}
	return n
}

// classify decides what a column holds from its header text; why says
// what decided it (built only for a header row, see whyText).
func classify(text string) (kind Kind, year int, why, word string) {
	h := norm(text)
	switch {
	case h == "":
		return KindIgnored, 0, "no header", ""
	case strongID[h]:
		return KindID, 0, "names an indicator number", h
	case nameHeaders[h]:
		return KindName, 0, "names the indicator", h
	case noteHeaders[h]:
		return KindNote, 0, "is an explanation", h
	case sourceScoreHeaders[h]:
		return KindSourceScore, 0, "is the score of another agency's index", h
	}
	// h is single-spaced (norm), so its words are found by cutting at
	// spaces, without allocating: every cell of every row above the table
	// comes through here.
	has := func(set map[string]bool) string {
		for rest := h; rest != ""; {
			w, after, _ := strings.Cut(rest, " ")
			if set[w] {
				return w
			}
			rest = after
		}
		return ""
	}
	nwords := strings.Count(h, " ") + 1
	for rest := h; rest != ""; {
		w, after, _ := strings.Cut(rest, " ")
		if y := yearWord(w); y != 0 {
			year = y
		}
		rest = after
	}
	if w := has(noteWords); w != "" {
		if has(verifiedWords) != "" || strings.Contains(h, "verifikat") || strings.Contains(h, "penilai") {
			return KindEvaluatorNote, 0, "is the evaluators' note", w
		}
		return KindNote, 0, "is an explanation", w
	}
	if w := has(notLevelWords); w != "" {
		return KindIgnored, 0, "is not a level", w
	}
	if has(wordSet("target")) != "" {
		return KindTarget, year, "a target is never a level", ""
	}
	if w := has(finalWords); w != "" {
		return KindFinal, year, "is the final level", w
	}
	if w := has(verifiedWords); w != "" || strings.Contains(h, "verifikasi") {
		return KindVerified, year, "the evaluators' level", ""
	}
	if w := has(selfWords); w != "" {
		return KindSelf, year, "is the self-assessment", w
	}
	if w := has(evidenceWords); w != "" {
		return KindEvidence, 0, "is evidence", w
	}
	if w := has(levelWords); w != "" {
		if strings.HasPrefix(h, "nama ") || strings.HasPrefix(h, "name ") {
			// "Nama Tingkat": the names of the levels, a legend.
			return KindIgnored, 0, "names the levels", w
		}
		return KindLevel, year, "is a level", w
	}
	if year != 0 && (nwords == 1 || nwords == 2 && strings.HasPrefix(h, "tahun ")) {
		return KindLevel, year, "a year's column", ""
	}
	if strings.HasPrefix(h, "indikator") || strings.HasPrefix(h, "nama indikator") {
		return KindName, 0, "names the indicator", ""
	}
	return KindIgnored, 0, "not a column the reader uses", ""
}

// whyText spells out classify's why and word: `"tingkat" is a level`.
// Building it only for the header row found keeps the rows scanned before
// it cheap.
func whyText(why, word string) string {
	if word == "" {
		return sayWhy(why)
	}
	return strconv.Quote(word) + " " + sayWhy(why)
}

// headerRow is a candidate header: one row, or a parent row and the row
// of child headers under it.
type headerRow struct {
	rows    []int // 1 or 2 row numbers
	cols    []Column
	idCol   int // -1 when absent
	nameCol int
	noteCol int
	// srcCol is the source-score column, or -1.
	srcCol int
	// evalCol and evidenceCol are the evaluators' note and the evidence
	// (Data Dukung) columns, or -1.
	evalCol, evidenceCol int
}

// combine joins a parent header row and the child row under it. A parent
// merged across several children (Tingkat Kematangan over Mandiri |
// Verifikasi) is written only in its first cell, so a parent's text runs on
// to the right over children that have text, as long as its own child has
// text too.
func combine(parent, child []string) []string {
	n := max(len(parent), len(child))
	out := make([]string, n)
	run := ""
	for i := range n {
		p, c := cell(parent, i), cell(child, i)
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

func cell(cols []string, i int) string {
	if i < 0 || i >= len(cols) {
		return ""
	}
	return cleanText(cols[i])
}

// cleanText makes a non-breaking space a space and trims.
func cleanText(s string) string {
	if strings.IndexByte(s, 0xc2) >= 0 {
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	return strings.TrimSpace(s)
}

// parseHeader classifies a row (already combined with its parent) as a
// header row. ok is false unless it has an indicator column and a level
// column.
func parseHeader(texts []string, hidden func(int) bool) (h headerRow, ok bool) {
	h.idCol, h.nameCol, h.noteCol, h.srcCol, h.evalCol, h.evidenceCol = -1, -1, -1, -1, -1, -1
	// First only tell whether this is a header row: most rows scanned are
	// titles and labels above the table.
	hasID, hasLevel := false, false
	for _, t := range texts {
		if t = cleanText(t); t == "" {
			continue
		}
		k := classifyText(t).kind
		switch {
		case k == KindID || k == KindName:
			hasID = true
		case k == KindLevel || k == KindSelf || k == KindVerified || k == KindFinal:
			hasLevel = true
		}
	}
	if !hasID || !hasLevel {
		return h, false
	}
	for i, t := range texts {
		t = cleanText(t)
		if t == "" {
			continue
		}
		cl := classifyText(t)
		k, why := cl.kind, cl.why
		c := Column{Letter: workbook.ColName(i), Header: cl.header, Kind: k, Year: cl.year, Why: whyTextOf(why, cl.word), index: i}
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
			claim(&h.idCol, "a second indicator column")
		case KindName:
			claim(&h.nameCol, "a second name column")
		case KindNote:
			claim(&h.noteCol, "")
		case KindSourceScore:
			claim(&h.srcCol, whySecondSource)
		case KindEvaluatorNote:
			claim(&h.evalCol, "")
		case KindEvidence:
			claim(&h.evidenceCol, "")
		}
		h.cols = append(h.cols, c)
	}
	return h, true
}

// idColumn is the column of a row a header's indicator column would be
// in: the first cell headed like one, or -1.
func idColumn(texts []string) int {
	for i, t := range texts {
		if t = cleanText(t); t != "" && strongID[norm(t)] {
			return i
		}
	}
	return -1
}

// isChildRow tells whether child is a row of sub-headers under parent
// rather than the first row of answers: it leaves the parent's indicator
// column empty and holds only text (or years), at least one cell of it
// under a parent with text.
func isChildRow(parent, child []string, idCol int) bool {
	if idCol >= 0 && cell(child, idCol) != "" {
		return false
	}
	any := false
	for i := range child {
		c := cell(child, i)
		if c == "" {
			continue
		}
		if _, ok := plainInt(c); ok && yearWord(c) == 0 {
			return false
		}
		if _, ok := wholeNumber(c); ok && yearWord(c) == 0 {
			return false
		}
		any = true
	}
	if !any {
		return false
	}
	for i := range min(len(parent), len(child)) {
		if cell(parent, i) != "" && cell(child, i) != "" {
			return true
		}
	}
	return false
}

// isColumnNumbers tells whether a row is the 1 2 3 4 … that printed forms
// put under the header: at least three cells, every one a whole number one
// more than the one before.
func isColumnNumbers(cols []string) bool {
	n, prev := 0, 0
	for i := range cols {
		c := strings.Trim(cell(cols, i), "()[]")
		if c == "" {
			continue
		}
		v, ok := plainInt(c)
		if !ok || n > 0 && v != prev+1 {
			return false
		}
		prev = v
		n++
	}
	return n >= 3
}
