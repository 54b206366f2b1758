package markdown

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Compare draws the document of spbe compare as Markdown.
func Compare(w io.Writer, dc *doc.CompareDoc) error {
	l, c := dc.Lang, dc.Comparison
	r := c.New.Rubric
	ew := errw.New(w)
	ew.Printf("# %s\n\n", mdEscape(fmt.Sprintf(l.T("compare.title"), l.Title(r))))
	ew.Printf("| | %s | %s |\n|---|---|---|\n", l.T("compare.old"), l.T("compare.new"))
	ew.Printf("| %s | %s | %s |\n", l.T("file"), mdEscape(doc.SubjectFile(l, dc.Old)), mdEscape(doc.SubjectFile(l, dc.New)))
	if dc.Old.OPD != "" || dc.New.OPD != "" {
		ew.Printf("| %s | %s | %s |\n", l.T("opd"), mdEscape(dc.Old.OPD), mdEscape(dc.New.OPD))
	}
	if dc.Old.Year != "" || dc.New.Year != "" {
		ew.Printf("| %s | %s | %s |\n", l.T("year"), mdEscape(dc.Old.Year), mdEscape(dc.New.Year))
	}
	ew.Printf("| %s | %s (%s) | %s (%s) |\n", l.T("index"), l.Num(r, c.Old.Index), l.Band(c.Old.Band), l.Num(r, c.New.Index), l.Band(c.New.Band))
	ew.Printf("| %s | %s | |\n\n", l.T("rubric"), mdEscape(l.RubricLine(r)))
	ew.Printf("**%s** %s\n", doc.IndexChange(l, c), doc.CompareBand(l, c))
	if len(c.Domains) > 0 {
		ew.Printf("\n## %s\n\n", l.T("compare.domains"))
		changeMarkdown(ew, l, r, c.Domains)
	}
	ew.Printf("\n## %s\n\n", l.T("compare.aspects"))
	changeMarkdown(ew, l, r, c.Aspects)
	ew.Printf("\n## %s\n\n", fmt.Sprintf(l.T("compare.indicators"), len(c.Indicators), len(r.Indicators), c.Unchanged))
	if len(c.Indicators) == 0 {
		ew.Printf("%s\n", l.T("compare.none"))
	} else {
		ew.Printf("| %s | %s | %s | %s | %s |\n|---|---|---:|---:|---:|\n", l.T("id"), l.T("indicator"), l.T("compare.old"), l.T("compare.new"), l.T("compare.effect"))
		for _, x := range c.Indicators {
			in := x.Indicator
			ew.Printf("| %s | %s | %s | %s | %s |\n", mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), doc.NIText(l, in, x.OldValue, x.Old), doc.NIText(l, in, x.NewValue, x.New), l.Signed(x.Delta, 4))
		}
	}
	noticesMarkdown(ew, dc.Notices)
	return ew.Err
}

func changeMarkdown(ew *errWriter, l lang.Lang, r *rubric.Rubric, xs []doc.Change) {
	ew.Printf("| %s | %s | %s | %s | %s | %s |\n|---|---|---:|---:|---:|---:|\n", l.T("id"), l.T("name"), l.T("weight"), l.T("compare.old"), l.T("compare.new"), l.T("compare.change"))
	for _, x := range xs {
		ew.Printf("| %s | %s | %s | %s | %s | %s |\n", mdEscape(x.ID), mdEscape(l.Name(x.Name, x.NameEN)), l.Fixed(x.Weight), l.Num(r, x.Old), l.Num(r, x.New), l.Delta(r, x.Delta()))
	}
}
