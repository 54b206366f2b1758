package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/golden"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Outcomes of one sheet in a check.
const (
	CheckSame      = "same"      // the result is what the golden says
	CheckChanged   = "changed"   // some value differs from the golden
	CheckMissing   = "missing"   // the sheet has no golden file
	CheckMalformed = "malformed" // the golden file cannot be read
	CheckFailed    = "failed"    // the sheet cannot be scored
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
	Sheets []CheckSheet
	// Orphans are golden files without a sheet of the same name.
	Orphans     []string
	ToolVersion string
	Lang        Lang
}

// CheckSheet is the outcome of one sheet.
type CheckSheet struct {
	// Sheet and Golden are file names within the folder.
	Sheet, Golden string
	// Status is one of the Check* outcomes.
	Status      string
	Differences []golden.Difference
	// Err is why the sheet failed or its golden is malformed or missing.
	Err error
	// Updated is true when --update wrote the golden.
	Updated bool
}

// CheckSummary counts the outcomes.
type CheckSummary struct {
	Sheets  int `json:"sheets"`
	Same    int `json:"same"`
	Changed int `json:"changed"`
	Failed  int `json:"failed"`
	Updated int `json:"updated"`
	Orphans int `json:"orphan_goldens"`
}

// Summary counts the outcomes. A missing or malformed golden counts as a
// failure unless --update replaced it.
func (c *Check) Summary() CheckSummary {
	s := CheckSummary{Sheets: len(c.Sheets), Orphans: len(c.Orphans)}
	for _, sh := range c.Sheets {
		switch {
		case sh.Status == CheckSame:
			s.Same++
		case sh.Status == CheckChanged:
			s.Changed++
		case sh.Status == CheckFailed || !sh.Updated:
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
	addMessages(map[string][2]string{
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
		"check.written":     {"%d golden ditulis.", "%d goldens written."},
		"check.orphans":     {"%d golden tanpa lembar.", "%d goldens without a sheet."},
		"check.fix":         {"Bila perubahan ini disengaja, terima dengan: %s", "If these changes are intended, accept them with: %s"},
		"check.kind.index":  {"Indeks", "Index"},
		"check.kind.pred":   {"Predikat", "Predicate"},
		"check.kind.domain": {"Domain", "Domain"},
		"check.kind.aspect": {"Aspek", "Aspect"},
	})
}

// checkWhat names the value a difference is about.
func checkWhat(l Lang, d golden.Difference) string {
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

// checkValue prints a value of a difference: the printed number, followed by
// the exact one when they differ; a dash when there is none.
func checkValue(l Lang, v golden.Value) string {
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

// CheckText writes the outcome for a person: a table of every value that
// differs from its golden (sheet, what, old → new), the predicates that
// changed called out below it, the goldens --update wrote, and a count.
// Why a sheet failed is not repeated here: spbe check prints it on the
// error stream as it happens.
func CheckText(w io.Writer, c *Check) error {
	l, r := c.Lang, c.Rubric
	ew := &errWriter{w: w}
	ew.printf(l.T("check.head")+"\n", c.Dir, r.ID, r.Version, l.Status(r.Status))
	rows := [][]string{{l.T("check.sheet"), l.T("check.what"), l.T("check.old"), "", l.T("check.new")}}
	var preds []string
	for _, sh := range c.Sheets {
		for _, d := range sh.Differences {
			rows = append(rows, []string{sh.Sheet, checkWhat(l, d), checkValue(l, d.Old), "→", checkValue(l, d.New)})
			if d.Kind == golden.KindPredicate {
				preds = append(preds, fmt.Sprintf("  %s: %s%s → %s", sh.Sheet, strings.TrimSuffix(checkWhat(l, d), l.T("check.kind.pred")), checkValue(l, d.Old), checkValue(l, d.New)))
			}
		}
	}
	s := c.Summary()
	// Each part is a paragraph of its own, printed only when it has
	// something to say.
	if len(rows) > 1 {
		ew.printf("\n")
		writeAlignedColumns(ew, rows, "llrcl")
	} else if s.Same == s.Sheets {
		ew.printf("\n%s\n", l.T("check.nochange"))
	}
	if len(preds) > 0 {
		ew.printf("\n%s\n%s\n", l.T("check.predicates"), strings.Join(preds, "\n"))
	}
	var written []string
	for _, sh := range c.Sheets {
		if sh.Updated {
			verb := l.T("check.updated")
			if sh.Status == CheckMissing {
				verb = l.T("check.created")
			}
			written = append(written, verb+" "+sh.Golden)
		}
	}
	if len(written) > 0 {
		ew.printf("\n%s\n", strings.Join(written, "\n"))
	}
	ew.printf("\n"+l.T("check.summary"), s.Sheets, s.Same, s.Changed, s.Failed)
	if s.Updated > 0 {
		ew.printf(" "+l.T("check.written"), s.Updated)
	}
	ew.printf("\n")
	if s.Orphans > 0 {
		ew.printf(l.T("check.orphans")+"\n", s.Orphans)
	}
	if s.Changed > 0 && !c.Update {
		cmd := "spbe check --update "
		if c.RubricArg != "" {
			cmd += "--rubric " + shellQuote(c.RubricArg) + " "
		}
		ew.printf(l.T("check.fix")+"\n", cmd+shellQuote(c.Dir))
	}
	if r.Provisional() {
		ew.printf("\n"+l.T("provisional")+"\n", r.ID, l.Status(r.Status))
	}
	return ew.err
}

// writeAlignedColumns writes rows as columns two spaces apart, each aligned as
// align says: 'l' left, 'r' right, 'c' right unless empty. Lines carry no
// trailing spaces.
func writeAlignedColumns(w io.Writer, rows [][]string, align string) {
	widths := make([]int, len(align))
	for _, row := range rows {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i > 0 {
				b.WriteString("  ")
			}
			if align[i] == 'r' || align[i] == 'c' && c != "" {
				b.WriteString(pad + c)
			} else if i < len(row)-1 {
				b.WriteString(c + pad)
			} else {
				b.WriteString(c)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// JSONCheck is the machine-readable outcome of a check.
type JSONCheck struct {
	Tool     string           `json:"tool"`
	Dir      string           `json:"dir"`
	Rubric   JSONRubric       `json:"rubric"`
	Update   bool             `json:"update"`
	OK       bool             `json:"ok"`
	Summary  CheckSummary     `json:"summary"`
	Sheets   []JSONCheckSheet `json:"sheets"`
	Orphans  []string         `json:"orphan_goldens"`
	Warnings []string         `json:"warnings"`
}

// JSONCheckSheet is one sheet of a check.
type JSONCheckSheet struct {
	Sheet       string           `json:"sheet"`
	Golden      string           `json:"golden"`
	Status      string           `json:"status"`
	Updated     bool             `json:"updated"`
	Error       string           `json:"error,omitempty"`
	Differences []JSONDifference `json:"differences"`
}

// JSONDifference is one value that differs from its golden. Old or New is
// null when that side has no such value.
type JSONDifference struct {
	Self bool       `json:"self_assessment"`
	Kind string     `json:"kind"`
	ID   string     `json:"id,omitempty"`
	Old  *JSONValue `json:"old"`
	New  *JSONValue `json:"new"`
}

// JSONValue is a number (exact and as printed) or a text.
type JSONValue struct {
	Exact   string `json:"exact,omitempty"`
	Rounded string `json:"rounded,omitempty"`
	Text    string `json:"text,omitempty"`
}

func jsonValue(v golden.Value) *JSONValue {
	switch {
	case v.Missing():
		return nil
	case v.Exact == nil:
		return &JSONValue{Text: v.Text}
	}
	return &JSONValue{Exact: golden.Exact(v.Exact), Rounded: v.Rounded}
}

// JSONCheckOf converts a check to its JSON form.
func JSONCheckOf(c *Check) JSONCheck {
	r := c.Rubric
	out := JSONCheck{
		Tool: "spbe " + c.ToolVersion, Dir: c.Dir, Update: c.Update, OK: c.OK(), Summary: c.Summary(),
		Rubric:  jsonRubric(r),
		Sheets:  []JSONCheckSheet{},
		Orphans: append([]string{}, c.Orphans...), Warnings: []string{},
	}
	if r.Provisional() {
		out.Warnings = append(out.Warnings, fmt.Sprintf(c.Lang.T("provisional"), r.ID, c.Lang.Status(r.Status)))
	}
	for _, sh := range c.Sheets {
		s := JSONCheckSheet{Sheet: sh.Sheet, Golden: sh.Golden, Status: sh.Status, Updated: sh.Updated, Differences: []JSONDifference{}}
		if sh.Err != nil {
			s.Error = sh.Err.Error()
		}
		for _, d := range sh.Differences {
			s.Differences = append(s.Differences, JSONDifference{Self: d.Self, Kind: d.Kind, ID: d.ID, Old: jsonValue(d.Old), New: jsonValue(d.New)})
		}
		out.Sheets = append(out.Sheets, s)
	}
	return out
}

// CheckJSON writes the check as indented JSON.
func CheckJSON(w io.Writer, c *Check) error {
	return writeIndentedJSON(w, JSONCheckOf(c))
}

// shellQuote quotes s for a POSIX shell when it needs quoting, so that
// the command check suggests can be pasted.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@+,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
