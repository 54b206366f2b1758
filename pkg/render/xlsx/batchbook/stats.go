package batchbook

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

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
	if err := f.SetSheetRow(name, xlsxkit.Cell(1, hdr), &titles); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, xlsxkit.Cell(1, hdr), xlsxkit.Cell(3, hdr), x.header); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, xlsxkit.Cell(4, hdr), xlsxkit.Cell(len(titles), hdr), x.headerR); err != nil {
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
		if err := f.SetSheetRow(name, xlsxkit.Cell(1, hdr+1+i), &row); err != nil {
			return err
		}
	}
	if len(stats) > 0 {
		last := hdr + len(stats)
		if err := f.SetCellStyle(name, xlsxkit.Cell(1, hdr+1), xlsxkit.Cell(3, last), x.text); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, xlsxkit.Cell(2, hdr+1), xlsxkit.Cell(2, last), x.wrap); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, xlsxkit.Cell(4, hdr+1), xlsxkit.Cell(7, last), x.num); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, xlsxkit.Cell(8, hdr+1), xlsxkit.Cell(len(titles), last), x.int); err != nil {
			return err
		}
		for i, st := range stats {
			if n := xlsxkit.WrappedLines(l.Name(st.Indicator.Name, st.Indicator.NameEN), 50); n > 1 {
				if err := f.SetRowHeight(name, hdr+1+i, 15*float64(n)); err != nil {
					return err
				}
			}
		}
		if err := f.SetConditionalFormat(name, xlsxkit.Cell(4, hdr+1)+":"+xlsxkit.Cell(4, last), []excelize.ConditionalFormatOptions{x.scale()}); err != nil {
			return err
		}
		if err := f.AutoFilter(name, xlsxkit.Cell(1, hdr)+":"+xlsxkit.Cell(len(titles), last), nil); err != nil {
			return err
		}
	}
	if err := x.printTitles(name, hdr, hdr, len(titles), hdr+len(stats)); err != nil {
		return err
	}
	return f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: hdr, TopLeftCell: xlsxkit.Cell(1, hdr+1), ActivePane: "bottomLeft"})
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
		if err := f.SetCellStyle(name, xlsxkit.Cell(2, 2+i), xlsxkit.Cell(3, 2+i), x.text); err != nil {
			return err
		}
		if err := f.SetSheetRow(name, xlsxkit.Cell(1, 2+i), &row); err != nil {
			return err
		}
		if s, ok := x.band[bc.Band]; ok {
			if err := f.SetCellStyle(name, xlsxkit.Cell(1, 2+i), xlsxkit.Cell(1, 2+i), s); err != nil {
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
