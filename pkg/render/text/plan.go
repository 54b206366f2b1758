package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/rubric"
)

func init() {
	addMessages(map[string][2]string{
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
	Lang        Lang
	ToolVersion string
}

// RenderPlan writes doc in format (see InsightFormat).
func RenderPlan(w io.Writer, format string, doc *PlanDoc) error {
	switch format {
	case "json":
		return writeJSON(w, PlanJSONOf(doc))
	case "markdown":
		return planMarkdown(w, doc)
	}
	return planText(w, doc)
}

// costTable prints a cost table by the levels each step starts from, on
// the rubric's first scale: "1->2: 1, 2->3: 2, 3->4: 3, 4->5: 5".
func (l Lang) costTable(r *rubric.Rubric, c insight.Costs) string {
	lo := r.Scales[0].Min()
	steps := 0
	for _, s := range r.Scales {
		steps = max(steps, s.Max()-s.Min())
	}
	var parts []string
	for i := 0; i < steps && i < len(c); i++ {
		parts = append(parts, fmt.Sprintf("%d→%d: %s", lo+i, lo+i+1, l.precise(c[i], 0)))
	}
	return strings.Join(parts, ", ")
}

// targetText describes a plan's target: "Sangat Baik (indeks ≥ 3,50)".
func (l Lang) targetText(p *insight.Plan) string {
	r := p.Current.Rubric
	var cond string
	if r.Rounding.PredicateBasis == "rounded" {
		op := "≥"
		if p.Strict {
			op = ">"
		}
		cond = fmt.Sprintf(l.T("plan.target.round"), l.precise(p.Target.Index, r.Rounding.Decimals), op, l.precise(p.Threshold, r.Rounding.Decimals))
	} else {
		cond = fmt.Sprintf(l.T("plan.target.exact"), l.precise(p.Target.Index, r.Rounding.Decimals))
	}
	if p.Target.Band != nil {
		return fmt.Sprintf(l.T("plan.target.of"), l.Band(p.Target.Band), cond)
	}
	return cond
}

func (l Lang) limits(p *insight.Plan) string {
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

// planHeadline is the first line: what the plan is for.
func planHeadline(l Lang, p *insight.Plan) string {
	if p.Target == nil {
		return l.T("plan.title.none")
	}
	if p.Target.Band != nil {
		return fmt.Sprintf(l.T("plan.title"), l.Band(p.Target.Band))
	}
	return fmt.Sprintf(l.T("plan.title"), fmt.Sprintf(l.T("plan.index.target"), l.precise(p.Target.Index, p.Current.Rubric.Rounding.Decimals)))
}

// planOutcome is the sentence that says what the plan found, or "" when
// it found raises that reach the target.
func planOutcome(l Lang, p *insight.Plan) string {
	r, cur := p.Current.Rubric, p.Current
	switch {
	case p.Status == insight.NothingToDo && p.Target == nil:
		return fmt.Sprintf(l.T("plan.top"), l.Num(r, cur.Index), l.Band(cur.Band))
	case p.Status == insight.NothingToDo:
		return fmt.Sprintf(l.T("plan.nothing"), l.Num(r, cur.Index), l.Band(cur.Band), l.targetText(p))
	case p.Status == insight.Unreachable:
		return fmt.Sprintf(l.T("plan.unreachable"), l.targetText(p))
	}
	return ""
}

func planText(w io.Writer, doc *PlanDoc) error {
	l, p := doc.Lang, doc.Plan
	r, cur := p.Current.Rubric, p.Current
	ew := &errWriter{w: w}
	ew.printf("%s\n", planHeadline(l, p))
	t := subjectTable(l, r, doc.Subject)
	t.add(l.T("plan.current")+":", l.outcome(r, cur.Index, cur.Band))
	if p.Target != nil {
		t.add(l.T("plan.target")+":", l.targetText(p))
	}
	t.add(l.T("plan.costs")+":", l.costTable(r, p.Costs))
	if s := l.limits(p); s != "" {
		t.add(l.T("plan.limits")+":", s)
	}
	t.write(ew)
	ew.printf("\n")
	if s := planOutcome(l, p); s != "" {
		ew.printf("%s\n", s)
	}
	if p.Status != insight.NothingToDo {
		if p.Status == insight.Unreachable {
			ew.printf("%s\n", fmt.Sprintf(l.T("plan.best"), p.Steps, l.precise(p.Cost, 0)))
		} else {
			ew.printf("%s\n", fmt.Sprintf(l.T("plan.raises"), p.Steps, l.precise(p.Cost, 0)))
		}
		if len(p.Raises) > 0 {
			t := &textTable{indent: "  ", right: []bool{false, false, true, true, true, true}}
			t.add(l.T("id"), l.T("indicator"), l.T("plan.from"), l.T("plan.to"), l.T("plan.cost"), l.T("plan.gain"))
			for _, rs := range p.Raises {
				t.add(rs.Indicator.ID, l.Name(rs.Indicator.Name, rs.Indicator.NameEN), fmt.Sprint(rs.From), fmt.Sprint(rs.To), l.precise(rs.Cost, 0), "+"+l.precise(rs.Gain, 4))
			}
			t.write(ew)
		}
		ew.printf("%s: %s\n", l.T("plan.result"), l.outcome(r, p.Result.Index, p.Result.Band))
		if p.Status == insight.Reached {
			ew.printf("%s\n", l.T("plan.optimal"))
		}
	}
	ew.printf("\n%s:\n", l.T("plan.gains"))
	if len(p.Gains) == 0 {
		ew.printf("  %s\n", l.T("plan.gains.none"))
	} else {
		gainTable(l, p.Gains).write(ew)
	}
	writeNotices(ew, notices(l, cur, doc.Subject))
	return ew.err
}

func gainTable(l Lang, gains []insight.StepGain) *textTable {
	t := &textTable{indent: "  ", right: []bool{false, false, true, true, true, true}}
	t.add(l.T("id"), l.T("indicator"), l.T("plan.next.step"), l.T("plan.cost"), l.T("plan.gain"), l.T("plan.per.cost"))
	for _, g := range gains {
		in := g.Indicator
		t.add(in.ID, l.Name(in.Name, in.NameEN), fmt.Sprintf("%d→%d", g.Level, g.Level+1), l.precise(g.Cost, 0), "+"+l.precise(g.Gain, 4), l.precise(g.PerCost, 4))
	}
	return t
}

func planMarkdown(w io.Writer, doc *PlanDoc) error {
	l, p := doc.Lang, doc.Plan
	r, cur := p.Current.Rubric, p.Current
	ew := &errWriter{w: w}
	ew.printf("# %s\n\n", mdEscape(planHeadline(l, p)))
	subjectMarkdown(ew, l, r, doc.Subject)
	ew.printf("| %s | %s |\n", l.T("plan.current"), mdEscape(l.outcome(r, cur.Index, cur.Band)))
	if p.Target != nil {
		ew.printf("| %s | %s |\n", l.T("plan.target"), mdEscape(l.targetText(p)))
	}
	ew.printf("| %s | %s |\n", l.T("plan.costs"), mdEscape(l.costTable(r, p.Costs)))
	if s := l.limits(p); s != "" {
		ew.printf("| %s | %s |\n", l.T("plan.limits"), mdEscape(s))
	}
	ew.printf("\n")
	if s := planOutcome(l, p); s != "" {
		ew.printf("%s\n\n", mdEscape(s))
	}
	if p.Status != insight.NothingToDo {
		head := fmt.Sprintf(l.T("plan.raises"), p.Steps, l.precise(p.Cost, 0))
		if p.Status == insight.Unreachable {
			head = fmt.Sprintf(l.T("plan.best"), p.Steps, l.precise(p.Cost, 0))
		}
		ew.printf("## %s\n\n", mdEscape(head))
		if len(p.Raises) > 0 {
			raisesMarkdown(ew, l, p.Raises)
			ew.printf("\n")
		}
		ew.printf("**%s: %s**\n\n", l.T("plan.result"), mdEscape(l.outcome(r, p.Result.Index, p.Result.Band)))
		if p.Status == insight.Reached {
			ew.printf("%s\n\n", l.T("plan.optimal"))
		}
	}
	ew.printf("## %s\n\n", l.T("plan.gains"))
	if len(p.Gains) == 0 {
		ew.printf("%s\n", l.T("plan.gains.none"))
	} else {
		gainsMarkdown(ew, l, p.Gains)
	}
	noticesMarkdown(ew, notices(l, cur, doc.Subject))
	return ew.err
}

// raisesMarkdown writes a plan's raises as an aligned table.
func raisesMarkdown(ew *errWriter, l Lang, raises []insight.Raise) {
	rows := [][]string{{l.T("id"), l.T("indicator"), l.T("plan.from"), l.T("plan.to"), l.T("plan.cost"), l.T("plan.gain")}}
	for _, rs := range raises {
		in := rs.Indicator
		rows = append(rows, []string{mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), strconv.Itoa(rs.From), strconv.Itoa(rs.To), l.precise(rs.Cost, 0), "+" + l.precise(rs.Gain, 4)})
	}
	mdTable(ew, "llrrrr", rows)
}

// gainsMarkdown writes the next step of indicators as an aligned table.
func gainsMarkdown(ew *errWriter, l Lang, gains []insight.StepGain) {
	rows := [][]string{{l.T("id"), l.T("indicator"), l.T("plan.next.step"), l.T("plan.cost"), l.T("plan.gain"), l.T("plan.per.cost")}}
	for _, g := range gains {
		in := g.Indicator
		rows = append(rows, []string{mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), fmt.Sprintf("%d→%d", g.Level, g.Level+1), l.precise(g.Cost, 0), "+" + l.precise(g.Gain, 4), l.precise(g.PerCost, 4)})
	}
	mdTable(ew, "llrrrr", rows)
}

// JSONPlan is spbe plan --format json.
type JSONPlan struct {
	Tool     string        `json:"tool"`
	File     string        `json:"file,omitempty"`
	Sheet    string        `json:"sheet,omitempty"`
	OPD      string        `json:"opd,omitempty"`
	Year     string        `json:"year,omitempty"`
	Rubric   JSONRubric    `json:"rubric"`
	Status   string        `json:"status"`
	Current  JSONOutcome   `json:"current"`
	Target   *JSONTarget   `json:"target"`
	Costs    []json.Number `json:"costs"`
	MaxLevel int           `json:"max_level,omitempty"`
	Scope    []string      `json:"scope,omitempty"`
	Raises   []JSONRaise   `json:"raises"`
	Cost     json.Number   `json:"cost"`
	Steps    int           `json:"steps"`
	Result   JSONOutcome   `json:"result"`
	Gains    []JSONGain    `json:"gains"`
	Warnings []string      `json:"warnings"`
}

// JSONOutcome is an index and its predicate.
type JSONOutcome struct {
	Index      json.Number `json:"index"`
	IndexExact string      `json:"index_exact"`
	Predicate  string      `json:"predicate"`
}

// JSONTarget is a plan's target. ThresholdExact is the smallest exact index
// that reaches it (it must be exceeded when ThresholdStrict).
type JSONTarget struct {
	Predicate       string      `json:"predicate,omitempty"`
	Index           json.Number `json:"index"`
	PredicateBasis  string      `json:"predicate_basis"`
	ThresholdExact  string      `json:"threshold_exact"`
	ThresholdStrict bool        `json:"threshold_strict,omitempty"`
}

// JSONRaise is one indicator's raise.
type JSONRaise struct {
	ID        string      `json:"id"`
	Name      string      `json:"name"`
	From      int         `json:"from"`
	To        int         `json:"to"`
	Cost      json.Number `json:"cost"`
	GainExact string      `json:"gain_exact"`
}

// JSONGain is the next step of one indicator.
type JSONGain struct {
	ID           string      `json:"id"`
	Name         string      `json:"name"`
	Level        int         `json:"level"`
	Cost         json.Number `json:"cost"`
	GainExact    string      `json:"gain_exact"`
	PerCostExact string      `json:"gain_per_cost_exact"`
}

func outcome(r *rubric.Rubric, x *big.Rat, b *rubric.Band) JSONOutcome {
	name := ""
	if b != nil {
		name = b.Name
	}
	return JSONOutcome{Index: num(r, x), IndexExact: rubric.Exact(x), Predicate: name}
}

// PlanJSONOf converts doc to its JSON form.
func PlanJSONOf(doc *PlanDoc) JSONPlan {
	p, s := doc.Plan, doc.Subject
	r := p.Current.Rubric
	out := JSONPlan{Tool: "spbe " + doc.ToolVersion, File: s.File, Sheet: s.Sheet, OPD: s.OPD, Year: s.Year, Rubric: jsonRubric(r),
		Status: p.Status.String(), Current: outcome(r, p.Current.Index, p.Current.Band), MaxLevel: p.MaxLevel,
		Raises: []JSONRaise{}, Cost: exactNum(p.Cost), Steps: p.Steps,
		Result: outcome(r, p.Result.Index, p.Result.Band), Gains: []JSONGain{},
		Warnings: append([]string{}, notices(doc.Lang, p.Current, s)...)}
	if t := p.Target; t != nil {
		out.Target = &JSONTarget{Index: exactNum(t.Index), PredicateBasis: r.Rounding.PredicateBasis, ThresholdExact: rubric.Exact(p.Threshold), ThresholdStrict: p.Strict}
		if t.Band != nil {
			out.Target.Predicate = t.Band.Name
		}
	}
	for _, c := range p.Costs {
		out.Costs = append(out.Costs, exactNum(c))
	}
	if len(p.Allowed) < len(r.Indicators) {
		out.Scope = []string{}
		for _, in := range p.Allowed {
			out.Scope = append(out.Scope, in.ID)
		}
	}
	for _, rs := range p.Raises {
		out.Raises = append(out.Raises, JSONRaise{ID: rs.Indicator.ID, Name: rs.Indicator.Name, From: rs.From, To: rs.To, Cost: exactNum(rs.Cost), GainExact: rubric.Exact(rs.Gain)})
	}
	for _, g := range p.Gains {
		out.Gains = append(out.Gains, JSONGain{ID: g.Indicator.ID, Name: g.Indicator.Name, Level: g.Level, Cost: exactNum(g.Cost), GainExact: rubric.Exact(g.Gain), PerCostExact: rubric.Exact(g.PerCost)})
	}
	return out
}
