package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"math/rand/v2"
	"regexp"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A chart's anchor is where excelize's AddChart puts a chart of the same
// size and offset, on columns and rows of random widths and heights
// (among them heights where the chart's bottom falls on a row's edge).
func TestAnchorsAreExcelizes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	heights := []float64{0, 15, 30, 7.5, 12.75, 22.5, 25.5, 45, 15.3, 17, 4.25}
	for c := range 200 {
		widths := make([]float64, 1+rng.IntN(12))
		for i := range widths {
			switch rng.IntN(3) {
			case 0:
				widths[i] = float64(rng.IntN(4000)) / 100
			case 1:
				widths[i] = 15.0625 // 121 pixels: four make the chart's width and offset
			}
		}
		rows := make([]float64, 80)
		for i := range rows {
			rows[i] = heights[rng.IntN(len(heights))]
		}
		col, row := 1+rng.IntN(10), 1+rng.IntN(20)
		f := excelize.NewFile()
		const sh = "Sheet1"
		if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{DefaultRowHeight: &[]float64{summaryRowHeight}[0], CustomHeight: &[]bool{true}[0]}); err != nil {
			t.Fatal(err)
		}
		for i, w := range widths {
			if w > 0 {
				name, _ := excelize.ColumnNumberToName(i + 1)
				if err := f.SetColWidth(sh, name, name, w); err != nil {
					t.Fatal(err)
				}
			}
		}
		for i, h := range rows {
			if h > 0 {
				if err := f.SetRowHeight(sh, i+1, h); err != nil {
					t.Fatal(err)
				}
			}
		}
		cell, _ := excelize.CoordinatesToCellName(col, row)
		one := 1.0
		if err := f.AddChart(sh, cell, &excelize.Chart{Type: excelize.Radar,
			Series:    []excelize.ChartSeries{{Name: "Sheet1!$A$1", Categories: "Sheet1!$A$2:$A$4", Values: "Sheet1!$B$2:$B$4"}},
			YAxis:     excelize.ChartAxis{Maximum: &one},
			Dimension: excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
			Format:    excelize.GraphicOptions{OffsetX: chartOffsetX, OffsetY: chartOffsetY}}); err != nil {
			t.Fatal(err)
		}
		want := excelizeAnchor(t, f)
		colPx := func(c int) int {
			if c <= len(widths) && widths[c-1] > 0 {
				return columnPixels(widths[c-1])
			}
			return defaultColumnPixels
		}
		rowPx := func(r int) int {
			if r <= len(rows) && rows[r-1] > 0 {
				return rowPixels(rows[r-1])
			}
			return rowPixels(summaryRowHeight)
		}
		got := (&radarChart{col: col, row: row}).anchor(colPx, rowPx)
		if got != want {
			t.Fatalf("case %d: chart at %s, widths %v, heights %v: anchor %+v, excelize's %+v", c, cell, widths, rows, got, want)
		}
	}
}

// excelizeAnchor reads the anchor of the one chart of f's drawing.
func excelizeAnchor(t *testing.T, f *excelize.File) anchor {
	t.Helper()
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range zr.File {
		if e.Name != "xl/drawings/drawing1.xml" {
			continue
		}
		rc, _ := e.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		m := regexp.MustCompile(`<xdr:col>(\d+)</xdr:col><xdr:colOff>(\d+)</xdr:colOff><xdr:row>(\d+)</xdr:row><xdr:rowOff>(\d+)</xdr:rowOff>`).FindAllSubmatch(b, -1)
		if len(m) != 2 {
			t.Fatalf("drawing: %s", b)
		}
		n := func(i, j int) int { v, _ := strconv.Atoi(string(m[i][j])); return v }
		return anchor{n(0, 1), n(0, 2), n(0, 3), n(0, 4), n(1, 1), n(1, 2), n(1, 3), n(1, 4)}
	}
	t.Fatal("no drawing")
	return anchor{}
}
