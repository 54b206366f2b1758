package markdown

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
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
	ew := errw.New(w)
	ew.Printf("# %s\n\n", mdEscape(rep.Title))
	ew.Printf("## %s: %s (%s)\n\n", l.Title(r), l.Num(r, res.Index), l.Band(res.Band))
	h := rep.Headline
	hl := [][]string{{"", ""}, {l.T("status"), "**" + mdEscape(h.Label) + "**"}}
	if rep.Self != nil {
		hl = append(hl, []string{l.T("self"), fmt.Sprintf("%s (%s)", l.Num(r, rep.Self.Index), l.Band(rep.Self.Band))})
	}
	if h.NationalText != "" {
		hl = append(hl, []string{l.T("eval.national"), mdEscape(h.NationalText)})
	}
	if h.Target != nil {
		hl = append(hl, []string{l.T("eval.target"), mdEscape(h.TargetText)})
	}
	if c := rep.Change; c != nil {
		hl = append(hl, []string{l.T("eval.previous"), mdEscape(c.Text)}, []string{l.T("eval.change"), "**" + l.Delta(r, c.Diff) + "**"})
		for i, m := range c.Movers {
			key := ""
			if i == 0 {
				key = l.T("eval.movers")
			}
			hl = append(hl, []string{key, mdEscape(m.Text)})
		}
	}
	mdTable(ew, "ll", hl)
	ew.Printf("\n")
	for _, n := range rep.Notices {
		ew.Printf("> %s\n>\n", mdEscape(n))
	}
	if len(rep.Notices) > 0 {
		ew.Printf("\n")
	}
	info := [][]string{{"", ""}}
	if a := rep.Answers; a != nil {
		if a.OPD != "" {
			info = append(info, []string{l.T("opd"), mdEscape(a.OPD)})
		}
		if a.Agency != "" {
			info = append(info, []string{l.T("eval.pemda"), mdEscape(a.Agency)})
		}
		if a.Year != "" {
			info = append(info, []string{l.T("year"), mdEscape(a.Year)})
		}
		if rep.Assessor != "" {
			info = append(info, []string{l.T("eval.assessor"), mdEscape(rep.Assessor)})
		}
		info = append(info, []string{l.T("file"), fmt.Sprintf("%s (%s %s)", mdEscape(rep.SourceName()), l.T("sheet"), mdEscape(a.Sheet))})
	}
	info = append(info,
		[]string{l.T("rubric"), mdEscape(l.RubricLine(r))},
		[]string{l.T("index"), fmt.Sprintf("%s (%s %s)", l.Num(r, res.Index), l.T("exact"), l.Exact(res.Index))},
		[]string{l.T("predicate"), l.Band(res.Band)})
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
		ew.Printf("\n## %s\n\n", title)
		mdTable(ew, align, rows)
	}
	if r.HasDomains() {
		table(l.T("domains"), l.T("domain"), rep.Domains)
	}
	table(l.T("aspects"), l.T("aspect"), rep.Aspects)

	// The bands as ranges, the headline's marked.
	bands := [][]string{{l.T("predicate"), l.T("batch.range"), ""}}
	for _, b := range rep.Bands {
		name := l.Band(b.Band)
		if b.Here {
			name = "**" + name + "**"
		}
		bands = append(bands, []string{name, b.Range, mdEscape(b.Mark)})
	}
	ew.Printf("\n## %s\n\n", l.T("eval.bands"))
	mdTable(ew, "lll", bands)

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
	ew.Printf("\n## %s\n\n", l.T("indicators"))
	mdTable(ew, align, rows)
	verificationMarkdown(ew, rep)
	if p := rep.Recommendations; p != nil {
		recommendMarkdown(ew, rep, p)
	}
	if sg := rep.Signer; sg != nil {
		ew.Printf("\n")
		for _, line := range sg.Lines(l) {
			if line == "" {
				ew.Printf("<br>\n")
				continue
			}
			ew.Printf("%s<br>\n", mdEscape(line))
		}
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
		[]string{l.T("tool.version"), "spbe " + mdEscape(l.Version(rep.ToolVersion))})
	ew.Printf("\n## %s\n\n", l.T("provenance"))
	mdTable(ew, "ll", prov)
	return ew.Err
}

// verificationMarkdown writes the verification table: every indicator
// whose levels differ or that has an explanation, a note or evidence, with
// both levels and what was written; evidence links stay links.
func verificationMarkdown(ew *errWriter, rep *doc.Report) {
	l := rep.Lang
	if rep.Self == nil && !rep.HasVerificationText {
		return
	}
	ew.Printf("\n## %s\n\n", l.T("eval.verification"))
	if rep.Self != nil && len(rep.Differences) == 0 {
		ew.Printf("%s\n\n", l.T("diff.none"))
	}
	head, align := []string{l.T("id"), l.T("indicator")}, "ll"
	if rep.Self != nil {
		head, align = append(head, l.T("self.vs.verified"), l.T("verified.short"), l.T("eval.changed")), align+"rrl"
	} else {
		head, align = append(head, l.T("level")), align+"r"
	}
	// A column no one wrote in is left out.
	var hasExpl, hasNote, hasEvid bool
	for _, v := range rep.Verification {
		hasExpl, hasNote, hasEvid = hasExpl || v.Explanation != "", hasNote || v.EvaluatorNote != "", hasEvid || len(v.Evidence) > 0
	}
	for _, c := range []struct {
		on  bool
		key string
	}{{hasExpl, "eval.explanation"}, {hasNote, "eval.evaluator.note"}, {hasEvid, "eval.evidence"}} {
		if c.on {
			head, align = append(head, l.T(c.key)), align+"l"
		}
	}
	rows := [][]string{head}
	for _, v := range rep.Verification {
		if !v.Changed && v.Explanation == "" && v.EvaluatorNote == "" && len(v.Evidence) == 0 {
			continue
		}
		row := []string{mdEscape(v.ID), mdEscape(v.Name)}
		if rep.Self != nil {
			mark := ""
			if v.Changed {
				mark = "**" + l.T("eval.changed.mark") + "**"
			}
			row = append(row, v.SelfText, v.VerifiedText, mark)
		} else {
			row = append(row, v.VerifiedText)
		}
		var links []string
		for _, lk := range v.Evidence {
			switch {
			case lk.URL != "" && lk.URL == lk.Text:
				// A bare link reads as itself: <https://…>.
				links = append(links, "<"+mdURL(lk.URL)+">")
			case lk.URL != "":
				links = append(links, "["+mdEscape(lk.Text)+"]("+mdURL(lk.URL)+")")
			default:
				links = append(links, mdEscape(lk.Text))
			}
		}
		if hasExpl {
			row = append(row, mdEscape(v.Explanation))
		}
		if hasNote {
			row = append(row, mdEscape(v.EvaluatorNote))
		}
		if hasEvid {
			row = append(row, strings.Join(links, "<br>"))
		}
		rows = append(rows, row)
	}
	if len(rows) > 1 {
		mdTable(ew, align, rows)
	}
}

// mdURL makes a link's target safe inside (...): parentheses, pipes and
// angle brackets are percent-encoded.
func mdURL(u string) string {
	return strings.NewReplacer("(", "%28", ")", "%29", "|", "%7C", "<", "%3C", ">", "%3E", " ", "%20").Replace(u)
}
