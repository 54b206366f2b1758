package batchbook

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

// Heatmap colours: Excel's own red-yellow-green colour scale.
const (
	heatLow  = "#F8696B"
	heatMid  = "#FFEB84"
	heatHigh = "#63BE7B"
)

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
			if err := sw.MergeCell(xlsxkit.Cell(col, hdr-1), xlsxkit.Cell(col+n-1, hdr-1)); err != nil {
				return err
			}
		}
		col += len(a.Indicators)
	}
	if err := sw.SetRow(xlsxkit.Cell(1, hdr-1), row3); err != nil {
		return err
	}
	titles := []string{l.T("rank"), l.T("opd")}
	heads := []int{x.headerR, x.header}
	for _, in := range indicators {
		titles = append(titles, in.ID)
		heads = append(heads, x.centerHeader)
	}
	if err := sw.SetRow(xlsxkit.Cell(1, hdr), cellsOf(titles, heads)); err != nil {
		return err
	}
	// A row's cells are written before SetRow returns: one row of them
	// serves every row, passed by pointer, rather than a Cell boxed per
	// cell (a 2,000-sheet workbook's heatmaps hold 100,000 cells).
	cells := make([]excelize.Cell, 2+len(indicators))
	row := make([]any, len(cells))
	for i := range cells {
		row[i] = &cells[i]
	}
	for i, e := range x.ranking {
		nameStyle := x.wrap
		if e.Excluded {
			nameStyle = x.excluded
		}
		var rank any = e.Rank
		if e.Excluded {
			rank = e.RankText()
		}
		cells[0], cells[1] = excelize.Cell{StyleID: x.int, Value: rank}, excelize.Cell{StyleID: nameStyle, Value: e.Name}
		if e.Values != nil {
			// Decimal values: coloured by the value itself, 1,26 a
			// little warmer than 1,50.
			for j, v := range e.Values[first : first+len(indicators)] {
				cells[2+j] = excelize.Cell{StyleID: x.value, Value: lang.Float(v)}
			}
		} else {
			for j, v := range e.Levels[first : first+len(indicators)] {
				cells[2+j] = excelize.Cell{StyleID: x.center, Value: int(v)}
			}
		}
		if err := sw.SetRow(xlsxkit.Cell(1, hdr+1+i), row, excelize.RowOpts{Height: lineHeight(x.nameLinesAt(i))}); err != nil {
			return err
		}
	}
	if len(x.ranking) > 0 {
		ref := xlsxkit.Cell(col0, hdr+1) + ":" + xlsxkit.Cell(lastCol, hdr+len(x.ranking))
		if err := x.f.SetConditionalFormat(name, ref, []excelize.ConditionalFormatOptions{x.scale()}); err != nil {
			return err
		}
	}
	if err := x.printTitles(name, hdr-1, hdr, lastCol, hdr+len(x.ranking)); err != nil {
		return err
	}
	return sw.Flush()
}
