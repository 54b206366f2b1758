package html

import (
	"fmt"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
)

// Plan writes the document of spbe plan as HTML: the current result, the
// target, the cheapest raises and the gain of every next step; what the
// Markdown document shows.
func Plan(w io.Writer, dc *doc.PlanDoc) error {
	l, pl := dc.Lang, dc.Plan
	r, cur := pl.Current.Rubric, pl.Current
	title := doc.PlanHeadline(l, pl)
	p := &page{Lang: string(l), Title: title, Footer: footer(l, dc.ToolVersion), Notices: dc.Notices}
	p.Running = running(dc.Subject.OPD, yearText(l, dc.Subject.Year), title)
	p.Headline = &headline{Label: l.T("plan.current"), Value: l.Num(r, cur.Index), Band: bandChip(l, cur.Band)}
	if pl.Target != nil {
		p.Headline.Lines = append(p.Headline.Lines, l.T("plan.target")+": "+doc.TargetText(l, pl))
	}
	t := subjectTable(l, r, dc.Subject)
	t.Rows = append(t.Rows, []cell{rowHead(l.T("plan.current")), txt(l.Outcome(r, cur.Index, cur.Band))})
	if pl.Target != nil {
		t.Rows = append(t.Rows, []cell{rowHead(l.T("plan.target")), txt(doc.TargetText(l, pl))})
	}
	t.Rows = append(t.Rows, []cell{rowHead(l.T("plan.costs")), txt(doc.CostTable(l, r, pl.Costs))})
	if s := doc.Limits(l, pl); s != "" {
		t.Rows = append(t.Rows, []cell{rowHead(l.T("plan.limits")), txt(s)})
	}
	s := &section{ID: "plan", Title: l.T("summary"), Blocks: []*block{{Table: t}}}
	if o := doc.PlanOutcome(l, pl); o != "" {
		s.Blocks = append(s.Blocks, &block{Strong: o})
	}
	p.Sections = append(p.Sections, s)
	if pl.Status != doc.NothingToDo {
		head := fmt.Sprintf(l.T("plan.raises"), pl.Steps, l.Precise(pl.Cost, 0))
		if pl.Status == doc.Unreachable {
			head = fmt.Sprintf(l.T("plan.best"), pl.Steps, l.Precise(pl.Cost, 0))
		}
		rs := &section{ID: "raises", Title: head}
		if len(pl.Raises) > 0 {
			rs.Blocks = append(rs.Blocks, &block{Table: raisesTable(l, pl.Raises)})
		}
		rs.Blocks = append(rs.Blocks, &block{Strong: l.T("plan.result") + ": " + l.Outcome(r, pl.Result.Index, pl.Result.Band)})
		if pl.Status == doc.Reached {
			rs.Blocks = append(rs.Blocks, &block{Para: l.T("plan.optimal")})
		}
		p.Sections = append(p.Sections, rs)
	}
	gs := &section{ID: "gains", Title: l.T("plan.gains")}
	if len(pl.Gains) == 0 {
		gs.Blocks = append(gs.Blocks, &block{Para: l.T("plan.gains.none")})
	} else {
		gs.Blocks = append(gs.Blocks, &block{Table: gainsTable(l, pl.Gains)})
	}
	p.Sections = append(p.Sections, gs)
	return write(w, p)
}
