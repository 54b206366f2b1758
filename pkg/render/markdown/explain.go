package markdown

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"
	"math/big"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Explain draws the document of spbe explain as Markdown.
func Explain(w io.Writer, dc *doc.ExplainDoc) error {
	l, e := dc.Lang, dc.Explanation
	res := e.Result
	r := res.Rubric
	ew := errw.New(w)
	if dc.Indicator != nil {
		return indicatorMarkdown(ew, dc)
	}
	ew.Printf("# %s: %s (%s)\n\n", fmt.Sprintf(l.T("explain.title"), l.Title(r)), l.Num(r, res.Index), l.Band(res.Band))
	subjectMarkdown(ew, l, r, dc.Subject)
	ew.Printf("\n## %s\n", l.T("explain.aspects"))
	for _, st := range e.Aspects {
		ew.Printf("\n### %s\n\n", mdEscape(fmt.Sprintf(l.T("explain.aspect.head"), st.ID, l.Name(st.Name, st.NameEN), l.Precise(st.Divisor, 2))))
		ew.Printf("| %s | %s | NI | BI (%%) | NI x BI (%%) |\n|---|---|---:|---:|---:|\n", l.T("id"), l.T("indicator"))
		for _, tm := range st.Terms {
			ew.Printf("| %s | %s | %s | %s | %s |\n", mdEscape(tm.ID), mdEscape(l.Name(tm.Name, tm.NameEN)), doc.NIText(l, tm.Indicator, tm.NI, tm.Level), l.Precise(tm.Weight, 2), l.Precise(tm.Product, 2))
		}
		ew.Printf("| %s | | | | %s |\n\n", mdEscape(l.T("explain.sum.i")), l.Precise(st.Sum, 2))
		ew.Printf("%s\n", mdEscape(fmt.Sprintf(l.T("explain.aspect.line"), st.ID, l.Precise(st.Divisor, 0), l.Precise(st.Sum, 2), l.IndexValue(r, st.Index))))
	}
	if len(e.Domains) > 0 {
		ew.Printf("\n## %s\n", l.T("explain.domains"))
		for _, st := range e.Domains {
			ew.Printf("\n### %s\n\n", mdEscape(fmt.Sprintf(l.T("explain.domain.head"), st.ID, l.Name(st.Name, st.NameEN), l.Precise(st.Divisor, 2))))
			groupMarkdown(ew, l, r, st.Terms, l.T("aspect"), "NA", "BA", l.T("explain.sum.a"), st.Sum)
			ew.Printf("%s\n", mdEscape(fmt.Sprintf(l.T("explain.domain.line"), st.ID, l.Precise(st.Divisor, 0), l.Precise(st.Sum, 2), l.IndexValue(r, st.Index))))
		}
	}
	top := e.Index
	if len(e.Domains) > 0 {
		ew.Printf("\n## %s\n\n", mdEscape(fmt.Sprintf(l.T("explain.index.d"), l.Title(r))))
		groupMarkdown(ew, l, r, top.Terms, l.T("domain"), "ND", "BD", l.T("explain.sum.d"), top.Sum)
		ew.Printf("%s\n", mdEscape(fmt.Sprintf(l.T("explain.index.line.d"), l.Title(r), l.Precise(top.Sum, 2), l.Precise(top.Index, r.Rounding.Decimals))))
	} else {
		ew.Printf("\n## %s\n\n", mdEscape(fmt.Sprintf(l.T("explain.index.a"), l.Title(r))))
		groupMarkdown(ew, l, r, top.Terms, l.T("aspect"), "NA", "BA", l.T("explain.sum.a"), top.Sum)
		ew.Printf("%s\n", mdEscape(fmt.Sprintf(l.T("explain.index.line.a"), l.Title(r), l.Precise(top.Sum, 2), l.Precise(top.Index, r.Rounding.Decimals))))
	}
	ew.Printf("\n%s\n\n", mdEscape(doc.RoundingLine(l, r, e)))
	// The reason holds only numbers and ≤ <, which need no escaping.
	ew.Printf("**%s**\n", fmt.Sprintf(l.T("explain.band"), mdEscape(l.Band(res.Band)), l.BandReason(r, res.Band, e.Basis), l.BasisName(r)))
	noticesMarkdown(ew, dc.Notices)
	return ew.Err
}

func groupMarkdown(ew *errWriter, l lang.Lang, r *rubric.Rubric, terms []doc.Term, kind, v, wt, sum string, total *big.Rat) {
	ew.Printf("| %s | %s | %s | %s (%%) | %s x %s (%%) |\n|---|---|---:|---:|---:|\n", l.T("id"), kind, v, wt, v, wt)
	for _, tm := range terms {
		ew.Printf("| %s | %s | %s | %s | %s |\n", mdEscape(tm.ID), mdEscape(l.Name(tm.Name, tm.NameEN)), l.Precise(tm.Value, r.Rounding.Decimals), l.Precise(tm.Weight, 2), l.Precise(tm.Product, 2))
	}
	ew.Printf("| %s | | | | %s |\n\n", mdEscape(sum), l.Precise(total, 2))
}

func subjectMarkdown(ew *errWriter, l lang.Lang, r *rubric.Rubric, s doc.Subject) {
	ew.Printf("| | |\n|---|---|\n")
	if s.OPD != "" {
		ew.Printf("| %s | %s |\n", l.T("opd"), mdEscape(s.OPD))
	}
	if s.Year != "" {
		ew.Printf("| %s | %s |\n", l.T("year"), mdEscape(s.Year))
	}
	if s.File != "" {
		ew.Printf("| %s | %s |\n", l.T("file"), mdEscape(doc.SubjectFile(l, s)))
	}
	ew.Printf("| %s | %s |\n", l.T("rubric"), mdEscape(l.RubricLine(r)))
}

func noticesMarkdown(ew *errWriter, ns []string) {
	if len(ns) > 0 {
		ew.Printf("\n")
		for i, n := range ns {
			if i > 0 {
				ew.Printf(">\n")
			}
			ew.Printf("> %s\n", mdEscape(n))
		}
	}
}

func indicatorMarkdown(ew *errWriter, dc *doc.ExplainDoc) error {
	l, ie := dc.Lang, dc.Indicator
	in, r := ie.Indicator, ie.Result.Rubric
	head, where := doc.IndicatorHeader(l, in)
	ew.Printf("# %s\n\n%s\n\n", mdEscape(head), mdEscape(where))
	subjectMarkdown(ew, l, r, dc.Subject)
	ew.Printf("| %s (NI) | %s (%s) |\n", l.T("level"), doc.NIText(l, in, ie.Value, ie.Level), mdEscape(l.LevelLabel(in.Scale, ie.Level)))
	ew.Printf("| %s (BI, %%) | %s |\n", l.T("weight"), l.Precise(in.Weight, 2))
	ew.Printf("| NI x BI (%%) | %s |\n", l.Precise(ie.Product, 2))
	ew.Printf("| %s | %s |\n\n", l.T("contribution"), fmt.Sprintf(l.T("explain.contrib"), l.Precise(ie.Contribution, 4)))
	if ie.Next == 0 {
		ew.Printf("%s\n", fmt.Sprintf(l.T("explain.top"), ie.Level))
	} else {
		ew.Printf("%s\n\n", mdEscape(fmt.Sprintf(l.T("explain.next"), ie.Level, ie.Next, l.LevelLabel(in.Scale, ie.Next))))
		ew.Printf("| | %s | %s | %s |\n|---|---:|---:|---:|\n", l.T("explain.before"), l.T("explain.after"), l.T("explain.added"))
		for _, e := range ie.Effects {
			ew.Printf("| %s | %s | %s | %s |\n", mdEscape(doc.EffectLabel(l, r, e)), l.Precise(e.Before, r.Rounding.Decimals), l.Precise(e.After, r.Rounding.Decimals), l.Signed(e.Delta(), r.Rounding.Decimals))
		}
		ew.Printf("\n%s\n", doc.BandChange(l, ie.Result.Band, ie.NextResult.Band))
	}
	noticesMarkdown(ew, dc.Notices)
	return ew.Err
}
