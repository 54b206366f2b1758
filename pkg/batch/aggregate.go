package batch

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// NewEntry reduces a single-sheet report to a batch entry; its notes are
// in the report's language.
func NewEntry(rep *doc.Report) *doc.Entry {
	res := rep.Result
	e := &doc.Entry{Index: doc.NumberOf(res.Index), Band: res.Band, SHA256: rep.SourceSHA256}
	if a := rep.Answers; a != nil {
		// Clones: the reader's strings may share memory with the whole
		// workbook's text, which an entry must not keep alive.
		e.File, e.OPD, e.Year, e.Sheet = strings.Clone(a.File), strings.Clone(a.OPD), strings.Clone(a.Year), strings.Clone(a.Sheet)
		e.Name = e.OPD
		if e.Name == "" {
			e.Name = strings.Clone(a.DisplayName())
		}
	}
	e.Domains = make([]doc.Number, len(res.Domains))
	for i, d := range res.Domains {
		e.Domains[i] = doc.NumberOf(d.Index)
	}
	e.Aspects = make([]doc.Number, len(res.Aspects))
	for i, a := range res.Aspects {
		e.Aspects[i] = doc.NumberOf(a.Index)
	}
	e.Rubric = res.Rubric
	if c := rep.Choice; c != nil {
		e.Chosen = rep.Lang.Name(c.Reason, c.ReasonEN)
	}
	e.Levels = make([]int, len(res.Indicators))
	for i, is := range res.Indicators {
		e.Levels[i] = is.Level
	}
	if decimalRubric(res.Rubric) {
		e.Values = make([]*big.Rat, len(res.Indicators))
		for i, is := range res.Indicators {
			e.Values[i] = is.Value.Rat
		}
	}
	if rep.Self != nil {
		e.SelfIndex, e.SelfBand = doc.NumberOf(rep.Self.Index), rep.Self.Band
	}
	l, r := rep.Lang, res.Rubric
	if res.RoundingCrossesBand() {
		basis := l.T("basis.exact")
		if r.Rounding.PredicateBasis == "rounded" {
			basis = l.T("basis.rounded")
		}
		e.Notes = append(e.Notes, fmt.Sprintf(l.T("batch.crossing"), l.Num(r, res.Index), l.Exact(res.Index), l.Band(res.ExactBand), basis))
	}
	for _, a := range doc.AssumedOf(l, res) {
		e.Notes = append(e.Notes, doc.AssumedLine(l, a))
	}
	for _, w := range rep.Warnings {
		e.Notes = append(e.Notes, strings.Clone(w))
	}
	return e
}

// decimalRubric reports whether any scale of r has decimal values.
func decimalRubric(r *rubric.Rubric) bool {
	for _, s := range r.Scales {
		if s.Decimal() {
			return true
		}
	}
	return false
}

// ranking orders the entries by their exact index, highest first, and
// ranks them the way competitions do (1, 2, 2, 4): entries whose exact
// indices are equal share a rank and are listed by name, then by file.
// Two indices that print alike but differ exactly do not tie.
func ranking(b *doc.Batch) []doc.Ranked {
	es := append([]*doc.Entry(nil), b.Entries...)
	sort.SliceStable(es, func(i, j int) bool {
		if c := es[i].Index.Cmp(es[j].Index); c != 0 {
			return c > 0
		}
		if a, b := strings.ToLower(es[i].Name), strings.ToLower(es[j].Name); a != b {
			return a < b
		}
		if es[i].Name != es[j].Name {
			return es[i].Name < es[j].Name
		}
		return es[i].File < es[j].File
	})
	out := make([]doc.Ranked, len(es))
	for i, e := range es {
		rank := i + 1
		if i > 0 && e.Index.Cmp(es[i-1].Index) == 0 {
			rank = out[i-1].Rank
		}
		out[i] = doc.Ranked{Rank: rank, Entry: e}
	}
	return out
}

// indicatorStats summarises every indicator across the entries, in rubric
// order; it is nil for an empty batch.
func indicatorStats(b *doc.Batch) []doc.IndicatorStat {
	if len(b.Entries) == 0 {
		return nil
	}
	r := b.Rubric
	lo, hi := r.LevelRange()
	n := len(b.Entries)
	out := make([]doc.IndicatorStat, len(r.Indicators))
	for i, in := range r.Indicators {
		st := doc.IndicatorStat{Indicator: in, Counts: make([]int, hi-lo+1), Min: hi, Max: lo}
		sum := 0
		var vals []*big.Rat // the exact values, on a decimal scale
		for _, e := range b.Entries {
			if e.Values != nil {
				vals = append(vals, e.Values[i])
			}
			v := e.Levels[i]
			st.Counts[v-lo]++
			sum += v
			st.Min, st.Max = min(st.Min, v), max(st.Max, v)
			if v < r.TargetLevel {
				st.Below++
			}
		}
		st.Mean = big.NewRat(int64(sum), int64(n))
		// The levels are small whole numbers: the median comes from the
		// counts, without sorting.
		st.Median = new(big.Rat).Add(nth(st.Counts, lo, (n-1)/2), nth(st.Counts, lo, n/2))
		st.Median.Quo(st.Median, big.NewRat(2, 1))
		if len(vals) == n {
			// Decimal values: the mean and median of the values, not of
			// their whole levels.
			st.Mean = new(big.Rat)
			for _, v := range vals {
				st.Mean.Add(st.Mean, v)
			}
			st.Mean.Quo(st.Mean, big.NewRat(int64(n), 1))
			sort.Slice(vals, func(a, b int) bool { return vals[a].Cmp(vals[b]) < 0 })
			st.Median = new(big.Rat).Add(vals[(n-1)/2], vals[n/2])
			st.Median.Quo(st.Median, big.NewRat(2, 1))
		}
		out[i] = st
	}
	return out
}

// nth returns the k-th smallest (0-based) level described by counts.
func nth(counts []int, lo, k int) *big.Rat {
	for i, c := range counts {
		if k < c {
			return big.NewRat(int64(lo+i), 1)
		}
		k -= c
	}
	panic("batch: nth past the end")
}

// bandCounts counts the entries per predicate band, in the rubric's
// (ascending) order.
func bandCounts(b *doc.Batch) []doc.BandCount {
	out := make([]doc.BandCount, len(b.Rubric.Bands))
	for i, band := range b.Rubric.Bands {
		out[i].Band = band
		for _, e := range b.Entries {
			if e.Band == band {
				out[i].Count++
			}
		}
	}
	return out
}

// meanIndex is the mean of the entries' exact indices, or nil for an
// empty batch.
func meanIndex(b *doc.Batch) *big.Rat {
	if len(b.Entries) == 0 {
		return nil
	}
	sum := new(big.Rat)
	for _, e := range b.Entries {
		sum.Add(sum, e.Index.Rat())
	}
	return sum.Quo(sum, big.NewRat(int64(len(b.Entries)), 1))
}

// notices are the lines about the batch as a whole: a provisional rubric,
// files with the same content, and sheets of different years.
func notices(b *doc.Batch) []string {
	l, r := b.Lang, b.Rubric
	var out []string
	if r.Provisional() {
		out = append(out, fmt.Sprintf(l.T("provisional"), r.ID, l.Status(r.Status)))
	}
	// Why the rubric was chosen, once per reason (a batch of 2,000 sheets
	// chose it 2,000 times, mostly for the same reason).
	chosen := map[string]int{}
	var reasons []string
	for _, e := range b.Entries {
		if e.Chosen != "" {
			if chosen[e.Chosen] == 0 {
				reasons = append(reasons, e.Chosen)
			}
			chosen[e.Chosen]++
		}
	}
	for _, why := range reasons {
		out = append(out, fmt.Sprintf(l.T("batch.choice"), r.ID, chosen[why], why))
	}
	first := map[string]string{}
	for _, e := range b.Entries {
		if e.SHA256 == "" {
			continue
		}
		if f, dup := first[e.SHA256]; dup {
			out = append(out, fmt.Sprintf(l.T("batch.same"), e.File, f))
		} else {
			first[e.SHA256] = e.File
		}
	}
	years := map[string]int{}
	for _, e := range b.Entries {
		if e.Year != "" {
			years[e.Year]++
		}
	}
	if len(years) > 1 {
		var parts []string
		for _, y := range sortedKeys(years) {
			parts = append(parts, fmt.Sprintf("%s (%d)", y, years[y]))
		}
		out = append(out, fmt.Sprintf(l.T("batch.years"), strings.Join(parts, ", ")))
	}
	return out
}

// Aggregate computes what a consolidated report shows about the batch as
// a whole: the ranking, every indicator's statistics, the count per
// predicate, the mean index and the notices. It returns b.
func Aggregate(b *doc.Batch) *doc.Batch {
	if len(b.Groups) > 0 {
		// Each group was aggregated on its own; across groups only the
		// files with the same content are worth saying.
		var ids []string
		for _, g := range b.Groups {
			ids = append(ids, g.Rubric.ID)
		}
		b.Notices = []string{fmt.Sprintf(b.Lang.T("batch.groups"), len(b.Groups), strings.Join(ids, ", "))}
		return b
	}
	b.Ranking = ranking(b)
	b.IndicatorStats = indicatorStats(b)
	b.BandCounts = bandCounts(b)
	b.MeanIndex = meanIndex(b)
	b.Notices = notices(b)
	return b
}

// sortedKeys returns a map's keys sorted, for stable output.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
