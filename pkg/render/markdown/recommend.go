package markdown

import (
	"fmt"
	"strconv"

	"github.com/spbe-id/spbe/pkg/doc"
)

// recommendMarkdown writes the recommendations section of the single-sheet
// report in the words of a printed page: the plan of least effort to the
// next predicate, grouped by domain and aspect, each step with the
// rubric's criteria for the level it reaches; then the indicators whose
// next step gains the most per effort. It names no command to type.
func recommendMarkdown(ew *errWriter, rep *doc.Report, p *doc.Plan) {
	l := rep.Lang
	r := p.Current.Rubric
	ew.Printf("\n## %s\n\n", l.T("recommend.title"))
	ew.Printf("%s\n", mdEscape(rep.PlanLead))
	for _, g := range rep.Steps {
		title := g.AspectID + " " + g.AspectName
		if g.DomainID != "" {
			title = g.DomainID + " " + g.DomainName + " · " + title
		}
		ew.Printf("\n### %s\n\n", mdEscape(title))
		rows := [][]string{{l.T("id"), l.T("indicator"), l.T("plan.from"), l.T("plan.to"), l.T("eval.effort"), l.T("plan.gain")}}
		for _, st := range g.Steps {
			rows = append(rows, []string{mdEscape(st.ID), mdEscape(st.Name), strconv.Itoa(st.From), strconv.Itoa(st.To), l.Precise(st.Effort, 0), "+" + l.Precise(st.Gain, 4)})
		}
		mdTable(ew, "llrrrr", rows)
		first := true
		for _, st := range g.Steps {
			for _, c := range st.Criteria {
				crit := c.Text
				if crit == "" {
					crit = l.T("eval.step.nocriteria")
				}
				if first {
					ew.Printf("\n")
					first = false
				}
				ew.Printf("- **%s → %s %d**: %s\n", mdEscape(st.ID), l.T("level"), c.Level, mdEscape(crit))
			}
		}
	}
	if p.Status == doc.Reached {
		ew.Printf("\n%s\n", mdEscape(fmt.Sprintf(l.T("recommend.result"), l.Outcome(r, p.Result.Index, p.Result.Band))))
	}
	// The gains are shown even when the index is in the highest predicate
	// (there may still be room within it); when every indicator is at the
	// top of its scale, the section says so rather than vanish.
	ew.Printf("\n### %s\n\n", l.T("eval.best"))
	if gains := doc.RecommendGains(p); len(gains) > 0 {
		rows := [][]string{{l.T("id"), l.T("indicator"), l.T("plan.next.step"), l.T("eval.effort"), l.T("plan.gain"), l.T("eval.gain.per.effort")}}
		for _, g := range gains {
			in := g.Indicator
			rows = append(rows, []string{mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), fmt.Sprintf("%d→%d", g.Level, g.Level+1), l.Precise(g.Cost, 0), "+" + l.Precise(g.Gain, 4), doc.PerEffort(l, g.PerCost)})
		}
		mdTable(ew, "llrrrr", rows)
	} else {
		ew.Printf("%s\n", l.T("plan.gains.none"))
	}
	ew.Printf("\n%s\n", mdEscape(rep.EffortNote))
}
