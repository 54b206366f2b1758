package report

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// Batch is the consolidated result of scoring many answer sheets: every
// sheet that scored, as a small Entry, and every file that did not, with
// its reasons. A batch of tens of thousands of sheets holds no workbook and
// no full report, only these.
type Batch struct {
	Rubric *rubric.Rubric
	// Entries are the scored sheets, in input order (by path).
	Entries []*Entry
	// Failures are the files that could not be scored, in input order.
	Failures []Failure
	// ToolVersion is the version of spbe that made the batch.
	ToolVersion string
	Lang        Lang
}

// Entry is one scored answer sheet, reduced to what a consolidated report
// shows: well under a kilobyte, whatever the sheet held, and almost
// nothing for the collector to scan.
type Entry struct {
	// File is the sheet's path as it was found.
	File   string
	SHA256 string
	// OPD and Year are what the sheet says; Name is the OPD, or the file
	// name without its extension when the sheet names none.
	OPD, Year, Name string
	Sheet           string
	// Index and Band are the headline (verified, when the sheet has both)
	// index and predicate; Domains and Aspects are their indices in rubric
	// order.
	Index   Number
	Band    *rubric.Band
	Domains []Number
	Aspects []Number
	// Levels holds the headline level of every indicator, in rubric order.
	Levels []int
	// SelfIndex and SelfBand are the self-assessed index and predicate when
	// the sheet also has verified levels; SelfIndex is unset otherwise.
	SelfIndex Number
	SelfBand  *rubric.Band
	// Notes are the sheet's own notices: a rounding that crosses a band,
	// and the reader's warnings.
	Notes []string
}

// Failure is a file that could not be scored, with every reason.
type Failure struct {
	File     string
	Problems []string
}

// NewEntry reduces a single-sheet report to a batch entry; its notes are
// in the report's language.
func NewEntry(rep *Report) *Entry {
	res := rep.Result
	e := &Entry{Index: NumberOf(res.Index), Band: res.Band, SHA256: rep.SourceSHA256}
	if a := rep.Answers; a != nil {
		// Clones: the reader's strings may share memory with the whole
		// workbook's text, which an entry must not keep alive.
		e.File, e.OPD, e.Year, e.Sheet = strings.Clone(a.File), strings.Clone(a.OPD), strings.Clone(a.Year), strings.Clone(a.Sheet)
		e.Name = e.OPD
		if e.Name == "" {
			e.Name = strings.Clone(a.DisplayName())
		}
	}
	e.Domains = make([]Number, len(res.Domains))
	for i, d := range res.Domains {
		e.Domains[i] = NumberOf(d.Index)
	}
	e.Aspects = make([]Number, len(res.Aspects))
	for i, a := range res.Aspects {
		e.Aspects[i] = NumberOf(a.Index)
	}
	e.Levels = make([]int, len(res.Indicators))
	for i, is := range res.Indicators {
		e.Levels[i] = is.Level
	}
	if rep.Self != nil {
		e.SelfIndex, e.SelfBand = NumberOf(rep.Self.Index), rep.Self.Band
	}
	l, r := rep.Lang, res.Rubric
	if res.RoundingCrossesBand() {
		basis := l.T("basis.exact")
		if r.Rounding.PredicateBasis == "rounded" {
			basis = l.T("basis.rounded")
		}
		e.Notes = append(e.Notes, fmt.Sprintf(l.T("batch.crossing"), l.Num(r, res.Index), l.Exact(res.Index), l.Band(res.ExactBand), basis))
	}
	for _, w := range rep.Warnings {
		e.Notes = append(e.Notes, strings.Clone(w))
	}
	return e
}

// Ranked is an entry with its rank.
type Ranked struct {
	Rank int
	*Entry
}

// Ranking orders the entries by their exact index, highest first, and
// ranks them the way competitions do (1, 2, 2, 4): entries whose exact
// indices are equal share a rank and are listed by name, then by file.
// Two indices that print alike but differ exactly do not tie.
func (b *Batch) Ranking() []Ranked {
	es := append([]*Entry(nil), b.Entries...)
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
	out := make([]Ranked, len(es))
	for i, e := range es {
		rank := i + 1
		if i > 0 && e.Index.Cmp(es[i-1].Index) == 0 {
			rank = out[i-1].Rank
		}
		out[i] = Ranked{Rank: rank, Entry: e}
	}
	return out
}

// IndicatorStat is one indicator's levels across the batch.
type IndicatorStat struct {
	Indicator *rubric.Indicator
	// Mean and Median are exact; Median is the mean of the two middle
	// levels when the count is even.
	Mean, Median *big.Rat
	Min, Max     int
	// Below counts the entries under the rubric's target level (0 when the
	// rubric has none).
	Below int
	// Counts[v-lo] is how many entries have level v, for lo..hi of
	// Rubric.LevelRange.
	Counts []int
}

// IndicatorStats summarises every indicator across the entries, in rubric
// order; it is nil for an empty batch.
func (b *Batch) IndicatorStats() []IndicatorStat {
	if len(b.Entries) == 0 {
		return nil
	}
	r := b.Rubric
	lo, hi := r.LevelRange()
	n := len(b.Entries)
	out := make([]IndicatorStat, len(r.Indicators))
	for i, in := range r.Indicators {
		st := IndicatorStat{Indicator: in, Counts: make([]int, hi-lo+1), Min: hi, Max: lo}
		sum := 0
		for _, e := range b.Entries {
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
	panic("report: nth past the end")
}

// BandCount is how many entries earned a predicate band.
type BandCount struct {
	Band  *rubric.Band
	Count int
}

// BandCounts counts the entries per predicate band, in the rubric's
// (ascending) order.
func (b *Batch) BandCounts() []BandCount {
	out := make([]BandCount, len(b.Rubric.Bands))
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

// MeanIndex is the mean of the entries' exact indices, or nil for an
// empty batch.
func (b *Batch) MeanIndex() *big.Rat {
	if len(b.Entries) == 0 {
		return nil
	}
	sum := new(big.Rat)
	for _, e := range b.Entries {
		sum.Add(sum, e.Index.Rat())
	}
	return sum.Quo(sum, big.NewRat(int64(len(b.Entries)), 1))
}

// Notices are the lines about the batch as a whole: a provisional rubric,
// files with the same content, and sheets of different years.
func (b *Batch) Notices() []string {
	l, r := b.Lang, b.Rubric
	var out []string
	if r.Provisional() {
		out = append(out, fmt.Sprintf(l.T("provisional"), r.ID, l.Status(r.Status)))
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

func init() {
	addMessages(map[string][2]string{
		"batch.title":      {"Rekapitulasi %s", "%s Summary"},
		"batch.counts":     {"%d lembar dinilai, %d tidak dapat dinilai", "%d sheets scored, %d could not be scored"},
		"batch.mean":       {"Rata-rata indeks", "Mean index"},
		"batch.crossing":   {"indeks tercetak %s, tetapi nilai tepatnya %s berada pada predikat %s; predikat dibaca dari %s.", "the index prints as %s, but its exact value %s lies in the %s band; the predicate reads the %s."},
		"batch.same":       {"%s berisi sama persis dengan %s", "%s has the same content as %s"},
		"batch.years":      {"lembar dari tahun yang berbeda: %s", "sheets from different years: %s"},
		"batch.failures":   {"Tidak dapat dinilai", "Not scored"},
		"batch.problem":    {"Masalah", "Problem"},
		"batch.more":       {"(dan %d masalah lain)", "(and %d more problems)"},
		"batch.weakest":    {"Indikator terlemah (rata-rata terendah)", "Weakest indicators (lowest mean)"},
		"batch.notes":      {"Catatan", "Notes"},
		"batch.mean.short": {"Rata-rata", "Mean"},
		"batch.median":     {"Median", "Median"},
		"batch.min":        {"Min", "Min"},
		"batch.max":        {"Maks", "Max"},
		"batch.below":      {"Di bawah target (%d)", "Below target (%d)"},
		"batch.level.n":    {"Tingkat %d", "Level %d"},
		"batch.count":      {"Jumlah OPD", "Work units"},
		"batch.range":      {"Rentang", "Range"},
		"batch.stats":      {"Statistik Indikator", "Indicator Statistics"},
		"batch.heatmap.t":  {"Tingkat per indikator (warna: %d merah, %d kuning, %d hijau)", "Level per indicator (colour: %d red, %d yellow, %d green)"},
		"batch.ranking":    {"Peringkat", "Ranking"},
		"batch.predicates": {"Predikat", "Predicates"},
		"batch.chart":      {"Jumlah OPD per predikat", "Work units per predicate"},
		"batch.failed":     {"tidak dapat dinilai", "not scored"},
		"batch.unsearched": {"%d subfolder tidak diperiksa (tambahkan --recursive)", "%d subfolders not searched (add --recursive)"},
		"batch.rank.rule":  {"Peringkat menurut nilai tepat indeks; nilai yang sama persis berbagi peringkat (1, 2, 2, 4).", "Ranked by the exact index; exactly equal indices share a rank (1, 2, 2, 4)."},
	})
}
