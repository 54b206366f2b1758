package report

import (
	"fmt"

	"github.com/spbe-id/spbe/pkg/insight"
)

// recommendTop is how many indicators the recommendations list by gain per
// cost; the full list is spbe plan's.
const recommendTop = 5

// recommendMarkdown writes the recommendations section of the single-sheet
// Markdown report: the cheapest plan to the next predicate, and the
// indicators whose next step gains the most per cost.
func recommendMarkdown(ew *errWriter, l Lang, p *insight.Plan) {
	r := p.Current.Rubric
	ew.printf("\n## %s\n\n", l.T("recommend.title"))
	switch p.Status {
	case insight.Reached:
		ew.printf("%s\n\n", mdEscape(fmt.Sprintf(l.T("recommend.plan"), l.targetText(p), p.Steps, l.precise(p.Cost, 0), l.costTable(r, p.Costs))))
		raisesMarkdown(ew, l, p.Raises)
		ew.printf("\n%s\n", mdEscape(fmt.Sprintf(l.T("recommend.result"), l.outcome(r, p.Result.Index, p.Result.Band))))
	case insight.NothingToDo:
		ew.printf("%s\n", fmt.Sprintf(l.T("recommend.top"), l.Band(p.Current.Band)))
	default:
		ew.printf("%s\n", l.T("recommend.none"))
	}
	if len(p.Gains) > 0 {
		ew.printf("\n### %s\n\n", l.T("recommend.best"))
		gainsMarkdown(ew, l, p.Gains[:min(recommendTop, len(p.Gains))])
	}
	ew.printf("\n%s\n", l.T("recommend.costnote"))
}
