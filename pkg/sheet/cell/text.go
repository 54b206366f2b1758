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

import "strings"

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
	if strings.IndexByte(s, 0xc2) >= 0 {
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	return strings.TrimSpace(s)
}

// Norm is a text as words are compared: lower case, the punctuation of
// headers and labels made spaces, single-spaced.
func Norm(s string) string {
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

// OneLine joins a text's lines and runs of spaces into single spaces.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// IsDash tells whether a cell holds only a dash, which a form writes for
// "nothing here".
func IsDash(s string) bool { return s == "-" || s == "–" || s == "—" || s == "--" }
