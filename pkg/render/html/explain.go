package html

import (
	"fmt"
	"io"
	"math/big"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Explain writes the document of spbe explain as HTML: the arithmetic of
// every aspect, domain and the index, the rounding and the predicate, or
// one indicator's part in it; what the Markdown document shows.
func Explain(w io.Writer, dc *doc.ExplainDoc) error {
	l, e := dc.Lang, dc.Explanation
	if dc.Indicator != nil {
		return indicatorExplain(w, dc)
	}
	res := e.Result
	r := res.Rubric
	p := &page{Lang: string(l), Title: fmt.Sprintf(l.T("explain.title"), l.Title(r)), Footer: footer(l, dc.ToolVersion), Notices: dc.Notices}
	p.Running = running(dc.Subject.OPD, yearText(l, dc.Subject.Year), p.Title)
	p.Headline = &headline{Label: l.Title(r), Value: l.Num(r, res.Index), Band: bandChip(l, res.Band)}
	p.Sections = append(p.Sections, &section{ID: "subject", Title: l.T("summary"), Blocks: []*block{{Table: subjectTable(l, r, dc.Subject)}}})

	as := &section{ID: "aspects", Title: l.T("explain.aspects")}
	for _, st := range e.Aspects {
		t := &table{Head: []cell{txt(l.T("id")), txt(l.T("indicator")), num("NI"), num("BI (%)"), num("NI x BI (%)")}}
		for _, tm := range st.Terms {
			t.Rows = append(t.Rows, []cell{txt(tm.ID), txt(l.Name(tm.Name, tm.NameEN)), intc(tm.Level), num(l.Precise(tm.Weight, 2)), num(l.Precise(tm.Product, 2))})
		}
		t.Rows = append(t.Rows, []cell{rowHead(l.T("explain.sum.i")), txt(""), txt(""), txt(""), num(l.Precise(st.Sum, 2))})
		as.Blocks = append(as.Blocks,
			&block{Heading: fmt.Sprintf(l.T("explain.aspect.head"), st.ID, l.Name(st.Name, st.NameEN), l.Precise(st.Divisor, 2))},
			&block{Table: t},
			&block{Para: fmt.Sprintf(l.T("explain.aspect.line"), st.ID, l.Precise(st.Divisor, 0), l.Precise(st.Sum, 2), l.IndexValue(r, st.Index))})
	}
	p.Sections = append(p.Sections, as)
	if len(e.Domains) > 0 {
		ds := &section{ID: "domains", Title: l.T("explain.domains")}
		for _, st := range e.Domains {
			ds.Blocks = append(ds.Blocks,
				&block{Heading: fmt.Sprintf(l.T("explain.domain.head"), st.ID, l.Name(st.Name, st.NameEN), l.Precise(st.Divisor, 2))},
				&block{Table: termTable(l, r, st.Terms, l.T("aspect"), "NA", "BA", l.T("explain.sum.a"), st.Sum)},
				&block{Para: fmt.Sprintf(l.T("explain.domain.line"), st.ID, l.Precise(st.Divisor, 0), l.Precise(st.Sum, 2), l.IndexValue(r, st.Index))})
		}
		p.Sections = append(p.Sections, ds)
	}
	top := e.Index
	is := &section{ID: "index"}
	if len(e.Domains) > 0 {
		is.Title = fmt.Sprintf(l.T("explain.index.d"), l.Title(r))
		is.Blocks = append(is.Blocks, &block{Table: termTable(l, r, top.Terms, l.T("domain"), "ND", "BD", l.T("explain.sum.d"), top.Sum)},
			&block{Para: fmt.Sprintf(l.T("explain.index.line.d"), l.Title(r), l.Precise(top.Sum, 2), l.Precise(top.Index, r.Rounding.Decimals))})
	} else {
		is.Title = fmt.Sprintf(l.T("explain.index.a"), l.Title(r))
		is.Blocks = append(is.Blocks, &block{Table: termTable(l, r, top.Terms, l.T("aspect"), "NA", "BA", l.T("explain.sum.a"), top.Sum)},
			&block{Para: fmt.Sprintf(l.T("explain.index.line.a"), l.Title(r), l.Precise(top.Sum, 2), l.Precise(top.Index, r.Rounding.Decimals))})
	}
	is.Blocks = append(is.Blocks, &block{Para: doc.RoundingLine(l, r, e)},
		&block{Strong: fmt.Sprintf(l.T("explain.band"), l.Band(res.Band), l.BandReason(r, res.Band, e.Basis), l.BasisName(r))})
	p.Sections = append(p.Sections, is)
	return write(w, p)
}

// termTable is a group's terms: value x weight, and their sum.
func termTable(l lang.Lang, r *rubric.Rubric, terms []doc.Term, kind, v, wt, sum string, total *big.Rat) *table {
	t := &table{Head: []cell{txt(l.T("id")), txt(kind), num(v), num(wt + " (%)"), num(v + " x " + wt + " (%)")}}
	for _, tm := range terms {
		t.Rows = append(t.Rows, []cell{txt(tm.ID), txt(l.Name(tm.Name, tm.NameEN)), num(l.Precise(tm.Value, r.Rounding.Decimals)), num(l.Precise(tm.Weight, 2)), num(l.Precise(tm.Product, 2))})
	}
	t.Rows = append(t.Rows, []cell{rowHead(sum), txt(""), txt(""), txt(""), num(l.Precise(total, 2))})
	return t
}

// subjectTable says what an explanation, a plan or a comparison is about.
func subjectTable(l lang.Lang, r *rubric.Rubric, s doc.Subject) *table {
	var rows [][2]string
	if s.OPD != "" {
		rows = append(rows, [2]string{l.T("opd"), s.OPD})
	}
	if s.Year != "" {
		rows = append(rows, [2]string{l.T("year"), s.Year})
	}
	if s.File != "" {
		rows = append(rows, [2]string{l.T("file"), doc.SubjectFile(l, s)})
	}
	rows = append(rows, [2]string{l.T("rubric"), l.RubricLine(r)})
	return kv(rows...)
}

func indicatorExplain(w io.Writer, dc *doc.ExplainDoc) error {
	l, ie := dc.Lang, dc.Indicator
	in, r := ie.Indicator, ie.Result.Rubric
	head, where := doc.IndicatorHeader(l, in)
	p := &page{Lang: string(l), Title: head, Footer: footer(l, dc.ToolVersion), Notices: dc.Notices}
	p.Running = running(dc.Subject.OPD, yearText(l, dc.Subject.Year), head)
	p.Headline = &headline{Label: l.T("level") + " (NI)", Value: fmt.Sprint(ie.Level), Lines: []string{l.LevelLabel(in.Scale, ie.Level), where}}
	t := subjectTable(l, r, dc.Subject)
	t.Rows = append(t.Rows,
		[]cell{rowHead(l.T("level") + " (NI)"), txt(fmt.Sprintf("%d (%s)", ie.Level, l.LevelLabel(in.Scale, ie.Level)))},
		[]cell{rowHead(l.T("weight") + " (BI, %)"), txt(l.Precise(in.Weight, 2))},
		[]cell{rowHead("NI x BI (%)"), txt(l.Precise(ie.Product, 2))},
		[]cell{rowHead(l.T("contribution")), txt(fmt.Sprintf(l.T("explain.contrib"), l.Precise(ie.Contribution, 4)))})
	s := &section{ID: "indicator", Title: where, Blocks: []*block{{Table: t}}}
	if ie.Next == 0 {
		s.Blocks = append(s.Blocks, &block{Para: fmt.Sprintf(l.T("explain.top"), ie.Level)})
	} else {
		s.Blocks = append(s.Blocks, &block{Para: fmt.Sprintf(l.T("explain.next"), ie.Level, ie.Next, l.LevelLabel(in.Scale, ie.Next))})
		et := &table{Head: []cell{txt(""), num(l.T("explain.before")), num(l.T("explain.after")), num(l.T("explain.added"))}}
		for _, e := range ie.Effects {
			et.Rows = append(et.Rows, []cell{rowHead(doc.EffectLabel(l, r, e)), num(l.Precise(e.Before, r.Rounding.Decimals)), num(l.Precise(e.After, r.Rounding.Decimals)), num(l.Signed(e.Delta(), r.Rounding.Decimals))})
		}
		s.Blocks = append(s.Blocks, &block{Table: et}, &block{Para: doc.BandChange(l, ie.Result.Band, ie.NextResult.Band)})
	}
	p.Sections = append(p.Sections, s)
	return write(w, p)
}
