package text

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
)

// Plan draws the document of spbe plan for a terminal.
func Plan(w io.Writer, dc *doc.PlanDoc) error {
	l, p := dc.Lang, dc.Plan
	r, cur := p.Current.Rubric, p.Current
	ew := errw.New(w)
	ew.Printf("%s\n", doc.PlanHeadline(l, p))
	t := subjectTable(l, r, dc.Subject)
	t.add(l.T("plan.current")+":", l.Outcome(r, cur.Index, cur.Band))
	if p.Target != nil {
		t.add(l.T("plan.target")+":", doc.TargetText(l, p))
	}
	t.add(l.T("plan.costs")+":", doc.CostTable(l, r, p.Costs))
	if s := doc.Limits(l, p); s != "" {
		t.add(l.T("plan.limits")+":", s)
	}
	t.write(ew)
	ew.Printf("\n")
	if s := doc.PlanOutcome(l, p); s != "" {
		ew.Printf("%s\n", s)
	}
	if p.Status != doc.NothingToDo {
		if p.Status == doc.Unreachable {
			ew.Printf("%s\n", fmt.Sprintf(l.T("plan.best"), p.Steps, l.Precise(p.Cost, 0)))
		} else {
			ew.Printf("%s\n", fmt.Sprintf(l.T("plan.raises"), p.Steps, l.Precise(p.Cost, 0)))
		}
		if len(p.Raises) > 0 {
			t := &textTable{indent: "  ", right: []bool{false, false, true, true, true, true}}
			t.add(l.T("id"), l.T("indicator"), l.T("plan.from"), l.T("plan.to"), l.T("plan.cost"), l.T("plan.gain"))
			for _, rs := range p.Raises {
				t.add(rs.Indicator.ID, l.Name(rs.Indicator.Name, rs.Indicator.NameEN), doc.NIText(l, rs.Indicator, rs.FromValue, rs.From), fmt.Sprint(rs.To), l.Precise(rs.Cost, 0), "+"+l.Precise(rs.Gain, 4))
			}
			t.write(ew)
		}
		ew.Printf("%s: %s\n", l.T("plan.result"), l.Outcome(r, p.Result.Index, p.Result.Band))
		if p.Status == doc.Reached {
			ew.Printf("%s\n", l.T("plan.optimal"))
		}
	}
	ew.Printf("\n%s:\n", l.T("plan.gains"))
	if len(p.Gains) == 0 {
		ew.Printf("  %s\n", l.T("plan.gains.none"))
	} else {
		gainTable(l, p.Gains).write(ew)
	}
	writeNotices(ew, dc.Notices)
	return ew.Err
}

func gainTable(l lang.Lang, gains []doc.StepGain) *textTable {
	t := &textTable{indent: "  ", right: []bool{false, false, true, true, true, true}}
	t.add(l.T("id"), l.T("indicator"), l.T("plan.next.step"), l.T("plan.cost"), l.T("plan.gain"), l.T("plan.per.cost"))
	for _, g := range gains {
		in := g.Indicator
		t.add(in.ID, l.Name(in.Name, in.NameEN), doc.NIText(l, in, g.Value, g.Level)+"→"+fmt.Sprint(g.Level+1), l.Precise(g.Cost, 0), "+"+l.Precise(g.Gain, 4), l.Precise(g.PerCost, 4))
	}
	return t
}
