package report

import (
	"fmt"
	"io"
	"strings"
)

// mdEscape makes user text safe inside a Markdown table cell: it cannot
// end the cell, start HTML, or break the line.
func mdEscape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '|', '\\', '`', '*', '_', '[', ']', '#', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Markdown writes the report as Markdown: tables that read as plain text in
// a terminal and render on a code-hosting site.
func Markdown(w io.Writer, rep *Report) error {
	l, res := rep.Lang, rep.Result
	r := res.Rubric
	ew := &errWriter{w: w}
	title := l.T("report.title") + " " + l.Title(r)
	if rep.Answers != nil && rep.Answers.OPD != "" {
		title += ": " + mdEscape(rep.Answers.OPD)
	}
	ew.printf("# %s\n\n", title)
	ew.printf("**%s: %s (%s)**\n\n", l.Title(r), l.Num(r, res.Index), l.Band(res.Band))
	for _, n := range rep.Notices() {
		ew.printf("> %s\n>\n", mdEscape(n))
	}
	if len(rep.Notices()) > 0 {
		ew.printf("\n")
	}
	ew.printf("| | |\n|---|---|\n")
	if a := rep.Answers; a != nil {
		if a.OPD != "" {
			ew.printf("| %s | %s |\n", l.T("opd"), mdEscape(a.OPD))
		}
		if a.Year != "" {
			ew.printf("| %s | %s |\n", l.T("year"), mdEscape(a.Year))
		}
		ew.printf("| %s | %s (%s %s) |\n", l.T("file"), mdEscape(rep.SourceName()), l.T("sheet"), mdEscape(a.Sheet))
	}
	ew.printf("| %s | %s %s %s (%s) |\n", l.T("rubric"), mdEscape(r.ID), l.T("version"), mdEscape(r.Version), r.Status)
	ew.printf("| %s | %s (%s %s) |\n", l.T("index"), l.Num(r, res.Index), l.T("exact"), l.Exact(res.Index))
	ew.printf("| %s | %s |\n", l.T("predicate"), l.Band(res.Band))
	if rep.Self != nil {
		ew.printf("| %s | %s (%s) |\n", l.T("self"), l.Num(r, rep.Self.Index), l.Band(rep.Self.Band))
	}

	selfHead, selfRule := "", ""
	if rep.Self != nil {
		selfHead, selfRule = " | "+l.T("self.vs.verified"), "|---:"
	}
	if r.HasDomains() {
		ew.printf("\n## %s\n\n| %s | %s | %s | %s%s |\n|---|---|---:|---:%s|\n", l.T("domains"), l.T("id"), l.T("domain"), l.T("weight"), l.T("index"), selfHead, selfRule)
		for i, d := range res.Domains {
			self := ""
			if rep.Self != nil {
				self = " | " + l.Num(r, rep.Self.Domains[i].Index)
			}
			ew.printf("| %s | %s | %s | %s%s |\n", mdEscape(d.Domain.ID), mdEscape(l.Name(d.Domain.Name, d.Domain.NameEN)), l.Fixed(d.Domain.Weight), l.Num(r, d.Index), self)
		}
	}
	ew.printf("\n## %s\n\n| %s | %s | %s | %s%s |\n|---|---|---:|---:%s|\n", l.T("aspects"), l.T("id"), l.T("aspect"), l.T("weight"), l.T("index"), selfHead, selfRule)
	for i, a := range res.Aspects {
		self := ""
		if rep.Self != nil {
			self = " | " + l.Num(r, rep.Self.Aspects[i].Index)
		}
		ew.printf("| %s | %s | %s | %s%s |\n", mdEscape(a.Aspect.ID), mdEscape(l.Name(a.Aspect.Name, a.Aspect.NameEN)), l.Fixed(a.Aspect.Weight), l.Num(r, a.Index), self)
	}

	ew.printf("\n## %s\n\n| %s | %s | %s | %s | %s | %s | %s |\n|---|---|---|---:|---|---:|---:|\n",
		l.T("indicators"), l.T("id"), l.T("indicator"), l.T("aspect"), l.T("level"), l.T("label"), l.T("weight"), l.T("contribution"))
	for _, is := range res.Indicators {
		in := is.Indicator
		ew.printf("| %s | %s | %s | %d | %s | %s | %s |\n", mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), mdEscape(in.Aspect.ID),
			is.Level, mdEscape(l.LevelLabel(in.Scale, is.Level)), l.Fixed(in.Weight), strings.Replace(is.Contribution.FloatString(4), ".", l.Sep(), 1))
	}
	if rep.Self != nil {
		ew.printf("\n## %s\n\n", l.T("differences"))
		diffs := rep.Differences()
		if len(diffs) == 0 {
			ew.printf("%s\n", l.T("diff.none"))
		} else {
			ew.printf("| %s | %s | %s |\n|---|---:|---:|\n", l.T("indicator"), l.T("self.vs.verified"), l.T("verified.short"))
			for _, d := range diffs {
				ew.printf("| %s | %d | %d |\n", mdEscape(d.ID), d.Self, d.Verified)
			}
		}
	}
	if a := rep.Answers; a != nil && len(a.Notes) > 0 {
		ew.printf("\n## %s\n\n| %s | %s |\n|---|---|\n", l.T("note"), l.T("indicator"), l.T("note"))
		for _, is := range res.Indicators {
			if n, ok := a.Notes[is.Indicator.ID]; ok {
				ew.printf("| %s | %s |\n", mdEscape(is.Indicator.ID), mdEscape(n))
			}
		}
	}
	if p := rep.Recommend(); p != nil {
		recommendMarkdown(ew, l, p)
	}
	ew.printf("\n---\n%s\n", fmt.Sprintf(l.T("generated.by"), mdEscape(rep.ToolVersion)))
	return ew.err
}
