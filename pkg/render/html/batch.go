package html

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Batch writes the consolidated report of a folder as HTML: the mean, the
// ranking with each row's status (verified or self-assessment only) and
// the duplicates listed but not counted (sortable when scripts run),
// every aspect index, the count per predicate as bars, the summary of
// each year, each OPD's trend over the years with its line chart, the
// work unit × indicator heatmap, per-indicator statistics, the files
// that could not be scored and the sheets' notes: what the Markdown
// report and the workbook show.
func Batch(w io.Writer, b *doc.Batch) error {
	if len(b.Groups) == 0 {
		return write(w, batchPage(b))
	}
	// Sheets scored with several rubrics: each rubric's sections in turn,
	// their titles naming the rubric, never one ranking; the files not
	// scored and the skipped reports once, at the end.
	var p *page
	for _, g := range b.Groups {
		gp := batchPage(g)
		for _, s := range gp.Sections {
			s.ID = g.Rubric.ID + "-" + s.ID
			s.Title = g.Rubric.ID + ": " + s.Title
		}
		if p == nil {
			p = gp
			p.Notices = append(append([]string{}, b.Notices...), gp.Notices...)
			continue
		}
		p.Script = p.Script || gp.Script
		head := &section{ID: g.Rubric.ID, Title: gp.Title, Break: true, Blocks: []*block{{Para: gp.Headline.Lines[0] + " · " + gp.Headline.Lines[1]}}}
		for _, n := range gp.Notices {
			head.Blocks = append(head.Blocks, &block{Para: n})
		}
		p.Sections = append(append(p.Sections, head), gp.Sections...)
	}
	p.Sections = append(p.Sections, tailSections(b)...)
	return write(w, p)
}

// tailSections are the files that could not be scored and spbe's own
// reports that were skipped.
func tailSections(b *doc.Batch) []*section {
	l := b.Lang
	var out []*section
	if len(b.Failures) > 0 {
		t := &table{Head: heads(l.T("file"), l.T("batch.problem"))}
		for _, f := range b.Failures {
			for _, pr := range f.Problems {
				t.Rows = append(t.Rows, []cell{path(f.File), txt(pr)})
			}
		}
		out = append(out, &section{ID: "failures", Title: l.T("batch.failures"), Blocks: []*block{{Table: t}}})
	}
	if len(b.Skipped) > 0 {
		var files []string
		for _, f := range b.Skipped {
			files = append(files, f.File)
		}
		out = append(out, &section{ID: "skipped", Title: l.T("batch.skipped"), Blocks: []*block{{List: files}}})
	}
	return out
}

// batchPage is the page of a batch of one rubric.
func batchPage(b *doc.Batch) *page {
	l, r := b.Lang, b.Rubric
	title := b.Title
	if title == "" {
		title = fmt.Sprintf(l.T("batch.title"), l.Title(r))
	}
	p := &page{Lang: string(l), Title: title, Footer: footer(l, b.ToolVersion), Notices: b.Notices, Script: len(b.Ranking) > 1}
	p.Running = title
	// The title names the year of a batch of one year, and the span of
	// one of several; the mean is then the latest year's.
	hl := &headline{Label: l.T("batch.mean")}
	if b.StatsYear != "" {
		hl.Label += " " + b.StatsYear
	}
	if m := b.MeanIndex; m != nil {
		hl.Value = l.Num(r, m)
	} else {
		hl.Value = "—"
	}
	hl.Lines = []string{fmt.Sprintf(l.N("batch.counts", len(b.Entries)), len(b.Entries), len(b.Failures)), l.T("rubric") + " " + l.RubricLine(r)}
	p.Headline = hl

	if ranking := b.Ranking; len(ranking) > 0 {
		self := b.HasSelf()
		// The index and predicate come right after the name, so that a
		// phone shows them without scrolling the table.
		t := &table{ID: "ranking", Sortable: p.Script, Head: heads(l.T("rank"), l.T("opd"), l.T("index"), l.T("predicate"), l.T("batch.status"), l.T("year"))}
		t.Head[0].Num, t.Head[2].Num = true, true
		if self {
			t.Head = append(t.Head, cell{Text: l.T("self.vs.verified"), Num: true})
		}
		for _, d := range r.Domains {
			t.Head = append(t.Head, cell{Text: d.ID, Num: true})
		}
		t.Head = append(t.Head, cell{Text: l.T("file"), Screen: true})
		for _, e := range ranking {
			ch := bandChip(l, e.Band)
			// A duplicate not counted sorts after every rank, and says so
			// under its status.
			rank, status, class := sorted(num(e.RankText()), fmt.Sprint(e.Rank)), cell{Text: e.Status(l), NoWrap: true}, ""
			if e.Excluded {
				rank.Sort, status.Sub, class = "999999", l.T("html.excluded"), "excluded"
			}
			row := []cell{rank, txt(e.Name), sorted(num(l.Num(r, e.Index.Rat())), rubric.Exact(e.Index.Rat())),
				{Chip: ch, Sort: fmt.Sprint(bandPos(r, e.Band))}, status, txt(e.Year)}
			if self {
				c := num("-")
				if e.SelfIndex.IsSet() {
					c = sorted(num(l.Num(r, e.SelfIndex.Rat())), rubric.Exact(e.SelfIndex.Rat()))
				}
				row = append(row, c)
			}
			for _, d := range e.Domains {
				row = append(row, sorted(num(l.Num(r, d.Rat())), rubric.Exact(d.Rat())))
			}
			file := path(e.File)
			file.Screen = true
			row = append(row, file)
			t.Rows = append(t.Rows, row)
			t.RowClass = append(t.RowClass, class)
		}
		s := &section{ID: "ranking", Title: l.T("batch.ranking"), Blocks: []*block{{Table: t}}}
		rule := l.T("batch.rank.rule")
		if p.Script {
			rule += " " + l.T("html.sort")
		}
		s.Blocks = append(s.Blocks, &block{Para: rule})
		if r.HasDomains() {
			var legend []string
			for _, d := range r.Domains {
				legend = append(legend, d.ID+" "+l.Name(d.Name, d.NameEN))
			}
			s.Blocks = append(s.Blocks, &block{Para: l.T("domains") + ": " + strings.Join(legend, "; ") + "."})
		}
		p.Sections = append(p.Sections, s)

		at := &table{Head: heads(l.T("rank"), l.T("opd"))}
		at.Head[0].Num = true
		var legend []string
		for _, a := range r.Aspects {
			at.Head = append(at.Head, cell{Text: a.ID, Num: true})
			legend = append(legend, a.ID+" "+l.Name(a.Name, a.NameEN))
		}
		for _, e := range ranking {
			row := []cell{num(e.RankText()), txt(e.Name)}
			for _, a := range e.Aspects {
				row = append(row, num(l.Num(r, a.Rat())))
			}
			at.Rows = append(at.Rows, row)
			at.RowClass = append(at.RowClass, excludedClass(e))
		}
		p.Sections = append(p.Sections, &section{ID: "aspects", Title: l.T("aspects"),
			Blocks: []*block{{Table: at}, {Para: l.T("aspects") + ": " + strings.Join(legend, "; ") + "."}}})

		bt := &table{Head: heads(l.T("predicate"), l.T("batch.range"), l.T("batch.count"))}
		bt.Head[2].Num = true
		var labels []string
		var counts []int
		var chips []*chip
		for i, bc := range b.BandCounts {
			rng := doc.BandRangeText(l, r, bc.Band, i == len(b.BandCounts)-1)
			bt.Rows = append(bt.Rows, []cell{{Chip: bandChip(l, bc.Band)}, {Text: rng, NoWrap: true}, intc(bc.Count)})
			// The bars name the predicate alone, in letters a phone
			// reads; the table under them gives the ranges.
			labels = append(labels, l.Band(bc.Band))
			counts = append(counts, bc.Count)
			chips = append(chips, bandChip(l, bc.Band))
		}
		predTitle, chartTitle := l.T("batch.predicates"), l.T("batch.chart")
		if b.StatsYear != "" {
			predTitle += " " + b.StatsYear
			chartTitle += " " + b.StatsYear
		}
		p.Sections = append(p.Sections, &section{ID: "predicates", Title: predTitle, Keep: true, Blocks: []*block{
			{Figures: []*figure{{Class: "bars", Caption: chartTitle, Bars: newBars(labels, counts, chips)}}}, {Table: bt}}})
		if s := yearsSection(b); s != nil {
			p.Sections = append(p.Sections, s)
		}
		if s := trendSection(b); s != nil {
			p.Sections = append(p.Sections, s)
		}

		lo, hi := r.LevelRange()
		mid := r.TargetLevel
		if mid == 0 {
			mid = (lo + hi) / 2
		}
		var cols, names []string
		for _, in := range r.Indicators {
			cols = append(cols, in.ID)
		}
		var levels [][]int
		for _, e := range ranking {
			name := e.RankText() + ". " + e.Name
			if b.StatsYear != "" && e.Year != "" {
				name += " (" + e.Year + ")"
			}
			names = append(names, name)
			levels = append(levels, e.LevelInts())
		}
		p.Sections = append(p.Sections, &section{ID: "heatmap", Title: l.T("html.heatmap"), Wide: true, Blocks: []*block{
			{Figures: []*figure{{Class: "heat", Caption: fmt.Sprintf(l.T("batch.heatmap.t"), lo, mid, hi), Desc: fmt.Sprintf(l.T("html.heatmap.desc"), lo, mid, hi),
				Heat: newHeatmap(cols, names, levels, lo, mid, hi)}}}}})

		st := &table{Head: heads(l.T("id"), l.T("indicator"), l.T("aspect"), l.T("batch.mean.short"), l.T("batch.median"), l.T("batch.min"), l.T("batch.max"))}
		for i := 3; i < 7; i++ {
			st.Head[i].Num = true
		}
		if r.TargetLevel > 0 {
			st.Head = append(st.Head, cell{Text: fmt.Sprintf(l.T("batch.below"), r.TargetLevel), Num: true})
		}
		for v := lo; v <= hi; v++ {
			st.Head = append(st.Head, cell{Text: fmt.Sprintf(l.T("batch.level.n"), v), Num: true})
		}
		for _, s := range b.IndicatorStats {
			in := s.Indicator
			row := []cell{txt(in.ID), prose(l.Name(in.Name, in.NameEN)), txt(in.Aspect.ID), num(l.Num(r, s.Mean)), num(l.Num(r, s.Median)), intc(s.Min), intc(s.Max)}
			if r.TargetLevel > 0 {
				row = append(row, intc(s.Below))
			}
			for _, c := range s.Counts {
				row = append(row, intc(c))
			}
			st.Rows = append(st.Rows, row)
		}
		statsTitle := l.T("batch.stats")
		if b.StatsYear != "" {
			statsTitle += " " + b.StatsYear
		}
		p.Sections = append(p.Sections, &section{ID: "stats", Title: statsTitle, Wide: true, Blocks: []*block{{Table: st}}})
	}
	p.Sections = append(p.Sections, tailSections(b)...)
	// The batch's own notices are at the top; these are the sheets'.
	if notes := b.EntryNotes(); len(notes) > 0 {
		p.Sections = append(p.Sections, &section{ID: "notes", Title: l.T("batch.notes"), Blocks: []*block{{List: notes}}})
	}
	return p
}

// sorted is c ordered by key (a number with a decimal point) rather than
// by its text, which may have a decimal comma.
func sorted(c cell, key string) cell {
	c.Sort = key
	return c
}

// bandPos is a band's place in the rubric, lowest first, for sorting.
func bandPos(r *rubric.Rubric, b *rubric.Band) int {
	for i, x := range r.Bands {
		if x == b {
			return i
		}
	}
	return -1
}

// excludedClass is the row class of a duplicate not counted.
func excludedClass(e doc.Ranked) string {
	if e.Excluded {
		return "excluded"
	}
	return ""
}

// yearsSection is one row per year of a batch of several years: its
// sheets, its mean and its predicate counts; nil for a batch of one year.
func yearsSection(b *doc.Batch) *section {
	if len(b.Years) == 0 {
		return nil
	}
	l, r := b.Lang, b.Rubric
	t := &table{Head: []cell{txt(l.T("year")), {Text: l.T("batch.count"), Num: true}, {Text: l.T("batch.mean.short"), Num: true}}}
	for _, bd := range r.Bands {
		t.Head = append(t.Head, cell{Text: l.Band(bd), Num: true})
	}
	for _, y := range b.Years {
		mean := "-"
		if y.MeanIndex != nil {
			mean = l.Num(r, y.MeanIndex)
		}
		row := []cell{rowHead(y.Label(l)), intc(y.Count), num(mean)}
		for _, bc := range y.BandCounts {
			row = append(row, intc(bc.Count))
		}
		t.Rows = append(t.Rows, row)
	}
	return &section{ID: "years", Title: l.T("batch.years.t"), Blocks: []*block{{Table: t}}}
}

// trendSection is every OPD found in more than one year: its index in
// each year and the change from its previous year, numbered as the lines
// of the chart under it; nil when no OPD has a trend.
func trendSection(b *doc.Batch) *section {
	if len(b.Trends) == 0 {
		return nil
	}
	l, r := b.Lang, b.Rubric
	t := &table{Head: heads(l.T("id"), l.T("opd"))}
	t.Head[0].Num = true
	for _, y := range b.TrendYears {
		t.Head = append(t.Head, cell{Text: y, Num: true})
	}
	t.Head = append(t.Head, cell{Text: l.T("batch.change"), Num: true})
	var in []lineInput
	for i, tr := range b.Trends {
		n := strconv.Itoa(i + 1)
		row := []cell{num(n), txt(tr.Name)}
		li := lineInput{Number: n, Name: tr.Name}
		for _, pt := range tr.Points {
			if pt.Index.IsSet() {
				v := pt.Index.Rat()
				row = append(row, num(l.Num(r, v)))
				li.Values, li.Texts = append(li.Values, v), append(li.Texts, l.Num(r, v))
			} else {
				row = append(row, num("-"))
				li.Values, li.Texts = append(li.Values, nil), append(li.Texts, "")
			}
		}
		row = append(row, cell{Text: l.Delta(r, tr.Change), Num: true, Strong: true})
		t.Rows = append(t.Rows, row)
		in = append(in, li)
	}
	// The table and its chart print on one page.
	s := &section{ID: "trend", Title: l.T("batch.trend"), Keep: true, Blocks: []*block{{Table: t}}}
	_, hi := r.LevelRange()
	if ln := newLine(b.TrendYears, in, hi); ln != nil {
		desc := fmt.Sprintf(l.T("html.trend.desc"), hi)
		if len(in) == 1 {
			desc = fmt.Sprintf(l.T("html.trend.one"), hi)
		}
		s.Blocks = append(s.Blocks, &block{Figures: []*figure{{Class: "line", Caption: l.T("batch.trend.chart"), Desc: desc, Line: ln}}})
	}
	return s
}
