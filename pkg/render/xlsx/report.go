// Package xlsx draws the single-sheet report as an Excel workbook: the
// summary (the headline, the domain and aspect tables with radar charts,
// the predicate ranges, the sign-off block), the detail of every
// indicator, the recommendations and the provenance. The consolidated
// workbook of a batch is drawn by its sub-package batchbook; what every
// workbook shares (the print frame, cell addresses, row heights) is in
// pkg/xlsxkit. Numbers go into cells through lang (rounded as printed, or
// exact); text from a sheet is always stored as text.
//
// xlsx may import pkg/doc, pkg/lang, pkg/rubric, pkg/xlsxkit,
// pkg/stablezip and excelize; never the engine (pkg/score, pkg/insight),
// the reader (pkg/sheet) or pkg/cli.
package xlsx

import (
	"encoding/xml"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/stablezip"
	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

func init() {
	lang.AddMessages(map[string][2]string{
		"xlsx.version":        {"Versi", "Version"},
		"xlsx.index.exact":    {"Indeks, nilai tepat", "Index, exact value"},
		"xlsx.self.predicate": {"Predikat mandiri", "Self-assessment predicate"},
		"xlsx.target":         {"Tingkat target nasional", "National target level"},
		"xlsx.target.short":   {"Target", "Target"},
		"xlsx.bands":          {"Batas predikat", "Predicate bands"},
		"xlsx.from":           {"Dari", "From"},
		"xlsx.to":             {"Sampai", "To"},
		"xlsx.rounding":       {"Pembulatan", "Rounding"},
		"xlsx.rounding.text":  {"%d desimal, %s; predikat dibaca dari %s", "%d decimals, %s; the predicate reads the %s"},
		"xlsx.rubric.title":   {"Judul rubrik", "Rubric title"},
		"xlsx.rubric.file":    {"Berkas rubrik", "Rubric file"},
		"xlsx.rubric.source":  {"Dasar hukum rubrik", "Rubric's legal source"},
		"xlsx.stamp":          {"Rubrik templat lembar", "Sheet template's rubric"},
		"xlsx.level.column":   {"Kolom tingkat", "Level column"},
		"xlsx.source.file":    {"Berkas sumber", "Source file"},
	})
}

// Fixed document dates. A report must be reproducible, so the workbook
// carries no wall-clock time; an explicit value also replaces excelize's
// template date and author. 1980-01-01 is the earliest date a zip entry can
// hold, the usual choice of reproducible builds.
const xlsxDocDate = "1980-01-01T00:00:00Z"

// XLSX writes the report as an Excel workbook: a summary sheet with the
// index, its predicate in the band's colour, the domain and aspect tables
// and radar charts of them; a detail sheet with every indicator; a
// recommendations sheet with the plan to the next predicate (when the
// rubric has one, see Report.Recommend); and a provenance sheet.
//
// Indices are stored as numbers rounded to the rubric's decimals, not as
// the nearest binary value of the exact index: the rounded value is the
// published figure, every other format prints it, and a spreadsheet's own
// display rounding (half away from zero, on a binary value) would
// otherwise show a different figure than the report for a rubric that
// rounds half-even. Weights and contributions are stored unrounded: they
// are short exact decimals (a weight times a whole level over 100), so
// their stored values are already what is printed, and the contributions
// add up to the exact index.
func XLSX(w io.Writer, rep *doc.Report) error { return XLSXPlanLater(w, rep, func() {}) }

// XLSXPlanLater is XLSX for a report whose plan is still being made (see
// doc.Report.CompleteAsync): it draws the summary and the detail, then
// calls plan, then draws the rest.
func XLSXPlanLater(w io.Writer, rep *doc.Report, plan func()) error {
	f, edits, err := workbook(rep, plan)
	if err != nil {
		return fmt.Errorf("build workbook: %w", err)
	}
	defer f.Close()
	// Entry order is made stable so the same sheet gives the same bytes.
	return stablezip.WriteEdited(w, f, edits)
}

// xb builds one report workbook; it keeps the first error, so the layout
// code can write freely and check once.
type xb struct {
	f   *excelize.File
	rep *doc.Report
	l   lang.Lang
	r   *rubric.Rubric
	err error

	// The cells of each sheet, written when the sheet is complete.
	grids map[string]*grid

	// The summary sheet's radar charts and where they are (see radar.go).
	charts  []radarChart
	anchors []anchor

	// The cell styles: those of every report, made with the empty
	// workbook (see prepared), and those of the rubric.
	styles
	index, bigIndex int
}

func (x *xb) check(err error) {
	if x.err == nil && err != nil {
		x.err = err
	}
}

// grid is the sheet's grid of cells.
func (x *xb) grid(sheet string) *grid {
	g := x.grids[sheet]
	if g == nil {
		g = &grid{}
		x.grids[sheet] = g
	}
	return g
}

// str writes user or label text. A string value is stored as a string
// whatever it looks like: an explanation reading "=HYPERLINK(...)" stays
// text and never becomes a formula.
func (x *xb) str(sheet string, col, row int, s string, style int) {
	x.grid(sheet).set(col, row, s, style)
}

func (x *xb) num(sheet string, col, row int, v float64, style int) {
	x.grid(sheet).set(col, row, v, style)
}

// height sets the height of a row in points.
func (x *xb) height(sheet string, row int, h float64) { x.grid(sheet).height(row, h) }

// merge merges the cells from col1, row1 to col2, row2.
func (x *xb) merge(sheet string, col1, row1, col2, row2 int) {
	x.grid(sheet).merge(xlsxkit.Cell(col1, row1), xlsxkit.Cell(col2, row2))
}

// id writes an identifier: a whole number as a number, so that sorting and
// filtering by it follow 1, 2, ... 10, anything else as text.
func (x *xb) id(sheet string, col, row int, s string, style int) {
	if n, err := strconv.Atoi(s); err == nil && strconv.Itoa(n) == s {
		x.num(sheet, col, row, float64(n), style)
		return
	}
	x.str(sheet, col, row, s, style)
}

// rounded is an index as printed: rounded by the rubric's policy, then
// converted to the nearest float64 (which displays as that decimal).
func (x *xb) rounded(v *big.Rat) float64 { return lang.RoundedFloat(x.r, v) }

func (x *xb) style(s *excelize.Style) int {
	id, err := x.f.NewStyle(s)
	x.check(err)
	return id
}

// rubricStyles makes the styles that depend on the rubric: the index's
// number of decimals.
func (x *xb) rubricStyles() {
	x.index = x.style(&excelize.Style{CustomNumFmt: xlsxkit.NumFmt(x.r.Rounding.Decimals), Alignment: &excelize.Alignment{Vertical: "top"}})
	x.bigIndex = x.style(&excelize.Style{CustomNumFmt: xlsxkit.NumFmt(x.r.Rounding.Decimals), Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 22}, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}})
}

// warmStyles marshals the first report's styles once, on another
// goroutine, while its sheets are written. excelize marshals them again
// when it writes the workbook, and in a new process that first use of
// encoding/xml on their types is most of its cost (about 0.3 ms of a
// single sheet's report); the second core is otherwise idle while the
// sheets are written. No style is made after this point, and excelize
// only reads the styles when it writes them, so the two may read them
// at once. (Writing the sheets themselves on two cores was no faster.)
var warmStyles sync.Once

// workbook builds the report's workbook; plan waits for the report's plan
// (see XLSXPlanLater).
func workbook(rep *doc.Report, plan func()) (*excelize.File, stablezip.Edits, error) {
	p := takePrepared()
	if p.err != nil {
		if p.f != nil {
			p.f.Close()
		}
		return nil, stablezip.Edits{}, p.err
	}
	x := &xb{f: p.f, styles: p.styles, err: p.err, rep: rep, l: rep.Lang, r: rep.Result.Rubric, grids: map[string]*grid{}}
	x.rubricStyles()
	summary, detail, prov := x.l.T("summary"), x.l.T("detail"), x.l.T("provenance")
	x.check(x.f.SetSheetName(x.f.GetSheetName(0), summary))
	_, err := x.f.NewSheet(detail)
	x.check(err)
	x.summary(summary)
	if excelizeCharts != nil {
		excelizeCharts(x, summary)
		x.charts = nil
	}
	x.detail(detail)
	// Whether there is a recommendations sheet, between the detail and
	// the provenance, depends on the plan.
	plan()
	recs := rep.Recommendations
	sheets := []string{summary, detail}
	if recs != nil {
		sheets = append(sheets, x.l.T("recommend.title"))
	}
	sheets = append(sheets, prov)
	for _, s := range sheets[2:] {
		_, err := x.f.NewSheet(s)
		x.check(err)
	}
	// The summary opens. It is selected before the sheets are written:
	// afterwards excelize would read every written sheet back to clear
	// its selection, and write it out again.
	x.f.SetActiveSheet(0)
	if recs != nil {
		x.recommendations(x.l.T("recommend.title"), recs)
	}
	x.provenance(prov)
	// The stamp that keeps the reader from scoring a report (workbook.PropDocument).
	x.check(x.f.SetCustomProps(excelize.CustomProperty{Name: "spbe.document", Value: "report"}))
	x.check(x.f.SetDocProps(&excelize.DocProperties{
		Title: rep.Title, Subject: x.r.ID + " " + x.r.Version, Creator: "spbe " + rep.ToolVersion,
		LastModifiedBy: "spbe", Created: xlsxDocDate, Modified: xlsxDocDate,
	}))
	warmStyles.Do(func() { go xml.Marshal(x.f.Styles) })
	for _, s := range sheets {
		if x.err == nil {
			x.check(x.grid(s).write(x.f, s))
		}
	}
	if x.err != nil {
		x.f.Close()
		return nil, stablezip.Edits{}, x.err
	}
	var edits stablezip.Edits
	if len(x.charts) > 0 {
		edits = chartEdits(x.charts, x.anchors)
	}
	return x.f, edits, nil
}

// summary writes the summary sheet: the title naming the OPD, the Pemda
// and the year; the headline (the index and predicate large, what they
// are, the targets, the change from the previous year); who and what was
// assessed; the domain and aspect tables with a target ring for the radar
// charts beside them; the predicate bands as ranges; and the sign-off
// block when one is asked for.
func (x *xb) summary(sh string) {
	l, r, rep, res := x.l, x.r, x.rep, x.rep.Result
	x.str(sh, 1, 1, rep.Title, x.title)
	x.fitRow(sh, 1, xlsxkit.WrappedLines(rep.Title, 80))
	row := 3
	h := rep.Headline
	// The headline: the index and predicate large, what they are below.
	x.str(sh, 1, row, l.Title(r), x.bigLabel)
	x.num(sh, 2, row, x.rounded(res.Index), x.bigIndex)
	x.height(sh, row, 30)
	row++
	x.str(sh, 1, row, l.T("predicate"), x.bigLabel)
	x.str(sh, 2, row, l.Band(res.Band), x.bigBand(res.Band))
	x.height(sh, row, 30)
	row++
	statusStyle := x.verifiedStyle
	if !h.Verified {
		statusStyle = x.unverifiedStyle
	}
	x.str(sh, 1, row, l.T("status"), x.label)
	x.str(sh, 2, row, h.Label, statusStyle)
	row++
	kv := func(key, val string, style int) {
		x.str(sh, 1, row, key, x.label)
		x.str(sh, 2, row, val, style)
		row++
	}
	x.str(sh, 1, row, l.T("xlsx.index.exact"), x.label)
	// The exact value may not have a finite decimal expansion
	// (2.148351648352…): it is shown as text, beside the number above.
	x.str(sh, 2, row, l.Exact(res.Index), x.text)
	row++
	if rep.Self != nil {
		kv(l.T("self"), fmt.Sprintf("%s (%s)", l.Num(r, rep.Self.Index), l.Band(rep.Self.Band)), x.text)
	}
	if h.NationalText != "" {
		kv(l.T("eval.national"), h.NationalText, x.text)
	}
	if h.Target != nil {
		st := x.shortStyle
		if h.TargetMet {
			st = x.metStyle
		}
		kv(l.T("eval.target"), h.TargetText, st)
	}
	if c := rep.Change; c != nil {
		kv(l.T("eval.previous"), c.Text, x.text)
		kv(l.T("eval.change"), l.Delta(r, c.Diff), x.label)
		for i, m := range c.Movers {
			key := ""
			if i == 0 {
				key = l.T("eval.movers")
			}
			kv(key, m.Text, x.text)
		}
	}
	if notices := rep.Notices; len(notices) > 0 {
		row++
		for _, n := range notices {
			x.str(sh, 1, row, n, x.note)
			x.merge(sh, 1, row, 5, row)
			x.fitRow(sh, row, xlsxkit.WrappedLines(n, 100))
			row++
		}
	}
	row++
	var opd, year, pemda string
	if a := rep.Answers; a != nil {
		opd, year, pemda = a.OPD, a.Year, a.Agency
	}
	kv(l.T("opd"), opd, x.text)
	if pemda != "" {
		kv(l.T("eval.pemda"), pemda, x.text)
	}
	kv(l.T("year"), year, x.text)
	if rep.Assessor != "" {
		kv(l.T("eval.assessor"), rep.Assessor, x.text)
	}
	kv(l.T("rubric"), l.Title(r)+" · "+l.RubricLine(r), x.text)

	hasSelf := rep.Self != nil
	// The target ring of the radar charts reads a column of the tables:
	// the rubric's target level on every row.
	selfCol, targetCol := 0, 0
	next := 5
	if hasSelf {
		selfCol, next = next, next+1
	}
	if r.TargetLevel != 0 {
		targetCol = next
	}
	table := func(idHead string, groups []doc.Group) (first, last int) {
		row++
		x.str(sh, 1, row, l.T("id"), x.head)
		x.str(sh, 2, row, idHead, x.head)
		x.str(sh, 3, row, l.T("weight"), x.headR)
		x.str(sh, 4, row, l.T("index"), x.headR)
		if selfCol != 0 {
			x.str(sh, selfCol, row, l.T("self.vs.verified"), x.headR)
		}
		if targetCol != 0 {
			x.str(sh, targetCol, row, l.T("xlsx.target.short"), x.headR)
		}
		first = row + 1
		for _, g := range groups {
			row++
			x.str(sh, 1, row, g.ID, x.text)
			x.str(sh, 2, row, g.Name, x.wrap)
			x.fitRow(sh, row, xlsxkit.WrappedLines(g.Name, 52))
			x.num(sh, 3, row, exactFloat(g.Weight), x.weight)
			x.num(sh, 4, row, x.rounded(g.Index), x.index)
			if g.Self != nil {
				x.num(sh, selfCol, row, x.rounded(g.Self), x.index)
			}
			if targetCol != 0 {
				x.num(sh, targetCol, row, float64(r.TargetLevel), x.index)
			}
		}
		last = row
		row++
		return first, last
	}
	var charts []chartSpec
	if r.HasDomains() {
		first, last := table(l.T("domain"), rep.Domains)
		charts = append(charts, chartSpec{l.T("domain.index.chart"), first, last})
	}
	first, last := table(l.T("aspect"), rep.Aspects)
	// The aspect chart comes first: it is the picture evaluators know.
	charts = append([]chartSpec{{l.T("aspect.index.chart"), first, last}}, charts...)

	row++
	x.str(sh, 1, row, l.T("eval.bands"), x.label)
	row++
	x.str(sh, 1, row, l.T("predicate"), x.head)
	x.str(sh, 2, row, l.T("batch.range"), x.head)
	for _, b := range rep.Bands {
		row++
		x.str(sh, 1, row, l.Band(b.Band), x.bandCellStyle(b.Band))
		st := x.text
		if b.Here {
			st = x.label
		}
		text := b.Range
		if b.Mark != "" {
			text += "   » " + b.Mark
		}
		x.str(sh, 2, row, text, st)
	}
	if sg := rep.Signer; sg != nil {
		row += 2
		for _, line := range sg.Lines(l) {
			st := x.text
			if line == sg.Name {
				st = x.signName
			}
			x.str(sh, 2, row, line, st)
			row++
		}
	}

	// The charts are placed by summaryWidths: keep the two alike.
	x.check(x.f.SetColWidth(sh, "A", "A", 28))
	x.check(x.f.SetColWidth(sh, "B", "B", 48))
	x.check(x.f.SetColWidth(sh, "C", "F", 10))
	x.check(x.f.SetColWidth(sh, "G", "G", 2))

	// Rows keep a fixed height of 15 points unless set taller: the charts
	// are anchored to cells, sized from the rows' heights, and an office
	// suite that sized rows to its own fonts would stretch or squash them.
	x.check(x.f.SetSheetProps(sh, &excelize.SheetPropsOptions{DefaultRowHeight: xlsxkit.Ptr(summaryRowHeight), CustomHeight: xlsxkit.Ptr(true)}))
	_, hi := r.LevelRange()
	top := 3
	for _, c := range charts {
		x.radar(sh, 8, top, c, 0, float64(hi), selfCol, targetCol)
		top += 24
	}
	x.page(sh, true)
}

// chartSpec is a radar chart of a table on the summary sheet: its title
// and the rows of its data.
type chartSpec struct {
	title       string
	first, last int
}

// bigBand is the headline predicate: larger still, in the band's colour.
func (x *xb) bigBand(b *rubric.Band) int {
	st := &excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 18}, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", Indent: 1}}
	if b != nil {
		if c := strings.TrimPrefix(b.Color, "#"); c != "" {
			st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}
			st.Font.Color = contrastText(c)
		}
	}
	return x.style(st)
}

// bandCellStyle is the band's colour at the table's text size.
func (x *xb) bandCellStyle(b *rubric.Band) int {
	st := &excelize.Style{}
	if c := strings.TrimPrefix(b.Color, "#"); c != "" {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}
		st.Font = &excelize.Font{Family: "Calibri", Color: contrastText(c)}
	}
	return x.style(st)
}

// radar adds a radar chart of a table of the summary sheet, its top left
// corner in the cell at col, row: categories are the ids (column A), the
// series the index (D), the self-assessed index when there is one, and a
// ring at the rubric's target level, filled red. The scale starts at 0,
// so that a level-1 aspect is a visible point rather than the centre; the
// legend is always shown. The chart holds references only; an office
// suite reads the values from the cells.
//
// The categories are ids, not names: LibreOffice shrinks a whole radar
// chart to make room for long category labels ("Layanan Administrasi
// Pemerintahan Berbasis Elektronik"), leaving a plot too small to read;
// the table beside the chart names every id.
func (x *xb) radar(sh string, col, row int, c chartSpec, lo, hi float64, selfCol, targetCol int) {
	head := c.first - 1
	ser := func(valueCol int, fill string) radarSeries {
		return radarSeries{name: abs(sh, valueCol, head), categories: absRange(sh, 1, c.first, c.last), values: absRange(sh, valueCol, c.first, c.last), fill: fill}
	}
	chart := radarChart{title: c.title, series: []radarSeries{ser(4, "")}, lo: lo, hi: hi, col: col, row: row}
	if selfCol != 0 {
		chart.series = append(chart.series, ser(selfCol, ""))
	}
	if targetCol != 0 {
		chart.series = append(chart.series, ser(targetCol, "C00000"))
	}
	g := x.grid(sh)
	colPx := func(col int) int {
		if col <= len(summaryWidths) {
			return columnPixels(summaryWidths[col-1])
		}
		return defaultColumnPixels
	}
	rowPx := func(row int) int {
		if row <= len(g.rows) && g.rows[row-1].height > 0 {
			return rowPixels(g.rows[row-1].height)
		}
		return rowPixels(summaryRowHeight)
	}
	x.charts = append(x.charts, chart)
	x.anchors = append(x.anchors, chart.anchor(colPx, rowPx))
}

// excelizeCharts, set by a test, adds the summary's charts with excelize's
// AddChart instead, as reports did before radar.go.
var excelizeCharts func(x *xb, sheet string)

// summaryWidths are the widths of the summary sheet's columns from A, in
// characters, as summary sets them; the columns after them keep the
// default width.
var summaryWidths = []float64{28, 48, 10, 10, 10, 10, 2}

// summaryRowHeight is the height of the summary sheet's rows that are not
// set taller, in points.
const summaryRowHeight = 15.0

// detail writes every indicator, one row each, under a frozen, filtered
// header.
func (x *xb) detail(sh string) {
	l, r, rep, res := x.l, x.r, x.rep, x.rep.Result
	type column struct {
		head  string
		width float64
		style int // of the header: aligned as the values below it
	}
	var cols []column
	left, right, center := x.head, x.headR, x.headC
	add := func(head string, width float64, style int) int {
		cols = append(cols, column{head, width, style})
		return len(cols)
	}
	colDomain := 0
	if r.HasDomains() {
		colDomain = add(l.T("domain"), 9, left)
	}
	colAspect := add(l.T("aspect"), 8, left)
	colID := add(l.T("id"), 6, center)
	colName := add(l.T("indicator"), 60, left)
	colLevel := add(l.T("level"), 9, center)
	colLabel := add(l.T("label"), 20, left)
	// The other agency's score a value was converted from, or that it was
	// assumed, when any indicator's value did not come from the sheet.
	colFrom := 0
	for _, is := range res.Indicators {
		if colFrom == 0 && doc.SourceText(l, is) != "" {
			colFrom = add(l.T("value.from"), 40, left)
		}
	}
	colSelf, colChanged := 0, 0
	if rep.Self != nil {
		colSelf = add(l.T("self.vs.verified"), 10, center)
		colChanged = add(l.T("eval.changed"), 9, center)
	}
	colWeight := add(l.T("weight"), 9, right)
	colContrib := add(l.T("contribution"), 12, right)
	colGap := 0
	if r.TargetLevel != 0 {
		colGap = add(l.T("gap"), 11, center)
	}
	colNote, colEval, colEvid := 0, 0, 0
	notes := map[string]string{}
	if a := rep.Answers; a != nil && len(a.Notes) > 0 {
		notes = a.Notes
		colNote = add(l.T("eval.explanation"), 45, left)
	}
	var hasEval, hasEvid bool
	for _, v := range rep.Verification {
		hasEval, hasEvid = hasEval || v.EvaluatorNote != "", hasEvid || len(v.Evidence) > 0
	}
	if hasEval {
		colEval = add(l.T("eval.evaluator.note"), 40, left)
	}
	if hasEvid {
		colEvid = add(l.T("eval.evidence"), 30, left)
	}
	for i, c := range cols {
		x.str(sh, i+1, 1, c.head, c.style)
	}
	// Room for a header that wraps ("Selisih ke target").
	x.height(sh, 1, 30)
	var self map[string]int
	if rep.Self != nil {
		self = rep.Self.Levels()
	}
	nameWidth := 20.0
	for _, is := range res.Indicators {
		nameWidth = max(nameWidth, float64(utf8.RuneCountInString(l.Name(is.Indicator.Name, is.Indicator.NameEN))))
	}
	cols[colName-1].width = min(nameWidth+2, 70)
	for i, is := range res.Indicators {
		row, in := i+2, is.Indicator
		lines := xlsxkit.WrappedLines(l.Name(in.Name, in.NameEN), cols[colName-1].width)
		if colDomain != 0 {
			x.str(sh, colDomain, row, in.Aspect.Domain.ID, x.text)
		}
		x.str(sh, colAspect, row, in.Aspect.ID, x.text)
		x.id(sh, colID, row, in.ID, x.idStyle)
		x.str(sh, colName, row, l.Name(in.Name, in.NameEN), x.wrap)
		if in.Scale.Decimal() {
			// The value as the sheet gave it: 1,26 shows 1,26, not 1.
			x.num(sh, colLevel, row, exactFloat(is.Value.Rat), x.value)
		} else {
			x.num(sh, colLevel, row, float64(is.Level), x.level)
		}
		x.str(sh, colLabel, row, l.LevelLabel(in.Scale, is.Level), x.text)
		if colFrom != 0 {
			x.str(sh, colFrom, row, doc.SourceText(l, is), x.wrap)
		}
		if colSelf != 0 {
			if in.Scale.Decimal() {
				x.num(sh, colSelf, row, exactFloat(rep.Self.Values()[in.ID].Rat), x.value)
			} else {
				x.num(sh, colSelf, row, float64(self[in.ID]), x.level)
			}
			if rep.Verification[i].Changed {
				x.str(sh, colChanged, row, l.T("eval.changed.mark"), x.changed)
			}
		}
		x.num(sh, colWeight, row, exactFloat(in.Weight), x.weight)
		x.num(sh, colContrib, row, exactFloat(is.Contribution), x.contrib)
		if colGap != 0 {
			// How many levels short of the target; 0 when it is met.
			x.num(sh, colGap, row, float64(max(0, r.TargetLevel-is.Level)), x.level)
		}
		if colNote != 0 {
			if n, ok := notes[in.ID]; ok {
				x.str(sh, colNote, row, n, x.wrap)
				lines = max(lines, xlsxkit.WrappedLines(n, cols[colNote-1].width))
			}
		}
		v := rep.Verification[i]
		if colEval != 0 && v.EvaluatorNote != "" {
			x.str(sh, colEval, row, v.EvaluatorNote, x.wrap)
			lines = max(lines, xlsxkit.WrappedLines(v.EvaluatorNote, cols[colEval-1].width))
		}
		if colEvid != 0 && len(v.Evidence) > 0 {
			lines = max(lines, x.evidence(sh, colEvid, row, v.Evidence, cols[colEvid-1].width))
		}
		x.fitRow(sh, row, lines)
	}
	for i, c := range cols {
		col, _ := excelize.ColumnNumberToName(i + 1)
		x.check(x.f.SetColWidth(sh, col, col, c.width))
	}
	last := len(res.Indicators) + 1
	lastCol, _ := excelize.ColumnNumberToName(len(cols))
	x.check(x.f.AutoFilter(sh, "A1:"+lastCol+strconv.Itoa(last), nil))
	x.check(x.f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
	x.check(x.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: xlsxkit.QuoteSheet(sh) + "!$1:$1", Scope: sh}))

	// Levels shade from red (the scale's lowest) through yellow to green
	// (its highest), fixed to the scale rather than to the data, so that a
	// 3 has the same colour in every report.
	lo, hi := r.LevelRange()
	scale := []excelize.ConditionalFormatOptions{{
		Type: "3_color_scale", Criteria: "=",
		MinType: "num", MinValue: strconv.Itoa(lo), MinColor: "#F8696B",
		MidType: "num", MidValue: strconv.Itoa((lo + hi) / 2), MidColor: "#FFEB84",
		MaxType: "num", MaxValue: strconv.Itoa(hi), MaxColor: "#63BE7B",
	}}
	for _, c := range []int{colLevel, colSelf} {
		if c != 0 {
			x.check(x.f.SetConditionalFormat(sh, xlsxkit.Cell(c, 2)+":"+xlsxkit.Cell(c, last), scale))
		}
	}
	if colGap != 0 {
		short, err := x.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Color: "9C0006", Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}})
		x.check(err)
		x.check(x.f.SetConditionalFormat(sh, xlsxkit.Cell(colGap, 2)+":"+xlsxkit.Cell(colGap, last), []excelize.ConditionalFormatOptions{{
			Type: "cell", Criteria: ">", Value: "0", Format: &short,
		}}))
	}
	x.page(sh, false)
}

// evidence writes an indicator's evidence into one cell, one piece a line.
// A cell holds one hyperlink: it is the first http(s) link; anything else
// (a file name, a local path, a javascript: address) stays text. It
// returns the lines the cell takes.
func (x *xb) evidence(sh string, col, row int, links []doc.Link, width float64) int {
	var texts []string
	first := ""
	lines := 0
	for _, lk := range links {
		texts = append(texts, lk.Text)
		lines += xlsxkit.WrappedLines(lk.Text, width)
		if first == "" && lk.URL != "" {
			first = lk.URL
		}
	}
	style := x.wrap
	if first != "" {
		style = x.link
	}
	x.str(sh, col, row, strings.Join(texts, "\n"), style)
	if first != "" {
		x.check(x.f.SetCellHyperLink(sh, xlsxkit.Cell(col, row), first, "External"))
	}
	return lines
}

const provWidth = 80

// fitRow makes a row tall enough for wrapped text. Office suites do not
// size rows to wrapped text written by another program when they open a
// workbook, so the text would spill over the rows below. A row can be at
// most 409 points tall; longer text is cut off on screen, not in the cell.
func (x *xb) fitRow(sh string, row, lines int) {
	if lines > 1 {
		x.height(sh, row, min(15*float64(lines), excelize.MaxRowHeight))
	}
}

// provenance writes where the report came from: the source file and its
// checksum, the rubric and its hash, and the tool's version. It holds no
// wall-clock time, so the same inputs give the same report.
func (x *xb) provenance(sh string) {
	l, r, rep := x.l, x.r, x.rep
	x.str(sh, 1, 1, l.T("provenance"), x.title)
	row := 3
	kv := func(key, val string) {
		x.str(sh, 1, row, key, x.labelTop)
		x.str(sh, 2, row, val, x.wrap)
		x.fitRow(sh, row, xlsxkit.WrappedLines(val, provWidth))
		row++
	}
	if a := rep.Answers; a != nil {
		kv(l.T("xlsx.source.file"), rep.SourceName())
		kv(l.T("sheet"), a.Sheet)
		if a.LevelColumn != "" {
			col := a.LevelColumn
			if a.SelfColumn != "" {
				col = a.SelfColumn + " / " + col
			}
			kv(l.T("xlsx.level.column"), col)
		}
	}
	if rep.SourceSHA256 != "" {
		kv(l.T("sha256"), rep.SourceSHA256)
	}
	kv(l.T("rubric"), r.ID)
	kv(l.T("xlsx.rubric.title"), l.Title(r))
	kv(l.T("xlsx.version"), r.Version)
	kv(l.T("status"), r.Status)
	if r.Source != "" {
		kv(l.T("xlsx.rubric.source"), r.Source)
	}
	// The rubric file's name only: a full path would differ between
	// machines and make the report irreproducible.
	if r.File != "" {
		kv(l.T("xlsx.rubric.file"), filepath.Base(r.File))
	}
	kv(l.T("rubric.hash"), r.Hash)
	basis := l.T("basis.exact")
	if r.Rounding.PredicateBasis == "rounded" {
		basis = l.T("basis.rounded")
	}
	kv(l.T("xlsx.rounding"), fmt.Sprintf(l.T("xlsx.rounding.text"), r.Rounding.Decimals, r.Rounding.Mode, basis))
	if a := rep.Answers; a != nil && a.Stamp != nil {
		kv(l.T("xlsx.stamp"), a.Stamp.RubricID+" "+a.Stamp.Version+" "+a.Stamp.Hash)
	}
	kv(l.T("tool.version"), "spbe "+l.Version(rep.ToolVersion))
	x.check(x.f.SetColWidth(sh, "A", "A", 28))
	x.check(x.f.SetColWidth(sh, "B", "B", provWidth))
	x.page(sh, true)
}

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

func abs(sheet string, col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row, true)
	return xlsxkit.QuoteSheet(sheet) + "!" + c
}

func absRange(sheet string, col, row1, row2 int) string {
	a, _ := excelize.CoordinatesToCellName(col, row1, true)
	b, _ := excelize.CoordinatesToCellName(col, row2, true)
	return xlsxkit.QuoteSheet(sheet) + "!" + a + ":" + b
}

// A4 landscape, fitted to the page's width; tall sheets flow onto further
// pages (fitToHeight 0), the summary onto one. Every page names the OPD,
// the Pemda and the year, and its number.
func (x *xb) page(sheet string, onePage bool) {
	tall := 0
	if onePage {
		tall = 1
	}
	x.check(xlsxkit.PrintFrame(x.f, sheet, xlsxkit.ReportFrame(tall, fmt.Sprintf(x.l.T("eval.title"), x.l.Title(x.r)), x.rep.PageLabel, x.l.T("eval.page"))))
}

// exactFloat is a weight or contribution as a cell's number.
func exactFloat(v *big.Rat) float64 { return lang.Float(v) }
