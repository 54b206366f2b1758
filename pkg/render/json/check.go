package json

import (
	"fmt"
	"io"

	"github.com/spbe-id/spbe/pkg/doc/checkdoc"
	"github.com/spbe-id/spbe/pkg/lang"
)

// JSONCheck is the machine-readable outcome of a check.
type JSONCheck struct {
	Tool     string           `json:"tool"`
	Dir      string           `json:"dir"`
	Rubric   JSONRubric       `json:"rubric"`
	Update   bool             `json:"update"`
	OK       bool             `json:"ok"`
	Summary  checkdoc.Summary `json:"summary"`
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

func jsonValue(v checkdoc.GoldenValue) *JSONValue {
	switch {
	case v.Missing():
		return nil
	case v.Exact == nil:
		return &JSONValue{Text: v.Text}
	}
	return &JSONValue{Exact: lang.Fraction(v.Exact), Rounded: v.Rounded}
}

// JSONCheckOf converts a check to its JSON form.
func JSONCheckOf(c *checkdoc.Check) JSONCheck {
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
func CheckJSON(w io.Writer, c *checkdoc.Check) error {
	return writeJSON(w, JSONCheckOf(c))
}
