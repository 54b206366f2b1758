package markdown

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
)

// mdPadMax is the widest cell that other cells of its column are padded
// to: a long explanation is not worth padding every other row to its
// width (a sheet may hold 32767 characters in a cell).
const mdPadMax = 100

// Markdown writes the report as Markdown: tables that read as plain text in
// a terminal and render on a code-hosting site.
func Markdown(w io.Writer, rep *doc.Report) error {
	l, res := rep.Lang, rep.Result
	r := res.Rubric
	ew := &errWriter{w: w}
	title := l.T("report.title") + " " + l.Title(r)
	if rep.Answers != nil && rep.Answers.OPD != "" {
		title += ": " + mdEscape(rep.Answers.OPD)
	}
	ew.printf("# %s\n\n", title)
	ew.printf("**%s: %s (%s)**\n\n", l.Title(r), l.Num(r, res.Index), l.Band(res.Band))
	for _, n := range rep.Notices {
		ew.printf("> %s\n>\n", mdEscape(n))
	}
	if len(rep.Notices) > 0 {
		ew.printf("\n")
	}
	info := [][]string{{"", ""}}
	if a := rep.Answers; a != nil {
		if a.OPD != "" {
			info = append(info, []string{l.T("opd"), mdEscape(a.OPD)})
		}
		if a.Year != "" {
			info = append(info, []string{l.T("year"), mdEscape(a.Year)})
		}
		info = append(info, []string{l.T("file"), fmt.Sprintf("%s (%s %s)", mdEscape(rep.SourceName()), l.T("sheet"), mdEscape(a.Sheet))})
	}
	info = append(info,
		[]string{l.T("rubric"), mdEscape(l.RubricLine(r))},
		[]string{l.T("index"), fmt.Sprintf("%s (%s %s)", l.Num(r, res.Index), l.T("exact"), l.Exact(res.Index))},
		[]string{l.T("predicate"), l.Band(res.Band)})
	if rep.Self != nil {
		info = append(info, []string{l.T("self"), fmt.Sprintf("%s (%s)", l.Num(r, rep.Self.Index), l.Band(rep.Self.Band))})
	}
	mdTable(ew, "ll", info)

	// group writes the domain or aspect table.
	table := func(title, kind string, groups []doc.Group) {
		head, align := []string{l.T("id"), kind, l.T("weight"), l.T("index")}, "llrr"
		if rep.Self != nil {
			head, align = append(head, l.T("self.vs.verified")), align+"r"
		}
		rows := [][]string{head}
		for _, g := range groups {
			row := []string{mdEscape(g.ID), mdEscape(g.Name), l.Fixed(g.Weight), l.Num(r, g.Index)}
			if g.Self != nil {
				row = append(row, l.Num(r, g.Self))
			}
			rows = append(rows, row)
		}
		ew.printf("\n## %s\n\n", title)
		mdTable(ew, align, rows)
	}
	if r.HasDomains() {
		table(l.T("domains"), l.T("domain"), rep.Domains)
	}
	table(l.T("aspects"), l.T("aspect"), rep.Aspects)

	// Every indicator, with the self-assessed level beside the verified
	// one and the gap to the rubric's target level (how many levels short
	// of it; 0 when it is met), as in the workbook.
	head, align := []string{l.T("id"), l.T("indicator"), l.T("aspect"), l.T("level"), l.T("label")}, "lllrl"
	if rep.Self != nil {
		head, align = append(head, l.T("self.vs.verified")), align+"r"
	}
	head, align = append(head, l.T("weight"), l.T("contribution")), align+"rr"
	if r.TargetLevel != 0 {
		head, align = append(head, l.T("gap")), align+"r"
	}
	var selfLevels map[string]int
	if rep.Self != nil {
		selfLevels = rep.Self.Levels()
	}
	rows := [][]string{head}
	for _, is := range res.Indicators {
		in := is.Indicator
		row := []string{mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), mdEscape(in.Aspect.ID),
			mdEscape(doc.ValueText(l, is)), mdEscape(l.LevelLabel(in.Scale, is.Level))}
		if rep.Self != nil {
			row = append(row, strconv.Itoa(selfLevels[in.ID]))
		}
		row = append(row, l.Fixed(in.Weight), strings.Replace(is.Contribution.FloatString(4), ".", l.Sep(), 1))
		if r.TargetLevel != 0 {
			row = append(row, strconv.Itoa(max(0, r.TargetLevel-is.Level)))
		}
		rows = append(rows, row)
	}
	ew.printf("\n## %s\n\n", l.T("indicators"))
	mdTable(ew, align, rows)
	if rep.Self != nil {
		ew.printf("\n## %s\n\n", l.T("differences"))
		diffs := rep.Differences
		if len(diffs) == 0 {
			ew.printf("%s\n", l.T("diff.none"))
		} else {
			rows := [][]string{{l.T("indicator"), l.T("self.vs.verified"), l.T("verified.short")}}
			for _, d := range diffs {
				rows = append(rows, []string{mdEscape(d.ID), doc.NIText(l, d.Indicator, d.SelfValue, d.Self), doc.NIText(l, d.Indicator, d.VerifiedValue, d.Verified)})
			}
			mdTable(ew, "lrr", rows)
		}
	}
	if a := rep.Answers; a != nil && len(a.Notes) > 0 {
		rows := [][]string{{l.T("indicator"), l.T("note")}}
		for _, is := range res.Indicators {
			if n, ok := a.Notes[is.Indicator.ID]; ok {
				rows = append(rows, []string{mdEscape(is.Indicator.ID), mdEscape(n)})
			}
		}
		ew.printf("\n## %s\n\n", l.T("note"))
		mdTable(ew, "ll", rows)
	}
	if p := rep.Recommendations; p != nil {
		recommendMarkdown(ew, l, p)
	}

	// Provenance: what the report was computed from, as in the workbook.
	prov := [][]string{{"", ""}}
	if rep.Answers != nil {
		prov = append(prov, []string{l.T("file"), mdEscape(rep.SourceName())})
	}
	if rep.SourceSHA256 != "" {
		prov = append(prov, []string{l.T("sha256"), "`" + rep.SourceSHA256 + "`"})
	}
	prov = append(prov,
		[]string{l.T("rubric"), mdEscape(l.RubricLine(r))},
		[]string{l.T("rubric.hash"), "`" + r.Hash + "`"},
		[]string{l.T("tool.version"), "spbe " + mdEscape(rep.ToolVersion)})
	ew.printf("\n## %s\n\n", l.T("provenance"))
	mdTable(ew, "ll", prov)
	return ew.err
}
