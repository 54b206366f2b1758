package text

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"
	"math/big"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// subjectTable holds the file, OPD, year and rubric as "label: value"
// rows; callers may add rows before writing it.
func subjectTable(l lang.Lang, r *rubric.Rubric, s doc.Subject) *textTable {
	t := &textTable{}
	if s.OPD != "" {
		t.add(l.T("opd")+":", s.OPD)
	}
	if s.Year != "" {
		t.add(l.T("year")+":", s.Year)
	}
	if s.File != "" {
		t.add(l.T("file")+":", doc.SubjectFile(l, s))
	}
	t.add(l.T("rubric")+":", l.RubricLine(r))
	return t
}

// Explain draws the document of spbe explain for a terminal.
func Explain(w io.Writer, dc *doc.ExplainDoc) error {
	l, e := dc.Lang, dc.Explanation
	res := e.Result
	r := res.Rubric
	ew := errw.New(w)
	if dc.Indicator != nil {
		return indicatorText(ew, dc)
	}
	ew.Printf("%s: %s (%s)\n", fmt.Sprintf(l.T("explain.title"), l.Title(r)), l.Num(r, res.Index), l.Band(res.Band))
	subjectTable(l, r, dc.Subject).write(ew)

	ew.Printf("\n%s\n", l.T("explain.aspects"))
	for _, st := range e.Aspects {
		ew.Printf("\n%s\n", fmt.Sprintf(l.T("explain.aspect.head"), st.ID, l.Name(st.Name, st.NameEN), l.Precise(st.Divisor, 2)))
		t := &textTable{indent: "  ", right: []bool{false, false, true, true, true}}
		t.add(l.T("id"), l.T("indicator"), "NI", "BI (%)", "NI x BI (%)")
		for _, tm := range st.Terms {
			t.add(tm.ID, l.Name(tm.Name, tm.NameEN), doc.NIText(l, tm.Indicator, tm.NI, tm.Level), l.Precise(tm.Weight, 2), l.Precise(tm.Product, 2))
		}
		t.add("", l.T("explain.sum.i"), "", "", l.Precise(st.Sum, 2))
		t.write(ew)
		ew.Printf("  %s\n", fmt.Sprintf(l.T("explain.aspect.line"), st.ID, l.Precise(st.Divisor, 0), l.Precise(st.Sum, 2), l.IndexValue(r, st.Index)))
	}
	if len(e.Domains) > 0 {
		ew.Printf("\n%s\n", l.T("explain.domains"))
		for _, st := range e.Domains {
			ew.Printf("\n%s\n", fmt.Sprintf(l.T("explain.domain.head"), st.ID, l.Name(st.Name, st.NameEN), l.Precise(st.Divisor, 2)))
			groupTable(ew, l, r, st.Terms, l.T("aspect"), "NA", "BA (%)", "NA x BA (%)", l.T("explain.sum.a"), st.Sum)
			ew.Printf("  %s\n", fmt.Sprintf(l.T("explain.domain.line"), st.ID, l.Precise(st.Divisor, 0), l.Precise(st.Sum, 2), l.IndexValue(r, st.Index)))
		}
	}
	top := e.Index
	if len(e.Domains) > 0 {
		ew.Printf("\n%s\n\n", fmt.Sprintf(l.T("explain.index.d"), l.Title(r)))
		groupTable(ew, l, r, top.Terms, l.T("domain"), "ND", "BD (%)", "ND x BD (%)", l.T("explain.sum.d"), top.Sum)
		ew.Printf("  %s\n", fmt.Sprintf(l.T("explain.index.line.d"), l.Title(r), l.Precise(top.Sum, 2), l.Precise(top.Index, r.Rounding.Decimals)))
	} else {
		ew.Printf("\n%s\n\n", fmt.Sprintf(l.T("explain.index.a"), l.Title(r)))
		groupTable(ew, l, r, top.Terms, l.T("aspect"), "NA", "BA (%)", "NA x BA (%)", l.T("explain.sum.a"), top.Sum)
		ew.Printf("  %s\n", fmt.Sprintf(l.T("explain.index.line.a"), l.Title(r), l.Precise(top.Sum, 2), l.Precise(top.Index, r.Rounding.Decimals)))
	}
	ew.Printf("\n%s\n", doc.RoundingLine(l, r, e))
	ew.Printf("%s\n", fmt.Sprintf(l.T("explain.band"), l.Band(res.Band), l.BandReason(r, res.Band, e.Basis), l.BasisName(r)))
	writeNotices(ew, dc.Notices)
	return ew.Err
}

func groupTable(w io.Writer, l lang.Lang, r *rubric.Rubric, terms []doc.Term, kind, v, wt, p, sum string, total *big.Rat) {
	t := &textTable{indent: "  ", right: []bool{false, false, true, true, true}}
	t.add(l.T("id"), kind, v, wt, p)
	for _, tm := range terms {
		t.add(tm.ID, l.Name(tm.Name, tm.NameEN), l.Precise(tm.Value, r.Rounding.Decimals), l.Precise(tm.Weight, 2), l.Precise(tm.Product, 2))
	}
	t.add("", sum, "", "", l.Precise(total, 2))
	t.write(w)
}

func indicatorText(ew *errWriter, dc *doc.ExplainDoc) error {
	l, ie := dc.Lang, dc.Indicator
	in, r := ie.Indicator, ie.Result.Rubric
	head, where := doc.IndicatorHeader(l, in)
	ew.Printf("%s\n%s\n", head, where)
	subjectTable(l, r, dc.Subject).write(ew)
	ew.Printf("\n")
	t := &textTable{}
	t.add(l.T("level")+" (NI):", fmt.Sprintf("%s (%s)", doc.NIText(l, in, ie.Value, ie.Level), l.LevelLabel(in.Scale, ie.Level)))
	t.add(l.T("weight")+" (BI, %):", l.Precise(in.Weight, 2))
	t.add("NI x BI (%):", l.Precise(ie.Product, 2))
	t.add(l.T("contribution")+":", fmt.Sprintf(l.T("explain.contrib"), l.Precise(ie.Contribution, 4)))
	t.write(ew)
	ew.Printf("\n")
	if ie.Next == 0 {
		ew.Printf("%s\n", fmt.Sprintf(l.T("explain.top"), ie.Level))
	} else {
		ew.Printf("%s\n", fmt.Sprintf(l.T("explain.next"), ie.Level, ie.Next, l.LevelLabel(in.Scale, ie.Next)))
		t := &textTable{indent: "  ", right: []bool{false, true, true, true}}
		t.add("", l.T("explain.before"), l.T("explain.after"), l.T("explain.added"))
		for _, e := range ie.Effects {
			t.add(doc.EffectLabel(l, r, e), l.Precise(e.Before, r.Rounding.Decimals), l.Precise(e.After, r.Rounding.Decimals), l.Signed(e.Delta(), r.Rounding.Decimals))
		}
		t.write(ew)
		ew.Printf("%s\n", doc.BandChange(l, ie.Result.Band, ie.NextResult.Band))
	}
	writeNotices(ew, dc.Notices)
	return ew.Err
}

// JSON forms. Exact values are decimal strings (*_exact) or, where they
// always terminate (weights, levels × weights, sums of them), JSON numbers
// written exactly; values named index are rounded by the rubric's policy.
