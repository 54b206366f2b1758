package json

import (
	"encoding/json"
	"io"
	"math/big"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

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
	ID   string `json:"id"`
	Name string `json:"name"`
	From int    `json:"from"`
	// FromValue is the exact value the raise starts from ("1.26"); From
	// is its whole level, the level the first step's cost is read at.
	FromValue string      `json:"from_value"`
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
func PlanJSONOf(dc *doc.PlanDoc) JSONPlan {
	p, s := dc.Plan, dc.Subject
	r := p.Current.Rubric
	out := JSONPlan{Tool: "spbe " + dc.ToolVersion, File: s.File, Sheet: s.Sheet, OPD: s.OPD, Year: s.Year, Rubric: jsonRubric(r),
		Status: p.Status.String(), Current: outcome(r, p.Current.Index, p.Current.Band), MaxLevel: p.MaxLevel,
		Raises: []JSONRaise{}, Cost: exactNum(p.Cost), Steps: p.Steps,
		Result: outcome(r, p.Result.Index, p.Result.Band), Gains: []JSONGain{},
		Warnings: append([]string{}, dc.Notices...)}
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
		out.Raises = append(out.Raises, JSONRaise{ID: rs.Indicator.ID, Name: rs.Indicator.Name, From: rs.From, FromValue: rs.FromValue.Text, To: rs.To, Cost: exactNum(rs.Cost), GainExact: rubric.Exact(rs.Gain)})
	}
	for _, g := range p.Gains {
		out.Gains = append(out.Gains, JSONGain{ID: g.Indicator.ID, Name: g.Indicator.Name, Level: g.Level, Cost: exactNum(g.Cost), GainExact: rubric.Exact(g.Gain), PerCostExact: rubric.Exact(g.PerCost)})
	}
	return out
}

// Plan draws the document of spbe plan as JSON.
func Plan(w io.Writer, dc *doc.PlanDoc) error { return writeJSON(w, PlanJSONOf(dc)) }
