package xlsx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"math"
	"strconv"

	"github.com/spbe-id/spbe/pkg/stablezip"
)

// The radar charts of the summary sheet are written by the report, not by
// excelize's AddChart: in a new process the first AddChart took about a
// millisecond, most of it encoding/xml learning excelize's chart types,
// and the charts, their drawing and the parts that name them came to a
// tenth of a single sheet's report. What is written is what AddChart
// wrote for the same options, byte for byte (TestRadarChartsAreExcelizes
// builds both): the chart parts and the drawing are made here, and the
// summary sheet's part and the content types are changed as the workbook
// is written (see stablezip.Edits). The reports gave AddChart line widths,
// dashes and markers for the series too, which excelize never wrote for a
// radar chart: the charts look as they did.

// radarChart is a radar chart of the summary sheet: its title, its series,
// the scale of its values, and the cell its top left corner is in.
type radarChart struct {
	title    string
	series   []radarSeries
	lo, hi   float64
	col, row int
}

// radarSeries is a series of a radar chart: the cells of its name, of its
// categories and of its values, and the colour it is filled with, if any.
type radarSeries struct {
	name, categories, values, fill string
}

// A chart's size and its offset within its top left cell, in pixels, and
// the English Metric Units of a pixel.
const (
	chartWidth, chartHeight    = 480, 420
	chartOffsetX, chartOffsetY = 4, 4
	emuPerPixel                = 9525
)

// The parts the charts of the summary sheet take, and those they change.
const (
	summaryPart      = "xl/worksheets/sheet1.xml"
	summaryRelsPart  = "xl/worksheets/_rels/sheet1.xml.rels"
	drawingPart      = "xl/drawings/drawing1.xml"
	drawingRelsPart  = "xl/drawings/_rels/drawing1.xml.rels"
	detailOverride   = `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"></Override>`
	relationshipsNS  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	packageRelsStart = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
)

// xml writes the chart's part.
func (c *radarChart) xml() []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(chartHead)
	escape(&b, c.title)
	b.WriteString(chartTitleTail)
	for i, s := range c.series {
		n := strconv.Itoa(i)
		b.WriteString(`<ser><idx val="` + n + `"></idx><order val="` + n + `"></order><tx><strRef><f>`)
		escape(&b, s.name)
		b.WriteString(`</f></strRef></tx>`)
		if s.fill != "" {
			b.WriteString(`<spPr><a:solidFill><a:srgbClr val="`)
			escape(&b, s.fill)
			b.WriteString(`"></a:srgbClr></a:solidFill></spPr>`)
		}
		b.WriteString(chartSeriesLabels)
		b.WriteString(`<cat><strRef><f>`)
		escape(&b, s.categories)
		b.WriteString(`</f></strRef></cat><val><numRef><f>`)
		escape(&b, s.values)
		b.WriteString(`</f><numCache><formatCode></formatCode></numCache></numRef></val></ser>`)
	}
	b.WriteString(chartAxesHead)
	b.WriteString(`<max val="` + strconv.FormatFloat(c.hi, 'g', -1, 64) + `"></max>`)
	b.WriteString(`<min val="` + strconv.FormatFloat(c.lo, 'g', -1, 64) + `"></min>`)
	b.WriteString(chartTail)
	return b.Bytes()
}

// escape writes s as encoding/xml escapes text and attribute values.
func escape(b *bytes.Buffer, s string) {
	xml.EscapeText(b, []byte(s)) // a bytes.Buffer takes every write
}

// anchor is where a chart's corners are: the cells (from 0) and the
// offsets within them, in English Metric Units.
type anchor struct {
	fromCol, fromColOff, fromRow, fromRowOff int
	toCol, toColOff, toRow, toRowOff         int
}

// anchor places the chart as excelize places a chart of its size and
// offset on cells of the given widths and heights in pixels (colPx and
// rowPx take a column and a row from 1): the offset is at most the first
// cell's size, and the far corner is in the cell where the size runs out.
func (c *radarChart) anchor(colPx, rowPx func(int) int) anchor {
	colEnd, rowEnd := c.col-1, c.row-1
	x1, y1 := min(chartOffsetX, colPx(c.col)), min(chartOffsetY, rowPx(c.row))
	x2, y2 := chartWidth+x1, chartHeight+y1
	for x2 >= colPx(colEnd+1) {
		colEnd++
		x2 -= colPx(colEnd)
	}
	for y2 >= rowPx(rowEnd+1) {
		rowEnd++
		y2 -= rowPx(rowEnd)
	}
	return anchor{c.col - 1, x1 * emuPerPixel, c.row - 1, y1 * emuPerPixel,
		colEnd, x2 * emuPerPixel, rowEnd, y2 * emuPerPixel}
}

// columnPixels is the width in pixels of a column set width characters
// wide, as excelize counts it when it places a chart: eight pixels a
// character. A column whose width was never set is defaultColumnPixels.
func columnPixels(width float64) int { return int(width*8 + 0.5) }

// defaultColumnPixels is the width of a column whose width is not set.
const defaultColumnPixels = 64

// rowPixels is a row's height in pixels as excelize counts it when it
// places a chart, from its height in points.
func rowPixels(height float64) int {
	return int(math.Ceil(4.0 / 3.4 * height))
}

// drawing writes the drawing that holds the charts at their anchors.
func drawing(anchors []anchor) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<xdr:wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">`)
	n := strconv.Itoa
	for i, a := range anchors {
		b.WriteString(`<xdr:twoCellAnchor><xdr:from><xdr:col>` + n(a.fromCol) + `</xdr:col><xdr:colOff>` + n(a.fromColOff) +
			`</xdr:colOff><xdr:row>` + n(a.fromRow) + `</xdr:row><xdr:rowOff>` + n(a.fromRowOff) + `</xdr:rowOff></xdr:from>`)
		b.WriteString(`<xdr:to><xdr:col>` + n(a.toCol) + `</xdr:col><xdr:colOff>` + n(a.toColOff) +
			`</xdr:colOff><xdr:row>` + n(a.toRow) + `</xdr:row><xdr:rowOff>` + n(a.toRowOff) + `</xdr:rowOff></xdr:to>`)
		b.WriteString(`<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="` + n(i+2) + `" name="Chart ` + n(i+2) +
			`" descr=""></xdr:cNvPr><xdr:cNvGraphicFramePr></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
			`<xdr:xfrm><a:off x="0" y="0"></a:off><a:ext cx="0" cy="0"></a:ext></xdr:xfrm>` +
			`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
			`<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId` + n(i+1) +
			`" xmlns:r="` + relationshipsNS + `"></c:chart></a:graphicData></a:graphic></xdr:graphicFrame>` +
			`<xdr:clientData fLocksWithSheet="true" fPrintsWithSheet="true"></xdr:clientData></xdr:twoCellAnchor>`)
	}
	b.WriteString(`</xdr:wsDr>`)
	return b.Bytes()
}

// relationships writes a relationships part: each target with its type,
// rId1 onwards.
func relationships(kind string, targets ...string) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(packageRelsStart)
	for i, t := range targets {
		b.WriteString(`<Relationship Id="rId` + strconv.Itoa(i+1) + `" Target="` + t + `" Type="` + relationshipsNS + `/` + kind + `"></Relationship>`)
	}
	b.WriteString(`</Relationships>`)
	return b.Bytes()
}

// chartEdits are the parts the charts add to the package and the changes
// they make to it: the charts, their drawing and its relationships, the
// summary sheet's relationship to the drawing and its reference to it,
// and the content types of the charts and the drawing, after the detail
// sheet's (where AddChart, called between the detail and the other
// sheets, put them).
func chartEdits(charts []radarChart, anchors []anchor) stablezip.Edits {
	var e stablezip.Edits
	var chartRels []string
	overrides := ""
	for i := range charts {
		name := "chart" + strconv.Itoa(i+1) + ".xml"
		e.Add = append(e.Add, stablezip.Part{Name: "xl/charts/" + name, Body: charts[i].xml()})
		chartRels = append(chartRels, "../charts/"+name)
		overrides += `<Override PartName="/xl/charts/` + name + `" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"></Override>`
		if i == 0 {
			overrides += `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"></Override>`
		}
	}
	e.Add = append(e.Add,
		stablezip.Part{Name: drawingPart, Body: drawing(anchors)},
		stablezip.Part{Name: drawingRelsPart, Body: relationships("chart", chartRels...)},
		stablezip.Part{Name: summaryRelsPart, Body: relationships("drawing", "../drawings/drawing1.xml")})
	e.Change = map[string]func([]byte) ([]byte, error){
		summaryPart: referDrawing,
		"[Content_Types].xml": func(b []byte) ([]byte, error) {
			i := bytes.Index(b, []byte(detailOverride))
			d := bytes.LastIndex(b, []byte("</Default>"))
			if i < 0 || d < 0 || d > i {
				return nil, errors.New("no content type of the detail sheet")
			}
			d += len("</Default>")
			i += len(detailOverride)
			out := make([]byte, 0, len(b)+len(imageDefaults)+len(overrides))
			out = append(append(out, b[:d]...), imageDefaults...)
			out = append(append(out, b[d:i]...), overrides...)
			return append(out, b[i:]...), nil
		},
	}
	return e
}

// imageDefaults are the content types of images that excelize declares in
// a package when it adds a drawing to it, charts or not. (stablezip sorts
// them among the others.)
const imageDefaults = `<Default Extension="bmp" ContentType="image/bmp"></Default>` +
	`<Default Extension="emf" ContentType="image/x-emf"></Default>` +
	`<Default Extension="emz" ContentType="image/x-emz"></Default>` +
	`<Default Extension="gif" ContentType="image/gif"></Default>` +
	`<Default Extension="ico" ContentType="image/x-ico"></Default>` +
	`<Default Extension="jpeg" ContentType="image/jpeg"></Default>` +
	`<Default Extension="png" ContentType="image/png"></Default>` +
	`<Default Extension="svg" ContentType="image/svg"></Default>` +
	`<Default Extension="tiff" ContentType="image/tiff"></Default>` +
	`<Default Extension="wmf" ContentType="image/x-wmf"></Default>` +
	`<Default Extension="wmz" ContentType="image/x-wmz"></Default>`

// referDrawing adds the reference to the drawing at the end of the summary
// sheet, where excelize writes it: nothing that comes after a drawing in a
// worksheet is in the summary sheet.
func referDrawing(b []byte) ([]byte, error) {
	const end = "</worksheet>"
	if !bytes.HasSuffix(b, []byte(end)) {
		return nil, errors.New("the summary sheet does not end as a worksheet")
	}
	tail := b[bytes.LastIndex(b, []byte("</sheetData>"))+1:]
	for _, later := range []string{"<drawing", "<legacyDrawing", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst"} {
		if bytes.Contains(tail, []byte(later)) {
			return nil, errors.New("the summary sheet has " + later[1:] + " after its cells")
		}
	}
	ref := `<drawing xmlns:relationships="` + relationshipsNS + `" relationships:id="rId1"></drawing>`
	out := append([]byte(nil), b[:len(b)-len(end)]...)
	return append(append(out, ref...), end...), nil
}
