package html

import (
	"fmt"
	"io"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc/checkdoc"
	"github.com/spbe-id/spbe/pkg/lang"
)

func init() {
	lang.AddMessages(map[string][2]string{
		"html.check.golden":    {"Golden", "Golden"},
		"html.check.status":    {"Hasil", "Outcome"},
		"html.check.sheets":    {"Lembar", "Sheets"},
		"html.check.diffs":     {"Yang berubah", "What changed"},
		"html.check.written":   {"Golden yang ditulis", "Goldens written"},
		"html.check.ok":        {"lulus", "passed"},
		"html.check.fail":      {"gagal", "failed"},
		"html.check.same":      {"sama", "matches"},
		"html.check.changed":   {"berubah", "changed"},
		"html.check.missing":   {"golden tidak ada", "golden missing"},
		"html.check.malformed": {"golden rusak", "golden malformed"},
		"html.check.failed":    {"tidak dapat dinilai", "not scored"},
		"html.check.orphans":   {"Golden tanpa lembar", "Goldens without a sheet"},
	})
}

// Check writes the summary of spbe check as HTML, for a reviewer opening
// a CI artefact: every sheet with its outcome, every value that changed,
// the predicates that changed, and the command that accepts the changes.
func Check(w io.Writer, c *checkdoc.Check) error {
	l, r := c.Lang, c.Rubric
	title := fmt.Sprintf(l.T("check.head"), c.Dir, r.ID, r.Version, l.Status(r.Status))
	p := &page{Lang: string(l), Title: title, Running: title, Footer: footer(l, c.ToolVersion)}
	s := c.Summary()
	verdict, fill := l.T("html.check.ok"), "#63BE7B"
	if !c.OK() {
		verdict, fill = l.T("html.check.fail"), "#F8696B"
	}
	p.Headline = &headline{Label: l.T("html.check.status"), Value: fmt.Sprintf("%d/%d", s.Same, s.Sheets), Band: &chip{Text: verdict, Fill: fill, Ink: ink(fill)}}
	line := fmt.Sprintf(l.N("check.summary", s.Sheets), s.Sheets, s.Same, s.Changed, s.Failed)
	if s.Updated > 0 {
		line += " " + fmt.Sprintf(l.T("check.written"), s.Updated)
	}
	p.Headline.Lines = []string{line}
	if s.Orphans > 0 {
		p.Headline.Lines = append(p.Headline.Lines, fmt.Sprintf(l.T("check.orphans"), s.Orphans))
	}
	if r.Provisional() {
		p.Notices = append(p.Notices, fmt.Sprintf(l.T("provisional"), r.ID, l.Status(r.Status)))
	}

	diffs := &table{Head: heads(l.T("check.sheet"), l.T("check.what"), l.T("check.old"), l.T("check.new"))}
	var preds []string
	for _, sh := range c.Sheets {
		for _, d := range sh.Differences {
			diffs.Rows = append(diffs.Rows, []cell{txt(sh.Sheet), txt(checkdoc.What(l, d)), txt(checkdoc.Value(l, d.Old)), txt(checkdoc.Value(l, d.New))})
			if d.Kind == checkdoc.KindPredicate {
				preds = append(preds, fmt.Sprintf("%s: %s%s → %s", sh.Sheet, strings.TrimSuffix(checkdoc.What(l, d), l.T("check.kind.pred")), checkdoc.Value(l, d.Old), checkdoc.Value(l, d.New)))
			}
		}
	}
	ds := &section{ID: "changes", Title: l.T("html.check.diffs")}
	if len(preds) > 0 {
		ds.Blocks = append(ds.Blocks, &block{Notes: append([]string{l.T("check.predicates")}, preds...)})
	}
	if len(diffs.Rows) > 0 {
		ds.Blocks = append(ds.Blocks, &block{Table: diffs})
	} else if s.Same == s.Sheets {
		ds.Blocks = append(ds.Blocks, &block{Para: l.T("check.nochange")})
	}
	if s.Changed > 0 && !c.Update {
		cmd := "spbe check --update "
		if c.RubricArg != "" {
			cmd += "--rubric " + shellQuote(c.RubricArg) + " "
		}
		ds.Blocks = append(ds.Blocks, &block{Para: fmt.Sprintf(l.T("check.fix"), cmd+shellQuote(c.Dir))})
	}
	if len(ds.Blocks) > 0 {
		p.Sections = append(p.Sections, ds)
	}

	sheets := &table{Head: heads(l.T("check.sheet"), l.T("html.check.golden"), l.T("html.check.status"))}
	var written []string
	for _, sh := range c.Sheets {
		st := l.T("html.check." + sh.Status)
		if sh.Err != nil {
			st += ": " + sh.Err.Error()
		}
		if sh.Updated {
			verb := l.T("check.updated")
			if sh.Status == checkdoc.Missing {
				verb = l.T("check.created")
			}
			written = append(written, verb+" "+sh.Golden)
			st += " (" + verb + ")"
		}
		sheets.Rows = append(sheets.Rows, []cell{txt(sh.Sheet), txt(sh.Golden), txt(st)})
	}
	p.Sections = append(p.Sections, &section{ID: "sheets", Title: l.T("html.check.sheets"), Blocks: []*block{{Table: sheets}}})
	if len(written) > 0 {
		p.Sections = append(p.Sections, &section{ID: "written", Title: l.T("html.check.written"), Blocks: []*block{{List: written}}})
	}
	if len(c.Orphans) > 0 {
		p.Sections = append(p.Sections, &section{ID: "orphans", Title: l.T("html.check.orphans"), Blocks: []*block{{List: c.Orphans}}})
	}
	return write(w, p)
}

// shellQuote quotes s for a POSIX shell when it needs quoting, so that
// the command check suggests can be pasted.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@+,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
