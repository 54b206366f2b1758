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
	x := &batchBook{f: f, b: b, l: b.Lang, r: b.Rubric, ranking: b.Ranking}
	if err := x.styles(); err != nil {
		return err
	}
	names := []string{x.l.T("batch.sheet.ranking"), x.l.T("batch.sheet.aspects"), x.l.T("batch.sheet.heatmap"),
		x.l.T("batch.sheet.stats"), x.l.T("batch.sheet.bands"), x.l.T("batch.sheet.failures")}
	if err := f.SetSheetName(f.GetSheetName(0), names[0]); err != nil {
		return err
	}
	for _, n := range names[1:] {
		if _, err := f.NewSheet(n); err != nil {
			return err
		}
	}
	// The wide sheets print across the page; their page setup is set
	// before the stream writers flush, which is when they write it.
	landscape := "landscape"
	for _, n := range names[:4] {
		if err := f.SetPageLayout(n, &excelize.PageLayoutOptions{Orientation: &landscape}); err != nil {
			return err
		}
	}
	steps := []func(string) error{x.rankingSheet, x.aspectSheet, x.heatmapSheet, x.statsSheet, x.bandSheet, x.failureSheet}
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
		Title:   fmt.Sprintf(x.l.T("batch.title"), x.l.Title(x.r)),
		Creator: "spbe " + b.ToolVersion,
	}); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return stablezip.Write(w, f) // the same bytes for the same batch
}

type batchBook struct {
	f       *excelize.File
	b       *doc.Batch
	l       lang.Lang
	r       *rubric.Rubric
	ranking []doc.Ranked

	title, header, wrap, num, center, centerHeader int
	band                                           map[*rubric.Band]int
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
	numFmt := "0.00"
	x.title = newStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	x.header = newStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#D9E1F2"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	x.wrap = newStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	x.num = newStyle(&excelize.Style{CustomNumFmt: &numFmt})
	x.center = newStyle(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}})
	x.centerHeader = newStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#D9E1F2"}},
		Alignment: &excelize.Alignment{Horizontal: "center"}})
	x.band = map[*rubric.Band]int{}
	for _, bd := range x.r.Bands {
		if bd.Color == "" {
			continue
		}
		font := &excelize.Font{Bold: true}
		if dark(bd.Color) {
			font.Color = "#FFFFFF"
		}
		x.band[bd] = newStyle(&excelize.Style{Font: font, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{bd.Color}}})
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

// titleRows writes the lines above a table, the first as a title.
func (x *batchBook) titleRows(sw *excelize.StreamWriter, lines ...string) error {
	for i, s := range lines {
		style := 0
		if i == 0 {
			style = x.title
		}
		if err := sw.SetRow(cellRef(1, i+1), []any{excelize.Cell{StyleID: style, Value: s}}); err != nil {
			return err
		}
	}
	return nil
}

func (x *batchBook) headerCells(titles []string) []any {
	row := make([]any, len(titles))
	for i, t := range titles {
		row[i] = excelize.Cell{StyleID: x.header, Value: t}
	}
	return row
}

func (x *batchBook) summaryLines() []string {
	l, r, b := x.l, x.r, x.b
	lines := []string{fmt.Sprintf(l.T("batch.title"), l.Title(r))}
	counts := fmt.Sprintf(l.T("batch.counts"), len(b.Entries), len(b.Failures))
	if m := b.MeanIndex; m != nil {
		counts += " · " + l.T("batch.mean") + " " + l.Num(r, m)
	}
	lines = append(lines, counts,
		fmt.Sprintf("%s %s · %s %s · %s", l.T("rubric"), l.RubricLine(r), l.T("rubric.hash"), r.Hash, fmt.Sprintf(l.T("generated.by"), b.ToolVersion)),
		l.T("batch.rank.rule"))
	return append(lines, b.Notices...)
}

func (x *batchBook) rankingSheet(name string) error {
	l, r := x.l, x.r
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	self := x.b.HasSelf()
	titles := []string{l.T("rank"), l.T("opd"), l.T("year"), l.T("index"), l.T("predicate")}
	widths := []float64{12, 45, 8, 9, 15}
	if self {
		titles = append(titles, l.T("self.vs.verified"))
		widths = append(widths, 9)
	}
	for _, d := range r.Domains {
		titles = append(titles, d.ID+" "+l.Name(d.Name, d.NameEN))
		widths = append(widths, 14)
	}
	titles = append(titles, l.T("file"), l.T("batch.notes"))
	widths = append(widths, 30, 50)
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	lines := x.summaryLines()
	hdr := len(lines) + 2
	if err := freeze(sw, 3, hdr+1); err != nil {
		return err
	}
	if err := x.titleRows(sw, lines...); err != nil {
		return err
	}
	if err := sw.SetRow(cellRef(1, hdr), x.headerCells(titles), excelize.RowOpts{Height: 45}); err != nil {
		return err
	}
	for i, e := range x.ranking {
		row := []any{e.Rank, e.Name, e.Year, x.numCell(e.Index.Rat()), x.bandCell(e.Band)}
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
		row = append(row, e.File, strings.Join(e.Notes, "\n"))
		if err := sw.SetRow(cellRef(1, hdr+1+i), row); err != nil {
			return err
		}
	}
	if err := x.f.AutoFilter(name, cellRef(1, hdr)+":"+cellRef(len(titles), hdr+max(1, len(x.ranking))), nil); err != nil {
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
	if err := sw.SetColWidth(1, 1, 12); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 45); err != nil {
		return err
	}
	if err := sw.SetColWidth(3, 3+len(r.Aspects), 14); err != nil {
		return err
	}
	for _, a := range r.Aspects {
		titles = append(titles, a.ID+" "+l.Name(a.Name, a.NameEN))
	}
	const hdr = 3
	if err := freeze(sw, 3, hdr+1); err != nil {
		return err
	}
	if err := x.titleRows(sw, fmt.Sprintf("%s: %s", l.T("aspects"), l.Title(r))); err != nil {
		return err
	}
	if err := sw.SetRow(cellRef(1, hdr), x.headerCells(titles), excelize.RowOpts{Height: 60}); err != nil {
		return err
	}
	for i, e := range x.ranking {
		row := []any{e.Rank, e.Name, x.numCell(e.Index.Rat())}
		for _, a := range e.Aspects {
			row = append(row, x.numCell(a.Rat()))
		}
		if err := sw.SetRow(cellRef(1, hdr+1+i), row); err != nil {
			return err
		}
	}
	if err := x.f.AutoFilter(name, cellRef(1, hdr)+":"+cellRef(len(titles), hdr+max(1, len(x.ranking))), nil); err != nil {
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

func (x *batchBook) heatmapSheet(name string) error {
	l, r := x.l, x.r
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	const first = 3 // first indicator column
	if err := sw.SetColWidth(1, 1, 12); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 45); err != nil {
		return err
	}
	if err := sw.SetColWidth(first, first+len(r.Indicators)-1, 4.5); err != nil {
		return err
	}
	const hdr = 4
	if err := freeze(sw, first, hdr+1); err != nil {
		return err
	}
	lo, hi := r.LevelRange()
	mid := r.TargetLevel
	if mid == 0 {
		mid = (lo + hi) / 2
	}
	if err := x.titleRows(sw, fmt.Sprintf(l.T("batch.heatmap.t"), lo, mid, hi)); err != nil {
		return err
	}
	// Row 3 names each indicator's aspect once, over its columns.
	aspects := make([]any, first-1+len(r.Indicators))
	aspects[1] = excelize.Cell{StyleID: x.header, Value: l.T("aspect")}
	col := first
	for _, a := range r.Aspects {
		aspects[col-1] = excelize.Cell{StyleID: x.centerHeader, Value: a.ID}
		if n := len(a.Indicators); n > 1 {
			if err := sw.MergeCell(cellRef(col, hdr-1), cellRef(col+n-1, hdr-1)); err != nil {
				return err
			}
		}
		col += len(a.Indicators)
	}
	if err := sw.SetRow(cellRef(1, hdr-1), aspects); err != nil {
		return err
	}
	titles := []string{l.T("rank"), l.T("opd")}
	for _, in := range r.Indicators {
		titles = append(titles, in.ID)
	}
	if err := sw.SetRow(cellRef(1, hdr), x.headerCells(titles)); err != nil {
		return err
	}
	for i, e := range x.ranking {
		row := make([]any, 0, 2+len(e.Levels))
		row = append(row, e.Rank, e.Name)
		for _, v := range e.Levels {
			row = append(row, excelize.Cell{StyleID: x.center, Value: v})
		}
		if err := sw.SetRow(cellRef(1, hdr+1+i), row); err != nil {
			return err
		}
	}
	if len(x.ranking) > 0 {
		ref := cellRef(first, hdr+1) + ":" + cellRef(first+len(r.Indicators)-1, hdr+len(x.ranking))
		if err := x.f.SetConditionalFormat(name, ref, []excelize.ConditionalFormatOptions{x.scale()}); err != nil {
			return err
		}
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
	if err := f.SetCellValue(name, "A1", fmt.Sprintf("%s: %s", l.T("batch.stats"), l.Title(r))); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A1", "A1", x.title); err != nil {
		return err
	}
	const hdr = 3
	if err := f.SetSheetRow(name, cellRef(1, hdr), &titles); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, cellRef(1, hdr), cellRef(len(titles), hdr), x.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, hdr, 30); err != nil {
		return err
	}
	for col, w := range map[string]float64{"A": 6, "B": 60, "C": 8} {
		if err := f.SetColWidth(name, col, col, w); err != nil {
			return err
		}
	}
	lastCol, _ := excelize.ColumnNumberToName(len(titles))
	if err := f.SetColWidth(name, "D", lastCol, 11); err != nil {
		return err
	}
	stats := x.b.IndicatorStats
	for i, st := range stats {
		in := st.Indicator
		row := []any{in.ID, l.Name(in.Name, in.NameEN), in.Aspect.ID, x.float(st.Mean), x.float(st.Median), st.Min, st.Max}
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
		if err := f.SetCellStyle(name, cellRef(4, hdr+1), cellRef(5, last), x.num); err != nil {
			return err
		}
		if err := f.SetConditionalFormat(name, cellRef(4, hdr+1)+":"+cellRef(4, last), []excelize.ConditionalFormatOptions{x.scale()}); err != nil {
			return err
		}
		if err := f.AutoFilter(name, cellRef(1, hdr)+":"+cellRef(len(titles), last), nil); err != nil {
			return err
		}
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
	if err := f.SetColWidth(name, "A", "C", 14); err != nil {
		return err
	}
	counts := x.b.BandCounts
	var points []excelize.ChartDataPoint
	for i, bc := range counts {
		row := []any{l.Band(bc.Band), l.Fixed(bc.Band.From) + "–" + l.Fixed(bc.Band.To), bc.Count}
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
		Title:    excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: l.T("batch.chart")}}},
		Legend:   excelize.ChartLegend{Position: "right"},
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
	row := 2
	for _, fl := range x.b.Failures {
		for _, p := range fl.Problems {
			if err := sw.SetRow(cellRef(1, row), []any{fl.File, excelize.Cell{StyleID: x.wrap, Value: p}}); err != nil {
				return err
			}
			row++
		}
	}
	if row == 2 {
		if err := sw.SetRow("A2", []any{l.T("none")}); err != nil {
			return err
		}
	}
	return sw.Flush()
}
