package html

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
)

// The charts are inline SVG whose geometry is computed here and whose
// text the template escapes. Every chart writes its values as text, so
// that no colour carries a meaning alone. Drawing reads floats: a chart
// places a point, it never prints a number that was not printed by lang.

// figure is a chart with its caption; exactly one chart field is set.
type figure struct {
	// Class sizes the figure: "radar", "bars" or "heat".
	Class   string
	Caption string
	// Desc is the chart's accessible description.
	Desc  string
	Radar *radar
	Bars  *bars
	Heat  *heatmap
	Line  *line
}

// f1 prints a coordinate with one decimal.
func f1(v float64) string { return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64) }

// radar is a spider chart of indices on a scale from 0 to Max.
type radar struct {
	W, H   int
	CX, CY string
	Rings  []ring
	Axes   []axis
	Target string
	// Series are the headline and, when there is one, the
	// self-assessment.
	Series []series
	Legend []legend
}

type ring struct{ Points, Label, LX, LY string }

type axis struct {
	X2, Y2, LX, LY, Anchor string
	// Label is the group's code; Value is its printed index (and the
	// self-assessed one after a slash).
	Label, Value string
}

type series struct {
	Points, Class string
}

type legend struct {
	Y     int
	Class string
	Text  string
}

// radarInput is one axis of a radar: a code, its printed value and its
// exact values (headline, and self-assessment or nil).
type radarInput struct {
	Label, Value string
	V, Self      *big.Rat
}

const radarR = 120.0

// newRadar draws axes on a scale from 0 to max, with a dashed ring at the
// target level when it is above 0. Fewer than three axes make no radar
// (a caller shows the table alone).
func newRadar(axes []radarInput, max, target int, names []string) *radar {
	n := len(axes)
	if n < 3 || max <= 0 {
		return nil
	}
	cx, cy := 240.0, 170.0
	rd := &radar{W: 480, H: 330, CX: f1(cx), CY: f1(cy)}
	at := func(i int, v float64) (float64, float64) {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		r := radarR * v / float64(max)
		return cx + r*math.Cos(a), cy + r*math.Sin(a)
	}
	poly := func(v func(i int) float64) string {
		pts := make([]string, n)
		for i := range n {
			x, y := at(i, v(i))
			pts[i] = f1(x) + "," + f1(y)
		}
		return strings.Join(pts, " ")
	}
	for lv := 1; lv <= max; lv++ {
		_, y := at(0, float64(lv))
		rd.Rings = append(rd.Rings, ring{Points: poly(func(int) float64 { return float64(lv) }), Label: strconv.Itoa(lv), LX: f1(cx + 3), LY: f1(y - 2)})
	}
	if target > 0 && target <= max {
		rd.Target = poly(func(int) float64 { return float64(target) })
	}
	for i, a := range axes {
		x2, y2 := at(i, float64(max))
		lx, ly := at(i, float64(max)*1.13)
		anchor := "middle"
		switch {
		case lx > cx+5:
			anchor = "start"
		case lx < cx-5:
			anchor = "end"
		}
		if ly > cy+5 {
			ly += 8
		}
		rd.Axes = append(rd.Axes, axis{X2: f1(x2), Y2: f1(y2), LX: f1(lx), LY: f1(ly), Anchor: anchor, Label: a.Label, Value: a.Value})
	}
	rd.Series = append(rd.Series, series{Points: poly(func(i int) float64 { return lang.Float(axes[i].V) }), Class: "s-main"})
	if axes[0].Self != nil {
		rd.Series = append(rd.Series, series{Points: poly(func(i int) float64 { return lang.Float(axes[i].Self) }), Class: "s-self"})
	}
	classes := []string{"s-main", "s-self", "s-target"}
	for i, nm := range names {
		if nm == "" || (i == 1 && len(rd.Series) < 2) || (i == 2 && rd.Target == "") {
			continue
		}
		rd.Legend = append(rd.Legend, legend{Y: rd.H + 8 + 16*len(rd.Legend), Class: classes[i], Text: nm})
	}
	rd.H += 16*len(rd.Legend) + 4
	return rd
}

// bars is a horizontal bar chart of counts, one bar per predicate.
type bars struct {
	W, H int
	Bars []bar
}

type bar struct {
	Y, TY        int
	W, CountX    string
	Label, Count string
	Fill, Ink    string
}

// newBars draws one bar per label, in order, as long as its count
// relative to the largest.
func newBars(labels []string, counts []int, chips []*chip) *bars {
	most := 1
	for _, c := range counts {
		most = max(most, c)
	}
	const left, width, row = 190, 380, 30
	b := &bars{W: left + width + 50, H: row*len(labels) + 10}
	for i, lb := range labels {
		w := float64(width) * float64(counts[i]) / float64(most)
		b.Bars = append(b.Bars, bar{Y: 5 + row*i, TY: 5 + row*i + 17, W: f1(w), CountX: f1(left + w + 6),
			Label: lb, Count: strconv.Itoa(counts[i]), Fill: chips[i].Fill, Ink: chips[i].Ink})
	}
	return b
}

// heatmap is a grid of levels: a row per work unit, a column per
// indicator, each cell coloured by its level and writing it.
type heatmap struct {
	W, H int
	Cols []heatCol
	Rows []heatRow
	// CW and CH are a cell's size.
	CW, CH int
}

type heatCol struct {
	X, CX int
	Label string
}

type heatRow struct {
	Y, TY int
	Name  string
	// Full is the whole name, for the tooltip, when Name is shortened.
	Full  string
	Cells []heatCell
}

type heatCell struct {
	X           int
	Fill, Level string
}

// Level colours, as the workbook's colour scale: red at the lowest level,
// yellow at the target (or middle) one, green at the highest. Each is light
// enough for black text.
var (
	heatLow  = [3]float64{0xF8, 0x69, 0x6B}
	heatMid  = [3]float64{0xFF, 0xEB, 0x84}
	heatHigh = [3]float64{0x63, 0xBE, 0x7B}
)

// levelColour is the colour of level v on the scale lo..mid..hi.
func levelColour(v, lo, mid, hi int) string {
	var a, b [3]float64
	var t float64
	switch {
	case v <= lo:
		return rgb(heatLow)
	case v >= hi:
		return rgb(heatHigh)
	case v <= mid:
		a, b, t = heatLow, heatMid, float64(v-lo)/float64(max(1, mid-lo))
	default:
		a, b, t = heatMid, heatHigh, float64(v-mid)/float64(max(1, hi-mid))
	}
	var c [3]float64
	for i := range c {
		c[i] = a[i] + (b[i]-a[i])*t
	}
	return rgb(c)
}

func rgb(c [3]float64) string {
	const hex = "0123456789ABCDEF"
	out := []byte{'#'}
	for _, v := range c {
		n := int(math.Round(v))
		out = append(out, hex[n>>4], hex[n&15])
	}
	return string(out)
}

// heatName is the longest name the heatmap writes whole.
const heatName = 26

// newHeatmap draws names × columns of levels.
func newHeatmap(cols []string, names []string, levels [][]int, lo, mid, hi int) *heatmap {
	const left, top, cw, ch = 170, 34, 20, 20
	h := &heatmap{W: left + cw*len(cols) + 4, H: top + ch*len(names) + 4, CW: cw - 2, CH: ch - 2}
	for j, c := range cols {
		h.Cols = append(h.Cols, heatCol{X: left + cw*j, CX: left + cw*j + cw/2, Label: c})
	}
	for i, nm := range names {
		r := heatRow{Y: top + ch*i, TY: top + ch*i + 14, Name: nm}
		if rs := []rune(nm); len(rs) > heatName {
			r.Name, r.Full = string(rs[:heatName-1])+"…", nm
		}
		for j, v := range levels[i] {
			r.Cells = append(r.Cells, heatCell{X: left + cw*j, Fill: levelColour(v, lo, mid, hi), Level: strconv.Itoa(v)})
		}
		h.Rows = append(h.Rows, r)
	}
	return h
}

// line is a line chart of indices over the years: one line per work unit
// (a trend), each with its number at its end and in the legend under the
// chart, and a colour and a dash pattern of its own, so that neither
// colour nor dash alone tells the lines apart. A chart of one line writes
// every value at its point; a chart of several leaves the values to the
// trend table beside it.
type line struct {
	W, H  int
	YearY int
	// KeyX is where the lines' numbers are written, right of the plot.
	KeyX   string
	Grid   []ring
	Years  []yearTick
	Series []lineSeries
}

type yearTick struct{ X, Label string }

type lineSeries struct {
	// Number is the series' key in the chart, the legend and the trend
	// table; Name the work unit.
	Number, Name string
	Stroke, Dash string
	Points       string
	Marks        []mark
	Key          *lineKey
}

type lineKey struct {
	Text string
	Y    string
}

type mark struct {
	X, Y, LY string
	Fill     string
	// Value is the printed value, written only on a chart of one line.
	Value string
}

// lineInput is one work unit's line: its values per year (nil for a
// year it has no value for) and their printed texts.
type lineInput struct {
	Number, Name string
	Values       []*big.Rat
	Texts        []string
}

// Line colours: dark enough to read as a line on white (each has a
// contrast of at least 4.5:1 with it), and as far apart in hue as eight
// can be; dash patterns cycle apart from them.
var (
	lineColours = []string{"#1F4E79", "#B85C00", "#2E7D32", "#8B0000", "#6A3D9A", "#00727D", "#5D4037", "#AD1457"}
	lineDashes  = []string{"", "7 4", "2 3", "9 3 2 3"}
)

// newLine draws one line per input over years on a scale from 0 to max;
// nil for fewer than two years or no line.
func newLine(years []string, in []lineInput, max int) *line {
	n := len(years)
	if n < 2 || max <= 0 || len(in) == 0 {
		return nil
	}
	const left, top, width, height = 40.0, 20.0, 500.0, 200.0
	ln := &line{W: int(left + width + 50), H: int(top + height + 40), YearY: int(top + height + 30), KeyX: f1(left + width + 12)}
	for lv := 0; lv <= max; lv++ {
		y := top + height - height*float64(lv)/float64(max)
		ln.Grid = append(ln.Grid, ring{Points: f1(left) + "," + f1(y) + " " + f1(left+width) + "," + f1(y), Label: strconv.Itoa(lv), LX: f1(left - 8), LY: f1(y + 4)})
	}
	x := func(i int) float64 { return left + width*float64(i)/float64(n-1) }
	for i, yr := range years {
		ln.Years = append(ln.Years, yearTick{X: f1(x(i)), Label: yr})
	}
	type end struct {
		s int
		y float64
	}
	var ends []end
	for k, li := range in {
		s := lineSeries{Number: li.Number, Name: li.Name, Stroke: lineColours[k%len(lineColours)], Dash: lineDashes[(k+k/len(lineColours))%len(lineDashes)]}
		var pts []string
		lastY := -1.0
		for i, v := range li.Values {
			if v == nil || i >= n {
				continue
			}
			y := top + height - height*lang.Float(v)/float64(max)
			pts = append(pts, f1(x(i))+","+f1(y))
			m := mark{X: f1(x(i)), Y: f1(y), LY: f1(y - 8), Fill: s.Stroke}
			if len(in) == 1 {
				m.Value = li.Texts[i]
			}
			s.Marks = append(s.Marks, m)
			lastY = y
		}
		s.Points = strings.Join(pts, " ")
		if len(in) > 1 && lastY >= 0 {
			ends = append(ends, end{len(ln.Series), lastY})
		}
		ln.Series = append(ln.Series, s)
	}
	// The numbers at the lines' ends, moved apart so that lines ending at
	// the same value keep readable numbers, in the order of their ends.
	sort.SliceStable(ends, func(i, j int) bool { return ends[i].y < ends[j].y })
	const gap = 16.0
	prev := -gap
	for _, e := range ends {
		y := math.Max(e.y+4, prev+gap)
		prev = y
		ln.Series[e.s].Key = &lineKey{Text: ln.Series[e.s].Number, Y: f1(y)}
	}
	if prev > float64(ln.H) {
		ln.H = int(prev) + 4
	}
	return ln
}
