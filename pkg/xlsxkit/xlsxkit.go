// Package xlsxkit is what every workbook spbe writes shares: the report
// and the consolidated workbooks (pkg/render/xlsx and its batchbook) and
// the blank answer workbook (pkg/template). It holds the print frame (A4,
// fitted to the page's width, with a header and a footer in a named font),
// cell addresses, the number format of a count of decimals, and the
// height of a row of wrapped text.
//
// xlsxkit may import only excelize: it knows no document, no rubric and no
// language. Each workbook's own styles stay with it.
package xlsxkit

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Frame is how a sheet prints: on A4 in Orientation, one page wide and
// Tall pages high (0: as many as it takes), with TopBottom inches of
// margin above and below (room for the header and footer, which sit 0.3
// inches from the edge) and half an inch at the sides.
//
// The header and the footer have a left, a centre and a right part, each
// header/footer code: plain text goes in through EscapeHF, while "&P",
// "&N" (the page and the page count) and "&A" (the sheet's name) are codes.
// Every part is set in FontSize-point Calibri, named, so that no office
// suite falls back to another font.
type Frame struct {
	Orientation string
	Tall        int
	TopBottom   float64
	FontSize    int

	HeaderLeft, HeaderCenter, HeaderRight string
	FooterLeft, FooterCenter, FooterRight string
}

// ReportFrame is the frame of spbe's report workbooks, the single report
// and the consolidated one: A4 landscape, tall pages high, with room above
// and below for a header naming the report or sheet (what) and a footer
// naming the agency, OPD or Pemda and the year (who) on the left and the
// page ("Halaman 2 dari 5") on the right, in 9-point type.
func ReportFrame(tall int, what, who, page string) Frame {
	return Frame{Orientation: "landscape", Tall: tall, TopBottom: 0.75, FontSize: 9,
		HeaderLeft: EscapeHF(what), FooterLeft: EscapeHF(who), FooterRight: page}
}

// PrintFrame sets up a sheet of f for printing as fr says.
func PrintFrame(f *excelize.File, sheet string, fr Frame) error {
	a4, one, yes := 9, 1, true
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &fr.Orientation, FitToWidth: &one, FitToHeight: &fr.Tall}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: Ptr(0.5), Right: Ptr(0.5), Top: Ptr(fr.TopBottom), Bottom: Ptr(fr.TopBottom), Header: Ptr(0.3), Footer: Ptr(0.3)}); err != nil {
		return err
	}
	font := fmt.Sprintf("&\"Calibri,Regular\"&%d", fr.FontSize)
	return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: fitParts(font, fr.HeaderLeft, fr.HeaderCenter, fr.HeaderRight),
		OddFooter: fitParts(font, fr.FooterLeft, fr.FooterCenter, fr.FooterRight),
	})
}

// MaxHeaderFooter is the most UTF-16 code units a header or a footer may
// hold: Excel's limit, which excelize enforces.
const MaxHeaderFooter = 255

// fitParts is parts, with the left part (the free text: a report's title,
// an OPD's name) shortened to an ellipsis where the whole would be longer
// than MaxHeaderFooter. The text is cut between characters and never
// inside an escaped ampersand ("&&"), which cut in two would start a code.
func fitParts(font, left, center, right string) string {
	s := parts(font, left, center, right)
	over := utf16Len(s) - MaxHeaderFooter
	if over <= 0 {
		return s
	}
	cut := left
	for over+1 > 0 && cut != "" { // +1: the ellipsis
		r, n := utf8.DecodeLastRuneInString(cut)
		cut = cut[:len(cut)-n]
		over -= utf16.RuneLen(r)
	}
	// An odd run of ampersands at the end is half an escaped one.
	if amps := len(cut) - len(strings.TrimRight(cut, "&")); amps%2 == 1 {
		cut = cut[:len(cut)-1]
	}
	return parts(font, strings.TrimRight(cut, " ")+"…", center, right)
}

// utf16Len is the length of s in UTF-16 code units, as Excel counts.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// parts joins a header's or a footer's parts, each in font: none when every
// part is empty; the left part, even empty, when another is not.
func parts(font, left, center, right string) string {
	if left == "" && center == "" && right == "" {
		return ""
	}
	s := "&L" + font + left
	if center != "" {
		s += "&C" + font + center
	}
	if right != "" {
		s += "&R" + font + right
	}
	return s
}

// EscapeHF doubles the ampersands of text put in a header or footer, where
// "&" starts a code.
func EscapeHF(s string) string { return strings.ReplaceAll(s, "&", "&&") }

// Ptr is a pointer to v, for excelize's options.
func Ptr[T any](v T) *T { return &v }

// Cell is the address of a cell: Cell(2, 3) is "B3".
func Cell(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// ColName is the name of column n: ColName(28) is "AB".
func ColName(n int) string {
	s, _ := excelize.ColumnNumberToName(n)
	return s
}

// QuoteSheet makes a sheet's name safe in a reference: quoted, each quote
// in it doubled.
func QuoteSheet(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// NumFmt is the number format of a number printed with decimals decimals:
// "0", "0.00".
func NumFmt(decimals int) *string {
	s := "0"
	if decimals > 0 {
		s += "." + strings.Repeat("0", decimals)
	}
	return &s
}

// Thin is the grey line under a table's header cells.
var Thin = []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}

// WrappedLines estimates how many lines text takes in a wrapped column of
// the given width (in widths of the digit 0, about one average character).
func WrappedLines(s string, width float64) int {
	n := utf8.RuneCountInString(s)
	// A column of width w holds about 1.1w characters of proportional text.
	return max(1, int(math.Ceil(float64(n)/(1.1*width))))
}
