package html

import (
	"fmt"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Compare writes the document of spbe compare as HTML: both evaluations
// side by side, the change of the index and the predicate, and every
// domain, aspect and indicator that changed; what the Markdown document
// shows.
func Compare(w io.Writer, dc *doc.CompareDoc) error {
	l, c := dc.Lang, dc.Comparison
	r := c.New.Rubric
	title := fmt.Sprintf(l.T("compare.title"), l.Title(r))
	p := &page{Lang: string(l), Title: title, Footer: footer(l, dc.ToolVersion), Notices: dc.Notices}
	opd := dc.New.OPD
	if opd == "" {
		opd = dc.Old.OPD
	}
	years := dc.Old.Year
	if dc.New.Year != "" && dc.New.Year != years {
		if years != "" {
			years += " → "
		}
		years += dc.New.Year
	}
	p.Running = running(opd, yearText(l, years), title)
	p.Headline = &headline{Label: l.Num(r, c.Old.Index) + " →", Value: l.Num(r, c.New.Index), Band: bandChip(l, c.New.Band),
		Lines: []string{doc.IndexChange(l, c), doc.CompareBand(l, c)}}

	t := &table{Head: heads("", l.T("compare.old"), l.T("compare.new"))}
	t.Rows = append(t.Rows, []cell{rowHead(l.T("file")), txt(doc.SubjectFile(l, dc.Old)), txt(doc.SubjectFile(l, dc.New))})
	if dc.Old.OPD != "" || dc.New.OPD != "" {
		t.Rows = append(t.Rows, []cell{rowHead(l.T("opd")), txt(dc.Old.OPD), txt(dc.New.OPD)})
	}
	if dc.Old.Year != "" || dc.New.Year != "" {
		t.Rows = append(t.Rows, []cell{rowHead(l.T("year")), txt(dc.Old.Year), txt(dc.New.Year)})
	}
	t.Rows = append(t.Rows,
		[]cell{rowHead(l.T("index")), txt(l.Num(r, c.Old.Index)), txt(l.Num(r, c.New.Index))},
		[]cell{rowHead(l.T("predicate")), {Chip: bandChip(l, c.Old.Band)}, {Chip: bandChip(l, c.New.Band)}},
		[]cell{rowHead(l.T("rubric")), txt(l.RubricLine(r)), txt("")})
	p.Sections = append(p.Sections, &section{ID: "summary", Title: l.T("summary"), Blocks: []*block{{Table: t}, {Strong: doc.IndexChange(l, c) + " " + doc.CompareBand(l, c)}}})
	if len(c.Domains) > 0 {
		p.Sections = append(p.Sections, &section{ID: "domains", Title: l.T("compare.domains"), Blocks: []*block{{Table: changeTable(l, r, c.Domains)}}})
	}
	p.Sections = append(p.Sections, &section{ID: "aspects", Title: l.T("compare.aspects"), Blocks: []*block{{Table: changeTable(l, r, c.Aspects)}}})
	is := &section{ID: "indicators", Title: fmt.Sprintf(l.T("compare.indicators"), len(c.Indicators), len(r.Indicators), c.Unchanged)}
	if len(c.Indicators) == 0 {
		is.Blocks = append(is.Blocks, &block{Para: l.T("compare.none")})
	} else {
		it := &table{Head: []cell{txt(l.T("id")), txt(l.T("indicator")), num(l.T("compare.old")), num(l.T("compare.new")), num(l.T("compare.effect"))}}
		for _, x := range c.Indicators {
			in := x.Indicator
			it.Rows = append(it.Rows, []cell{txt(in.ID), txt(l.Name(in.Name, in.NameEN)), intc(x.Old), intc(x.New), num(l.Signed(x.Delta, 4))})
		}
		is.Blocks = append(is.Blocks, &block{Table: it})
	}
	p.Sections = append(p.Sections, is)
	return write(w, p)
}

func changeTable(l lang.Lang, r *rubric.Rubric, xs []doc.Change) *table {
	t := &table{Head: []cell{txt(l.T("id")), txt(l.T("name")), num(l.T("weight")), num(l.T("compare.old")), num(l.T("compare.new")), num(l.T("compare.change"))}}
	for _, x := range xs {
		t.Rows = append(t.Rows, []cell{txt(x.ID), txt(l.Name(x.Name, x.NameEN)), num(l.Fixed(x.Weight)), num(l.Num(r, x.Old)), num(l.Num(r, x.New)), num(l.Delta(r, x.Delta()))})
	}
	return t
}
