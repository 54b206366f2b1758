package html

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Batch writes the consolidated report of a folder as HTML: the mean, the
// ranking (sortable when scripts run), every aspect index, the count per
// predicate as bars, the work unit × indicator heatmap, per-indicator
// statistics, the files that could not be scored and the sheets' notes:
// what the Markdown report and the workbook show.
func Batch(w io.Writer, b *doc.Batch) error {
	l, r := b.Lang, b.Rubric
	title := fmt.Sprintf(l.T("batch.title"), l.Title(r))
	p := &page{Lang: string(l), Title: title, Footer: footer(l, b.ToolVersion), Notices: b.Notices, Script: len(b.Ranking) > 1}
	p.Running = running(title, yearText(l, batchYears(b)))
	hl := &headline{Label: l.T("batch.mean")}
	if m := b.MeanIndex; m != nil {
		hl.Value = l.Num(r, m)
	} else {
		hl.Value = "—"
	}
	hl.Lines = []string{fmt.Sprintf(l.T("batch.counts"), len(b.Entries), len(b.Failures)), l.T("rubric") + " " + l.RubricLine(r)}
	p.Headline = hl

	if ranking := b.Ranking; len(ranking) > 0 {
		self := b.HasSelf()
		// The index and predicate come right after the name, so that a
		// phone shows them without scrolling the table.
		t := &table{ID: "ranking", Sortable: p.Script, Head: heads(l.T("rank"), l.T("opd"), l.T("index"), l.T("predicate"), l.T("year"))}
		t.Head[0].Num, t.Head[2].Num = true, true
		if self {
			t.Head = append(t.Head, cell{Text: l.T("self.vs.verified"), Num: true})
		}
		for _, d := range r.Domains {
			t.Head = append(t.Head, cell{Text: d.ID, Num: true})
		}
		t.Head = append(t.Head, txt(l.T("file")))
		for _, e := range ranking {
			ch := bandChip(l, e.Band)
			row := []cell{intc(e.Rank), txt(e.Name), sorted(num(l.Num(r, e.Index.Rat())), rubric.Exact(e.Index.Rat())),
				{Chip: ch, Sort: fmt.Sprint(bandPos(r, e.Band))}, txt(e.Year)}
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
			row = append(row, path(e.File))
			t.Rows = append(t.Rows, row)
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
			row := []cell{intc(e.Rank), txt(e.Name)}
			for _, a := range e.Aspects {
				row = append(row, num(l.Num(r, a.Rat())))
			}
			at.Rows = append(at.Rows, row)
		}
		p.Sections = append(p.Sections, &section{ID: "aspects", Title: l.T("aspects"),
			Blocks: []*block{{Table: at}, {Para: l.T("aspects") + ": " + strings.Join(legend, "; ") + "."}}})

		bt := &table{Head: heads(l.T("predicate"), l.T("batch.range"), l.T("batch.count"))}
		bt.Head[2].Num = true
		var labels []string
		var counts []int
		var chips []*chip
		for _, bc := range b.BandCounts {
			rng := l.Fixed(bc.Band.From) + "–" + l.Fixed(bc.Band.To)
			bt.Rows = append(bt.Rows, []cell{{Chip: bandChip(l, bc.Band)}, txt(rng), intc(bc.Count)})
			labels = append(labels, l.Band(bc.Band)+" ("+rng+")")
			counts = append(counts, bc.Count)
			chips = append(chips, bandChip(l, bc.Band))
		}
		p.Sections = append(p.Sections, &section{ID: "predicates", Title: l.T("batch.predicates"), Keep: true, Blocks: []*block{
			{Figures: []*figure{{Class: "bars", Caption: l.T("batch.chart"), Bars: newBars(labels, counts, chips)}}}, {Table: bt}}})

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
			names = append(names, fmt.Sprintf("%d. %s", e.Rank, e.Name))
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
			row := []cell{txt(in.ID), txt(l.Name(in.Name, in.NameEN)), txt(in.Aspect.ID), num(l.Num(r, s.Mean)), num(l.Num(r, s.Median)), intc(s.Min), intc(s.Max)}
			if r.TargetLevel > 0 {
				row = append(row, intc(s.Below))
			}
			for _, c := range s.Counts {
				row = append(row, intc(c))
			}
			st.Rows = append(st.Rows, row)
		}
		p.Sections = append(p.Sections, &section{ID: "stats", Title: l.T("batch.stats"), Wide: true, Blocks: []*block{{Table: st}}})
	}
	if len(b.Failures) > 0 {
		t := &table{Head: heads(l.T("file"), l.T("batch.problem"))}
		for _, f := range b.Failures {
			for _, pr := range f.Problems {
				t.Rows = append(t.Rows, []cell{path(f.File), txt(pr)})
			}
		}
		p.Sections = append(p.Sections, &section{ID: "failures", Title: l.T("batch.failures"), Blocks: []*block{{Table: t}}})
	}
	// The batch's own notices are at the top; these are the sheets'.
	if notes := b.EntryNotes(); len(notes) > 0 {
		p.Sections = append(p.Sections, &section{ID: "notes", Title: l.T("batch.notes"), Blocks: []*block{{List: notes}}})
	}
	return write(w, p)
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

// batchYears are the years of a batch's sheets, joined.
func batchYears(b *doc.Batch) string {
	seen := map[string]bool{}
	var ys []string
	for _, e := range b.Entries {
		if e.Year != "" && !seen[e.Year] {
			seen[e.Year] = true
			ys = append(ys, e.Year)
		}
	}
	sort.Strings(ys)
	return strings.Join(ys, ", ")
}
