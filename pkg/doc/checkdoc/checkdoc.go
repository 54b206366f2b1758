// Package checkdoc is the document of spbe check: the outcome of
// re-scoring a folder of reference sheets against their golden files,
// sheet by sheet, with the words for each difference. pkg/evaluate fills
// it; the text, HTML and JSON renderers lay it out.
//
// checkdoc may import pkg/golden, pkg/lang and pkg/rubric; never the
// engine, the reader, a renderer or pkg/cli. It names golden's types so
// that no renderer imports pkg/golden.
package checkdoc

import (
	"strings"

	"github.com/spbe-id/spbe/pkg/golden"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Outcomes of one sheet in a check.
const (
	Same      = "same"      // the result is what the golden says
	Changed   = "changed"   // some value differs from the golden
	Missing   = "missing"   // the sheet has no golden file
	Malformed = "malformed" // the golden file cannot be read
	Failed    = "failed"    // the sheet cannot be scored
)

// Golden types a check carries, named here so renderers read them without
// importing pkg/golden.
type (
	// Difference is a value that differs from its golden.
	Difference = golden.Difference
	// GoldenValue is one side of a Difference.
	GoldenValue = golden.Value
)

// Kinds of Difference.
const (
	KindRubric    = golden.KindRubric
	KindIndex     = golden.KindIndex
	KindPredicate = golden.KindPredicate
	KindDomain    = golden.KindDomain
	KindAspect    = golden.KindAspect
)

// Check is the outcome of re-scoring a folder of reference sheets against
// their golden files (spbe check).
type Check struct {
	Dir    string
	Rubric *rubric.Rubric
	// RubricArg is --rubric as given, for the command that accepts the
	// changes; empty for the default rubric.
	RubricArg string
	// Update is true when goldens were rewritten (--update).
	Update bool
	Sheets []Sheet
	// Orphans are golden files without a sheet of the same name.
	Orphans     []string
	ToolVersion string
	Lang        lang.Lang
}

// Sheet is the outcome of one sheet.
type Sheet struct {
	// Sheet and Golden are file names within the folder.
	Sheet, Golden string
	// Status is one of the outcomes Same, Changed, Missing, Malformed
	// and Failed.
	Status      string
	Differences []Difference
	// Err is why the sheet failed or its golden is malformed or missing.
	Err error
	// Updated is true when --update wrote the golden.
	Updated bool
}

// Summary counts the outcomes.
type Summary struct {
	Sheets  int `json:"sheets"`
	Same    int `json:"same"`
	Changed int `json:"changed"`
	Failed  int `json:"failed"`
	Updated int `json:"updated"`
	Orphans int `json:"orphan_goldens"`
}

// Summary counts the outcomes. A missing or malformed golden counts as a
// failure unless --update replaced it.
func (c *Check) Summary() Summary {
	s := Summary{Sheets: len(c.Sheets), Orphans: len(c.Orphans)}
	for _, sh := range c.Sheets {
		switch {
		case sh.Status == Same:
			s.Same++
		case sh.Status == Changed:
			s.Changed++
		case sh.Status == Failed || !sh.Updated:
			s.Failed++
		}
		if sh.Updated {
			s.Updated++
		}
	}
	return s
}

// OK reports whether the check passes: every sheet scored, every golden
// read, and nothing differs (or --update accepted the differences).
func (c *Check) OK() bool {
	s := c.Summary()
	return s.Failed == 0 && s.Orphans == 0 && (s.Changed == 0 || c.Update)
}

func init() {
	lang.AddMessages(map[string][2]string{
		"check.head":        {"Pemeriksaan %s dengan rubrik %s versi %s (%s)", "Checking %s with rubric %s version %s (%s)"},
		"check.sheet":       {"Lembar", "Sheet"},
		"check.what":        {"Yang berubah", "What"},
		"check.old":         {"Golden", "Golden"},
		"check.new":         {"Sekarang", "Now"},
		"check.self":        {"Mandiri: ", "Self: "},
		"check.rubric":      {"Rubrik", "Rubric"},
		"check.nochange":    {"Semua hasil sama dengan golden-nya.", "Every result matches its golden."},
		"check.predicates":  {"PREDIKAT BERUBAH:", "PREDICATE CHANGED:"},
		"check.created":     {"dibuat", "created"},
		"check.updated":     {"diperbarui", "updated"},
		"check.summary":     {"%d lembar: %d sama, %d berubah, %d gagal.", "%d sheets: %d match, %d changed, %d failed."},
		"check.summary.one": {"%d lembar: %d sama, %d berubah, %d gagal.", "%d sheet: %d match, %d changed, %d failed."},
		"check.written":     {"%d golden ditulis.", "%d goldens written."},
		"check.orphans":     {"%d golden tanpa lembar.", "%d goldens without a sheet."},
		"check.fix":         {"Bila perubahan ini disengaja, terima dengan: %s", "If these changes are intended, accept them with: %s"},
		"check.kind.index":  {"Indeks", "Index"},
		"check.kind.pred":   {"Predikat", "Predicate"},
		"check.kind.domain": {"Domain", "Domain"},
		"check.kind.aspect": {"Aspek", "Aspect"},
	})
}

// What names the value a difference is about.
func What(l lang.Lang, d Difference) string {
	var s string
	switch d.Kind {
	case golden.KindRubric:
		s = l.T("check.rubric")
	case golden.KindIndex:
		s = l.T("check.kind.index")
	case golden.KindPredicate:
		s = l.T("check.kind.pred")
	case golden.KindDomain:
		s = l.T("check.kind.domain") + " " + d.ID
	case golden.KindAspect:
		s = l.T("check.kind.aspect") + " " + d.ID
	}
	if d.Self {
		s = l.T("check.self") + s
	}
	return s
}

// Value prints a value of a difference: the printed number, followed by
// the exact one when they differ; a dash when there is none.
func Value(l lang.Lang, v GoldenValue) string {
	switch {
	case v.Missing():
		return "—"
	case v.Exact == nil:
		return v.Text
	}
	s := strings.Replace(v.Rounded, ".", l.Sep(), 1)
	if r, ok := golden.ParseExact(v.Rounded); !ok || r.Cmp(v.Exact) != 0 {
		s += " (" + l.Exact(v.Exact) + ")"
	}
	return s
}
