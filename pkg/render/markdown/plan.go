package markdown

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"
	"strconv"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
)

// Plan draws the document of spbe plan as Markdown.
func Plan(w io.Writer, dc *doc.PlanDoc) error {
	l, p := dc.Lang, dc.Plan
	r, cur := p.Current.Rubric, p.Current
	ew := errw.New(w)
	ew.Printf("# %s\n\n", mdEscape(doc.PlanHeadline(l, p)))
	subjectMarkdown(ew, l, r, dc.Subject)
	ew.Printf("| %s | %s |\n", l.T("plan.current"), mdEscape(l.Outcome(r, cur.Index, cur.Band)))
	if p.Target != nil {
		ew.Printf("| %s | %s |\n", l.T("plan.target"), mdEscape(doc.TargetText(l, p)))
	}
	ew.Printf("| %s | %s |\n", l.T("plan.costs"), mdEscape(doc.CostTable(l, r, p.Costs)))
	if s := doc.Limits(l, p); s != "" {
		ew.Printf("| %s | %s |\n", l.T("plan.limits"), mdEscape(s))
	}
	ew.Printf("\n")
	if s := doc.PlanOutcome(l, p); s != "" {
		ew.Printf("%s\n\n", mdEscape(s))
	}
	if p.Status != doc.NothingToDo {
		head := fmt.Sprintf(l.T("plan.raises"), p.Steps, l.Precise(p.Cost, 0))
		if p.Status == doc.Unreachable {
			head = fmt.Sprintf(l.T("plan.best"), p.Steps, l.Precise(p.Cost, 0))
		}
		ew.Printf("## %s\n\n", mdEscape(head))
		if len(p.Raises) > 0 {
			raisesMarkdown(ew, l, p.Raises)
			ew.Printf("\n")
		}
		ew.Printf("**%s: %s**\n\n", l.T("plan.result"), mdEscape(l.Outcome(r, p.Result.Index, p.Result.Band)))
		if p.Status == doc.Reached {
			ew.Printf("%s\n\n", l.T("plan.optimal"))
		}
	}
	ew.Printf("## %s\n\n", l.T("plan.gains"))
	if len(p.Gains) == 0 {
		ew.Printf("%s\n", l.T("plan.gains.none"))
	} else {
		gainsMarkdown(ew, l, p.Gains)
	}
	noticesMarkdown(ew, dc.Notices)
	return ew.Err
}

// raisesMarkdown writes a plan's raises as an aligned table.
func raisesMarkdown(ew *errWriter, l lang.Lang, raises []doc.Raise) {
	rows := [][]string{{l.T("id"), l.T("indicator"), l.T("plan.from"), l.T("plan.to"), l.T("plan.cost"), l.T("plan.gain")}}
	for _, rs := range raises {
		in := rs.Indicator
		rows = append(rows, []string{mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), doc.NIText(l, rs.Indicator, rs.FromValue, rs.From), strconv.Itoa(rs.To), l.Precise(rs.Cost, 0), "+" + l.Precise(rs.Gain, 4)})
	}
	mdTable(ew, "llrrrr", rows)
}

// gainsMarkdown writes the next step of indicators as an aligned table.
func gainsMarkdown(ew *errWriter, l lang.Lang, gains []doc.StepGain) {
	rows := [][]string{{l.T("id"), l.T("indicator"), l.T("plan.next.step"), l.T("plan.cost"), l.T("plan.gain"), l.T("plan.per.cost")}}
	for _, g := range gains {
		in := g.Indicator
		rows = append(rows, []string{mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), doc.NIText(l, in, g.Value, g.Level) + "→" + strconv.Itoa(g.Level+1), l.Precise(g.Cost, 0), "+" + l.Precise(g.Gain, 4), l.Precise(g.PerCost, 4)})
	}
	mdTable(ew, "llrrrr", rows)
}
