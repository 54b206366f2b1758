// Package header reads the top of an answer table: which of a worksheet's
// first rows is the header (one row, or a parent row over child headers;
// Find, which leaves the rows under it to the sheet reader), what each of
// its columns holds and why, the labelled cells above it (Nama OPD,
// Tahun), and which of its level columns are scored.
//
// Apart from Find's reading of rows, its functions are pure functions of
// a row's texts (and of the run's language, for the words that say why);
// the classification of a text is remembered across a batch, within a
// bound. A problem is returned as a cell.Problem for the sheet reader to
// record. It imports sheet/cell, sheet/internal/memo, lang and workbook
// (column letters, and the rows Find scans); never package sheet.
package header

import (
	"math/bits"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/sheet/cell"
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

// SecondSourceWhy is the Why of a second source-score column in the run's
// language: the reader refuses a table with one, as either column could
// hold the scores.
func SecondSourceWhy() string { return sayWhy(whySecondSource) }

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

	// Index is the column's 0-based index in its row.
	Index int `json:"-"`
}

// IsLevel tells whether the column holds levels of some kind.
func (c Column) IsLevel() bool { return c.Kind.isLevel() }

func (k Kind) isLevel() bool {
	return k == KindLevel || k == KindSelf || k == KindVerified || k == KindFinal
}

// Label names a column in messages: E "Verifikasi".
func (c Column) Label() string { return c.Letter + " " + strconv.Quote(lang.Clip(c.Header)) }

var strongID = map[string]bool{
	"no": true, "nomor": true, "id": true, "kode": true, "no urut": true,
	"no indikator": true, "nomor indikator": true, "kode indikator": true, "id indikator": true,
	"number": true, "code": true, "indicator no": true, "indicator id": true, "nr": true,
}

// strongIDFirsts are the first bytes of strongID's headers, and idFirsts
// those of every header classify reads as an indicator or a name column
// (KindID, KindName): a text that begins otherwise is neither.
var (
	strongIDFirsts = firstBytes(strongID)
	idFirsts       = firstBytes(strongID, nameHeaders, wordSet(nameHeaderPrefixes...))
)

// nameHeaderPrefixes begin the headers of a name column that are not in
// nameHeaders, when nothing else in them decides.
var nameHeaderPrefixes = []string{"indikator", "nama indikator"}

var nameHeaders = map[string]bool{
	"indikator": true, "indicator": true, "nama indikator": true, "indikator spbe": true,
	"uraian indikator": true, "indicator name": true, "indikator pemdi": true,
}

var noteHeaders = map[string]bool{"penjelasan": true, "keterangan": true, "explanation": true, "catatan": true, "notes": true, "note": true}

// The words that decide a column's kind, by set. classify looks each
// word of a header up once, in wordSets, which says every set it is in:
// a title of a dozen words above the table used to be looked up in each
// set in turn, a hundred lookups, and a batch meets a new title in every
// sheet.
const (
	inLevel uint16 = 1 << iota
	inFinal
	inVerified
	inSelf
	inEvidence
	inNote
	inNotLevel
	inTarget
)

var wordSets = func() map[string]uint16 {
	m := map[string]uint16{}
	for set, words := range map[uint16][]string{
		inLevel:    {"tingkat", "level", "nilai", "skor", "score", "kematangan"},
		inFinal:    {"akhir", "final"},
		inVerified: {"verifikasi", "verif", "verified", "verification", "evaluator", "validasi", "eks", "eksternal", "external", "terverifikasi"},
		inSelf:     {"mandiri", "self", "self-assessment"},
		inEvidence: {"bukti", "evidence", "dukung", "dokumen", "tautan", "link"},
		inNote:     {"penjelasan", "keterangan", "explanation", "catatan", "notes", "note", "komentar", "comment", "comments", "uraian", "alasan"},
		inNotLevel: {"bobot", "weight", "indeks", "index", "predikat", "sumber", "source"},
		inTarget:   {"target"},
	} {
		for _, w := range words {
			m[w] |= set
		}
	}
	return m
}()

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
	h := cell.Norm(text)
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
	// comes through here. first holds the first word of h in each set.
	var first [8]string
	nwords := strings.Count(h, " ") + 1
	for rest := h; rest != ""; {
		w, after, _ := strings.Cut(rest, " ")
		if y := yearWord(w); y != 0 {
			year = y
		}
		for sets := wordSets[w]; sets != 0; sets &= sets - 1 {
			if i := bits.TrailingZeros16(sets); first[i] == "" {
				first[i] = w
			}
		}
		rest = after
	}
	has := func(set uint16) string { return first[bits.TrailingZeros16(set)] }
	if w := has(inNote); w != "" {
		if has(inVerified) != "" || strings.Contains(h, "verifikat") || strings.Contains(h, "penilai") {
			return KindEvaluatorNote, 0, "is the evaluators' note", w
		}
		return KindNote, 0, "is an explanation", w
	}
	if w := has(inNotLevel); w != "" {
		return KindIgnored, 0, "is not a level", w
	}
	if has(inTarget) != "" {
		return KindTarget, year, "a target is never a level", ""
	}
	if w := has(inFinal); w != "" {
		return KindFinal, year, "is the final level", w
	}
	if w := has(inVerified); w != "" || strings.Contains(h, "verifikasi") {
		return KindVerified, year, "the evaluators' level", ""
	}
	if w := has(inSelf); w != "" {
		return KindSelf, year, "is the self-assessment", w
	}
	if w := has(inEvidence); w != "" {
		return KindEvidence, 0, "is evidence", w
	}
	if w := has(inLevel); w != "" {
		if strings.HasPrefix(h, "nama ") || strings.HasPrefix(h, "name ") {
			// "Nama Tingkat": the names of the levels, a legend.
			return KindIgnored, 0, "names the levels", w
		}
		return KindLevel, year, "is a level", w
	}
	if year != 0 && (nwords == 1 || nwords == 2 && strings.HasPrefix(h, "tahun ")) {
		return KindLevel, year, "a year's column", ""
	}
	for _, p := range nameHeaderPrefixes {
		if strings.HasPrefix(h, p) {
			return KindName, 0, "names the indicator", ""
		}
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
