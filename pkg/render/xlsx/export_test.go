package xlsx

import (
	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

// MakeEmptyXLSX, EmptyXLSX and OnNewFile let tests check emptyXLSX.
var MakeEmptyXLSX = makeEmptyXLSX

func EmptyXLSX() []byte { return emptyXLSX }

// OnNewFile makes reports start from excelize.NewFile, as they did before
// emptyXLSX, until the returned function is called.
func OnNewFile() (restore func()) {
	newEmpty = func() (*excelize.File, error) {
		f := excelize.NewFile()
		f.Theme = nil
		return f, nil
	}
	return func() { newEmpty = openEmpty }
}

// WithExcelizeCharts makes reports add their radar charts with excelize's
// AddChart, with the options reports gave it before radar.go, until the
// returned function is called.
func WithExcelizeCharts() (restore func()) {
	excelizeCharts = func(x *xb, sh string) {
		// excelize sizes a chart's anchor from the rows' heights it knows.
		for i, r := range x.grid(sh).rows {
			if r.height > 0 {
				x.check(x.f.SetRowHeight(sh, i+1, r.height))
			}
		}
		for _, c := range x.charts {
			var series []excelize.ChartSeries
			for i, s := range c.series {
				cs := excelize.ChartSeries{Name: s.name, Categories: s.categories, Values: s.values}
				switch {
				case i == 0: // the index
					cs.Line, cs.Marker = excelize.LineOptions{Width: 2.25}, excelize.ChartMarker{Symbol: "circle", Size: 6}
				case s.fill != "": // the target
					cs.Line, cs.Marker = excelize.LineOptions{Width: 1.25, Dash: excelize.LineDashSysDot}, excelize.ChartMarker{Symbol: "none"}
					cs.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{s.fill}}
				default: // the self-assessment
					cs.Line, cs.Marker = excelize.LineOptions{Width: 1.5, Dash: excelize.LineDashDash}, excelize.ChartMarker{Symbol: "square", Size: 5}
				}
				series = append(series, cs)
			}
			lo, hi := c.lo, c.hi
			x.check(x.f.AddChart(sh, xlsxkit.Cell(c.col, c.row), &excelize.Chart{
				Type:      excelize.Radar,
				Series:    series,
				Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.title, Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 12}}}},
				Legend:    excelize.ChartLegend{Position: "bottom", Font: &excelize.Font{Family: "Calibri", Size: 9}},
				XAxis:     excelize.ChartAxis{Font: excelize.Font{Family: "Calibri", Color: "262626", Size: 10, Bold: true}},
				YAxis:     excelize.ChartAxis{Minimum: &lo, Maximum: &hi, MajorUnit: 1, MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0"}, Font: excelize.Font{Family: "Calibri", Color: "595959", Size: 8}},
				Dimension: excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
				Format:    excelize.GraphicOptions{OffsetX: chartOffsetX, OffsetY: chartOffsetY},
			}))
		}
	}
	return func() { excelizeCharts = nil }
}
