package text

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"
	"sort"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rat64"
)

// weakest is how many of the lowest-scoring indicators the text summary
// lists.
const weakest = 5

// BatchText writes the summary of a batch a person reads in a terminal:
// the ranking with every domain index, the count per predicate, the
// weakest indicators, the files that could not be scored, and notes.
func BatchText(w io.Writer, b *doc.Batch) error {
	if len(b.Groups) == 0 {
		return batchText(w, b)
	}
	// Sheets of several rubrics: one summary per rubric, then the files
	// not scored and the notes once.
	ew := errw.New(w)
	for _, s := range b.Notices {
		ew.Printf("%s\n", s)
	}
	for _, g := range b.Groups {
		ew.Printf("\n")
		if ew.Err == nil {
			ew.Err = batchText(w, g)
		}
	}
	tail := &doc.Batch{Lang: b.Lang, Failures: b.Failures, Skipped: b.Skipped}
	if ew.Err == nil {
		ew.Err = batchTail(ew, tail)
	}
	return ew.Err
}

func batchText(w io.Writer, b *doc.Batch) error {
	l, r := b.Lang, b.Rubric
	ew := errw.New(w)
	ew.Printf("%s: %s\n", b.Title, fmt.Sprintf(l.N("batch.counts", len(b.Entries)), len(b.Entries), len(b.Failures)))
	ew.Printf("%s: %s\n", l.T("rubric"), l.RubricLine(r))
	if m := b.MeanIndex; m != nil {
		ew.Printf("%s: %s\n", l.T("batch.mean"), l.Num(r, m))
	}

	if ranking := b.Ranking; len(ranking) > 0 {
		self := b.HasSelf()
		head := []string{l.T("rank"), l.T("opd"), l.T("index"), l.T("predicate"), l.T("batch.status")}
		right := []bool{true, false, true, false, false}
		if b.StatsYear != "" {
			head = append(head[:2], append([]string{l.T("year")}, head[2:]...)...)
			right = append(right[:2], append([]bool{false}, right[2:]...)...)
		}
		if self {
			head = append(head, l.T("self.vs.verified"))
			right = append(right, true)
		}
		for _, d := range r.Domains {
			head = append(head, d.ID)
			right = append(right, true)
		}
		head = append(head, l.T("file"))
		right = append(right, false)
		// A batch may rank 100,000 sheets: the rows are made twice, once
		// to measure the columns and once to print, rather than kept. Its
		// indices take few distinct values (a domain's, a few hundred),
		// so each is printed once.
		printed := map[uint64]string{}
		num := func(n rat64.Number) string {
			if s, ok := printed[n.Bits()]; ok {
				return s
			}
			s := l.Num(r, n.Rat())
			if len(printed) < 1<<16 {
				printed[n.Bits()] = s
			}
			return s
		}
		row := func(i int, row []string) []string {
			if i == 0 {
				return append(row[:0], head...)
			}
			e := ranking[i-1]
			row = append(row[:0], e.RankText(), printable(e.Name))
			if b.StatsYear != "" {
				row = append(row, printable(e.Year))
			}
			row = append(row, num(e.Index), l.Band(e.Band), e.Status(l))
			if self {
				s := "-"
				if e.SelfIndex.IsSet() {
					s = num(e.SelfIndex)
				}
				row = append(row, s)
			}
			for _, d := range e.Domains {
				row = append(row, num(d))
			}
			return append(row, printable(e.File))
		}
		ew.Printf("\n")
		writeAlignedRows(ew, len(ranking)+1, row, right)
		if printedTies(b, ranking) {
			ew.Printf("%s\n", l.T("batch.rank.rule"))
		}

		var parts []string
		for _, bc := range b.BandCounts {
			parts = append(parts, fmt.Sprintf("%s %d", l.Band(bc.Band), bc.Count))
		}
		ew.Printf("\n%s: %s\n", l.T("predicate"), strings.Join(parts, ", "))

		stats := b.IndicatorStats
		sort.SliceStable(stats, func(i, j int) bool { return stats[i].Mean.Cmp(stats[j].Mean) < 0 })
		head = []string{l.T("id"), l.T("indicator"), l.T("batch.mean.short")}
		right = []bool{true, false, true}
		if r.TargetLevel > 0 {
			head = append(head, fmt.Sprintf(l.T("batch.below"), r.TargetLevel))
			right = append(right, true)
		}
		rows := [][]string{head}
		for _, st := range stats[:min(weakest, len(stats))] {
			row := []string{st.Indicator.ID, l.Name(st.Indicator.Name, st.Indicator.NameEN), l.Num(r, st.Mean)}
			if r.TargetLevel > 0 {
				row = append(row, fmt.Sprint(st.Below))
			}
			rows = append(rows, row)
		}
		ew.Printf("\n%s:\n", l.T("batch.weakest"))
		writeAligned(ew, rows, right)
	}

	if len(b.Years) > 0 {
		ew.Printf("\n%s:\n", l.T("batch.years.t"))
		for _, y := range b.Years {
			mean := "-"
			if y.MeanIndex != nil {
				mean = l.Num(r, y.MeanIndex)
			}
			ew.Printf("  %s\n", fmt.Sprintf(l.N("batch.year.line", y.Count), printable(y.Label(l)), y.Count, mean))
		}
	}
	if len(b.Trends) > 0 {
		ew.Printf("\n%s:\n", l.T("batch.trend"))
		TrendTable(ew, b)
	}
	if err := batchTail(ew, b); err != nil {
		return err
	}
	if notes := b.AllNotes(); len(notes) > 0 {
		ew.Printf("\n%s:\n", l.T("batch.notes"))
		for _, n := range notes {
			ew.Printf("  %s\n", printable(n))
		}
	}
	return ew.Err
}

// batchTail writes the files that could not be scored and spbe's own
// reports that were skipped.
func batchTail(ew *errWriter, b *doc.Batch) error {
	l := b.Lang
	if len(b.Failures) > 0 {
		ew.Printf("\n%s (%d):\n", l.T("batch.failures"), len(b.Failures))
		for _, f := range b.Failures {
			msg := ""
			if len(f.Problems) > 0 {
				msg = f.Problems[0]
			}
			if n := f.More(); n > 0 {
				msg += " " + fmt.Sprintf(l.T("batch.more"), n)
			}
			ew.Printf("  %s: %s\n", printable(f.File), printable(msg))
		}
	}
	if len(b.Skipped) > 0 {
		ew.Printf("\n%s (%d):\n", l.T("batch.skipped"), len(b.Skipped))
		for _, f := range b.Skipped {
			ew.Printf("  %s\n", printable(f.File))
		}
	}
	return ew.Err
}

// printedTies reports whether two neighbours in the ranking print the same
// index but rank differently, which the ranking rule then explains.
func printedTies(b *doc.Batch, ranking []doc.Ranked) bool {
	r := b.Rubric
	for i := 1; i < len(ranking); i++ {
		if ranking[i].Rank != ranking[i-1].Rank && r.Rounding.Round(ranking[i].Index.Rat()).Cmp(r.Rounding.Round(ranking[i-1].Index.Rat())) == 0 {
			return true
		}
	}
	return false
}

// TrendTable writes the trend of every OPD found in more than one year:
// its index in each year and the change from its previous year.
func TrendTable(w io.Writer, b *doc.Batch) error {
	l, r := b.Lang, b.Rubric
	ew, ok := w.(*errWriter)
	if !ok {
		ew = errw.New(w)
	}
	head := []string{l.T("opd")}
	right := []bool{false}
	for _, y := range b.TrendYears {
		head = append(head, y)
		right = append(right, true)
	}
	head = append(head, l.T("batch.change"))
	right = append(right, true)
	rows := [][]string{head}
	for _, t := range b.Trends {
		row := []string{printable(t.Name)}
		for _, p := range t.Points {
			if p.Index.IsSet() {
				row = append(row, l.Num(r, p.Index.Rat()))
			} else {
				row = append(row, "-")
			}
		}
		rows = append(rows, append(row, l.Delta(r, t.Change)))
	}
	writeAligned(ew, rows, right)
	return ew.Err
}

// Trend writes what spbe trend prints: the batch's title, each year's
// count and mean, and every OPD's index year by year with its change, or
// why there is no trend to show.
func Trend(w io.Writer, b *doc.Batch) error {
	if len(b.Groups) > 0 {
		// Sheets of several frameworks: a trend within each.
		ew := errw.New(w)
		for _, s := range b.Notices {
			ew.Printf("%s\n", s)
		}
		for _, g := range b.Groups {
			ew.Printf("\n")
			if ew.Err == nil {
				ew.Err = Trend(w, g)
			}
		}
		return ew.Err
	}
	l, r := b.Lang, b.Rubric
	ew := errw.New(w)
	ew.Printf("%s: %s\n", b.Title, fmt.Sprintf(l.N("batch.counts", len(b.Entries)), len(b.Entries), len(b.Failures)))
	for _, y := range b.Years {
		mean := "-"
		if y.MeanIndex != nil {
			mean = l.Num(r, y.MeanIndex)
		}
		ew.Printf("  %s\n", fmt.Sprintf(l.N("batch.year.line", y.Count), printable(y.Label(l)), y.Count, mean))
	}
	for _, n := range b.Duplicates {
		ew.Printf("%s\n", printable(n))
	}
	ew.Printf("\n")
	if len(b.Trends) == 0 {
		ew.Printf("%s\n", l.T("trend.none"))
		return ew.Err
	}
	ew.Printf("%s:\n", l.T("batch.trend"))
	if ew.Err != nil {
		return ew.Err
	}
	return TrendTable(ew, b)
}
