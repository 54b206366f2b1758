package xlsx

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

// Heatmap colours: Excel's own red-yellow-green colour scale.
const (
	heatLow  = "#F8696B"
	heatMid  = "#FFEB84"
	heatHigh = "#63BE7B"
)

// BatchXLSX writes a batch as an Excel workbook: a ranking sheet, an aspect
// sheet, an OPD × indicator heatmap coloured by level, per-indicator
// statistics, the count per predicate with a chart, and the files that
// could not be scored.
//
// The sheets that grow with the number of sheets scored are written with
// excelize's stream writer, so a batch of thousands of OPDs does not build
// a workbook's worth of cells in memory.
func BatchXLSX(w io.Writer, b *doc.Batch) error {
	f := excelize.NewFile()
	defer f.Close()
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
		if err := printFrame(f, n, "landscape", 0, title, n, b.Lang); err != nil {
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
	numFmt := "0." + strings.Repeat("0", x.r.Rounding.Decimals)
	if x.r.Rounding.Decimals == 0 {
		numFmt = "0"
	}
	plain := &excelize.Font{Family: family}
	bold := &excelize.Font{Family: family, Bold: true}
	fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#D9E1F2"}}
	x.title = newStyle(&excelize.Style{Font: &excelize.Font{Family: family, Bold: true, Size: 14}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	x.line = newStyle(&excelize.Style{Font: plain, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	x.header = newStyle(&excelize.Style{Font: bold, Fill: fill, Border: thin,
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	x.headerR = newStyle(&excelize.Style{Font: bold, Fill: fill, Border: thin,
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "right"}})
	x.wrap = newStyle(&excelize.Style{Font: plain, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	x.text = newStyle(&excelize.Style{Font: plain, Alignment: &excelize.Alignment{Vertical: "top"}})
	x.num = newStyle(&excelize.Style{Font: plain, CustomNumFmt: &numFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	x.int = newStyle(&excelize.Style{Font: plain, CustomNumFmt: ptr("0"), Alignment: &excelize.Alignment{Vertical: "top"}})
	x.center = newStyle(&excelize.Style{Font: plain, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	x.centerHeader = newStyle(&excelize.Style{Font: bold, Fill: fill, Border: thin,
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
		style, h := x.line, 15*float64(wrappedLines(s, width))
		if i == 0 {
			style, h = x.title, 21*float64(wrappedLines(s, width*0.75))
		}
		if err := sw.SetRow(cellRef(1, i+1), []any{excelize.Cell{StyleID: style, Value: s}}, excelize.RowOpts{Height: h}); err != nil {
			return err
		}
		if lastCol > 1 {
			if err := sw.MergeCell(cellRef(1, i+1), cellRef(lastCol, i+1)); err != nil {
				return err
			}
		}
	}
	return nil
}

// printTitles repeats rows first..last at the top of every printed page
// of a sheet, and limits what prints to columns 1..lastCol.
func (x *batchBook) printTitles(sheet string, first, last, lastCol, lastRow int) error {
	q := quoteSheet(sheet)
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
	counts := fmt.Sprintf(l.T("batch.counts"), len(b.Entries), len(b.Failures))
	if m := b.MeanIndex; m != nil {
		counts += " · " + l.T("batch.mean") + " " + l.Num(r, m)
	}
	lines = append(lines, counts,
		fmt.Sprintf("%s %s · %s %s · %s", l.T("rubric"), l.RubricLine(r), l.T("rubric.hash"), r.Hash, fmt.Sprintf(l.T("generated.by"), l.Version(b.ToolVersion))),
		l.T("batch.rank.rule"))
	lines = append(lines, x.extra...)
	return append(lines, b.Notices...)
}

// rankingSheet writes the ranking: rank, OPD, (year,) index, predicate,
// status (verified or self-assessment only), (self-assessed index,) the
// domain indices and the notes print on one page wide; the file, last,
// is kept for the screen. Long names wrap.
func (x *batchBook) rankingSheet(name string) error {
	l, r := x.l, x.r
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	self := x.b.HasSelf()
	years := x.b.StatsYear != ""
	var titles []string
	var widths []float64
	var heads []int
	add := func(t string, w float64, h int) {
		titles, widths, heads = append(titles, t), append(widths, w), append(heads, h)
	}
	add(l.T("rank"), 9, x.headerR)
	add(l.T("opd"), 30, x.header)
	if years {
		add(l.T("year"), 7, x.header)
	}
	add(l.T("index"), 8, x.headerR)
	add(l.T("predicate"), 12, x.header)
	add(l.T("batch.status"), 13, x.header)
	if self {
		add(l.T("self.vs.verified"), 9, x.headerR)
	}
	for _, d := range r.Domains {
		add(d.ID+" "+l.Name(d.Name, d.NameEN), 12, x.headerR)
	}
	add(l.T("batch.notes"), 34, x.header)
	notesCol := len(titles)
	add(l.T("file"), 30, x.header)
	printed := 0.0
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
		if i < notesCol {
			printed += w
		}
	}
	lines := x.summaryLines()
	hdr := len(lines) + 2
	if err := freeze(sw, 3, hdr+1); err != nil {
		return err
	}
	if err := x.titleRows(sw, notesCol, printed, lines...); err != nil {
		return err
	}
	if err := sw.SetRow(cellRef(1, hdr), cellsOf(titles, heads), excelize.RowOpts{Height: 48}); err != nil {
		return err
	}
	for i, e := range x.ranking {
		nameStyle, statusStyle := x.wrap, x.text
		if !e.Verified {
			statusStyle = x.selfOnly
		}
		if e.Excluded {
			nameStyle, statusStyle = x.excluded, x.excluded
		}
		var rank any = e.Rank
		if e.Excluded {
			rank = e.RankText()
		}
		row := []any{excelize.Cell{StyleID: x.int, Value: rank}, excelize.Cell{StyleID: nameStyle, Value: e.Name}}
		if years {
			row = append(row, excelize.Cell{StyleID: x.text, Value: e.Year})
		}
		row = append(row, x.numCell(e.Index.Rat()), x.bandCell(e.Band), excelize.Cell{StyleID: statusStyle, Value: e.Status(l)})
		if self {
			if e.SelfIndex.IsSet() {
				row = append(row, x.numCell(e.SelfIndex.Rat()))
			} else {
				row = append(row, nil)
			}
		}
		for _, d := range e.Domains {
			row = append(row, x.numCell(d.Rat()))
		}
		notes := strings.Join(e.Notes, "\n")
		row = append(row, excelize.Cell{StyleID: x.wrap, Value: notes}, excelize.Cell{StyleID: x.text, Value: e.File})
		h := max(nameLines(e.Name), wrappedLines(notes, 34)+strings.Count(notes, "\n"))
		if err := sw.SetRow(cellRef(1, hdr+1+i), row, excelize.RowOpts{Height: lineHeight(h)}); err != nil {
			return err
		}
	}
	if err := x.f.AutoFilter(name, cellRef(1, hdr)+":"+cellRef(len(titles), hdr+max(1, len(x.ranking))), nil); err != nil {
		return err
	}
	if err := x.printTitles(name, hdr, hdr, notesCol, hdr+len(x.ranking)); err != nil {
		return err
	}
	return sw.Flush()
}

func (x *batchBook) aspectSheet(name string) error {
	l, r := x.l, x.r
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	titles := []string{l.T("rank"), l.T("opd"), l.T("index")}
	heads := []int{x.headerR, x.header, x.headerR}
	if err := sw.SetColWidth(1, 1, 9); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 30); err != nil {
		return err
	}
	if err := sw.SetColWidth(3, 3+len(r.Aspects), 10); err != nil {
		return err
	}
	for _, a := range r.Aspects {
		titles = append(titles, a.ID+" "+l.Name(a.Name, a.NameEN))
		heads = append(heads, x.headerR)
	}
	const hdr = 3
	if err := freeze(sw, 3, hdr+1); err != nil {
		return err
	}
	if err := x.titleRows(sw, len(titles), 46+10*float64(len(r.Aspects)), fmt.Sprintf("%s: %s", l.T("aspects"), x.b.Title)); err != nil {
		return err
	}
	if err := sw.SetRow(cellRef(1, hdr), cellsOf(titles, heads), excelize.RowOpts{Height: 75}); err != nil {
		return err
	}
	for i, e := range x.ranking {
		nameStyle := x.wrap
		if e.Excluded {
			nameStyle = x.excluded
		}
		row := []any{excelize.Cell{StyleID: x.int, Value: e.RankText()}, excelize.Cell{StyleID: nameStyle, Value: e.Name}, x.numCell(e.Index.Rat())}
		if !e.Excluded {
			row[0] = excelize.Cell{StyleID: x.int, Value: e.Rank}
		}
		for _, a := range e.Aspects {
			row = append(row, x.numCell(a.Rat()))
		}
		if err := sw.SetRow(cellRef(1, hdr+1+i), row, excelize.RowOpts{Height: lineHeight(nameLines(e.Name))}); err != nil {
			return err
		}
	}
	if err := x.f.AutoFilter(name, cellRef(1, hdr)+":"+cellRef(len(titles), hdr+max(1, len(x.ranking))), nil); err != nil {
		return err
	}
	if err := x.printTitles(name, hdr, hdr, len(titles), hdr+len(x.ranking)); err != nil {
		return err
	}
	return sw.Flush()
}

// scale is the colour scale of levels: fixed at the rubric's lowest,
// target (or middle) and highest level, so a colour means the same level
// on every sheet whatever the batch holds.
func (x *batchBook) scale() excelize.ConditionalFormatOptions {
	lo, hi := x.r.LevelRange()
	mid := x.r.TargetLevel
	if mid == 0 {
		mid = (lo + hi) / 2
	}
	return excelize.ConditionalFormatOptions{Type: "3_color_scale", Criteria: "=",
		MinType: "num", MinValue: strconv.Itoa(lo), MinColor: heatLow,
		MidType: "num", MidValue: strconv.Itoa(mid), MidColor: heatMid,
		MaxType: "num", MaxValue: strconv.Itoa(hi), MaxColor: heatHigh}
}

// heatmapSheet writes the OPD × indicator heatmap of the indicators of
// domain d (of every indicator when d is nil: a rubric without domains).
// One sheet per domain keeps each one page wide, with its header rows
// repeated on every page.
func (x *batchBook) heatmapSheet(name string, d *rubric.Domain) error {
	l, r := x.l, x.r
	var aspects []*rubric.Aspect
	var indicators []*rubric.Indicator
	first := -1 // index of the domain's first indicator in rubric order
	for i, in := range r.Indicators {
		if d == nil || in.Aspect.Domain == d {
			if first < 0 {
				first = i
			}
			indicators = append(indicators, in)
		}
	}
	for _, a := range r.Aspects {
		if d == nil || a.Domain == d {
			aspects = append(aspects, a)
		}
	}
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	const col0 = 3 // first indicator column
	if err := sw.SetColWidth(1, 1, 9); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 30); err != nil {
		return err
	}
	if err := sw.SetColWidth(col0, col0+len(indicators)-1, 5); err != nil {
		return err
	}
	lastCol := col0 + len(indicators) - 1
	const hdr = 4
	if err := freeze(sw, col0, hdr+1); err != nil {
		return err
	}
	lo, hi := r.LevelRange()
	mid := r.TargetLevel
	if mid == 0 {
		mid = (lo + hi) / 2
	}
	title := fmt.Sprintf(l.T("batch.heatmap.t"), lo, mid, hi)
	if d != nil {
		title = d.ID + " " + l.Name(d.Name, d.NameEN) + " · " + title
	}
	if err := x.titleRows(sw, lastCol, 36+5*float64(len(indicators)), title); err != nil {
		return err
	}
	// Row 3 names each indicator's aspect once, over its columns.
	row3 := make([]any, lastCol)
	row3[0] = excelize.Cell{StyleID: x.header, Value: ""}
	row3[1] = excelize.Cell{StyleID: x.header, Value: l.T("aspect")}
	col := col0
	for _, a := range aspects {
		row3[col-1] = excelize.Cell{StyleID: x.centerHeader, Value: a.ID}
		for c := col + 1; c < col+len(a.Indicators); c++ {
			row3[c-1] = excelize.Cell{StyleID: x.centerHeader}
		}
		if n := len(a.Indicators); n > 1 {
			if err := sw.MergeCell(cellRef(col, hdr-1), cellRef(col+n-1, hdr-1)); err != nil {
				return err
			}
		}
		col += len(a.Indicators)
	}
	if err := sw.SetRow(cellRef(1, hdr-1), row3); err != nil {
		return err
	}
	titles := []string{l.T("rank"), l.T("opd")}
	heads := []int{x.headerR, x.header}
	for _, in := range indicators {
		titles = append(titles, in.ID)
		heads = append(heads, x.centerHeader)
	}
	if err := sw.SetRow(cellRef(1, hdr), cellsOf(titles, heads)); err != nil {
		return err
	}
	for i, e := range x.ranking {
		nameStyle := x.wrap
		if e.Excluded {
			nameStyle = x.excluded
		}
		row := make([]any, 0, 2+len(indicators))
		var rank any = e.Rank
		if e.Excluded {
			rank = e.RankText()
		}
		row = append(row, excelize.Cell{StyleID: x.int, Value: rank}, excelize.Cell{StyleID: nameStyle, Value: e.Name})
		if e.Values != nil {
			// Decimal values: coloured by the value itself, 1,26 a
			// little warmer than 1,50.
			for _, v := range e.Values[first : first+len(indicators)] {
				row = append(row, excelize.Cell{StyleID: x.value, Value: exactFloat(v)})
			}
		} else {
			for _, v := range e.Levels[first : first+len(indicators)] {
				row = append(row, excelize.Cell{StyleID: x.center, Value: int(v)})
			}
		}
		if err := sw.SetRow(cellRef(1, hdr+1+i), row, excelize.RowOpts{Height: lineHeight(nameLines(e.Name))}); err != nil {
			return err
		}
	}
	if len(x.ranking) > 0 {
		ref := cellRef(col0, hdr+1) + ":" + cellRef(lastCol, hdr+len(x.ranking))
		if err := x.f.SetConditionalFormat(name, ref, []excelize.ConditionalFormatOptions{x.scale()}); err != nil {
			return err
		}
	}
	if err := x.printTitles(name, hdr-1, hdr, lastCol, hdr+len(x.ranking)); err != nil {
		return err
	}
	return sw.Flush()
}

func (x *batchBook) statsSheet(name string) error {
	l, r, f := x.l, x.r, x.f
	lo, hi := r.LevelRange()
	titles := []string{l.T("id"), l.T("indicator"), l.T("aspect"), l.T("batch.mean.short"), l.T("batch.median"), l.T("batch.min"), l.T("batch.max")}
	if r.TargetLevel > 0 {
		titles = append(titles, fmt.Sprintf(l.T("batch.below"), r.TargetLevel))
	}
	for v := lo; v <= hi; v++ {
		titles = append(titles, fmt.Sprintf(l.T("batch.level.n"), v))
	}
	title := fmt.Sprintf("%s: %s", l.T("batch.stats"), x.b.Title)
	if x.b.StatsYear != "" {
		title += " (" + x.b.StatsYear + ")"
	}
	if err := f.SetCellValue(name, "A1", title); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A1", "A1", x.title); err != nil {
		return err
	}
	const hdr = 3
	if err := f.SetSheetRow(name, cellRef(1, hdr), &titles); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, cellRef(1, hdr), cellRef(3, hdr), x.header); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, cellRef(4, hdr), cellRef(len(titles), hdr), x.headerR); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, hdr, 30); err != nil {
		return err
	}
	for col, w := range map[string]float64{"A": 6, "B": 50, "C": 8} {
		if err := f.SetColWidth(name, col, col, w); err != nil {
			return err
		}
	}
	lastCol, _ := excelize.ColumnNumberToName(len(titles))
	if err := f.SetColWidth(name, "D", lastCol, 10); err != nil {
		return err
	}
	stats := x.b.IndicatorStats
	for i, st := range stats {
		in := st.Indicator
		// The mean, median, minimum and maximum print alike, with the
		// rubric's decimals: a column of levels reads down evenly.
		row := []any{in.ID, l.Name(in.Name, in.NameEN), in.Aspect.ID, x.float(st.Mean), x.float(st.Median), float64(st.Min), float64(st.Max)}
		if r.TargetLevel > 0 {
			row = append(row, st.Below)
		}
		for _, c := range st.Counts {
			row = append(row, c)
		}
		if err := f.SetSheetRow(name, cellRef(1, hdr+1+i), &row); err != nil {
			return err
		}
	}
	if len(stats) > 0 {
		last := hdr + len(stats)
		if err := f.SetCellStyle(name, cellRef(1, hdr+1), cellRef(3, last), x.text); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellRef(2, hdr+1), cellRef(2, last), x.wrap); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellRef(4, hdr+1), cellRef(7, last), x.num); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellRef(8, hdr+1), cellRef(len(titles), last), x.int); err != nil {
			return err
		}
		for i, st := range stats {
			if n := wrappedLines(l.Name(st.Indicator.Name, st.Indicator.NameEN), 50); n > 1 {
				if err := f.SetRowHeight(name, hdr+1+i, 15*float64(n)); err != nil {
					return err
				}
			}
		}
		if err := f.SetConditionalFormat(name, cellRef(4, hdr+1)+":"+cellRef(4, last), []excelize.ConditionalFormatOptions{x.scale()}); err != nil {
			return err
		}
		if err := f.AutoFilter(name, cellRef(1, hdr)+":"+cellRef(len(titles), last), nil); err != nil {
			return err
		}
	}
	if err := x.printTitles(name, hdr, hdr, len(titles), hdr+len(stats)); err != nil {
		return err
	}
	return f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: hdr, TopLeftCell: cellRef(1, hdr+1), ActivePane: "bottomLeft"})
}

func (x *batchBook) bandSheet(name string) error {
	l, f := x.l, x.f
	titles := []string{l.T("predicate"), l.T("batch.range"), l.T("batch.count")}
	if err := f.SetSheetRow(name, "A1", &titles); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A1", "C1", x.header); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "A", "A", 14); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "B", "B", 16); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "C", "C", 12); err != nil {
		return err
	}
	counts := x.b.BandCounts
	if err := x.yearTable(name); err != nil {
		return err
	}
	var points []excelize.ChartDataPoint
	for i, bc := range counts {
		row := []any{l.Band(bc.Band), doc.BandRangeText(l, x.r, bc.Band, i == len(counts)-1), bc.Count}
		if err := f.SetCellStyle(name, cellRef(2, 2+i), cellRef(3, 2+i), x.text); err != nil {
			return err
		}
		if err := f.SetSheetRow(name, cellRef(1, 2+i), &row); err != nil {
			return err
		}
		if s, ok := x.band[bc.Band]; ok {
			if err := f.SetCellStyle(name, cellRef(1, 2+i), cellRef(1, 2+i), s); err != nil {
				return err
			}
			points = append(points, excelize.ChartDataPoint{Index: i, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{bc.Band.Color}}})
		}
	}
	if len(counts) == 0 {
		return nil
	}
	q := "'" + strings.ReplaceAll(name, "'", "''") + "'!"
	last := 1 + len(counts)
	// A pie, because excelize colours the points of a pie (each in its
	// band's colour, as in the cells) but not the bars of a bar chart.
	return f.AddChart(name, "A"+strconv.Itoa(last+2), &excelize.Chart{
		Type: excelize.Pie,
		Series: []excelize.ChartSeries{{
			Name:       q + "$C$1",
			Categories: fmt.Sprintf("%s$A$2:$A$%d", q, last),
			Values:     fmt.Sprintf("%s$C$2:$C$%d", q, last),
			DataPoint:  points,
		}},
		Title:    excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: l.T("batch.chart"), Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 12}}}},
		Legend:   excelize.ChartLegend{Position: "right", Font: &excelize.Font{Family: "Calibri"}},
		PlotArea: excelize.ChartPlotArea{ShowVal: true},
	})
}

func (x *batchBook) failureSheet(name string) error {
	l := x.l
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 40); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 100); err != nil {
		return err
	}
	if err := freeze(sw, 1, 2); err != nil {
		return err
	}
	if err := sw.SetRow("A1", x.headerCells([]string{l.T("file"), l.T("batch.problem")})); err != nil {
		return err
	}
	n := 0
	for _, fl := range x.b.Failures {
		n += len(fl.Problems)
	}
	if err := x.printTitles(name, 1, 1, 2, 1+n); err != nil {
		return err
	}
	row := 2
	for _, fl := range x.b.Failures {
		for _, p := range fl.Problems {
			if err := sw.SetRow(cellRef(1, row), []any{excelize.Cell{StyleID: x.wrap, Value: fl.File}, excelize.Cell{StyleID: x.wrap, Value: p}},
				excelize.RowOpts{Height: 15 * float64(max(wrappedLines(p, 100), wrappedLines(fl.File, 40)))}); err != nil {
				return err
			}
			row++
		}
	}
	for _, fl := range x.b.Skipped {
		if err := sw.SetRow(cellRef(1, row), []any{fl.File, excelize.Cell{StyleID: x.wrap, Value: l.T("batch.skipped")}}); err != nil {
			return err
		}
		row++
	}
	if row == 2 {
		if err := sw.SetRow("A2", []any{l.T("none")}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// yearTable writes, beside the predicate counts, one row per year of a
// batch of several years: its sheets, its mean and its predicate counts.
func (x *batchBook) yearTable(name string) error {
	ys := x.b.Years
	if len(ys) == 0 {
		return nil
	}
	l, r, f := x.l, x.r, x.f
	const col0 = 5 // column E
	titles := []any{l.T("year"), l.T("batch.count"), l.T("batch.mean.short")}
	for _, bd := range r.Bands {
		titles = append(titles, l.Band(bd))
	}
	if err := f.SetSheetRow(name, cellRef(col0, 1), &titles); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, cellRef(col0, 1), cellRef(col0+len(titles)-1, 1), x.header); err != nil {
		return err
	}
	for i, y := range ys {
		row := []any{y.Label(l), y.Count, nil}
		if y.MeanIndex != nil {
			row[2] = x.float(y.MeanIndex)
		}
		for _, bc := range y.BandCounts {
			row = append(row, bc.Count)
		}
		if err := f.SetSheetRow(name, cellRef(col0, 2+i), &row); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellRef(col0, 2+i), cellRef(col0+len(row)-1, 2+i), x.int); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellRef(col0+2, 2+i), cellRef(col0+2, 2+i), x.num); err != nil {
			return err
		}
	}
	a, _ := excelize.ColumnNumberToName(col0)
	b, _ := excelize.ColumnNumberToName(col0 + len(titles) - 1)
	return f.SetColWidth(name, a, b, 11)
}

// trendSheet writes every OPD found in more than one year: its index in
// each year and the change from its previous year, with a line chart of
// the index by year.
func (x *batchBook) trendSheet(name string) error {
	l, r, f := x.l, x.r, x.f
	years := x.b.TrendYears
	title := fmt.Sprintf("%s: %s", l.T("batch.trend"), x.b.Title)
	const hdr = 3
	head := []any{l.T("opd")}
	for _, y := range years {
		head = append(head, y)
	}
	head = append(head, l.T("batch.change"))
	last := len(head)
	// The chart stands beside the table, so that both print on the first
	// page: 640 pixels wide, room for a legend of long OPD names beside
	// the lines; the printed columns cover it (a 10-wide column is about
	// 75 pixels).
	const chartWidth = 640
	chartCol := last + 2
	printCols := chartCol + (chartWidth+74)/75
	if err := f.SetCellValue(name, "A1", title); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A1", "A1", x.title); err != nil {
		return err
	}
	if err := f.MergeCell(name, "A1", cellRef(printCols, 1)); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, 21*float64(wrappedLines(title, 0.75*float64(34+10*(printCols-1))))); err != nil {
		return err
	}
	if err := f.SetSheetRow(name, cellRef(1, hdr), &head); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, cellRef(1, hdr), cellRef(1, hdr), x.header); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, cellRef(2, hdr), cellRef(last, hdr), x.headerR); err != nil {
		return err
	}
	signed := x.style("+0.00;-0.00;0.00")
	for i, t := range x.b.Trends {
		row := []any{t.Name}
		for _, p := range t.Points {
			if p.Index.IsSet() {
				row = append(row, x.float(p.Index.Rat()))
			} else {
				row = append(row, nil)
			}
		}
		row = append(row, lang.RoundedFloat(r, t.Change))
		rn := hdr + 1 + i
		if err := f.SetSheetRow(name, cellRef(1, rn), &row); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellRef(1, rn), cellRef(1, rn), x.wrap); err != nil {
			return err
		}
		if err := f.SetRowHeight(name, rn, lineHeight(wordLines(t.Name, 34))); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellRef(2, rn), cellRef(last-1, rn), x.num); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellRef(last, rn), cellRef(last, rn), signed); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(name, "A", "A", 34); err != nil {
		return err
	}
	lc, _ := excelize.ColumnNumberToName(printCols)
	if err := f.SetColWidth(name, "B", lc, 10); err != nil {
		return err
	}
	n := len(x.b.Trends)
	// The chart is about 21 rows tall (400 pixels).
	if err := x.printTitles(name, hdr, hdr, printCols, max(hdr+n, hdr+22)); err != nil {
		return err
	}
	// One line per OPD across the years; the categories are the years of
	// the header row.
	q := quoteSheet(name)
	var series []excelize.ChartSeries
	for i := range x.b.Trends {
		rn := hdr + 1 + i
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$A$%d", q, rn),
			Categories: fmt.Sprintf("%s!$B$%d:$%s$%d", q, hdr, colName(last-1), hdr),
			Values:     fmt.Sprintf("%s!$B$%d:$%s$%d", q, rn, colName(last-1), rn),
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 5},
		})
	}
	// The scale spans the rubric's levels, so that a change reads at its
	// true size.
	lo, hi := r.LevelRange()
	maxY, zero := float64(hi), float64(lo)
	return f.AddChart(name, cellRef(chartCol, hdr), &excelize.Chart{
		Type:      excelize.Line,
		Series:    series,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: l.T("batch.trend.chart"), Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 12}}}},
		Legend:    excelize.ChartLegend{Position: "right", Font: &excelize.Font{Family: "Calibri", Size: 8}},
		XAxis:     excelize.ChartAxis{Font: excelize.Font{Family: "Calibri", Size: 9}},
		YAxis:     excelize.ChartAxis{Minimum: &zero, Maximum: &maxY, MajorUnit: 1, MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0.0"}, Font: excelize.Font{Family: "Calibri", Size: 9}},
		Dimension: excelize.ChartDimension{Width: chartWidth, Height: 400},
	})
}

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

// style makes a number-format style in the workbook's font.
func (x *batchBook) style(format string) int {
	id, err := x.f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "Calibri"}, CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return x.num
	}
	return id
}

func colName(n int) string {
	s, _ := excelize.ColumnNumberToName(n)
	return s
}
