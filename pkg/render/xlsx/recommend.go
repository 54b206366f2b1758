package xlsx

import (
	"fmt"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

func init() {
	lang.AddMessages(map[string][2]string{
		"xlsx.recommend.total":   {"Jumlah", "Total"},
		"xlsx.recommend.current": {"Indeks saat ini", "Index now"},
		"xlsx.recommend.result":  {"Indeks hasil rencana", "Index after the plan"},
	})
}

// Columns of the recommendations sheet. The raises and the gains share
// them, so that both tables read down the same columns; the gains add the
// gain per cost.
const (
	recNo = iota + 1
	recName
	recFrom
	recTo
	recCost
	recGain
	recPerCost
)

// recWidths are the widths of the columns above, but the indicator name's,
// which follows the names shown.
var recWidths = map[int]float64{recNo: 6, recFrom: 8, recTo: 8, recCost: 9, recGain: 12, recPerCost: 12}

// recommendations writes the recommendations sheet: the cheapest plan to
// the next predicate (its target, the raises, the index before and after
// it), the indicators whose next step gains the most per cost, and what
// the costs mean. The sentences are those of the Markdown report; the
// table cells are numbers, so a team can re-add a different choice.
func (x *xb) recommendations(sh string, p *doc.Plan) {
	rep := x.rep
	l := x.l
	gains := doc.RecommendGains(p)

	nameWidth := 30.0
	for _, rs := range p.Raises {
		nameWidth = max(nameWidth, float64(utf8.RuneCountInString(l.Name(rs.Indicator.Name, rs.Indicator.NameEN))))
	}
	for _, g := range gains {
		nameWidth = max(nameWidth, float64(utf8.RuneCountInString(l.Name(g.Indicator.Name, g.Indicator.NameEN))))
	}
	widths := map[int]float64{recName: min(nameWidth+2, 70)}
	total := widths[recName]
	for c, w := range recWidths {
		widths[c] = w
		total += w
	}

	// Costs print with as many decimals as the cost table needs (none for
	// the default 1, 2, 3, 5); gains and gains per cost as newStyles says.
	costDec := 0
	for _, c := range p.Costs {
		costDec = max(costDec, ratDecimals(c))
	}
	// The styles that follow the cost table and the rubric; the others
	// are made with the workbook (see newStyles).
	bold := &excelize.Font{Family: "Calibri", Bold: true}
	cost := x.style(&excelize.Style{CustomNumFmt: xlsxkit.NumFmt(costDec), Alignment: &excelize.Alignment{Vertical: "top"}})
	totalCost := x.style(&excelize.Style{Font: bold, Border: recRule, CustomNumFmt: xlsxkit.NumFmt(costDec)})
	// The index before and after the plan: centred under the levels, the
	// predicate and the exact value set off from it.
	indexC := x.style(&excelize.Style{CustomNumFmt: xlsxkit.NumFmt(x.r.Rounding.Decimals), Alignment: &excelize.Alignment{Horizontal: "center"}})
	gain, perCost, exact := x.recGain, x.recPerCost, x.recExact
	totalLabel, totalGain, totalRule := x.recTotalLabel, x.recTotalGain, x.recTotalRule
	labelRight, lead, note := x.recLabelRight, x.wrap, x.recNote

	// line writes a sentence across the sheet's columns, wrapped.
	line := func(row int, s string, style int) {
		x.str(sh, recNo, row, s, style)
		x.merge(sh, recNo, row, recPerCost, row)
		x.fitRow(sh, row, xlsxkit.WrappedLines(s, total))
	}
	header := func(row int, last int) {
		heads := []string{l.T("id"), l.T("indicator"), l.T("plan.from"), l.T("plan.to"), l.T("eval.effort"), l.T("plan.gain"), l.T("eval.gain.per.effort")}
		styles := []int{x.headC, x.head, x.headC, x.headC, x.headR, x.headR, x.headR}
		for c := recNo; c <= last; c++ {
			x.str(sh, c, row, heads[c-1], styles[c-1])
		}
		// Room for a header that wraps ("Tambahan indeks").
		x.height(sh, row, 30)
	}
	indicator := func(row int, in *rubric.Indicator, from, to int) {
		name := l.Name(in.Name, in.NameEN)
		x.id(sh, recNo, row, in.ID, x.idStyle)
		x.str(sh, recName, row, name, x.wrap)
		x.num(sh, recFrom, row, float64(from), x.level)
		x.num(sh, recTo, row, float64(to), x.level)
		x.fitRow(sh, row, xlsxkit.WrappedLines(name, widths[recName]))
	}

	x.str(sh, recNo, 1, l.T("recommend.title"), x.title)
	x.check(x.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: xlsxkit.QuoteSheet(sh) + "!$1:$1", Scope: sh}))
	row := 3
	line(row, rep.PlanLead, lead)
	// The note says what the efforts in the line above mean, so it follows
	// it; a long plan that flows onto a second page then leaves no note
	// alone there.
	row++
	line(row, rep.EffortNote, note)
	row += 2
	if p.Status == doc.Reached {
		groupStyle, criteria := x.recGroup, x.recCriteria
		first := true
		for _, g := range rep.Steps {
			if !first {
				row++
			}
			first = false
			title := g.AspectID + " " + g.AspectName
			if g.DomainID != "" {
				title = g.DomainID + " " + g.DomainName + " · " + title
			}
			line(row, title, groupStyle)
			row++
			header(row, recGain)
			for _, st := range g.Steps {
				row++
				in := x.r.Indicator(st.ID)
				indicator(row, in, st.From, st.To)
				x.num(sh, recCost, row, exactFloat(st.Effort), cost)
				x.num(sh, recGain, row, exactFloat(st.Gain), gain)
				// What the level reached requires, in the rubric's
				// words, under the step.
				for _, c := range st.Criteria {
					crit := c.Text
					if crit == "" {
						crit = l.T("eval.step.nocriteria")
					}
					row++
					text := fmt.Sprintf("%s %d: %s", l.T("level"), c.Level, crit)
					x.str(sh, recName, row, text, criteria)
					x.merge(sh, recName, row, recPerCost, row)
					x.fitRow(sh, row, xlsxkit.WrappedLines(text, total-widths[recNo]))
				}
			}
		}
		row++
		// The totals: what the plan costs, and what it adds to the index
		// (exactly the result less the current index: the index is linear
		// in the levels).
		sum := new(big.Rat)
		for _, rs := range p.Raises {
			sum.Add(sum, rs.Gain)
		}
		row++
		x.str(sh, recNo, row, "", totalRule)
		x.str(sh, recName, row, l.T("xlsx.recommend.total"), totalLabel)
		x.str(sh, recFrom, row, "", totalRule)
		x.str(sh, recTo, row, "", totalRule)
		x.num(sh, recCost, row, exactFloat(p.Cost), totalCost)
		x.num(sh, recGain, row, exactFloat(sum), totalGain)
		row += 2
		outcome := func(label string, index *big.Rat, band *rubric.Band) {
			x.str(sh, recName, row, label, labelRight)
			x.num(sh, recFrom, row, x.rounded(index), indexC)
			x.str(sh, recTo, row, l.Band(band), x.recBandStyle(band))
			x.merge(sh, recTo, row, recCost, row)
			// An index that prints rounded says its exact value, as the
			// other formats do: the predicate may read it.
			if x.r.Rounding.Round(index).Cmp(index) != 0 {
				x.str(sh, recGain, row, l.T("exact")+" "+l.Precise(index, x.r.Rounding.Decimals), exact)
				x.merge(sh, recGain, row, recPerCost, row)
			}
			row++
		}
		outcome(l.T("xlsx.recommend.current"), p.Current.Index, p.Current.Band)
		outcome(l.T("xlsx.recommend.result"), p.Result.Index, p.Result.Band)
		row++
	}

	x.str(sh, recNo, row, l.T("eval.best"), x.label)
	row++
	if len(gains) == 0 {
		x.str(sh, recNo, row, l.T("plan.gains.none"), x.text)
	} else {
		header(row, recPerCost)
		for _, g := range gains {
			row++
			indicator(row, g.Indicator, g.Level, g.Level+1)
			x.num(sh, recCost, row, exactFloat(g.Cost), cost)
			x.num(sh, recGain, row, exactFloat(g.Gain), gain)
			x.num(sh, recPerCost, row, exactFloat(g.PerCost), perCost)
		}
	}

	for c := recNo; c <= recPerCost; c++ {
		col, _ := excelize.ColumnNumberToName(c)
		x.check(x.f.SetColWidth(sh, col, col, widths[c]))
	}
	x.page(sh, false)
}

// recBandStyle is a predicate in its band's colour, indented from the
// index beside it.
func (x *xb) recBandStyle(b *rubric.Band) int {
	st := &excelize.Style{Alignment: &excelize.Alignment{Indent: 1}}
	if b != nil {
		if c := strings.TrimPrefix(b.Color, "#"); c != "" {
			st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}
			st.Font = &excelize.Font{Family: "Calibri", Color: contrastText(c)}
		}
	}
	return x.style(st)
}

// ratDecimals is how many decimals x needs to print exactly, at most 6
// (a cost table is typed by a person, so it is a short decimal).
func ratDecimals(x *big.Rat) int {
	for d := 0; d < 6; d++ {
		if v, ok := new(big.Rat).SetString(x.FloatString(d)); ok && v.Cmp(x) == 0 {
			return d
		}
	}
	return 6
}
