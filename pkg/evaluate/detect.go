package evaluate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// This file decides which built-in rubric a sheet's evidence fits: its
// template stamp, its indicator ids and names. choose.go gathers the
// evidence and falls back when nothing fits.

// evidence is what an answer sheet tells about the rubric it was filled
// for, for detectAmong.
type evidence struct {
	// StampID and StampHash are the template's stamp (the spbe.rubric
	// property spbe template writes); empty when the sheet has none.
	StampID, StampHash string
	// IDs are the indicator ids of the answer table, as the reader
	// normalised them ("1", "47"), in any order.
	IDs []string
	// Names maps an indicator id to the name the table gives it, when it
	// has a name column; it only separates rubrics whose id sets are the
	// same. May be nil.
	Names map[string]string
	// Unique is true when IDs holds each id once (the keys of a map), so
	// that they need no sorting to be counted.
	Unique bool
	// Of, when set, is the rubric whose indicators IDs are, each once (a
	// table read with it that names every one): they fit it without being
	// looked up one by one, as they did for every sheet of a batch.
	Of *rubric.Rubric
}

// detection is the built-in rubric chosen for a sheet scored without
// --rubric, and why: every output names the rubric and the reason.
type detection struct {
	Rubric *rubric.Rubric
	// Reason and ReasonEN say why the rubric was chosen, in words for the
	// report ("stempel templat menyebut pemdi-2026").
	Reason, ReasonEN string
	// ByStamp is true when the template stamp decided.
	ByStamp bool
}

// DetectError is a sheet whose rubric cannot be chosen: no built-in rubric
// fits it, or more than one does. Candidates are the rubric ids that fit
// (none or several); the message names --rubric.
type DetectError struct {
	Candidates []string
	Msg        string
}

func (e *DetectError) Error() string { return e.Msg }

// detectAmong chooses the rubric for a sheet among rs. The template stamp
// decides first; the table must then hold that rubric's indicators (a sheet
// stamped for one rubric but holding another's table is an error, not a
// guess). Without a stamp, the one rubric whose indicator set the table
// holds exactly is chosen (47 indicators: spbe-2020; 20: pemdi-2026). No
// rubric, or several, is a *DetectError listing them and naming --rubric.
func detectAmong(e evidence, rs []*rubric.Rubric) (*detection, error) {
	ids := e.IDs
	if !e.Unique {
		ids = slices.Clone(ids)
		slices.Sort(ids)
		ids = slices.Compact(ids)
	}
	matches := func(r *rubric.Rubric) bool {
		if len(ids) != len(r.Indicators) {
			return false
		}
		if r == e.Of {
			return true
		}
		for _, id := range ids {
			if r.Indicator(id) == nil {
				return false
			}
		}
		return true
	}
	var fit []*rubric.Rubric
	for _, r := range rs {
		if matches(r) {
			fit = append(fit, r)
		}
	}
	if e.StampID != "" {
		for _, r := range rs {
			if r.ID != e.StampID {
				continue
			}
			if len(ids) > 0 && !matches(r) {
				return nil, &DetectError{Candidates: rubricIDs(fit), Msg: lang.Sprintf("evaluate.detect-stamp-other-table",
					r.ID, len(r.Indicators), len(ids), fitting(fit))}
			}
			d := &detection{Rubric: r, ByStamp: true,
				Reason:   fmt.Sprintf("stempel templat pada lembar menyebut rubrik %s", r.ID),
				ReasonEN: fmt.Sprintf("the sheet's template stamp names rubric %s", r.ID)}
			return d, nil
		}
		return nil, &DetectError{Candidates: rubricIDs(fit), Msg: lang.Sprintf("evaluate.detect-stamp-not-builtin",
			e.StampID, strings.Join(rubricIDs(rs), ", "))}
	}
	if len(fit) > 1 && len(e.Names) > 0 {
		// Names separate rubrics with the same ids: keep those that know
		// every name the table gives.
		var named []*rubric.Rubric
		for _, r := range fit {
			if knowsNames(r, e.Names) {
				named = append(named, r)
			}
		}
		if len(named) > 0 {
			fit = named
		}
	}
	switch len(fit) {
	case 1:
		r := fit[0]
		// Said once for each built-in rubric: a batch says it for every
		// sheet.
		if b, ok := builtinFacts()[r]; ok {
			return &detection{Rubric: r, Reason: b.exact, ReasonEN: b.exactEN}, nil
		}
		exact, exactEN := holdsExactly(r)
		return &detection{Rubric: r, Reason: exact, ReasonEN: exactEN}, nil
	case 0:
		var known []string
		for _, r := range rs {
			known = append(known, lang.Sprintf("evaluate.detect-rubric-count", r.ID, len(r.Indicators)))
		}
		return nil, &DetectError{Msg: lang.Sprintf("evaluate.detect-no-rubric-fits",
			len(ids), strings.Join(known, ", "))}
	}
	return nil, &DetectError{Candidates: rubricIDs(fit), Msg: lang.Sprintf("evaluate.detect-several-fit", strings.Join(rubricIDs(fit), " and "))}
}

// holdsExactly says why a table that holds exactly r's indicators is
// read with r.
func holdsExactly(r *rubric.Rubric) (reason, reasonEN string) {
	return "tabel jawaban memuat tepat " + strconv.Itoa(len(r.Indicators)) + " indikator rubrik " + r.ID,
		"the answer table holds exactly the " + strconv.Itoa(len(r.Indicators)) + " indicators of rubric " + r.ID
}

func fitting(fit []*rubric.Rubric) string {
	if len(fit) == 0 {
		return ""
	}
	return lang.Sprintf("evaluate.detect-as-rubric-has", strings.Join(rubricIDs(fit), ", "))
}

func knowsNames(r *rubric.Rubric, names map[string]string) bool {
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	for id, name := range names {
		in := r.Indicator(id)
		if in == nil {
			return false
		}
		ok := norm(in.Name) == norm(name) || norm(in.NameEN) == norm(name)
		for _, a := range in.Aliases {
			ok = ok || norm(a) == norm(name)
		}
		if !ok {
			return false
		}
	}
	return true
}

func rubricIDs(rs []*rubric.Rubric) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}
