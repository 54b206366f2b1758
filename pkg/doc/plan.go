package doc

import (
	"fmt"
	"strings"

	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

func init() {
	lang.AddMessages(map[string][2]string{
		"plan.title":         {"Rencana menuju %s", "Plan to reach %s"},
		"plan.title.none":    {"Rencana kenaikan tingkat", "Level raise plan"},
		"plan.current":       {"Saat ini", "Now"},
		"plan.target":        {"Target", "Target"},
		"plan.target.exact":  {"indeks ≥ %s", "index ≥ %s"},
		"plan.target.round":  {"indeks tercetak ≥ %s, yaitu nilai tepat %s %s", "printed index ≥ %s, that is an exact value %s %s"},
		"plan.costs":         {"Biaya per langkah", "Cost per step"},
		"plan.limits":        {"Batasan", "Constraints"},
		"plan.maxlevel":      {"tingkat paling tinggi %d", "highest level %d"},
		"plan.scope":         {"%d dari %d indikator boleh dinaikkan", "%d of %d indicators may be raised"},
		"plan.raises":        {"Kenaikan tingkat termurah: %d langkah, biaya %s", "Cheapest raises: %d steps, cost %s"},
		"plan.best":          {"Hasil terbaik yang dapat dicapai (semua indikator yang boleh dinaikkan sampai batasnya): %d langkah, biaya %s", "Best reachable result (every indicator allowed raised to its limit): %d steps, cost %s"},
		"plan.from":          {"Dari", "From"},
		"plan.to":            {"Ke", "To"},
		"plan.cost":          {"Biaya", "Cost"},
		"plan.gain":          {"Tambahan indeks", "Index gain"},
		"plan.per.cost":      {"Tambahan per biaya", "Gain per cost"},
		"plan.result":        {"Hasil", "Result"},
		"plan.gains":         {"Tambahan per langkah berikutnya (terbesar per biaya dulu)", "Gain of the next step (largest per cost first)"},
		"plan.gains.none":    {"Tidak ada indikator yang masih dapat dinaikkan.", "No indicator can be raised further."},
		"plan.nothing":       {"Tidak ada yang perlu dilakukan: indeks %s (%s) sudah mencapai target %s.", "Nothing to do: the index %s (%s) already reaches the target %s."},
		"plan.top":           {"Tidak ada yang perlu dilakukan: indeks %s sudah pada predikat tertinggi (%s).", "Nothing to do: the index %s is already in the highest predicate (%s)."},
		"plan.unreachable":   {"Target %s tidak dapat dicapai dengan batasan ini.", "The target %s cannot be reached under these constraints."},
		"plan.optimal":       {"Rencana ini optimal: tidak ada rencana lain yang mencapai target dengan biaya lebih kecil.", "This plan is optimal: no other plan reaches the target at a lower cost."},
		"plan.next.step":     {"Langkah", "Step"},
		"plan.target.of":     {"%s (%s)", "%s (%s)"},
		"plan.index.target":  {"indeks %s", "index %s"},
		"recommend.title":    {"Rekomendasi", "Recommendations"},
		"recommend.plan":     {"Rencana termurah menuju predikat %s: %d langkah, biaya %s (biaya per langkah: %s).", "Cheapest plan to the predicate %s: %d steps, cost %s (cost per step: %s)."},
		"recommend.best":     {"Indikator dengan tambahan indeks terbesar per biaya", "Indicators with the largest index gain per cost"},
		"recommend.result":   {"Hasil rencana: %s.", "Result of the plan: %s."},
		"recommend.top":      {"Indeks sudah pada predikat tertinggi (%s).", "The index is already in the highest predicate (%s)."},
		"recommend.none":     {"Tidak ada rekomendasi.", "No recommendation."},
		"recommend.costnote": {"Biaya adalah usaha relatif satu langkah naik satu tingkat. Untuk target, batas tingkat, indikator dan biaya lain, gunakan `spbe plan`.", "Costs are the relative effort of one step up one level. For another target, level limit, set of indicators or costs, use `spbe plan`."},
	})
}

// PlanDoc is what spbe plan shows.
type PlanDoc struct {
	Plan        *insight.Plan
	Subject     Subject
	Lang        lang.Lang
	ToolVersion string
	// Notices, computed by Complete, are the lines shown with the plan.
	Notices []string
}

// Complete computes what the renderers show besides the plan itself,
// once the language is set. It returns dc.
func (dc *PlanDoc) Complete() *PlanDoc {
	dc.Notices = SubjectNotices(dc.Lang, dc.Plan.Current, dc.Subject)
	return dc
}

// CostTable prints a cost table by the levels each step starts from, on
// the rubric's first scale: "1->2: 1, 2->3: 2, 3->4: 3, 4->5: 5".
func CostTable(l lang.Lang, r *rubric.Rubric, c insight.Costs) string {
	lo := r.Scales[0].Min()
	steps := 0
	for _, s := range r.Scales {
		steps = max(steps, s.Max()-s.Min())
	}
	var parts []string
	for i := 0; i < steps && i < len(c); i++ {
		parts = append(parts, fmt.Sprintf("%d→%d: %s", lo+i, lo+i+1, l.Precise(c[i], 0)))
	}
	return strings.Join(parts, ", ")
}

// TargetText describes a plan's target: "Sangat Baik (indeks ≥ 3,50)".
func TargetText(l lang.Lang, p *insight.Plan) string {
	r := p.Current.Rubric
	var cond string
	if r.Rounding.PredicateBasis == "rounded" {
		op := "≥"
		if p.Strict {
			op = ">"
		}
		cond = fmt.Sprintf(l.T("plan.target.round"), l.Precise(p.Target.Index, r.Rounding.Decimals), op, l.Precise(p.Threshold, r.Rounding.Decimals))
	} else {
		cond = fmt.Sprintf(l.T("plan.target.exact"), l.Precise(p.Target.Index, r.Rounding.Decimals))
	}
	if p.Target.Band != nil {
		return fmt.Sprintf(l.T("plan.target.of"), l.Band(p.Target.Band), cond)
	}
	return cond
}

// Limits lists a plan's constraints: the level cap and how many
// indicators may be raised; "" when there are none.
func Limits(l lang.Lang, p *insight.Plan) string {
	r := p.Current.Rubric
	var parts []string
	if p.MaxLevel > 0 {
		parts = append(parts, fmt.Sprintf(l.T("plan.maxlevel"), p.MaxLevel))
	}
	if len(p.Allowed) < len(r.Indicators) {
		parts = append(parts, fmt.Sprintf(l.T("plan.scope"), len(p.Allowed), len(r.Indicators)))
	}
	return strings.Join(parts, "; ")
}

// PlanHeadline is the first line: what the plan is for.
func PlanHeadline(l lang.Lang, p *insight.Plan) string {
	if p.Target == nil {
		return l.T("plan.title.none")
	}
	if p.Target.Band != nil {
		return fmt.Sprintf(l.T("plan.title"), l.Band(p.Target.Band))
	}
	return fmt.Sprintf(l.T("plan.title"), fmt.Sprintf(l.T("plan.index.target"), l.Precise(p.Target.Index, p.Current.Rubric.Rounding.Decimals)))
}

// PlanOutcome is the sentence that says what the plan found, or "" when
// it found raises that reach the target.
func PlanOutcome(l lang.Lang, p *insight.Plan) string {
	r, cur := p.Current.Rubric, p.Current
	switch {
	case p.Status == insight.NothingToDo && p.Target == nil:
		return fmt.Sprintf(l.T("plan.top"), l.Num(r, cur.Index), l.Band(cur.Band))
	case p.Status == insight.NothingToDo:
		return fmt.Sprintf(l.T("plan.nothing"), l.Num(r, cur.Index), l.Band(cur.Band), TargetText(l, p))
	case p.Status == insight.Unreachable:
		return fmt.Sprintf(l.T("plan.unreachable"), TargetText(l, p))
	}
	return ""
}

// RecommendTop is how many indicators the recommendations list by gain per
// cost; the full list is spbe plan's.
const RecommendTop = 5

// RecommendLead is the first line of the recommendations, shared by the
// Markdown and Excel reports: the cheapest plan to the next predicate with
// its target, steps and costs, or why there is none.
func RecommendLead(l lang.Lang, p *insight.Plan) string {
	switch p.Status {
	case insight.Reached:
		return fmt.Sprintf(l.T("recommend.plan"), TargetText(l, p), p.Steps, l.Precise(p.Cost, 0), CostTable(l, p.Current.Rubric, p.Costs))
	case insight.NothingToDo:
		return fmt.Sprintf(l.T("recommend.top"), l.Band(p.Current.Band))
	}
	return l.T("recommend.none")
}

// RecommendGains are the indicators whose next step gains the most per
// cost, best first, at most recommendTop of them.
func RecommendGains(p *insight.Plan) []insight.StepGain {
	return p.Gains[:min(RecommendTop, len(p.Gains))]
}

// NewPlanDoc builds what spbe plan shows: the cheapest raises from res
// under opts.
func NewPlanDoc(res *score.Result, opts insight.PlanOptions, s Subject, l lang.Lang, toolVersion string) (*PlanDoc, error) {
	p, err := insight.NewPlan(res, opts)
	if err != nil {
		return nil, err
	}
	return (&PlanDoc{Plan: p, Subject: s, Lang: l, ToolVersion: toolVersion}).Complete(), nil
}
