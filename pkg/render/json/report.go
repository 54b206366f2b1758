package json

import (
	"encoding/json"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// SchemaVersion is the version of the JSON result format documented in
// docs/result.schema.json. Any change to the format bumps it.
const SchemaVersion = 2

// JSONResult is the machine-readable result of one answer sheet. Numbers
// named index or weight are rounded by the rubric's policy; the *_exact
// fields carry the exact value as a decimal string.
type JSONResult struct {
	SchemaVersion int    `json:"schema_version"`
	Tool          string `json:"tool"`
	File          string `json:"file,omitempty"`
	FileSHA256    string `json:"file_sha256,omitempty"`
	Sheet         string `json:"sheet,omitempty"`
	OPD           string `json:"opd,omitempty"`
	Year          string `json:"year,omitempty"`

	Rubric JSONRubric `json:"rubric"`
	// RubricChoice says how the rubric was chosen when the sheet chose
	// it (no --rubric); absent when --rubric named it.
	RubricChoice *JSONChoice `json:"rubric_choice,omitempty"`
	JSONScore
	// Assumed lists the indicators a pending rule valued, and why.
	Assumed []JSONAssumed `json:"assumed"`
	// Self is the self-assessed result when the sheet also carries
	// verified levels; the top-level numbers are then the verified ones.
	Self        *JSONScore `json:"self_assessment,omitempty"`
	Differences []JSONDiff `json:"differences,omitempty"`
	Warnings    []string   `json:"warnings"`
}

// JSONChoice is how the rubric was chosen from the sheet.
type JSONChoice struct {
	// By is "stamp" (the template stamp) or "indicators" (the table holds
	// exactly the rubric's indicators).
	By string `json:"by"`
	// Reason is why, in Indonesian, ReasonEN in English, whatever --lang
	// says (as names are).
	Reason   string `json:"reason"`
	ReasonEN string `json:"reason_en"`
}

// JSONAssumed is an indicator valued by its rubric's pending rule.
type JSONAssumed struct {
	ID    string `json:"id"`
	Value string `json:"value"`
	// Reason is why, in Indonesian, ReasonEN in English, whatever --lang
	// says.
	Reason   string `json:"reason"`
	ReasonEN string `json:"reason_en"`
}

// JSONRubric identifies the rubric a result was computed with.
type JSONRubric struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Version string `json:"version"`
	Status  string `json:"status"`
	SHA256  string `json:"sha256"`
	// TargetLevel is the national target level of every indicator, when
	// the rubric states one.
	TargetLevel int `json:"target_level,omitempty"`
}

// jsonRubric identifies r in a JSON output. Only a score result carries
// the target level (schema_version 1 of docs/result.schema.json).
func jsonRubric(r *rubric.Rubric) JSONRubric {
	return JSONRubric{ID: r.ID, Title: r.Title, Version: r.Version, Status: r.Status, SHA256: r.Hash}
}

// JSONScore is one scored set of levels.
type JSONScore struct {
	Index               json.Number   `json:"index"`
	IndexExact          string        `json:"index_exact"`
	Predicate           string        `json:"predicate"`
	PredicateBasis      string        `json:"predicate_basis"`
	RoundingCrossesBand bool          `json:"rounding_crosses_band"`
	Domains             []JSONGroup   `json:"domains"`
	Aspects             []JSONGroup   `json:"aspects"`
	Indicators          []JSONIndItem `json:"indicators"`
}

// JSONGroup is a domain or an aspect.
type JSONGroup struct {
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Domain     string      `json:"domain,omitempty"`
	Weight     json.Number `json:"weight"`
	Index      json.Number `json:"index"`
	IndexExact string      `json:"index_exact"`
}

// JSONIndItem is one indicator.
type JSONIndItem struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Aspect string `json:"aspect"`
	Level  int    `json:"level"`
	// Value is the exact value NI as a decimal string, as the sheet gave
	// it ("1.26", "1.1666666666666667", "3"); ValueNumber is the same as a
	// JSON number.
	Value       string      `json:"value"`
	ValueNumber json.Number `json:"value_number"`
	// SourceScore is the other agency's score the value was converted
	// from, with the source's name and agency.
	SourceScore  string `json:"source_score,omitempty"`
	Source       string `json:"source,omitempty"`
	SourceAgency string `json:"source_agency,omitempty"`
	// Assumed is set when a pending rule supplied the value.
	Assumed           bool        `json:"assumed,omitempty"`
	Label             string      `json:"label"`
	Weight            json.Number `json:"weight"`
	Contribution      json.Number `json:"contribution"`
	ContributionExact string      `json:"contribution_exact"`
	Cell              string      `json:"cell,omitempty"`
	// Note is the explanation written beside the level in the sheet.
	Note string `json:"note,omitempty"`
}

// JSONDiff is an indicator whose self-assessed and verified levels differ.
type JSONDiff struct {
	ID       string `json:"id"`
	Self     int    `json:"self"`
	Verified int    `json:"verified"`
	// SelfValue and VerifiedValue are the exact values, as the sheet gave
	// them: on a decimal scale they may differ within one level.
	SelfValue     string `json:"self_value"`
	VerifiedValue string `json:"verified_value"`
}

// JSONScoreOf converts a result to its JSON form.
func JSONScoreOf(res *doc.Result, cells map[string]string) JSONScore {
	r := res.Rubric
	s := JSONScore{
		Index:               num(r, res.Index),
		IndexExact:          rubric.Exact(res.Index),
		Predicate:           res.Band.Name,
		PredicateBasis:      r.Rounding.PredicateBasis,
		RoundingCrossesBand: res.RoundingCrossesBand(),
		Domains:             []JSONGroup{},
	}
	for _, d := range res.Domains {
		s.Domains = append(s.Domains, JSONGroup{ID: d.Domain.ID, Name: d.Domain.Name,
			Weight: json.Number(rubric.Decimal(d.Domain.Weight)), Index: num(r, d.Index), IndexExact: rubric.Exact(d.Index)})
	}
	for _, a := range res.Aspects {
		g := JSONGroup{ID: a.Aspect.ID, Name: a.Aspect.Name,
			Weight: json.Number(rubric.Decimal(a.Aspect.Weight)), Index: num(r, a.Index), IndexExact: rubric.Exact(a.Index)}
		if a.Aspect.Domain != nil {
			g.Domain = a.Aspect.Domain.ID
		}
		s.Aspects = append(s.Aspects, g)
	}
	for _, is := range res.Indicators {
		in := is.Indicator
		lv, _ := in.Scale.Level(is.Level)
		v := is.Value
		item := JSONIndItem{
			ID: in.ID, Name: in.Name, Aspect: in.Aspect.ID, Level: is.Level, Label: lv.Label,
			Value: v.Text, ValueNumber: json.Number(v.Text), Assumed: v.Assumed != nil,
			Weight:            json.Number(rubric.Decimal(in.Weight)),
			Contribution:      json.Number(is.Contribution.FloatString(4)),
			ContributionExact: rubric.Exact(is.Contribution),
			Cell:              cells[in.ID],
		}
		if v.Source != nil && in.External != nil {
			item.SourceScore, item.Source, item.SourceAgency = v.Source.Text, in.External.Source, in.External.Agency
		}
		s.Indicators = append(s.Indicators, item)
	}
	return s
}

// JSONOf converts a report to its JSON form.
func JSONOf(rep *doc.Report) JSONResult {
	r := rep.Result.Rubric
	out := JSONResult{
		SchemaVersion: SchemaVersion,
		Tool:          "spbe " + rep.ToolVersion,
		FileSHA256:    rep.SourceSHA256,
		Rubric:        jsonRubric(r),
		Warnings:      append([]string{}, rep.Notices...),
	}
	out.Rubric.TargetLevel = r.TargetLevel
	var cells map[string]string
	if a := rep.Answers; a != nil {
		out.File, out.Sheet, out.OPD, out.Year = rep.SourceName(), a.Sheet, a.OPD, a.Year
		cells = a.Cells
	}
	out.JSONScore = JSONScoreOf(rep.Result, cells)
	if c := rep.Choice; c != nil {
		by := "indicators"
		if c.ByStamp {
			by = "stamp"
		}
		out.RubricChoice = &JSONChoice{By: by, Reason: c.Reason, ReasonEN: c.ReasonEN}
	}
	out.Assumed = []JSONAssumed{}
	for _, is := range rep.Result.Assumed() {
		a := is.Value.Assumed
		out.Assumed = append(out.Assumed, JSONAssumed{ID: is.Indicator.ID, Value: is.Value.Text, Reason: a.Reason, ReasonEN: a.ReasonEN})
	}
	if a := rep.Answers; a != nil {
		for i := range out.Indicators {
			out.Indicators[i].Note = a.Notes[out.Indicators[i].ID]
		}
	}
	if rep.Self != nil {
		s := JSONScoreOf(rep.Self, nil)
		out.Self = &s
		out.Differences = []JSONDiff{}
		for _, d := range rep.Differences {
			out.Differences = append(out.Differences, JSONDiff{ID: d.ID, Self: d.Self, Verified: d.Verified, SelfValue: d.SelfValue.Text, VerifiedValue: d.VerifiedValue.Text})
		}
	}
	return out
}

// JSON writes the report as indented JSON.
func JSON(w io.Writer, rep *doc.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(JSONOf(rep))
}
