// Package batchbook draws the consolidated (batch) report as an Excel
// workbook: the ranking, the aspects, an OPD × indicator heatmap per
// domain, the indicators' statistics, the count per predicate with its
// chart, the trend by year, and the files not scored; one set of sheets
// per rubric when the sheets were scored with several. It is the Excel
// format's drawing of doc.Batch, as pkg/render/xlsx is of doc.Report; the
// two share only pkg/xlsxkit, so each stands alone.
//
// Sheets that grow with the batch are streamed (excelize's stream
// writer), so thousands of OPDs never build a workbook's worth of cells
// in memory. Numbers go into cells through lang, rounded as printed; text
// from a sheet is always stored as text.
//
// batchbook may import pkg/doc, pkg/lang, pkg/rubric, pkg/xlsxkit,
// pkg/stablezip and excelize; never the engine (pkg/score, pkg/insight),
// the reader (pkg/sheet) or pkg/cli.
package batchbook

import (
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/stablezip"
	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

func init() {
	lang.AddMessages(map[string][2]string{
		"batch.sheet.ranking":  {"Peringkat", "Ranking"},
		"batch.sheet.aspects":  {"Aspek", "Aspects"},
		"batch.sheet.heatmap":  {"Peta Indikator", "Indicator Heatmap"},
		"batch.sheet.stats":    {"Statistik Indikator", "Indicator Statistics"},
		"batch.sheet.bands":    {"Predikat", "Predicates"},
		"batch.sheet.failures": {"Tidak Dinilai", "Not Scored"},
	})
}

// Write writes a batch as an Excel workbook: a ranking sheet, an aspect
// sheet, an OPD × indicator heatmap coloured by level, per-indicator
// statistics, the count per predicate with a chart, and the files that
// could not be scored.
//
// The sheets that grow with the number of sheets scored are written with
// excelize's stream writer, so a batch of thousands of OPDs does not build
// a workbook's worth of cells in memory.
func Write(w io.Writer, b *doc.Batch) error {
	f := excelize.NewFile()
	defer f.Close()
	f.Theme = nil // written as excelize's template holds it (see xlsx.newPrepared)
	// Sheets scored with several rubrics make one set of sheets per
	// rubric, its id in their names, never one ranking; the files not
	// scored and the skipped reports are listed once.
	parts, suffix := b.Groups, func(*rubric.Rubric) string { return "" }
	if len(parts) == 0 {
		parts = []*doc.Batch{b}
	} else {
		suffix = func(r *rubric.Rubric) string { return " " + r.ID }
	}
	var names []string
	var steps []func(string) error
	for gi, g := range parts {
		// One book per group: the steps below keep it (and its rubric).
		x := &batchBook{f: f, b: g, l: b.Lang, r: g.Rubric, ranking: g.Ranking}
		if gi == 0 && len(b.Groups) > 0 {
			x.extra = b.Notices
		}
		if err := x.styles(); err != nil {
			return err
		}
		sfx := suffix(g.Rubric)
		add := func(name string, step func(string) error) {
			names, steps = append(names, sheetName(name, sfx)), append(steps, step)
		}
		add(x.l.T("batch.sheet.ranking"), x.rankingSheet)
		add(x.l.T("batch.sheet.aspects"), x.aspectSheet)
		// The heatmap, one sheet per domain.
		if len(x.r.Domains) == 0 {
			add(x.l.T("batch.sheet.heatmap"), func(n string) error { return x.heatmapSheet(n, nil) })
		}
		for _, d := range x.r.Domains {
			add(x.l.T("batch.sheet.heatmap")+" "+d.ID, func(n string) error { return x.heatmapSheet(n, d) })
		}
		add(x.l.T("batch.sheet.stats"), x.statsSheet)
		add(x.l.T("batch.sheet.bands"), x.bandSheet)
		// The trend sheet when some OPD has sheets of several years.
		if len(g.Trends) > 0 {
			add(x.l.T("batch.trend"), x.trendSheet)
		}
	}
	// The failures sheet only when a file failed or was skipped: an empty
	// sheet would print an empty page.
	if len(b.Failures) > 0 || len(b.Skipped) > 0 {
		fx := &batchBook{f: f, b: b, l: b.Lang, r: parts[0].Rubric}
		if err := fx.styles(); err != nil {
			return err
		}
		names, steps = append(names, fx.l.T("batch.sheet.failures")), append(steps, fx.failureSheet)
	}
	if err := f.SetSheetName(f.GetSheetName(0), names[0]); err != nil {
		return err
	}
	for _, n := range names[1:] {
		if _, err := f.NewSheet(n); err != nil {
			return err
		}
	}
	title := b.Title
	if title == "" && len(b.Groups) > 0 {
		title = b.Groups[0].Title
	}
	// Every sheet prints on A4, one page wide, with the batch's title and
	// the page in the footer; the page setup is set before the stream
	// writers flush, which is when they write it.
	for _, n := range names {
		if err := xlsxkit.PrintFrame(f, n, xlsxkit.ReportFrame(0, n, title, b.Lang.T("eval.page"))); err != nil {
			return err
		}
	}
	// The first sheet opens: set before the stream writers flush, since
	// afterwards excelize would read every streamed sheet back into
	// memory to clear its selection, and write it out again.
	f.SetActiveSheet(0)
	for i, step := range steps {
		if err := step(names[i]); err != nil {
			return fmt.Errorf("sheet %s: %w", names[i], err)
		}
	}
	// The stamp that keeps the reader from scoring a report (workbook.PropDocument).
	if err := f.SetCustomProps(excelize.CustomProperty{Name: "spbe.document", Value: "batch-report"}); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:   title,
		Creator: "spbe " + b.ToolVersion,
	}); err != nil {
		return err
	}
	return stablezip.Write(w, f) // the same bytes for the same batch
}

type batchBook struct {
	f       *excelize.File
	b       *doc.Batch
	l       lang.Lang
	r       *rubric.Rubric
	ranking []doc.Ranked
	// lines[i] is how many lines the name of ranking[i] takes in its
	// column (nameLines), once measured; 0 until then. The ranking, the
	// aspects and each domain's heatmap measure every name.
	lines []int

	title, header, wrap, num, center, centerHeader int
	value                                          int
	line, headerR, text, int, selfOnly, excluded   int
	band                                           map[*rubric.Band]int
	// extra are lines shown under the first ranking's summary: why the
	// batch is grouped by rubric.
	extra []string
}

// sheetName is a sheet's name with a suffix (a rubric id), within Excel's
// 31 characters.
func sheetName(name, suffix string) string {
	if r := []rune(name); len(r)+len([]rune(suffix)) > 31 {
		name = string(r[:31-len([]rune(suffix))])
	}
	return name + suffix
}

func (x *batchBook) styles() error {
	var err error
	newStyle := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = x.f.NewStyle(s)
		return id
	}
	// Every style names its font: an office suite without the default
	// font would otherwise pick its own, often a serif for bold text.
	const family = "Calibri"
	plain := &excelize.Font{Family: family}
	bold := &excelize.Font{Family: family, Bold: true}
	fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#D9E1F2"}}
	x.title = newStyle(&excelize.Style{Font: &excelize.Font{Family: family, Bold: true, Size: 14}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	x.line = newStyle(&excelize.Style{Font: plain, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	x.header = newStyle(&excelize.Style{Font: bold, Fill: fill, Border: xlsxkit.Thin,
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	x.headerR = newStyle(&excelize.Style{Font: bold, Fill: fill, Border: xlsxkit.Thin,
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "right"}})
	x.wrap = newStyle(&excelize.Style{Font: plain, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	x.text = newStyle(&excelize.Style{Font: plain, Alignment: &excelize.Alignment{Vertical: "top"}})
	x.num = newStyle(&excelize.Style{Font: plain, CustomNumFmt: xlsxkit.NumFmt(x.r.Rounding.Decimals), Alignment: &excelize.Alignment{Vertical: "top"}})
	x.int = newStyle(&excelize.Style{Font: plain, CustomNumFmt: xlsxkit.Ptr("0"), Alignment: &excelize.Alignment{Vertical: "top"}})
	x.center = newStyle(&excelize.Style{Font: plain, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	x.centerHeader = newStyle(&excelize.Style{Font: bold, Fill: fill, Border: xlsxkit.Thin,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	x.selfOnly = newStyle(&excelize.Style{Font: &excelize.Font{Family: family, Italic: true, Color: "9C5700"}, Alignment: &excelize.Alignment{Vertical: "top"}})
	x.excluded = newStyle(&excelize.Style{Font: &excelize.Font{Family: family, Color: "808080", Strike: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	valueFmt := "0.00#############"
	x.value = newStyle(&excelize.Style{Font: plain, CustomNumFmt: &valueFmt, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	x.band = map[*rubric.Band]int{}
	for _, bd := range x.r.Bands {
		if bd.Color == "" {
			continue
		}
		font := &excelize.Font{Family: family, Bold: true}
		if dark(bd.Color) {
			font.Color = "#FFFFFF"
		}
		x.band[bd] = newStyle(&excelize.Style{Font: font, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{bd.Color}}, Alignment: &excelize.Alignment{Vertical: "top"}})
	}
	return err
}

// float is how a number is stored in a cell: rounded by the rubric's
// policy, so the cell holds exactly the printed decimal.
func (x *batchBook) float(v *big.Rat) float64 { return lang.RoundedFloat(x.r, v) }

func (x *batchBook) numCell(v *big.Rat) excelize.Cell {
	return excelize.Cell{StyleID: x.num, Value: x.float(v)}
}

func (x *batchBook) bandCell(bd *rubric.Band) excelize.Cell {
	return excelize.Cell{StyleID: x.band[bd], Value: x.l.Band(bd)}
}

// titleRows writes the lines above a table, the first as a title, each
// merged across the printed columns (width: their total width) and tall
// enough for its wrapped text, so that no line runs off the page.
func (x *batchBook) titleRows(sw *excelize.StreamWriter, lastCol int, width float64, lines ...string) error {
	for i, s := range lines {
		style, h := x.line, 15*float64(xlsxkit.WrappedLines(s, width))
		if i == 0 {
			style, h = x.title, 21*float64(xlsxkit.WrappedLines(s, width*0.75))
		}
		if err := sw.SetRow(xlsxkit.Cell(1, i+1), []any{excelize.Cell{StyleID: style, Value: s}}, excelize.RowOpts{Height: h}); err != nil {
			return err
		}
		if lastCol > 1 {
			if err := sw.MergeCell(xlsxkit.Cell(1, i+1), xlsxkit.Cell(lastCol, i+1)); err != nil {
				return err
			}
		}
	}
	return nil
}

// printTitles repeats rows first..last at the top of every printed page
// of a sheet, and limits what prints to columns 1..lastCol.
func (x *batchBook) printTitles(sheet string, first, last, lastCol, lastRow int) error {
	q := xlsxkit.QuoteSheet(sheet)
	if err := x.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("%s!$%d:$%d", q, first, last), Scope: sheet}); err != nil {
		return err
	}
	a, _ := excelize.CoordinatesToCellName(1, 1, true)
	b, _ := excelize.CoordinatesToCellName(lastCol, max(lastRow, last), true)
	return x.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: q + "!" + a + ":" + b, Scope: sheet})
}

func (x *batchBook) headerCells(titles []string) []any {
	row := make([]any, len(titles))
	for i, t := range titles {
		row[i] = excelize.Cell{StyleID: x.header, Value: t}
	}
	return row
}

// cellsOf turns header titles into cells, each in its style.
func cellsOf(titles []string, styles []int) []any {
	row := make([]any, len(titles))
	for i, t := range titles {
		row[i] = excelize.Cell{StyleID: styles[i], Value: t}
	}
	return row
}

func (x *batchBook) summaryLines() []string {
	l, r, b := x.l, x.r, x.b
	lines := []string{b.Title}
	counts := fmt.Sprintf(l.N("batch.counts", len(b.Entries)), len(b.Entries), len(b.Failures))
	if m := b.MeanIndex; m != nil {
		counts += " · " + l.T("batch.mean") + " " + l.Num(r, m)
	}
	lines = append(lines, counts,
		fmt.Sprintf("%s %s · %s %s · %s", l.T("rubric"), l.RubricLine(r), l.T("rubric.hash"), r.Hash, fmt.Sprintf(l.T("generated.by"), l.Version(b.ToolVersion))),
		l.T("batch.rank.rule"))
	lines = append(lines, x.extra...)
	return append(lines, b.Notices...)
}

// style makes a number-format style in the workbook's font.
func (x *batchBook) style(format string) int {
	id, err := x.f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "Calibri"}, CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return x.num
	}
	return id
}

// dark reports whether a "#RRGGBB" colour needs white text on it.
func dark(color string) bool {
	v, err := strconv.ParseUint(strings.TrimPrefix(color, "#"), 16, 32)
	if err != nil {
		return false
	}
	r, g, b := float64(v>>16&0xFF), float64(v>>8&0xFF), float64(v&0xFF)
	return 0.299*r+0.587*g+0.114*b < 140
}

// freeze keeps the rows above row first and the columns before column
// freezeCol in view while the table scrolls.
func freeze(sw *excelize.StreamWriter, freezeCol, first int) error {
	return sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: freezeCol - 1, YSplit: first - 1, TopLeftCell: xlsxkit.Cell(freezeCol, first), ActivePane: "bottomRight"})
}
