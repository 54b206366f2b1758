package markdown

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
)

// BatchMarkdown writes a batch as Markdown: the ranking with every domain
// index, every aspect index, the count per predicate, per-indicator
// statistics, and the files that could not be scored.
func BatchMarkdown(w io.Writer, b *doc.Batch) error {
	if len(b.Groups) == 0 {
		return batchMarkdown(w, b, false)
	}
	// Sheets of several rubrics: one part per rubric, never ranked
	// together, then the files not scored once.
	ew := errw.New(w)
	for _, s := range b.Notices {
		ew.Printf("> %s\n\n", mdEscape(s))
	}
	for i, g := range b.Groups {
		if i > 0 {
			ew.Printf("\n")
		}
		if ew.Err == nil {
			ew.Err = batchMarkdown(w, g, true)
		}
	}
	batchMarkdownTail(ew, b)
	ew.Printf("\n---\n%s\n", fmt.Sprintf(b.Lang.T("generated.by"), mdEscape(b.ToolVersion)))
	return ew.Err
}

// batchMarkdownTail writes the files that could not be scored and spbe's
// own reports that were skipped.
func batchMarkdownTail(ew *errWriter, b *doc.Batch) {
	l := b.Lang
	if len(b.Failures) > 0 {
		ew.Printf("\n## %s\n\n| %s | %s |\n|---|---|\n", l.T("batch.failures"), l.T("file"), l.T("batch.problem"))
		for _, f := range b.Failures {
			for _, p := range f.Problems {
				ew.Printf("| %s | %s |\n", mdEscape(f.File), mdEscape(p))
			}
		}
	}
	if len(b.Skipped) > 0 {
		ew.Printf("\n## %s\n\n", l.T("batch.skipped"))
		for _, f := range b.Skipped {
			ew.Printf("- %s\n", mdEscape(f.File))
		}
	}
}

// batchMarkdown writes one batch, or one rubric's part of a batch (part:
// no failures and no footer, which the whole writes once).
func batchMarkdown(w io.Writer, b *doc.Batch, part bool) error {
	l, r := b.Lang, b.Rubric
	ew := errw.New(w)
	ew.Printf("# %s\n\n", mdEscape(b.Title))
	ew.Printf("**%s** · %s %s", fmt.Sprintf(l.N("batch.counts", len(b.Entries)), len(b.Entries), len(b.Failures)),
		l.T("rubric"), mdEscape(l.RubricLine(r)))
	if m := b.MeanIndex; m != nil {
		ew.Printf(" · %s: %s", l.T("batch.mean"), l.Num(r, m))
	}
	ew.Printf("\n")
	if n := b.Notices; len(n) > 0 {
		ew.Printf("\n")
		for _, s := range n {
			ew.Printf("> %s\n>\n", mdEscape(s))
		}
	}

	ranking := b.Ranking
	if len(ranking) > 0 {
		self := b.HasSelf()
		ew.Printf("\n## %s\n\n| %s | %s | %s | %s | %s | %s |", l.T("batch.ranking"), l.T("rank"), l.T("opd"), l.T("year"), l.T("index"), l.T("predicate"), l.T("batch.status"))
		rule := "|---:|---|---|---:|---|---|"
		if self {
			ew.Printf(" %s |", l.T("self.vs.verified"))
			rule += "---:|"
		}
		for _, d := range r.Domains {
			ew.Printf(" %s |", mdEscape(d.ID))
			rule += "---:|"
		}
		ew.Printf(" %s |\n%s---|\n", l.T("file"), rule)
		for _, e := range ranking {
			ew.Printf("| %s | %s | %s | %s | %s | %s |", e.RankText(), mdEscape(e.Name), mdEscape(e.Year), l.Num(r, e.Index.Rat()), l.Band(e.Band), e.Status(l))
			if self {
				s := "-"
				if e.SelfIndex.IsSet() {
					s = l.Num(r, e.SelfIndex.Rat())
				}
				ew.Printf(" %s |", s)
			}
			for _, d := range e.Domains {
				ew.Printf(" %s |", l.Num(r, d.Rat()))
			}
			ew.Printf(" %s |\n", mdEscape(e.File))
		}
		ew.Printf("\n%s", l.T("batch.rank.rule"))
		if r.HasDomains() {
			var legend []string
			for _, d := range r.Domains {
				legend = append(legend, mdEscape(d.ID+" "+l.Name(d.Name, d.NameEN)))
			}
			ew.Printf(" %s: %s.", l.T("domains"), strings.Join(legend, "; "))
		}
		ew.Printf("\n")

		ew.Printf("\n## %s\n\n| %s | %s |", l.T("aspects"), l.T("rank"), l.T("opd"))
		rule = "|---:|---|"
		var legend []string
		for _, a := range r.Aspects {
			ew.Printf(" %s |", mdEscape(a.ID))
			rule += "---:|"
			legend = append(legend, mdEscape(a.ID+" "+l.Name(a.Name, a.NameEN)))
		}
		ew.Printf("\n%s\n", rule)
		for _, e := range ranking {
			ew.Printf("| %s | %s |", e.RankText(), mdEscape(e.Name))
			for _, a := range e.Aspects {
				ew.Printf(" %s |", l.Num(r, a.Rat()))
			}
			ew.Printf("\n")
		}
		ew.Printf("\n%s: %s.\n", l.T("aspects"), strings.Join(legend, "; "))

		ew.Printf("\n## %s\n\n| %s | %s | %s |\n|---|---|---:|\n", l.T("batch.predicates"), l.T("predicate"), l.T("batch.range"), l.T("batch.count"))
		for i, bc := range b.BandCounts {
			ew.Printf("| %s | %s | %d |\n", l.Band(bc.Band), doc.BandRangeText(l, r, bc.Band, i == len(b.BandCounts)-1), bc.Count)
		}
		if len(b.Years) > 0 {
			ew.Printf("\n## %s\n\n| %s | %s | %s |", l.T("batch.years.t"), l.T("year"), l.T("batch.count"), l.T("batch.mean.short"))
			for _, bd := range r.Bands {
				ew.Printf(" %s |", l.Band(bd))
			}
			ew.Printf("\n|---|---:|---:|%s\n", strings.Repeat("---:|", len(r.Bands)))
			for _, y := range b.Years {
				mean := "-"
				if y.MeanIndex != nil {
					mean = l.Num(r, y.MeanIndex)
				}
				ew.Printf("| %s | %d | %s |", mdEscape(y.Label(l)), y.Count, mean)
				for _, bc := range y.BandCounts {
					ew.Printf(" %d |", bc.Count)
				}
				ew.Printf("\n")
			}
		}
		if len(b.Trends) > 0 {
			ew.Printf("\n## %s\n\n| %s |", l.T("batch.trend"), l.T("opd"))
			for _, y := range b.TrendYears {
				ew.Printf(" %s |", mdEscape(y))
			}
			ew.Printf(" %s |\n|---|%s---:|\n", l.T("batch.change"), strings.Repeat("---:|", len(b.TrendYears)))
			for _, t := range b.Trends {
				ew.Printf("| %s |", mdEscape(t.Name))
				for _, p := range t.Points {
					if p.Index.IsSet() {
						ew.Printf(" %s |", l.Num(r, p.Index.Rat()))
					} else {
						ew.Printf(" - |")
					}
				}
				ew.Printf(" %s |\n", l.Delta(r, t.Change))
			}
		}

		lo, hi := r.LevelRange()
		ew.Printf("\n## %s\n\n| %s | %s | %s | %s | %s | %s | %s |", l.T("batch.stats"), l.T("id"), l.T("indicator"), l.T("aspect"),
			l.T("batch.mean.short"), l.T("batch.median"), l.T("batch.min"), l.T("batch.max"))
		rule = "|---|---|---|---:|---:|---:|---:|"
		if r.TargetLevel > 0 {
			ew.Printf(" %s |", fmt.Sprintf(l.T("batch.below"), r.TargetLevel))
			rule += "---:|"
		}
		for v := lo; v <= hi; v++ {
			ew.Printf(" %s |", fmt.Sprintf(l.T("batch.level.n"), v))
			rule += "---:|"
		}
		ew.Printf("\n%s\n", rule)
		for _, st := range b.IndicatorStats {
			in := st.Indicator
			ew.Printf("| %s | %s | %s | %s | %s | %d | %d |", mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), mdEscape(in.Aspect.ID),
				l.Num(r, st.Mean), l.Num(r, st.Median), st.Min, st.Max)
			if r.TargetLevel > 0 {
				ew.Printf(" %d |", st.Below)
			}
			for _, c := range st.Counts {
				ew.Printf(" %d |", c)
			}
			ew.Printf("\n")
		}
	}

	batchMarkdownTail(ew, b)
	// The batch's own notices are at the top; these are the sheets'.
	if notes := b.EntryNotes(); len(notes) > 0 {
		ew.Printf("\n## %s\n\n", l.T("batch.notes"))
		for _, n := range notes {
			ew.Printf("- %s\n", mdEscape(n))
		}
	}
	if !part {
		ew.Printf("\n---\n%s\n", fmt.Sprintf(l.T("generated.by"), mdEscape(l.Version(b.ToolVersion))))
	}
	return ew.Err
}
