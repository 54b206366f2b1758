package batchbook

// How tall a row must be for the wrapped names and notes it holds: office
// suites do not grow a row for wrapped text a program wrote.

import (
	"strings"
)

// nameLines is how many lines an OPD's name takes in its 30-wide column,
// wrapped word by word as an office suite does. Names are a few long words
// ("Pengembangan"), so counting characters alone would be wrong both ways.
func nameLines(s string) int { return wordLines(s, 30) }

// wordLines is how many lines s takes when wrapped at word boundaries in a
// column width wide (in widths of the digit 0); a word wider than the
// column takes the lines it needs.
func wordLines(s string, width float64) int {
	lines, used := 1, 0.0
	space := charWidth(' ')
	for _, w := range strings.Fields(s) {
		n := 0.0
		for _, c := range w {
			n += charWidth(c)
		}
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
	return lines
}

// charWidth is roughly how wide a character of Calibri (or Carlito) is, in
// widths of the digit 0: narrow letters are half as wide, m and w and
// capitals wider.
func charWidth(c rune) float64 {
	switch {
	case strings.ContainsRune("iljI .,:;'|!", c):
		return 0.45
	case strings.ContainsRune("tfr()-/", c):
		return 0.65
	case c == 'm':
		return 1.6
	case c == 'w':
		return 1.4
	case c == 'M' || c == 'W':
		return 1.5
	case c >= 'A' && c <= 'Z':
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
