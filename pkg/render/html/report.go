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

// Report writes the single-sheet report as HTML, with the content of the
// Markdown report and the workbook: the headline (verified or
// self-assessed, the national and the agency's targets, the change from
// the previous year), the domain and aspect radars with their tables, the
// predicate bands as ranges, every indicator, the verification with the
// OPD's explanations, the evaluators' notes and the evidence, the
// recommendations in the rubric's words, the sign-off block when one was
// asked for, and the provenance.
func Report(w io.Writer, rep *doc.Report) error {
	l, res := rep.Lang, rep.Result
	r := res.Rubric
	p := &page{Lang: string(l), Title: rep.Title, Footer: footer(l, rep.ToolVersion), Notices: rep.Notices}
	a := rep.Answers
	label := rep.PageLabel
	if label == "" {
		label = rep.SourceName()
	}
	p.Running = running(label, l.Title(r))
	p.Headline = reportHeadline(rep)

	// Summary: what the result is of, then the charts.
	sum := &table{KV: true}
	add := func(k, v string) { sum.Rows = append(sum.Rows, []cell{rowHead(k), txt(v)}) }
	if a != nil {
		if a.OPD != "" {
			add(l.T("opd"), a.OPD)
		}
		if a.Agency != "" {
			add(l.T("eval.pemda"), a.Agency)
		}
		if a.Year != "" {
			add(l.T("year"), a.Year)
		}
		if rep.Assessor != "" {
			add(l.T("eval.assessor"), rep.Assessor)
		}
		add(l.T("file"), fmt.Sprintf("%s (%s %s)", rep.SourceName(), l.T("sheet"), a.Sheet))
	}
	add(l.T("rubric"), l.RubricLine(r))
	add(l.T("index"), fmt.Sprintf("%s (%s %s)", l.Num(r, res.Index), l.T("exact"), l.Exact(res.Index)))
	sum.Rows = append(sum.Rows, []cell{rowHead(l.T("predicate")), {Chip: bandChip(l, res.Band)}})
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

	// The bands as ranges; the headline's row is marked in words.
	bt := &table{Head: heads(l.T("predicate"), l.T("batch.range"), "")}
	for _, b := range rep.Bands {
		mark := cell{Text: b.Mark, Strong: b.Here}
		class := ""
		if b.Here {
			class = "here"
		}
		bt.Rows = append(bt.Rows, []cell{{Chip: bandChip(l, b.Band)}, {Text: b.Range, NoWrap: true}, mark})
		bt.RowClass = append(bt.RowClass, class)
	}
	p.Sections = append(p.Sections, &section{ID: "bands", Title: l.T("eval.bands"), Keep: true, Blocks: []*block{{Table: bt}}})

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
	var selfValues doc.Values
	if rep.Self != nil {
		selfValues = rep.Self.Values()
	}
	for _, is := range res.Indicators {
		in := is.Indicator
		// The value as the sheet gave it (1,26 on a decimal scale), with
		// the other agency's score it was converted from, or "assumed".
		row := []cell{txt(in.ID), txt(l.Name(in.Name, in.NameEN)), txt(in.Aspect.ID), num(doc.ValueText(l, is)), txt(l.LevelLabel(in.Scale, is.Level))}
		if rep.Self != nil {
			sv := selfValues[in.ID]
			row = append(row, num(doc.NIText(l, in, sv, sv.Whole())))
		}
		row = append(row, num(l.Fixed(in.Weight)), num(strings.Replace(is.Contribution.FloatString(4), ".", l.Sep(), 1)))
		if r.TargetLevel != 0 {
			row = append(row, intc(max(0, r.TargetLevel-is.Level)))
		}
		t.Rows = append(t.Rows, row)
	}
	p.Sections = append(p.Sections, &section{ID: "indicators", Title: l.T("indicators"), Blocks: []*block{{Table: t}}, Break: true})

	if s := verificationSection(rep); s != nil {
		p.Sections = append(p.Sections, s)
	}
	if pl := rep.Recommendations; pl != nil {
		p.Sections = append(p.Sections, recommendSection(rep, pl))
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
	provenance := &section{ID: "provenance", Title: l.T("provenance"), Blocks: []*block{{Table: prov}}}
	// The sign-off block, when one was asked for, ends the report's
	// content, as in the Markdown report (the workbook's summary sheet
	// ends with it too); the provenance after it is for the record.
	if sg := rep.Signer; sg != nil {
		p.Sections[len(p.Sections)-1].Blocks = append(p.Sections[len(p.Sections)-1].Blocks, &block{Signer: sg.Lines(l)})
	}
	p.Sections = append(p.Sections, provenance)
	return write(w, p)
}

// reportHeadline is the report's headline: the index and predicate, what
// they are (verified, or a self-assessment not yet verified), and what
// they are read against, as the Markdown report's headline table says.
func reportHeadline(rep *doc.Report) *headline {
	l, res := rep.Lang, rep.Result
	r := res.Rubric
	h := rep.Headline
	hl := &headline{Label: h.Label, Value: l.Num(r, res.Index), Band: bandChip(l, res.Band)}
	hl.Lines = append(hl.Lines, l.Title(r))
	if rep.Self != nil {
		hl.Facts = append(hl.Facts, fact{Label: l.T("self"), Value: fmt.Sprintf("%s (%s)", l.Num(r, rep.Self.Index), l.Band(rep.Self.Band))})
	}
	if h.NationalText != "" {
		hl.Facts = append(hl.Facts, fact{Label: l.T("eval.national"), Value: h.NationalText})
	}
	if h.Target != nil {
		hl.Facts = append(hl.Facts, fact{Label: l.T("eval.target"), Value: h.TargetText})
	}
	if c := rep.Change; c != nil {
		hl.Facts = append(hl.Facts, fact{Label: l.T("eval.previous"), Value: c.Text}, fact{Label: l.T("eval.change"), Value: l.Delta(r, c.Diff), Strong: true})
		if len(c.Movers) > 0 {
			f := fact{Label: l.T("eval.movers")}
			for _, m := range c.Movers {
				f.Items = append(f.Items, m.Text)
			}
			hl.Facts = append(hl.Facts, f)
		}
	}
	return hl
}

// verificationSection is the verification table, as the Markdown report
// draws it: every indicator whose levels differ or that has an
// explanation, a note or evidence, with both levels and what was
// written; evidence is a link only where it is an http(s) address. Nil
// when the sheet has neither a self-assessment nor any of these texts.
func verificationSection(rep *doc.Report) *section {
	l := rep.Lang
	if rep.Self == nil && !rep.HasVerificationText {
		return nil
	}
	s := &section{ID: "verification", Title: l.T("eval.verification")}
	if rep.Self != nil && len(rep.Differences) == 0 {
		s.Blocks = append(s.Blocks, &block{Para: l.T("diff.none")})
	}
	t := &table{Head: heads(l.T("id"), l.T("indicator"))}
	if rep.Self != nil {
		t.Head = append(t.Head, cell{Text: l.T("self.vs.verified"), Num: true}, cell{Text: l.T("verified.short"), Num: true}, txt(l.T("eval.changed")))
	} else {
		t.Head = append(t.Head, cell{Text: l.T("level"), Num: true})
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
			t.Head = append(t.Head, txt(l.T(c.key)))
		}
	}
	for _, v := range rep.Verification {
		if !v.Changed && v.Explanation == "" && v.EvaluatorNote == "" && len(v.Evidence) == 0 {
			continue
		}
		row := []cell{txt(v.ID), prose(v.Name)}
		class := ""
		if rep.Self != nil {
			mark := cell{}
			if v.Changed {
				mark, class = cell{Text: l.T("eval.changed.mark"), Strong: true}, "changed"
			}
			row = append(row, intc(v.Self), intc(v.Verified), mark)
		} else {
			row = append(row, intc(v.Verified))
		}
		if hasExpl {
			row = append(row, prose(v.Explanation))
		}
		if hasNote {
			row = append(row, prose(v.EvaluatorNote))
		}
		if hasEvid {
			ev := cell{Prose: true}
			for _, lk := range v.Evidence {
				// doc keeps a URL only for http(s); link checks it again
				// (a host, no other scheme) before it becomes an href.
				ev.Links = append(ev.Links, cellLink{Text: lk.Text, Href: link(lk.URL)})
			}
			row = append(row, ev)
		}
		t.Rows = append(t.Rows, row)
		t.RowClass = append(t.RowClass, class)
	}
	if len(t.Rows) > 0 {
		s.Blocks = append(s.Blocks, &block{Table: t})
	}
	return s
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

// recommendSection is the report's recommendations in the words of a
// printed page, as the Markdown report writes them: the plan of least
// effort to the next predicate, grouped by domain and aspect, each step
// with the rubric's criteria for the level it reaches; then the
// indicators whose next step gains the most per effort, and what effort
// means. It names no command to type.
func recommendSection(rep *doc.Report, p *doc.Plan) *section {
	l := rep.Lang
	r := p.Current.Rubric
	s := &section{ID: "recommendations", Title: l.T("recommend.title"), Break: true}
	s.Blocks = append(s.Blocks, &block{Para: rep.PlanLead})
	for _, g := range rep.Steps {
		title := g.AspectID + " " + g.AspectName
		if g.DomainID != "" {
			title = g.DomainID + " " + g.DomainName + " · " + title
		}
		t := &table{Head: heads(l.T("id"), l.T("indicator"), l.T("plan.from"), l.T("plan.to"), l.T("eval.effort"), l.T("plan.gain"))}
		for i := 2; i < 6; i++ {
			t.Head[i].Num = true
		}
		var items []item
		for _, st := range g.Steps {
			t.Rows = append(t.Rows, []cell{txt(st.ID), txt(st.Name), intc(st.From), intc(st.To), num(l.Precise(st.Effort, 0)), num("+" + l.Precise(st.Gain, 4))})
			for _, c := range st.Criteria {
				crit := c.Text
				if crit == "" {
					crit = l.T("eval.step.nocriteria")
				}
				items = append(items, item{Lead: fmt.Sprintf("%s → %s %d", st.ID, l.T("level"), c.Level), Text: crit})
			}
		}
		s.Blocks = append(s.Blocks, &block{Heading: title}, &block{Table: t})
		if len(items) > 0 {
			s.Blocks = append(s.Blocks, &block{Items: items})
		}
	}
	if p.Status == doc.Reached {
		s.Blocks = append(s.Blocks, &block{Para: fmt.Sprintf(l.T("recommend.result"), l.Outcome(r, p.Result.Index, p.Result.Band))})
	}
	// The gains are shown even when the index is in the highest predicate
	// (there may still be room within it).
	s.Blocks = append(s.Blocks, &block{Heading: l.T("eval.best")})
	if gains := doc.RecommendGains(p); len(gains) > 0 {
		t := &table{Head: heads(l.T("id"), l.T("indicator"), l.T("plan.next.step"), l.T("eval.effort"), l.T("plan.gain"), l.T("eval.gain.per.effort"))}
		for i := 2; i < 6; i++ {
			t.Head[i].Num = true
		}
		for _, g := range gains {
			in := g.Indicator
			t.Rows = append(t.Rows, []cell{txt(in.ID), txt(l.Name(in.Name, in.NameEN)), num(strconv.Itoa(g.Level) + "→" + strconv.Itoa(g.Level+1)),
				num(l.Precise(g.Cost, 0)), num("+" + l.Precise(g.Gain, 4)), num(doc.PerEffort(l, g.PerCost))})
		}
		s.Blocks = append(s.Blocks, &block{Table: t})
	} else {
		s.Blocks = append(s.Blocks, &block{Para: l.T("plan.gains.none")})
	}
	s.Blocks = append(s.Blocks, &block{Para: rep.EffortNote})
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
