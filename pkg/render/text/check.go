package text

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc/checkdoc"
)

// CheckText writes the outcome for a person: a table of every value that
// differs from its golden (sheet, what, old → new), the predicates that
// changed called out below it, the goldens --update wrote, and a count.
// Why a sheet failed is not repeated here: spbe check prints it on the
// error stream as it happens.
func CheckText(w io.Writer, c *checkdoc.Check) error {
	l, r := c.Lang, c.Rubric
	ew := errw.New(w)
	ew.Printf(l.T("check.head")+"\n", c.Dir, r.ID, r.Version, l.Status(r.Status))
	rows := [][]string{{l.T("check.sheet"), l.T("check.what"), l.T("check.old"), "", l.T("check.new")}}
	var preds []string
	for _, sh := range c.Sheets {
		for _, d := range sh.Differences {
			rows = append(rows, []string{sh.Sheet, checkdoc.What(l, d), checkdoc.Value(l, d.Old), "→", checkdoc.Value(l, d.New)})
			if d.Kind == checkdoc.KindPredicate {
				preds = append(preds, fmt.Sprintf("  %s: %s%s → %s", sh.Sheet, strings.TrimSuffix(checkdoc.What(l, d), l.T("check.kind.pred")), checkdoc.Value(l, d.Old), checkdoc.Value(l, d.New)))
			}
		}
	}
	s := c.Summary()
	// Each part is a paragraph of its own, printed only when it has
	// something to say.
	if len(rows) > 1 {
		ew.Printf("\n")
		writeAlignedColumns(ew, rows, "llrcl")
	} else if s.Same == s.Sheets {
		ew.Printf("\n%s\n", l.T("check.nochange"))
	}
	if len(preds) > 0 {
		ew.Printf("\n%s\n%s\n", l.T("check.predicates"), strings.Join(preds, "\n"))
	}
	var written []string
	for _, sh := range c.Sheets {
		if sh.Updated {
			verb := l.T("check.updated")
			if sh.Status == checkdoc.Missing {
				verb = l.T("check.created")
			}
			written = append(written, verb+" "+sh.Golden)
		}
	}
	if len(written) > 0 {
		ew.Printf("\n%s\n", strings.Join(written, "\n"))
	}
	ew.Printf("\n"+l.N("check.summary", s.Sheets), s.Sheets, s.Same, s.Changed, s.Failed)
	if s.Updated > 0 {
		ew.Printf(" "+l.T("check.written"), s.Updated)
	}
	ew.Printf("\n")
	if s.Orphans > 0 {
		ew.Printf(l.T("check.orphans")+"\n", s.Orphans)
	}
	if s.Changed > 0 && !c.Update {
		cmd := "spbe check --update "
		if c.RubricArg != "" {
			cmd += "--rubric " + shellQuote(c.RubricArg) + " "
		}
		ew.Printf(l.T("check.fix")+"\n", cmd+shellQuote(c.Dir))
	}
	if r.Provisional() {
		ew.Printf("\n"+l.T("provisional")+"\n", r.ID, l.Status(r.Status))
	}
	return ew.Err
}

// shellQuote quotes s for a POSIX shell when it needs quoting, so that
// the command check suggests can be pasted.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@+,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
