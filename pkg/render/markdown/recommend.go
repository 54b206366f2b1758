package markdown

import (
	"fmt"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
)

// recommendMarkdown writes the recommendations section of the single-sheet
// Markdown report: the cheapest plan to the next predicate, and the
// indicators whose next step gains the most per cost.
func recommendMarkdown(ew *errWriter, l lang.Lang, p *doc.Plan) {
	r := p.Current.Rubric
	ew.printf("\n## %s\n\n", l.T("recommend.title"))
	ew.printf("%s\n", mdEscape(doc.RecommendLead(l, p)))
	if p.Status == doc.Reached {
		ew.printf("\n")
		raisesMarkdown(ew, l, p.Raises)
		ew.printf("\n%s\n", mdEscape(fmt.Sprintf(l.T("recommend.result"), l.Outcome(r, p.Result.Index, p.Result.Band))))
	}
	// The gains are shown even when the index is in the highest predicate
	// (there may still be room within it); when every indicator is at the
	// top of its scale, the section says so rather than vanish.
	ew.printf("\n### %s\n\n", l.T("recommend.best"))
	if gains := doc.RecommendGains(p); len(gains) > 0 {
		gainsMarkdown(ew, l, gains)
	} else {
		ew.printf("%s\n", l.T("plan.gains.none"))
	}
	ew.printf("\n%s\n", l.T("recommend.costnote"))
}
