package text

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Compare draws the document of spbe compare for a terminal.
func Compare(w io.Writer, dc *doc.CompareDoc) error {
	l, c := dc.Lang, dc.Comparison
	r := c.New.Rubric
	ew := errw.New(w)
	ew.Printf("%s\n\n", fmt.Sprintf(l.T("compare.title"), l.Title(r)))
	t := &textTable{}
	t.add("", l.T("compare.old"), l.T("compare.new"))
	t.add(l.T("file")+":", doc.SubjectFile(l, dc.Old), doc.SubjectFile(l, dc.New))
	if dc.Old.OPD != "" || dc.New.OPD != "" {
		t.add(l.T("opd")+":", dc.Old.OPD, dc.New.OPD)
	}
	if dc.Old.Year != "" || dc.New.Year != "" {
		t.add(l.T("year")+":", dc.Old.Year, dc.New.Year)
	}
	t.add(l.T("index")+":", fmt.Sprintf("%s (%s)", l.Num(r, c.Old.Index), l.Band(c.Old.Band)), fmt.Sprintf("%s (%s)", l.Num(r, c.New.Index), l.Band(c.New.Band)))
	t.write(ew)
	ew.Printf("%s: %s\n\n", l.T("rubric"), l.RubricLine(r))
	ew.Printf("%s\n%s\n", doc.IndexChange(l, c), doc.CompareBand(l, c))
	if len(c.Domains) > 0 {
		ew.Printf("\n%s:\n", l.T("compare.domains"))
		changeTable(l, r, c.Domains).write(ew)
	}
	ew.Printf("\n%s:\n", l.T("compare.aspects"))
	changeTable(l, r, c.Aspects).write(ew)
	ew.Printf("\n%s:\n", fmt.Sprintf(l.T("compare.indicators"), len(c.Indicators), len(r.Indicators), c.Unchanged))
	if len(c.Indicators) == 0 {
		ew.Printf("  %s\n", l.T("compare.none"))
	} else {
		t := &textTable{indent: "  ", right: []bool{false, false, true, true, true}}
		t.add(l.T("id"), l.T("indicator"), l.T("compare.old"), l.T("compare.new"), l.T("compare.effect"))
		for _, x := range c.Indicators {
			in := x.Indicator
			t.add(in.ID, l.Name(in.Name, in.NameEN), doc.NIText(l, in, x.OldValue, x.Old), doc.NIText(l, in, x.NewValue, x.New), l.Signed(x.Delta, 4))
		}
		t.write(ew)
	}
	writeNotices(ew, dc.Notices)
	return ew.Err
}

func changeTable(l lang.Lang, r *rubric.Rubric, xs []doc.Change) *textTable {
	t := &textTable{indent: "  ", right: []bool{false, true, true, true, true}}
	t.add("", l.T("weight"), l.T("compare.old"), l.T("compare.new"), l.T("compare.change"))
	for _, x := range xs {
		t.add(x.ID+" "+l.Name(x.Name, x.NameEN), l.Fixed(x.Weight), l.Num(r, x.Old), l.Num(r, x.New), l.Delta(r, x.Delta()))
	}
	return t
}
