package template

import (
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Colours: headers in a pale blue, answer cells in a pale yellow (the usual
// "fill in here" of Indonesian government work sheets), titles in dark blue.
const (
	colorHeader = "DDEBF7"
	colorInput  = "FFF2CC"
	colorTitle  = "1F3864"
	colorBorder = "A6A6A6"
	colorLink   = "0563C1"
	colorMuted  = "595959"
)

type styles struct {
	title, subtitle, text, textBold, hint     int
	label, input, inputYear                   int
	header, id, cell, link, answer            int
	blockID, blockTitle, question, levelLabel int
}

func (b *builder) newStyles() styles {
	border := []excelize.Border{
		{Type: "left", Color: colorBorder, Style: 1}, {Type: "right", Color: colorBorder, Style: 1},
		{Type: "top", Color: colorBorder, Style: 1}, {Type: "bottom", Color: colorBorder, Style: 1},
	}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	center := &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	unlocked := &excelize.Protection{Locked: false}
	mk := func(s *excelize.Style) int {
		// A font without a family falls back to the office suite's default
		// (a serif in LibreOffice), not to the workbook's Calibri.
		if s.Font != nil && s.Font.Family == "" {
			s.Font.Family = "Calibri"
		}
		if s.Font != nil && s.Font.Size == 0 {
			s.Font.Size = 11
		}
		id, err := b.f.NewStyle(s)
		b.check(err)
		return id
	}
	return styles{
		title:      mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Color: colorTitle}}),
		subtitle:   mk(&excelize.Style{Font: &excelize.Font{Italic: true, Size: 9, Color: colorMuted}, Alignment: top}),
		text:       mk(&excelize.Style{Alignment: top}),
		textBold:   mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: colorTitle}, Alignment: top}),
		hint:       mk(&excelize.Style{Font: &excelize.Font{Italic: true, Color: colorMuted}, Alignment: top}),
		label:      mk(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "center"}}),
		input:      mk(&excelize.Style{Border: border, Fill: fill(colorInput), Protection: unlocked, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}),
		inputYear:  mk(&excelize.Style{Border: border, Fill: fill(colorInput), Protection: unlocked, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}, NumFmt: 1}),
		header:     mk(&excelize.Style{Border: border, Fill: fill(colorHeader), Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}),
		id:         mk(&excelize.Style{Border: border, Alignment: center}),
		cell:       mk(&excelize.Style{Border: border, Alignment: top}),
		link:       mk(&excelize.Style{Border: border, Alignment: center, Font: &excelize.Font{Color: colorLink, Underline: "single"}}),
		answer:     mk(&excelize.Style{Border: border, Fill: fill(colorInput), Protection: unlocked, Alignment: top}),
		blockID:    mk(&excelize.Style{Border: border, Fill: fill(colorHeader), Font: &excelize.Font{Bold: true}, Alignment: center}),
		blockTitle: mk(&excelize.Style{Border: border, Fill: fill(colorHeader), Font: &excelize.Font{Bold: true}, Alignment: top}),
		question:   mk(&excelize.Style{Border: border, Font: &excelize.Font{Italic: true}, Alignment: top}),
		levelLabel: mk(&excelize.Style{Border: border, Font: &excelize.Font{Bold: true}, Alignment: top}),
	}
}

// Row heights. Neither Excel nor LibreOffice grows a row for wrapped text
// written by a program until the cell is edited, so rows are sized here
// from the text: lineHeight points per line of the default 11-point font.
const (
	lineHeight = 15.0
	rowPadding = 3.0
)

// lines estimates how many lines text takes in a column of the given width
// (in characters of the default font) when wrapped at spaces. It errs on
// the side of one line too many: a row a little tall reads fine, a row too
// short hides text, on screen and on paper.
func lines(text string, width float64) int {
	// Column widths count the "0" of the default font; an average
	// character of running Indonesian text in Calibri is narrower, about
	// 1.2 to the "0" (measured in LibreOffice with its metric twin
	// Carlito). 1.1 leaves a margin for capitals.
	capacity := int(width * 1.1)
	if capacity < 1 {
		capacity = 1
	}
	n := 0
	for _, para := range strings.Split(text, "\n") {
		n++
		used := 0
		for _, w := range strings.Fields(para) {
			l := utf8.RuneCountInString(w)
			switch {
			case used == 0:
				used = l
			case used+1+l <= capacity:
				used += 1 + l
			default:
				n++
				used = l
			}
			for used > capacity { // a word longer than the column breaks
				n++
				used -= capacity
			}
		}
	}
	return n
}

// height is the row height for n lines.
func height(n int) float64 {
	if n < 1 {
		n = 1
	}
	return float64(n)*lineHeight + rowPadding
}

// rowSizer collects, for each row, the lines its cells need.
type rowSizer map[int]int

// need records that a cell of the row needs the lines of text in a column
// of that width.
func (rs rowSizer) need(row int, text string, width float64) {
	if n := lines(text, width); n > rs[row] {
		rs[row] = n
	}
}

// apply sets the height of every recorded row.
func (rs rowSizer) apply(b *builder, sheet string) {
	for row, n := range rs {
		b.check(b.f.SetRowHeight(sheet, row, height(n)))
	}
}
