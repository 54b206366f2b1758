package report

import (
	"fmt"

	"github.com/spbe-id/spbe/pkg/insight"
)

// recommendTop is how many indicators the recommendations list by gain per
// cost; the full list is spbe plan's.
const recommendTop = 5

// recommendLead is the first line of the recommendations, shared by the
// Markdown and Excel reports: the cheapest plan to the next predicate with
// its target, steps and costs, or why there is none.
func recommendLead(l Lang, p *insight.Plan) string {
	switch p.Status {
	case insight.Reached:
		return fmt.Sprintf(l.T("recommend.plan"), l.targetText(p), p.Steps, l.precise(p.Cost, 0), l.costTable(p.Current.Rubric, p.Costs))
	case insight.NothingToDo:
		return fmt.Sprintf(l.T("recommend.top"), l.Band(p.Current.Band))
	}
	return l.T("recommend.none")
}

// recommendGains are the indicators whose next step gains the most per
// cost, best first, at most recommendTop of them.
func recommendGains(p *insight.Plan) []insight.StepGain {
	return p.Gains[:min(recommendTop, len(p.Gains))]
}

// recommendMarkdown writes the recommendations section of the single-sheet
// Markdown report: the cheapest plan to the next predicate, and the
// indicators whose next step gains the most per cost.
func recommendMarkdown(ew *errWriter, l Lang, p *insight.Plan) {
	r := p.Current.Rubric
	ew.printf("\n## %s\n\n", l.T("recommend.title"))
	ew.printf("%s\n", mdEscape(recommendLead(l, p)))
	if p.Status == insight.Reached {
		ew.printf("\n")
		raisesMarkdown(ew, l, p.Raises)
		ew.printf("\n%s\n", mdEscape(fmt.Sprintf(l.T("recommend.result"), l.outcome(r, p.Result.Index, p.Result.Band))))
	}
	// The gains are shown even when the index is in the highest predicate
	// (there may still be room within it); when every indicator is at the
	// top of its scale, the section says so rather than vanish.
	ew.printf("\n### %s\n\n", l.T("recommend.best"))
	if gains := recommendGains(p); len(gains) > 0 {
		gainsMarkdown(ew, l, gains)
	} else {
		ew.printf("%s\n", l.T("plan.gains.none"))
	}
	ew.printf("\n%s\n", l.T("recommend.costnote"))
}
