package json

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// JSONBatch is the machine-readable result of a batch. Like JSONResult,
// numbers named index or mean are rounded by the rubric's policy and the
// *_exact fields carry exact values as decimal strings.
type JSONBatch struct {
	SchemaVersion int        `json:"schema_version"`
	Kind          string     `json:"kind"`
	Tool          string     `json:"tool"`
	Rubric        JSONRubric `json:"rubric"`
	Scored        int        `json:"scored"`
	Failed        int        `json:"failed"`
	// MeanIndex is absent when nothing scored.
	MeanIndex      json.Number         `json:"mean_index,omitempty"`
	MeanIndexExact string              `json:"mean_index_exact,omitempty"`
	Ranking        []JSONBatchEntry    `json:"ranking"`
	Predicates     []JSONBandCount     `json:"predicates"`
	Indicators     []JSONIndicatorStat `json:"indicators"`
	Failures       []JSONFailure       `json:"failures"`
	// Skipped are spbe's own reports met among the inputs: not scored,
	// not failures.
	Skipped []string `json:"skipped"`
	Notes   []string `json:"notes"`
	// Groups is set when the sheets were scored with several rubrics: one
	// batch per rubric, never ranked together; the top-level ranking,
	// predicates and indicators are then empty, and its rubric is the
	// first group's.
	Groups []JSONBatch `json:"groups,omitempty"`
}

// JSONBatchEntry is one scored sheet of a batch, in ranking order.
type JSONBatchEntry struct {
	Rank       int    `json:"rank"`
	Name       string `json:"name"`
	OPD        string `json:"opd,omitempty"`
	Year       string `json:"year,omitempty"`
	File       string `json:"file"`
	FileSHA256 string `json:"file_sha256"`
	Sheet      string `json:"sheet"`

	Index      json.Number `json:"index"`
	IndexExact string      `json:"index_exact"`
	Predicate  string      `json:"predicate"`
	// SelfIndex is the self-assessed index when the sheet also has
	// verified levels.
	SelfIndex     json.Number      `json:"self_index,omitempty"`
	SelfPredicate string           `json:"self_predicate,omitempty"`
	Domains       []JSONBatchGroup `json:"domains"`
	Aspects       []JSONBatchGroup `json:"aspects"`
	// Levels maps an indicator id to its level.
	Levels map[string]int `json:"levels"`
	// Values maps an indicator id to its exact value as a decimal string,
	// on a rubric whose values are decimals.
	Values map[string]string `json:"values,omitempty"`
	Notes  []string          `json:"notes"`
}

// JSONBatchGroup is a domain or aspect index of one sheet.
type JSONBatchGroup struct {
	ID         string      `json:"id"`
	Index      json.Number `json:"index"`
	IndexExact string      `json:"index_exact"`
}

// JSONBandCount is how many sheets earned a predicate.
type JSONBandCount struct {
	Name  string      `json:"name"`
	From  json.Number `json:"from"`
	To    json.Number `json:"to"`
	Count int         `json:"count"`
}

// JSONIndicatorStat is one indicator's levels across the batch.
type JSONIndicatorStat struct {
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Aspect      string      `json:"aspect"`
	Mean        json.Number `json:"mean"`
	MeanExact   string      `json:"mean_exact"`
	Median      json.Number `json:"median"`
	MedianExact string      `json:"median_exact"`
	Min         int         `json:"min"`
	Max         int         `json:"max"`
	// BelowTarget is absent when the rubric has no target level.
	BelowTarget *int `json:"below_target,omitempty"`
	// Counts maps a level to how many sheets have it.
	Counts map[string]int `json:"counts"`
}

// JSONFailure is a file that could not be scored.
type JSONFailure struct {
	File     string   `json:"file"`
	Problems []string `json:"problems"`
}

// JSONBatchOf converts a batch to its JSON form.
func JSONBatchOf(b *doc.Batch) JSONBatch {
	r := b.Rubric
	out := JSONBatch{
		SchemaVersion: SchemaVersion,
		Kind:          "batch",
		Tool:          "spbe " + b.ToolVersion,
		Rubric:        JSONRubric{ID: r.ID, Title: r.Title, Version: r.Version, Status: r.Status, SHA256: r.Hash},
		Scored:        len(b.Entries),
		Failed:        len(b.Failures),
		Ranking:       []JSONBatchEntry{},
		Predicates:    []JSONBandCount{},
		Indicators:    []JSONIndicatorStat{},
		Failures:      []JSONFailure{},
		Skipped:       []string{},
		Notes:         append([]string{}, b.Notices...),
	}
	for _, f := range b.Skipped {
		out.Skipped = append(out.Skipped, f.File)
	}
	if len(b.Groups) > 0 {
		for _, g := range b.Groups {
			out.Groups = append(out.Groups, JSONBatchOf(g))
		}
		for _, f := range b.Failures {
			out.Failures = append(out.Failures, JSONFailure{File: f.File, Problems: append([]string{}, f.Problems...)})
		}
		return out
	}
	if m := b.MeanIndex; m != nil {
		out.MeanIndex, out.MeanIndexExact = num(r, m), rubric.Exact(m)
	}
	for _, e := range b.Ranking {
		je := JSONBatchEntry{
			Rank: e.Rank, Name: e.Name, OPD: e.OPD, Year: e.Year, File: e.File, FileSHA256: e.SHA256, Sheet: e.Sheet,
			Index: num(r, e.Index.Rat()), IndexExact: rubric.Exact(e.Index.Rat()), Predicate: bandName(e.Band),
			Domains: []JSONBatchGroup{}, Aspects: []JSONBatchGroup{}, Levels: map[string]int{},
			Notes: append([]string{}, e.Notes...),
		}
		if e.SelfIndex.IsSet() {
			je.SelfIndex, je.SelfPredicate = num(r, e.SelfIndex.Rat()), bandName(e.SelfBand)
		}
		for i, d := range e.Domains {
			je.Domains = append(je.Domains, JSONBatchGroup{ID: r.Domains[i].ID, Index: num(r, d.Rat()), IndexExact: rubric.Exact(d.Rat())})
		}
		for i, a := range e.Aspects {
			je.Aspects = append(je.Aspects, JSONBatchGroup{ID: r.Aspects[i].ID, Index: num(r, a.Rat()), IndexExact: rubric.Exact(a.Rat())})
		}
		for i, v := range e.Levels {
			je.Levels[r.Indicators[i].ID] = v
		}
		if e.Values != nil {
			je.Values = map[string]string{}
			for i, v := range e.Values {
				je.Values[r.Indicators[i].ID] = rubric.Decimal(v)
			}
		}
		out.Ranking = append(out.Ranking, je)
	}
	for _, bc := range b.BandCounts {
		out.Predicates = append(out.Predicates, JSONBandCount{Name: bc.Band.Name,
			From: json.Number(bc.Band.From.FloatString(2)), To: json.Number(bc.Band.To.FloatString(2)), Count: bc.Count})
	}
	lo, _ := r.LevelRange()
	for _, st := range b.IndicatorStats {
		js := JSONIndicatorStat{ID: st.Indicator.ID, Name: st.Indicator.Name, Aspect: st.Indicator.Aspect.ID,
			Mean: num(r, st.Mean), MeanExact: rubric.Exact(st.Mean), Median: num(r, st.Median), MedianExact: rubric.Exact(st.Median),
			Min: st.Min, Max: st.Max, Counts: map[string]int{}}
		if r.TargetLevel > 0 {
			below := st.Below
			js.BelowTarget = &below
		}
		for i, c := range st.Counts {
			js.Counts[fmt.Sprint(lo+i)] = c
		}
		out.Indicators = append(out.Indicators, js)
	}
	for _, f := range b.Failures {
		out.Failures = append(out.Failures, JSONFailure{File: f.File, Problems: append([]string{}, f.Problems...)})
	}
	return out
}

// bandName is a band's name, or "" for an index outside every band.
func bandName(b *rubric.Band) string {
	if b == nil {
		return ""
	}
	return b.Name
}

// BatchJSON writes a batch as indented JSON.
func BatchJSON(w io.Writer, b *doc.Batch) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(JSONBatchOf(b))
}
