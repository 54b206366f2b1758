package json

import (
	"encoding/json"
	"io"
	"math/big"

	"github.com/spbe-id/spbe/pkg/doc/rubricdoc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// JSONRubricTree is the machine-readable form of a rubric: what `spbe
// rubric show --format json` prints. Weights and bounds are exact decimals.
type JSONRubricTree struct {
	ID          string           `json:"id"`
	Title       string           `json:"title"`
	TitleEN     string           `json:"title_en,omitempty"`
	Version     string           `json:"version"`
	Status      string           `json:"status"`
	Source      string           `json:"source,omitempty"`
	Note        string           `json:"note,omitempty"`
	File        string           `json:"file"`
	SHA256      string           `json:"sha256"`
	TargetLevel int              `json:"target_level,omitempty"`
	Indicators  int              `json:"indicator_count"`
	Rounding    JSONRounding     `json:"rounding"`
	Scales      []JSONScale      `json:"scales"`
	Predicates  []JSONTreeBand   `json:"predicates"`
	Domains     []JSONTreeDomain `json:"domains"`
	Aspects     []JSONTreeAspect `json:"aspects,omitempty"`
	Warnings    []string         `json:"warnings"`
}

// JSONScale is a level scale.
type JSONScale struct {
	ID     string      `json:"id"`
	Name   string      `json:"name"`
	Levels []JSONLevel `json:"levels"`
}

// JSONRounding is a rubric's rounding policy.
type JSONRounding struct {
	Decimals       int    `json:"decimals"`
	Mode           string `json:"mode"`
	PredicateBasis string `json:"predicate_basis"`
}

// JSONLevel is one level of a scale.
type JSONLevel struct {
	Value   int    `json:"value"`
	Label   string `json:"label"`
	LabelEN string `json:"label_en,omitempty"`
}

// JSONTreeBand is a predicate band of a rubric tree.
type JSONTreeBand struct {
	Name string      `json:"name"`
	From json.Number `json:"from"`
	To   json.Number `json:"to"`
}

// JSONTreeDomain is a domain with its aspects.
type JSONTreeDomain struct {
	ID      string           `json:"id"`
	Name    string           `json:"name"`
	Weight  json.Number      `json:"weight"`
	Aspects []JSONTreeAspect `json:"aspects"`
}

// JSONTreeAspect is an aspect with its indicators.
type JSONTreeAspect struct {
	ID         string              `json:"id"`
	Name       string              `json:"name"`
	Weight     json.Number         `json:"weight"`
	Indicators []JSONTreeIndicator `json:"indicators"`
}

// JSONTreeIndicator is an indicator.
type JSONTreeIndicator struct {
	ID     string      `json:"id"`
	Name   string      `json:"name"`
	Weight json.Number `json:"weight"`
	Scale  string      `json:"scale"`
}

func jsonExactWeight(x *big.Rat) json.Number { return json.Number(rubric.Decimal(x)) }

// JSONRubricOf converts a rubric to its JSON form.
func JSONRubricOf(r *rubric.Rubric, l lang.Lang) JSONRubricTree {
	out := JSONRubricTree{ID: r.ID, Title: r.Title, TitleEN: r.TitleEN, Version: r.Version, Status: r.Status,
		Source: r.Source, Note: r.Note, File: r.File, SHA256: r.Hash, TargetLevel: r.TargetLevel,
		Indicators: len(r.Indicators), Rounding: JSONRounding(r.Rounding), Domains: []JSONTreeDomain{}, Warnings: []string{}}
	if n := rubricdoc.Notice(l, r); n != "" {
		out.Warnings = append(out.Warnings, n)
	}
	for _, s := range r.Scales {
		js := JSONScale{ID: s.ID, Name: s.Name}
		for _, x := range s.Levels {
			js.Levels = append(js.Levels, JSONLevel(x))
		}
		out.Scales = append(out.Scales, js)
	}
	for _, b := range r.Bands {
		out.Predicates = append(out.Predicates, JSONTreeBand{Name: b.Name, From: jsonExactWeight(b.From), To: jsonExactWeight(b.To)})
	}
	aspect := func(a *rubric.Aspect) JSONTreeAspect {
		ja := JSONTreeAspect{ID: a.ID, Name: a.Name, Weight: jsonExactWeight(a.Weight)}
		for _, in := range a.Indicators {
			ja.Indicators = append(ja.Indicators, JSONTreeIndicator{ID: in.ID, Name: in.Name, Weight: jsonExactWeight(in.Weight), Scale: in.Scale.ID})
		}
		return ja
	}
	if r.HasDomains() {
		for _, d := range r.Domains {
			jd := JSONTreeDomain{ID: d.ID, Name: d.Name, Weight: jsonExactWeight(d.Weight)}
			for _, a := range d.Aspects {
				jd.Aspects = append(jd.Aspects, aspect(a))
			}
			out.Domains = append(out.Domains, jd)
		}
	} else {
		for _, a := range r.Aspects {
			out.Aspects = append(out.Aspects, aspect(a))
		}
	}
	return out
}

// RubricJSON writes a rubric as indented JSON.
func RubricJSON(w io.Writer, r *rubric.Rubric, l lang.Lang) error {
	return writeJSON(w, JSONRubricOf(r, l))
}

// JSONRubricEntry is one rubric of `spbe rubric list --format json`.
type JSONRubricEntry struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Version    string `json:"version"`
	Status     string `json:"status"`
	Indicators int    `json:"indicator_count"`
	Default    bool   `json:"default"`
}

// RubricListJSON writes the built-in rubrics as JSON.
func RubricListJSON(w io.Writer, rs []*rubric.Rubric) error {
	out := []JSONRubricEntry{}
	for _, r := range rs {
		out = append(out, JSONRubricEntry{ID: r.ID, Title: r.Title, Version: r.Version, Status: r.Status,
			Indicators: len(r.Indicators), Default: r.ID == rubric.Default})
	}
	return writeJSON(w, out)
}

// JSONRubricDiff is the machine-readable form of a rubric diff.
type JSONRubricDiff struct {
	Old     JSONRubric         `json:"old"`
	New     JSONRubric         `json:"new"`
	Changes []rubricdoc.Change `json:"changes"`
}

// DiffJSON writes the changes as JSON.
func DiffJSON(w io.Writer, a, b *rubric.Rubric, changes []rubricdoc.Change) error {
	if changes == nil {
		changes = []rubricdoc.Change{}
	}
	return writeJSON(w, JSONRubricDiff{Old: jsonRubric(a), New: jsonRubric(b), Changes: changes})
}
