package html

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Report writes the single-sheet report as HTML: the headline, the domain
// and aspect radars with their tables, every indicator (self-assessed
// beside verified, and the evaluators' notes), the recommendations, the
// provenance and a sign-off block: what the Markdown report and the
// workbook show.
func Report(w io.Writer, rep *doc.Report) error {
	l, res := rep.Lang, rep.Result
	r := res.Rubric
	p := &page{Lang: string(l), Footer: footer(l, rep.ToolVersion), Notices: rep.Notices}
	p.Title = l.T("report.title") + " " + l.Title(r)
	a := rep.Answers
	var opd, year string
	if a != nil {
		opd, year = a.OPD, a.Year
	}
	if opd != "" {
		p.Title += ": " + opd
	}
	who := opd
	if who == "" {
		who = rep.SourceName()
	}
	p.Running = running(who, yearText(l, year), l.Title(r))
	hl := &headline{Label: l.Title(r), Value: l.Num(r, res.Index), Band: bandChip(l, res.Band)}
	hl.Lines = append(hl.Lines, l.T("exact")+" "+l.Exact(res.Index))
	if rep.Self != nil {
		hl.Lines = append(hl.Lines, l.T("self")+": "+l.Num(r, rep.Self.Index)+" ("+l.Band(rep.Self.Band)+")")
	}
	p.Headline = hl

	// Summary: what the result is of, then the charts.
	var info [][2]string
	if a != nil {
		if a.OPD != "" {
			info = append(info, [2]string{l.T("opd"), a.OPD})
		}
		if a.Year != "" {
			info = append(info, [2]string{l.T("year"), a.Year})
		}
		info = append(info, [2]string{l.T("file"), fmt.Sprintf("%s (%s %s)", rep.SourceName(), l.T("sheet"), a.Sheet)})
	}
	info = append(info,
		[2]string{l.T("rubric"), l.RubricLine(r)},
		[2]string{l.T("index"), fmt.Sprintf("%s (%s %s)", l.Num(r, res.Index), l.T("exact"), l.Exact(res.Index))})
	sum := kv(info...)
	sum.Rows = append(sum.Rows, []cell{rowHead(l.T("predicate")), {Chip: bandChip(l, res.Band)}})
	if rep.Self != nil {
		sum.Rows = append(sum.Rows, []cell{rowHead(l.T("self")), txt(fmt.Sprintf("%s (%s)", l.Num(r, rep.Self.Index), l.Band(rep.Self.Band)))})
	}
	summary := &section{ID: "summary", Title: l.T("summary"), Blocks: []*block{{Table: sum}}}
	var figs []*figure
	if r.HasDomains() {
		figs = append(figs, groupRadar(l, r, l.T("domain.index.chart"), rep.Domains, rep.Self != nil))
	}
	figs = append(figs, groupRadar(l, r, l.T("aspect.index.chart"), rep.Aspects, rep.Self != nil))
	summary.Blocks = append(summary.Blocks, &block{Figures: nonNil(figs)})
	p.Sections = append(p.Sections, summary)

	group := func(id, title, kind string, groups []doc.Group) {
		t := &table{Head: heads(l.T("id"), kind, l.T("weight"), l.T("index"))}
		t.Head[2].Num, t.Head[3].Num = true, true
		if rep.Self != nil {
			t.Head = append(t.Head, cell{Text: l.T("self.vs.verified"), Num: true})
		}
		for _, g := range groups {
			row := []cell{txt(g.ID), txt(g.Name), num(l.Fixed(g.Weight)), num(l.Num(r, g.Index))}
			if g.Self != nil {
				row = append(row, num(l.Num(r, g.Self)))
			}
			t.Rows = append(t.Rows, row)
		}
		p.Sections = append(p.Sections, &section{ID: id, Title: title, Blocks: []*block{{Table: t}}})
	}
	if r.HasDomains() {
		group("domains", l.T("domains"), l.T("domain"), rep.Domains)
	}
	group("aspects", l.T("aspects"), l.T("aspect"), rep.Aspects)

	// Every indicator, with the self-assessed level beside the verified
	// one and the gap to the rubric's target level, as in the workbook.
	t := &table{Head: heads(l.T("id"), l.T("indicator"), l.T("aspect"), l.T("level"), l.T("label"))}
	t.Head[3].Num = true
	if rep.Self != nil {
		t.Head = append(t.Head, cell{Text: l.T("self.vs.verified"), Num: true})
	}
	t.Head = append(t.Head, cell{Text: l.T("weight"), Num: true}, cell{Text: l.T("contribution"), Num: true})
	if r.TargetLevel != 0 {
		t.Head = append(t.Head, cell{Text: l.T("gap"), Num: true})
	}
	var selfLevels map[string]int
	if rep.Self != nil {
		selfLevels = rep.Self.Levels()
	}
	for _, is := range res.Indicators {
		in := is.Indicator
		row := []cell{txt(in.ID), txt(l.Name(in.Name, in.NameEN)), txt(in.Aspect.ID), intc(is.Level), txt(l.LevelLabel(in.Scale, is.Level))}
		if rep.Self != nil {
			row = append(row, intc(selfLevels[in.ID]))
		}
		row = append(row, num(l.Fixed(in.Weight)), num(strings.Replace(is.Contribution.FloatString(4), ".", l.Sep(), 1)))
		if r.TargetLevel != 0 {
			row = append(row, intc(max(0, r.TargetLevel-is.Level)))
		}
		t.Rows = append(t.Rows, row)
	}
	p.Sections = append(p.Sections, &section{ID: "indicators", Title: l.T("indicators"), Blocks: []*block{{Table: t}}, Break: true})

	if rep.Self != nil {
		s := &section{ID: "differences", Title: l.T("differences")}
		if len(rep.Differences) == 0 {
			s.Blocks = append(s.Blocks, &block{Para: l.T("diff.none")})
		} else {
			t := &table{Head: []cell{txt(l.T("indicator")), {Text: l.T("self.vs.verified"), Num: true}, {Text: l.T("verified.short"), Num: true}}}
			for _, d := range rep.Differences {
				t.Rows = append(t.Rows, []cell{txt(d.ID), intc(d.Self), intc(d.Verified)})
			}
			s.Blocks = append(s.Blocks, &block{Table: t})
		}
		p.Sections = append(p.Sections, s)
	}
	if a != nil && len(a.Notes) > 0 {
		t := &table{Head: heads(l.T("indicator"), l.T("note"))}
		for _, is := range res.Indicators {
			if n, ok := a.Notes[is.Indicator.ID]; ok {
				// A note that is an http(s) address (evidence) is a link;
				// any other text, javascript: included, stays text.
				t.Rows = append(t.Rows, []cell{txt(is.Indicator.ID), linked(n)})
			}
		}
		p.Sections = append(p.Sections, &section{ID: "notes", Title: l.T("note"), Blocks: []*block{{Table: t}}})
	}
	if pl := rep.Recommendations; pl != nil {
		p.Sections = append(p.Sections, recommendSection(l, pl))
	}

	// Provenance: what the report was computed from, as in the workbook.
	prov := &table{KV: true}
	if a != nil {
		prov.Rows = append(prov.Rows, []cell{rowHead(l.T("file")), txt(rep.SourceName())})
	}
	if rep.SourceSHA256 != "" {
		prov.Rows = append(prov.Rows, []cell{rowHead(l.T("sha256")), {Text: rep.SourceSHA256, Code: true}})
	}
	prov.Rows = append(prov.Rows, []cell{rowHead(l.T("rubric")), txt(l.RubricLine(r))})
	if r.Source != "" {
		prov.Rows = append(prov.Rows, []cell{rowHead(l.T("source")), linked(r.Source)})
	}
	prov.Rows = append(prov.Rows,
		[]cell{rowHead(l.T("rubric.hash")), {Text: r.Hash, Code: true}},
		[]cell{rowHead(l.T("tool.version")), txt("spbe " + l.Version(rep.ToolVersion))})
	p.Sections = append(p.Sections, &section{ID: "provenance", Title: l.T("provenance"), Blocks: []*block{{Table: prov}, {Signoff: signoffBlock(l)}}})
	return write(w, p)
}

// signoffBlock is the signature boxes under a printed report.
func signoffBlock(l lang.Lang) *signoff {
	return &signoff{Title: l.T("html.signoff"),
		Roles: []string{l.T("html.signoff.made"), l.T("html.signoff.check"), l.T("html.signoff.agree")},
		Lines: []string{l.T("html.signoff.name"), l.T("html.signoff.nip"), l.T("html.signoff.date"), l.T("html.signoff.sign")}}
}

// yearText is "Tahun 2024", or "" without a year.
func yearText(l lang.Lang, year string) string {
	if year == "" {
		return ""
	}
	return l.T("year") + " " + year
}

// groupRadar is the radar of a report's domain or aspect indices, with
// the self-assessment when there is one and the rubric's target ring;
// nil for fewer than three groups.
func groupRadar(l lang.Lang, r *rubric.Rubric, title string, groups []doc.Group, self bool) *figure {
	_, hi := r.LevelRange()
	var in []radarInput
	for _, g := range groups {
		v := l.Num(r, g.Index)
		if self && g.Self != nil {
			v += " / " + l.Num(r, g.Self)
		}
		in = append(in, radarInput{Label: g.ID, Value: v, V: g.Index, Self: g.Self})
	}
	names := []string{l.T("verified.short"), l.T("self.vs.verified"), ""}
	if !self {
		names[0] = l.T("index")
	}
	desc := fmt.Sprintf(l.T("html.radar.desc"), hi)
	if r.TargetLevel > 0 {
		names[2] = fmt.Sprintf(l.T("html.target.ring"), r.TargetLevel)
	}
	rd := newRadar(in, hi, r.TargetLevel, names)
	if rd == nil {
		return nil
	}
	return &figure{Class: "radar", Caption: title, Desc: desc, Radar: rd}
}

func nonNil(figs []*figure) []*figure {
	var out []*figure
	for _, f := range figs {
		if f != nil {
			out = append(out, f)
		}
	}
	return out
}

// recommendSection is the report's recommendations: the cheapest plan to
// the next predicate and the best next steps, as in the Markdown report.
func recommendSection(l lang.Lang, p *doc.Plan) *section {
	r := p.Current.Rubric
	s := &section{ID: "recommendations", Title: l.T("recommend.title"), Break: true}
	s.Blocks = append(s.Blocks, &block{Para: doc.RecommendLead(l, p)})
	if p.Status == doc.Reached {
		s.Blocks = append(s.Blocks, &block{Table: raisesTable(l, p.Raises)},
			&block{Para: fmt.Sprintf(l.T("recommend.result"), l.Outcome(r, p.Result.Index, p.Result.Band))})
	}
	s.Blocks = append(s.Blocks, &block{Heading: l.T("recommend.best")})
	if gains := doc.RecommendGains(p); len(gains) > 0 {
		s.Blocks = append(s.Blocks, &block{Table: gainsTable(l, gains)})
	} else {
		s.Blocks = append(s.Blocks, &block{Para: l.T("plan.gains.none")})
	}
	s.Blocks = append(s.Blocks, &block{Para: strings.ReplaceAll(l.T("recommend.costnote"), "`", "")})
	return s
}

// raisesTable is a plan's raises.
func raisesTable(l lang.Lang, raises []doc.Raise) *table {
	t := &table{Head: heads(l.T("id"), l.T("indicator"), l.T("plan.from"), l.T("plan.to"), l.T("plan.cost"), l.T("plan.gain"))}
	for i := 2; i < 6; i++ {
		t.Head[i].Num = true
	}
	for _, rs := range raises {
		in := rs.Indicator
		t.Rows = append(t.Rows, []cell{txt(in.ID), txt(l.Name(in.Name, in.NameEN)), intc(rs.From), intc(rs.To), num(l.Precise(rs.Cost, 0)), num("+" + l.Precise(rs.Gain, 4))})
	}
	return t
}

// gainsTable is the next step of indicators.
func gainsTable(l lang.Lang, gains []doc.StepGain) *table {
	t := &table{Head: heads(l.T("id"), l.T("indicator"), l.T("plan.next.step"), l.T("plan.cost"), l.T("plan.gain"), l.T("plan.per.cost"))}
	for i := 2; i < 6; i++ {
		t.Head[i].Num = true
	}
	for _, g := range gains {
		in := g.Indicator
		t.Rows = append(t.Rows, []cell{txt(in.ID), txt(l.Name(in.Name, in.NameEN)), num(strconv.Itoa(g.Level) + "→" + strconv.Itoa(g.Level+1)),
			num(l.Precise(g.Cost, 0)), num("+" + l.Precise(g.Gain, 4)), num(l.Precise(g.PerCost, 4))})
	}
	return t
}
