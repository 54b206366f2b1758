package json

import (
	"encoding/json"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// JSONExplanation is spbe explain --format json.
type JSONExplanation struct {
	Tool   string     `json:"tool"`
	File   string     `json:"file,omitempty"`
	Sheet  string     `json:"sheet,omitempty"`
	OPD    string     `json:"opd,omitempty"`
	Year   string     `json:"year,omitempty"`
	Rubric JSONRubric `json:"rubric"`
	// Either the whole arithmetic ...
	Aspects             []JSONStep `json:"aspects,omitempty"`
	Domains             []JSONStep `json:"domains,omitempty"`
	Index               *JSONStep  `json:"index,omitempty"`
	Rounding            *JSONRound `json:"rounding,omitempty"`
	Predicate           string     `json:"predicate,omitempty"`
	PredicateBasis      string     `json:"predicate_basis,omitempty"`
	Band                *JSONBand  `json:"band,omitempty"`
	RoundingCrossesBand bool       `json:"rounding_crosses_band,omitempty"`
	// ... or one indicator.
	Indicator *JSONIndicatorExplanation `json:"indicator,omitempty"`
	Warnings  []string                  `json:"warnings"`
}

// JSONStep is one division: index = sum / divisor.
type JSONStep struct {
	Kind       string      `json:"kind"`
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Divisor    json.Number `json:"divisor"`
	Terms      []JSONTerm  `json:"terms"`
	Sum        json.Number `json:"sum"`
	IndexExact string      `json:"index_exact"`
	Index      json.Number `json:"index"`
}

// JSONTerm is one line of a sum: value × weight = product.
type JSONTerm struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Level *int   `json:"level,omitempty"`
	// Value is an indicator's value NI exactly as the sheet gave it
	// ("1.1666666666666667"), which value_exact may cut at 12 decimals;
	// ProductExact is NI × BI without loss (a decimal, or a fraction).
	Value        string      `json:"value,omitempty"`
	ValueExact   string      `json:"value_exact"`
	Weight       json.Number `json:"weight"`
	Product      json.Number `json:"product"`
	ProductExact string      `json:"product_exact"`
}

// JSONRound says how the index was rounded.
type JSONRound struct {
	Decimals   int         `json:"decimals"`
	Mode       string      `json:"mode"`
	IndexExact string      `json:"index_exact"`
	Index      json.Number `json:"index"`
}

// JSONBand is a predicate band.
type JSONBand struct {
	Name       string      `json:"name"`
	From       json.Number `json:"from"`
	To         json.Number `json:"to"`
	IncludesTo bool        `json:"includes_to"`
}

// JSONIndicatorExplanation is spbe explain --indicator in JSON.
type JSONIndicatorExplanation struct {
	ID                string       `json:"id"`
	Name              string       `json:"name"`
	Aspect            string       `json:"aspect"`
	Domain            string       `json:"domain,omitempty"`
	Level             int          `json:"level"`
	Value             string       `json:"value"`
	Label             string       `json:"label"`
	Weight            json.Number  `json:"weight"`
	Product           json.Number  `json:"product"`
	ProductExact      string       `json:"product_exact"`
	ContributionExact string       `json:"contribution_exact"`
	NextLevel         int          `json:"next_level,omitempty"`
	NextLabel         string       `json:"next_label,omitempty"`
	Effects           []JSONEffect `json:"effects"`
	PredicateBefore   string       `json:"predicate_before"`
	PredicateAfter    string       `json:"predicate_after,omitempty"`
}

// JSONEffect is what one more level does to one index.
type JSONEffect struct {
	Kind        string `json:"kind"`
	ID          string `json:"id"`
	BeforeExact string `json:"before_exact"`
	AfterExact  string `json:"after_exact"`
	DeltaExact  string `json:"delta_exact"`
}

func jsonStep(r *rubric.Rubric, st *doc.Step) JSONStep {
	out := JSONStep{Kind: st.Kind, ID: st.ID, Name: st.Name, Divisor: exactNum(st.Divisor), Terms: []JSONTerm{},
		Sum: exactNum(st.Sum), IndexExact: rubric.Exact(st.Index), Index: num(r, st.Index)}
	for _, tm := range st.Terms {
		jt := JSONTerm{ID: tm.ID, Name: tm.Name, ValueExact: rubric.Exact(tm.Value), Weight: exactNum(tm.Weight), Product: exactNum(tm.Product),
			ProductExact: lang.Fraction(tm.Product)}
		if tm.Indicator != nil {
			lv := tm.Level
			jt.Level = &lv
			jt.Value = tm.NI.Text
		}
		out.Terms = append(out.Terms, jt)
	}
	return out
}

// ExplainJSONOf converts doc to its JSON form.
func ExplainJSONOf(dc *doc.ExplainDoc) JSONExplanation {
	res := dc.Explanation.Result
	r := res.Rubric
	s := dc.Subject
	out := JSONExplanation{Tool: "spbe " + dc.ToolVersion, File: s.File, Sheet: s.Sheet, OPD: s.OPD, Year: s.Year,
		Rubric: jsonRubric(r), Warnings: append([]string{}, dc.Notices...)}
	if ie := dc.Indicator; ie != nil {
		in := ie.Indicator
		lv, _ := in.Scale.Level(ie.Level)
		j := &JSONIndicatorExplanation{ID: in.ID, Name: in.Name, Aspect: in.Aspect.ID, Level: ie.Level, Value: ie.Value.Text, Label: lv.Label,
			Weight: exactNum(in.Weight), Product: exactNum(ie.Product), ProductExact: lang.Fraction(ie.Product), ContributionExact: rubric.Exact(ie.Contribution),
			Effects: []JSONEffect{}, PredicateBefore: res.Band.Name}
		if in.Aspect.Domain != nil {
			j.Domain = in.Aspect.Domain.ID
		}
		if ie.Next != 0 {
			nl, _ := in.Scale.Level(ie.Next)
			j.NextLevel, j.NextLabel, j.PredicateAfter = ie.Next, nl.Label, ie.NextResult.Band.Name
			for _, e := range ie.Effects {
				j.Effects = append(j.Effects, JSONEffect{Kind: e.Kind, ID: e.ID, BeforeExact: rubric.Exact(e.Before), AfterExact: rubric.Exact(e.After), DeltaExact: rubric.Exact(e.Delta())})
			}
		}
		out.Indicator = j
		return out
	}
	e := dc.Explanation
	for _, st := range e.Aspects {
		out.Aspects = append(out.Aspects, jsonStep(r, st))
	}
	for _, st := range e.Domains {
		out.Domains = append(out.Domains, jsonStep(r, st))
	}
	top := jsonStep(r, e.Index)
	out.Index = &top
	out.Rounding = &JSONRound{Decimals: r.Rounding.Decimals, Mode: r.Rounding.Mode, IndexExact: rubric.Exact(res.Index), Index: num(r, res.Index)}
	out.Predicate, out.PredicateBasis, out.RoundingCrossesBand = res.Band.Name, r.Rounding.PredicateBasis, res.RoundingCrossesBand()
	b := res.Band
	out.Band = &JSONBand{Name: b.Name, From: exactNum(b.From), To: exactNum(b.To), IncludesTo: b == r.Bands[len(r.Bands)-1]}
	return out
}

// Explain draws the document of spbe explain as JSON.
func Explain(w io.Writer, dc *doc.ExplainDoc) error { return writeJSON(w, ExplainJSONOf(dc)) }
