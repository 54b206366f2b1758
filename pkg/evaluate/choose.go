package evaluate

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// Rubrics is how a command's rubric is chosen: the one --rubric named, or,
// when Named is nil, the built-in rubric each answer sheet fits (its
// template stamp first, else the one rubric whose indicators its table
// holds exactly).
type Rubrics struct {
	Named *rubric.Rubric
}

// ReadSheet reads the answer sheet at path with its rubric. choice says
// why the rubric was chosen, and is nil when --rubric named it. A sheet
// that --rubric's rubric cannot read but another built-in rubric fits
// says which.
func (rs Rubrics) ReadSheet(path string, limits sheet.Options) (a *sheet.Answers, r *rubric.Rubric, choice *doc.Choice, err error) {
	if rs.Named != nil {
		a, err = sheet.ReadFile(path, rs.Named, limits)
		if err != nil {
			err = fitsAnother(path, limits, rs.Named, err)
		}
		return a, rs.Named, nil, err
	}
	if a, r, choice := fastRead(path, limits); a != nil {
		return a, r, choice, nil
	}
	// near is why no built-in rubric fits the table exactly when one is
	// nearest (see closest): the sheet is read with that one, so that its
	// problems (a row deleted, an id mistyped) are told after it.
	var near error
	a, r, err = sheet.ReadFileChoosing(path, limits, func(id *sheet.Identity) (*rubric.Rubric, error) {
		var r *rubric.Rubric
		var err error
		r, choice, near, err = choose(id)
		return r, err
	})
	var se *sheet.Error
	if near != nil && errors.As(err, &se) {
		err = &sheet.Error{File: se.File, Problems: append([]sheet.Problem{{Code: "no-rubric-fits", Values: []string{r.ID},
			Msg: lang.Sprintf("evaluate.nearest-rubric", near, r.ID)}}, se.Problems...)}
	}
	if err == nil && near != nil {
		choice = &doc.Choice{Rubric: r.ID, Reason: "tabel jawaban hanya cocok dengan rubrik " + r.ID, ReasonEN: "the answer table fits rubric " + r.ID + " alone"}
	}
	if err != nil {
		var de *DetectError
		if errors.As(err, &de) {
			err = fmt.Errorf("%s: %w", path, err)
		}
		return nil, nil, nil, err
	}
	if near == nil && choice != nil && builtin(r.ID) == r {
		lastChosen.Store(r)
	}
	return a, r, choice, nil
}

// lastChosen is the built-in rubric the last sheet chose: in a batch most
// sheets are of one framework, and reading a sheet with it first saves
// finding its table twice.
var lastChosen atomic.Pointer[rubric.Rubric]

// fastRead reads the sheet at path with the rubric the last sheet chose,
// and keeps the result only when the detection, applied to the table read,
// chooses that rubric too (the stamp first, then the indicators the table
// holds): the same choice, with the same reason, as finding the table
// without a rubric first would make. nil when it does not apply.
func fastRead(path string, limits sheet.Options) (*sheet.Answers, *rubric.Rubric, *doc.Choice) {
	r := lastChosen.Load()
	if r == nil {
		return nil, nil, nil
	}
	a, err := sheet.ReadFile(path, r, limits)
	if err != nil || a.PassedOver() {
		// Read with r, the reader passed over a table that names too
		// few of r's indicators: it may be the table the sheet's own
		// rubric reads, so the choice is made without a rubric.
		return nil, nil, nil
	}
	rs, err := builtins()
	if err != nil {
		return nil, nil, nil
	}
	ev := evidence{Unique: true}
	if ids := builtinFacts()[r].ids; len(a.Cells) == len(ids) {
		// Every id the reader keeps is one of r's, once: as many as r has
		// are all of them.
		ev.IDs, ev.Of = ids, r
	} else {
		ev.IDs = make([]string, 0, len(a.Cells))
		for id := range a.Cells {
			ev.IDs = append(ev.IDs, id)
		}
	}
	if a.Stamp != nil {
		ev.StampID, ev.StampHash = a.Stamp.RubricID, a.Stamp.Hash
	}
	d, err := detectAmong(ev, rs)
	if err != nil || d.Rubric != r {
		return nil, nil, nil
	}
	return a, r, &doc.Choice{Rubric: r.ID, ByStamp: d.ByStamp, Reason: d.Reason, ReasonEN: d.ReasonEN}
}

// choose picks the rubric of a sheet from its Identity (see Rubrics):
// the detected one, with why; or, when none fits exactly, the built-in
// rubric its stamp names if that one holds every id of the table, else
// the nearest (with near, why none fits); or an error.
func choose(id *sheet.Identity) (r *rubric.Rubric, choice *doc.Choice, near, err error) {
	d, err := detect(id)
	if err == nil {
		return d.Rubric, &doc.Choice{Rubric: d.Rubric.ID, ByStamp: d.ByStamp, Reason: d.Reason, ReasonEN: d.ReasonEN}, nil, nil
	}
	var de *DetectError
	if !errors.As(err, &de) || len(de.Candidates) > 0 {
		return nil, nil, nil, err
	}
	if id.Stamp != nil {
		// Made from the template of a built-in rubric that holds every id
		// of the table, and fits no other: rows were deleted or mistyped,
		// which reading with it tells.
		if r := builtin(id.Stamp.RubricID); r != nil && holds(r, id.IDs()) {
			return r, &doc.Choice{Rubric: r.ID, ByStamp: true,
				Reason:   fmt.Sprintf("stempel templat pada lembar menyebut rubrik %s", r.ID),
				ReasonEN: fmt.Sprintf("the sheet's template stamp names rubric %s", r.ID)}, nil, nil
		}
		return nil, nil, nil, err
	}
	if c := closest(id.IDs()); c != nil {
		return c, nil, err, nil
	}
	return nil, nil, nil, err
}

// Choose picks the rubric of the sheet at path as ReadSheet would, without
// scoring it: for spbe inspect, which shows how the sheet was read. It
// returns --rubric's rubric when one was named.
func (rs Rubrics) Choose(path string, limits sheet.Options) (*rubric.Rubric, *doc.Choice, error) {
	if rs.Named != nil {
		return rs.Named, nil, nil
	}
	var r *rubric.Rubric
	var choice *doc.Choice
	var cerr error
	err := sheetIdentify(path, limits, func(id *sheet.Identity) {
		r, choice, _, cerr = choose(id)
	})
	if err == nil {
		err = cerr
	}
	return r, choice, err
}

// detect chooses the built-in rubric of a sheet: by the ids of its first
// table, else by those of all its tables together (one sheet per domain).
func detect(id *sheet.Identity) (*detection, error) {
	ev := evidence{Names: id.Names}
	if id.Stamp != nil {
		ev.StampID, ev.StampHash = id.Stamp.RubricID, id.Stamp.Hash
	}
	if len(id.Tables) > 0 {
		ev.IDs = id.Tables[0]
	}
	rs, err := builtins()
	if err != nil {
		return nil, err
	}
	d, err := detectAmong(ev, rs)
	if err == nil || len(id.Tables) < 2 {
		return d, err
	}
	ev.IDs = id.IDs()
	if d2, err2 := detectAmong(ev, rs); err2 == nil {
		return d2, nil
	}
	return nil, err
}

// builtins are the built-in rubrics, parsed once: a batch chooses among
// them for every sheet, and its groups compare them.
var builtins = sync.OnceValues(func() ([]*rubric.Rubric, error) {
	var rs []*rubric.Rubric
	for _, name := range rubric.Builtins() {
		r, err := rubric.Builtin(name)
		if err != nil {
			return nil, lang.Errorf("evaluate.choose-rubric", err)
		}
		rs = append(rs, r)
	}
	return rs, nil
})

// facts are what a batch would otherwise work out again for every sheet
// of a built-in rubric: its indicator ids, in order, and why a table that
// holds exactly those is read with it (see holdsExactly).
type facts struct {
	ids            []string
	exact, exactEN string
}

// builtinFacts are the facts of each built-in rubric.
var builtinFacts = sync.OnceValue(func() map[*rubric.Rubric]facts {
	rs, _ := builtins()
	m := make(map[*rubric.Rubric]facts, len(rs))
	for _, r := range rs {
		f := facts{ids: make([]string, len(r.Indicators))}
		for i, in := range r.Indicators {
			f.ids[i] = in.ID
		}
		f.exact, f.exactEN = holdsExactly(r)
		m[r] = f
	}
	return m
})

// builtin returns the built-in rubric id, or nil.
func builtin(id string) *rubric.Rubric {
	rs, _ := builtins()
	for _, r := range rs {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// holds reports whether r has every id of ids.
func holds(r *rubric.Rubric, ids []string) bool {
	for _, id := range ids {
		if r.Indicator(id) == nil {
			return false
		}
	}
	return true
}

// closest returns the built-in rubric a table that fits none exactly
// comes nearest, to read it with and tell its problems (a row deleted, an
// id mistyped): the table names at least half of the rubric's indicators,
// and the rubric has the most of the table's ids less the indicators the
// table lacks. nil when no rubric is near, or two are equally near.
func closest(ids []string) *rubric.Rubric {
	var best *rubric.Rubric
	bestScore, tie := 0, false
	rs, err := builtins()
	if err != nil {
		return nil
	}
	for _, r := range rs {
		held := 0
		for _, id := range ids {
			if r.Indicator(id) != nil {
				held++
			}
		}
		if 2*held < len(r.Indicators) {
			continue
		}
		score := held - (len(r.Indicators) - held)
		switch {
		case best == nil || score > bestScore:
			best, bestScore, tie = r, score, false
		case score == bestScore:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// fitsAnother adds to the error of a sheet read with the rubric --rubric
// named the built-in rubric the sheet fits, when it fits another one: a
// Pemdi 2026 sheet scored with --rubric spbe-2020 is told to use
// pemdi-2026.
func fitsAnother(path string, limits sheet.Options, named *rubric.Rubric, err error) error {
	var se *sheet.Error
	if !errors.As(err, &se) || sheet.IsReport(err) {
		return err
	}
	var fit *detection
	rerr := sheetIdentify(path, limits, func(id *sheet.Identity) {
		if d, derr := detect(id); derr == nil {
			fit = d
		}
	})
	if rerr != nil || fit == nil || fit.Rubric.ID == named.ID {
		return err
	}
	out := &sheet.Error{File: se.File, Problems: append([]sheet.Problem{{Code: "other-rubric", Values: []string{named.ID, fit.Rubric.ID},
		Msg: lang.Sprintf("evaluate.other-rubric", fit.Rubric.ID, named.ID, lang.UI().Name(fit.Reason, fit.ReasonEN), fit.Rubric.ID)}}, se.Problems...)}
	return out
}

// sheetIdentify reads the sheet at path without a rubric and gives its
// Identity to use.
func sheetIdentify(path string, limits sheet.Options, use func(*sheet.Identity)) error {
	_, _, err := sheet.ReadFileChoosing(path, limits, func(id *sheet.Identity) (*rubric.Rubric, error) {
		use(id)
		return nil, errStop
	})
	if errors.Is(err, errStop) {
		return nil
	}
	return err
}

var errStop = errors.New("stop")

// ScoreSheet reads and scores one answer sheet with its rubric into its
// report, made by toolVersion of spbe; the report says how the rubric was
// chosen.
func (rs Rubrics) ScoreSheet(path string, limits sheet.Options, toolVersion string) (*doc.Report, error) {
	a, r, choice, err := rs.ReadSheet(path, limits)
	if err != nil {
		return nil, err
	}
	rep, err := doc.NewReport(path, a, r, toolVersion)
	if err != nil {
		return nil, err
	}
	rep.Choice = choice
	return rep, nil
}
