// Package xlsx draws documents as Excel workbooks: the single-sheet
// report (summary with charts, detail, recommendations, provenance) and
// the consolidated batch workbook. This file holds what every workbook
// shares: cell addresses, number formats, colours and the print frame.
// Numbers go into cells through lang (rounded as printed, or exact);
// text from a sheet is always stored as text.
//
// xlsx may import pkg/doc, pkg/lang, pkg/rubric and excelize; never the
// engine (pkg/score, pkg/insight), the reader (pkg/sheet) or pkg/cli.
package xlsx

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/xuri/excelize/v2"
)

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

func numFmt(decimals int) *string {
	s := "0"
	if decimals > 0 {
		s += "." + strings.Repeat("0", decimals)
	}
	return &s
}

var thin = []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}

// contrastText picks black or white text for a fill colour RRGGBB, by its
// perceived brightness.
func contrastText(rgb string) string {
	v, err := strconv.ParseUint(rgb, 16, 32)
	if err != nil || len(rgb) != 6 {
		return "000000"
	}
	r, g, b := float64(v>>16&0xff), float64(v>>8&0xff), float64(v&0xff)
	if 0.299*r+0.587*g+0.114*b < 128 {
		return "FFFFFF"
	}
	return "000000"
}

// quoteSheet makes a sheet name safe in a reference.
func quoteSheet(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func abs(sheet string, col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row, true)
	return quoteSheet(sheet) + "!" + c
}

func absRange(sheet string, col, row1, row2 int) string {
	a, _ := excelize.CoordinatesToCellName(col, row1, true)
	b, _ := excelize.CoordinatesToCellName(col, row2, true)
	return quoteSheet(sheet) + "!" + a + ":" + b
}

// A4 landscape, fitted to the page's width; tall sheets flow onto further
// pages (fitToHeight 0), the summary onto one. Every page names the OPD,
// the Pemda and the year, and its number.
func (x *xb) page(sheet string, onePage bool) {
	tall := 0
	if onePage {
		tall = 1
	}
	x.check(printFrame(x.f, sheet, "landscape", tall, x.rep.PageLabel, fmt.Sprintf(x.l.T("eval.title"), x.l.Title(x.r)), x.l))
}

// printFrame sets up a sheet for printing, as every workbook spbe writes
// is: A4 in the given orientation, one page wide and tall pages high (0:
// as many as it takes), margins with room for a header naming the report and
// a footer naming the agency, OPD or Pemda and the year, with the page ("Halaman 2 dari 5"). Headers and footers name their font,
// so that no office suite falls back to another.
func printFrame(f *excelize.File, sheet, orientation string, tall int, who, what string, l lang.Lang) error {
	a4, one, yes := 9, 1, true
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orientation, FitToWidth: &one, FitToHeight: &tall}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: ptr(0.5), Right: ptr(0.5), Top: ptr(0.75), Bottom: ptr(0.75), Header: ptr(0.3), Footer: ptr(0.3)}); err != nil {
		return err
	}
	const font = "&\"Calibri,Regular\"&9"
	return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&L" + font + escapeHF(what),
		OddFooter: "&L" + font + escapeHF(who) + "&R" + font + l.T("eval.page"),
	})
}

// escapeHF doubles the ampersands of text put in a header or footer, where
// "&" starts a code.
func escapeHF(s string) string { return strings.ReplaceAll(s, "&", "&&") }

func ptr[T any](v T) *T { return &v }

// exactFloat is a weight or contribution as a cell's number.
func exactFloat(v *big.Rat) float64 { return lang.Float(v) }

// dark reports whether a "#RRGGBB" colour needs white text on it.
func dark(color string) bool {
	v, err := strconv.ParseUint(strings.TrimPrefix(color, "#"), 16, 32)
	if err != nil {
		return false
	}
	r, g, b := float64(v>>16&0xFF), float64(v>>8&0xFF), float64(v&0xFF)
	return 0.299*r+0.587*g+0.114*b < 140
}

func cellRef(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// freeze keeps the rows above row first and the columns before column
// freezeCol in view while the table scrolls.
func freeze(sw *excelize.StreamWriter, freezeCol, first int) error {
	return sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: freezeCol - 1, YSplit: first - 1, TopLeftCell: cellRef(freezeCol, first), ActivePane: "bottomRight"})
}
