package batchbook

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

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
	if err := f.SetSheetRow(name, xlsxkit.Cell(col0, 1), &titles); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, xlsxkit.Cell(col0, 1), xlsxkit.Cell(col0+len(titles)-1, 1), x.header); err != nil {
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
		if err := f.SetSheetRow(name, xlsxkit.Cell(col0, 2+i), &row); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, xlsxkit.Cell(col0, 2+i), xlsxkit.Cell(col0+len(row)-1, 2+i), x.int); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, xlsxkit.Cell(col0+2, 2+i), xlsxkit.Cell(col0+2, 2+i), x.num); err != nil {
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
	if err := f.MergeCell(name, "A1", xlsxkit.Cell(printCols, 1)); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, 21*float64(xlsxkit.WrappedLines(title, 0.75*float64(34+10*(printCols-1))))); err != nil {
		return err
	}
	if err := f.SetSheetRow(name, xlsxkit.Cell(1, hdr), &head); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, xlsxkit.Cell(1, hdr), xlsxkit.Cell(1, hdr), x.header); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, xlsxkit.Cell(2, hdr), xlsxkit.Cell(last, hdr), x.headerR); err != nil {
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
		if err := f.SetSheetRow(name, xlsxkit.Cell(1, rn), &row); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, xlsxkit.Cell(1, rn), xlsxkit.Cell(1, rn), x.wrap); err != nil {
			return err
		}
		if err := f.SetRowHeight(name, rn, lineHeight(wordLines(t.Name, 34))); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, xlsxkit.Cell(2, rn), xlsxkit.Cell(last-1, rn), x.num); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, xlsxkit.Cell(last, rn), xlsxkit.Cell(last, rn), signed); err != nil {
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
	q := xlsxkit.QuoteSheet(name)
	var series []excelize.ChartSeries
	for i := range x.b.Trends {
		rn := hdr + 1 + i
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$A$%d", q, rn),
			Categories: fmt.Sprintf("%s!$B$%d:$%s$%d", q, hdr, xlsxkit.ColName(last-1), hdr),
			Values:     fmt.Sprintf("%s!$B$%d:$%s$%d", q, rn, xlsxkit.ColName(last-1), rn),
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 5},
		})
	}
	// The scale spans the rubric's levels, so that a change reads at its
	// true size.
	lo, hi := r.LevelRange()
	maxY, zero := float64(hi), float64(lo)
	return f.AddChart(name, xlsxkit.Cell(chartCol, hdr), &excelize.Chart{
		Type:      excelize.Line,
		Series:    series,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: l.T("batch.trend.chart"), Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 12}}}},
		Legend:    excelize.ChartLegend{Position: "right", Font: &excelize.Font{Family: "Calibri", Size: 8}},
		XAxis:     excelize.ChartAxis{Font: excelize.Font{Family: "Calibri", Size: 9}},
		YAxis:     excelize.ChartAxis{Minimum: &zero, Maximum: &maxY, MajorUnit: 1, MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0.0"}, Font: excelize.Font{Family: "Calibri", Size: 9}},
		Dimension: excelize.ChartDimension{Width: chartWidth, Height: 400},
	})
}
