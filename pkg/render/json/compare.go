package json

import (
	"bytes"
	"encoding/json"
	"github.com/spbe-id/spbe/pkg/lang"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// ReadJSONResult reads what spbe score --format json wrote. It checks the
// schema version and that the result has indicators; the caller checks
// the rubric and the levels.
func ReadJSONResult(data []byte) (*JSONResult, error) {
	var j JSONResult
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(&j); err != nil {
		return nil, lang.Errorf("json.not-result", err)
	}
	// Version 1 differs only in having no values beside the levels.
	if j.SchemaVersion != SchemaVersion && j.SchemaVersion != 1 {
		return nil, lang.Errorf("json.schema-version", j.SchemaVersion, SchemaVersion)
	}
	if j.Rubric.ID == "" || len(j.Indicators) == 0 {
		return nil, lang.Errorf("json.not-result-empty")
	}
	return &j, nil
}

// JSONComparison is spbe compare --format json.
type JSONComparison struct {
	Tool       string            `json:"tool"`
	Rubric     JSONRubric        `json:"rubric"`
	Old        JSONSide          `json:"old"`
	New        JSONSide          `json:"new"`
	Index      JSONChange        `json:"index"`
	Predicate  string            `json:"predicate_change"`
	Domains    []JSONChange      `json:"domains"`
	Aspects    []JSONChange      `json:"aspects"`
	Indicators []JSONLevelChange `json:"indicators"`
	Unchanged  int               `json:"unchanged"`
	Warnings   []string          `json:"warnings"`
}

// JSONSide is one of the two evaluations.
type JSONSide struct {
	File string `json:"file"`
	// From is the answer sheet a JSON result was computed from.
	From  string `json:"from,omitempty"`
	Sheet string `json:"sheet,omitempty"`
	OPD   string `json:"opd,omitempty"`
	Year  string `json:"year,omitempty"`
	JSONOutcome
}

// JSONChange is how one index moved.
type JSONChange struct {
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Old        json.Number `json:"old"`
	New        json.Number `json:"new"`
	Delta      json.Number `json:"delta"`
	OldExact   string      `json:"old_exact"`
	NewExact   string      `json:"new_exact"`
	DeltaExact string      `json:"delta_exact"`
}

// JSONLevelChange is an indicator whose level moved.
type JSONLevelChange struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Aspect string `json:"aspect"`
	Old    int    `json:"old"`
	New    int    `json:"new"`
	// OldValue and NewValue are the exact values as decimal strings: on a
	// decimal scale they may move within one level (1.26 to 1.5).
	OldValue   string `json:"old_value"`
	NewValue   string `json:"new_value"`
	DeltaExact string `json:"index_delta_exact"`
}

func jsonChange(r *rubric.Rubric, x doc.Change) JSONChange {
	d := x.Delta()
	return JSONChange{ID: x.ID, Name: x.Name, Old: num(r, x.Old), New: num(r, x.New), Delta: num(r, d),
		OldExact: rubric.Exact(x.Old), NewExact: rubric.Exact(x.New), DeltaExact: rubric.Exact(d)}
}

// CompareJSONOf converts doc to its JSON form.
func CompareJSONOf(dc *doc.CompareDoc) JSONComparison {
	c := dc.Comparison
	r := c.New.Rubric
	side := func(s doc.Subject, o JSONOutcome) JSONSide {
		return JSONSide{File: s.File, From: s.From, Sheet: s.Sheet, OPD: s.OPD, Year: s.Year, JSONOutcome: o}
	}
	out := JSONComparison{Tool: "spbe " + dc.ToolVersion, Rubric: jsonRubric(r),
		Old:   side(dc.Old, outcome(r, c.Old.Index, c.Old.Band)),
		New:   side(dc.New, outcome(r, c.New.Index, c.New.Band)),
		Index: jsonChange(r, c.Index), Domains: []JSONChange{}, Aspects: []JSONChange{}, Indicators: []JSONLevelChange{},
		Unchanged: c.Unchanged, Warnings: append([]string{}, dc.Notices...)}
	out.Index.ID, out.Index.Name = r.ID, r.Title
	switch oi, ni := doc.BandPos(r, c.Old.Band), doc.BandPos(r, c.New.Band); {
	case ni > oi:
		out.Predicate = "up"
	case ni < oi:
		out.Predicate = "down"
	default:
		out.Predicate = "same"
	}
	for _, x := range c.Domains {
		out.Domains = append(out.Domains, jsonChange(r, x))
	}
	for _, x := range c.Aspects {
		out.Aspects = append(out.Aspects, jsonChange(r, x))
	}
	for _, x := range c.Indicators {
		out.Indicators = append(out.Indicators, JSONLevelChange{ID: x.Indicator.ID, Name: x.Indicator.Name, Aspect: x.Indicator.Aspect.ID, Old: x.Old, New: x.New, OldValue: x.OldValue.Text, NewValue: x.NewValue.Text, DeltaExact: rubric.Exact(x.Delta)})
	}
	return out
}

// Compare draws the document of spbe compare as JSON.
func Compare(w io.Writer, dc *doc.CompareDoc) error { return writeJSON(w, CompareJSONOf(dc)) }
