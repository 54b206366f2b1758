package batchbook

// How tall a row must be for the wrapped names and notes it holds: office
// suites do not grow a row for wrapped text a program wrote.

import (
	"unicode"
)

// nameLines is how many lines an OPD's name takes in its 30-wide column,
// wrapped word by word as an office suite does. Names are a few long words
// ("Pengembangan"), so counting characters alone would be wrong both ways.
func nameLines(s string) int { return wordLines(s, 30) }

// nameLinesAt is nameLines of the name ranked i-th, measured once.
func (x *batchBook) nameLinesAt(i int) int {
	if x.lines == nil {
		x.lines = make([]int, len(x.ranking))
	}
	if x.lines[i] == 0 {
		x.lines[i] = nameLines(x.ranking[i].Name)
	}
	return x.lines[i]
}

// wordLines is how many lines s takes when wrapped at word boundaries in a
// column width wide (in widths of the digit 0); a word wider than the
// column takes the lines it needs.
func wordLines(s string, width float64) int {
	// The words are cut out as strings.Fields cuts them, without making
	// a slice of them: a consolidated workbook of 2,000 sheets measures
	// every name on each of its six sheets.
	lines, used := 1, 0.0
	space := charWidth(' ')
	n, inWord := 0.0, false
	word := func() {
		switch {
		case used == 0:
			used = n
		case used+space+n <= width:
			used += space + n
		default:
			lines++
			used = n
		}
		for used > width {
			lines++
			used -= width
		}
	}
	for _, c := range s {
		if unicode.IsSpace(c) {
			if inWord {
				word()
				n, inWord = 0, false
			}
			continue
		}
		n += charWidth(c)
		inWord = true
	}
	if inWord {
		word()
	}
	return lines
}

// charWidth is roughly how wide a character of Calibri (or Carlito) is, in
// widths of the digit 0: narrow letters are half as wide, m and w and
// capitals wider.
func charWidth(c rune) float64 {
	switch c {
	case 'i', 'l', 'j', 'I', ' ', '.', ',', ':', ';', '\'', '|', '!':
		return 0.45
	case 't', 'f', 'r', '(', ')', '-', '/':
		return 0.65
	case 'm':
		return 1.6
	case 'w':
		return 1.4
	case 'M', 'W':
		return 1.5
	}
	if c >= 'A' && c <= 'Z' {
		return 1.2
	}
	return 1
}

// lineHeight is the height, in points, of a row of n lines of 11-point
// text: a little over 15 a line, so that the last line of a wrapped name
// does not touch the row below; at most 409, the highest row a
// spreadsheet allows (a sheet with many notes, such as four values
// assumed, is cut there rather than refused).
func lineHeight(n int) float64 {
	if n <= 1 {
		return 15
	}
	return min(15.75*float64(n), 409)
}
