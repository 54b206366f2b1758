package batch

import (
	"fmt"
	"math/big"
	pathpkg "path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rat64"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// NewEntry reduces a single-sheet report to a batch entry; its notes are
// in the report's language.
func NewEntry(rep *doc.Report) *doc.Entry {
	res := rep.Result
	// An entry is kept for every sheet until the batch is ranked, so it
	// is compact: its texts share one allocation, its numbers another,
	// and its levels take two bytes (rubric.MaxLevel).
	e := &doc.Entry{Index: rat64.Of(res.Index), Band: res.Band}
	var texts []string
	if a := rep.Answers; a != nil {
		texts = []string{a.File, a.OPD, a.Year, a.Sheet, a.Agency, "", rep.SourceSHA256}
		if a.OPD == "" {
			texts[5] = a.DisplayName()
		}
	} else {
		texts = []string{"", "", "", "", "", "", rep.SourceSHA256}
	}
	// One new string: the reader's strings may share memory with the
	// whole workbook's text, which an entry must not keep alive.
	all := strings.Join(texts, "")
	for i, t := range texts {
		texts[i], all = all[:len(t)], all[len(t):]
	}
	e.File, e.OPD, e.Year, e.Sheet, e.Pemda, e.SHA256 = texts[0], texts[1], texts[2], texts[3], texts[4], texts[6]
	e.Name = e.OPD
	if e.Name == "" {
		e.Name = texts[5]
	}
	nums := make([]rat64.Number, len(res.Domains)+len(res.Aspects))
	e.Domains, e.Aspects = nums[:len(res.Domains):len(res.Domains)], nums[len(res.Domains):]
	for i, d := range res.Domains {
		e.Domains[i] = rat64.Of(d.Index)
	}
	for i, a := range res.Aspects {
		e.Aspects[i] = rat64.Of(a.Index)
	}
	e.Rubric = res.Rubric
	if c := rep.Choice; c != nil {
		e.Chosen = rep.Lang.Name(c.Reason, c.ReasonEN)
	}
	e.Levels = make([]uint16, len(res.Indicators))
	for i, is := range res.Indicators {
		e.Levels[i] = uint16(is.Level) // at most rubric.MaxLevel
	}
	if decimalRubric(res.Rubric) {
		e.Values = make([]*big.Rat, len(res.Indicators))
		for i, is := range res.Indicators {
			e.Values[i] = is.Value.Rat
		}
	}
	if rep.Self != nil {
		e.SelfIndex, e.SelfBand = rat64.Of(rep.Self.Index), rep.Self.Band
		e.Verified = true
	}
	if e.Year == "" {
		e.Year = yearFromPath(e.File)
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
// Two indices that print alike but differ exactly do not tie. A batch of
// several years is ranked year by year, latest first; an excluded entry
// (a second sheet of the same OPD and year) is listed after its year's
// ranking, without a rank.
func ranking(b *doc.Batch) []doc.Ranked {
	es := append([]*doc.Entry(nil), b.Entries...)
	byYear := b.StatsYear != ""
	sort.SliceStable(es, func(i, j int) bool {
		if byYear && es[i].Year != es[j].Year {
			return es[i].Year > es[j].Year
		}
		if es[i].Excluded != es[j].Excluded {
			return !es[i].Excluded
		}
		if c := es[i].Index.Cmp(es[j].Index); c != 0 {
			return c > 0
		}
		if c := compareLower(es[i].Name, es[j].Name); c != 0 {
			return c < 0
		}
		if es[i].Name != es[j].Name {
			return es[i].Name < es[j].Name
		}
		return es[i].File < es[j].File
	})
	out := make([]doc.Ranked, len(es))
	n := 0
	for i, e := range es {
		if i > 0 && byYear && e.Year != es[i-1].Year {
			n = 0
		}
		if e.Excluded {
			out[i] = doc.Ranked{Entry: e}
			continue
		}
		n++
		rank := n
		if n > 1 && e.Index.Cmp(es[i-1].Index) == 0 {
			rank = out[i-1].Rank
		}
		out[i] = doc.Ranked{Rank: rank, Entry: e}
	}
	return out
}

// compareLower compares strings.ToLower(a) with strings.ToLower(b)
// without making either: a ranking of 100,000 sheets compares names
// millions of times. UTF-8 orders bytes as it orders code points, so
// comparing the lowered runes is comparing the lowered strings (an
// invalid byte is U+FFFD in both).
func compareLower(a, b string) int {
	for a != "" && b != "" {
		var ra, rb rune
		var na, nb int
		if c := a[0]; c < utf8.RuneSelf {
			ra, na = rune(c), 1
		} else {
			ra, na = utf8.DecodeRuneInString(a)
		}
		if c := b[0]; c < utf8.RuneSelf {
			rb, nb = rune(c), 1
		} else {
			rb, nb = utf8.DecodeRuneInString(b)
		}
		if ra, rb = unicode.ToLower(ra), unicode.ToLower(rb); ra != rb {
			if ra < rb {
				return -1
			}
			return 1
		}
		a, b = a[na:], b[nb:]
	}
	switch {
	case a == "" && b == "":
		return 0
	case a == "":
		return -1
	}
	return 1
}

// indicatorStats summarises every indicator across the entries, in rubric
// order; it is nil for an empty batch.
func indicatorStats(b *doc.Batch, entries []*doc.Entry) []doc.IndicatorStat {
	if len(entries) == 0 {
		return nil
	}
	r := b.Rubric
	lo, hi := r.LevelRange()
	n := len(entries)
	out := make([]doc.IndicatorStat, len(r.Indicators))
	for i, in := range r.Indicators {
		st := doc.IndicatorStat{Indicator: in, Counts: make([]int, hi-lo+1), Min: hi, Max: lo}
		sum := 0
		var vals []*big.Rat // the exact values, on a decimal scale
		for _, e := range entries {
			if e.Values != nil {
				vals = append(vals, e.Values[i])
			}
			v := int(e.Levels[i])
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
func bandCounts(b *doc.Batch, entries []*doc.Entry) []doc.BandCount {
	out := make([]doc.BandCount, len(b.Rubric.Bands))
	for i, band := range b.Rubric.Bands {
		out[i].Band = band
		for _, e := range entries {
			if e.Band == band {
				out[i].Count++
			}
		}
	}
	return out
}

// meanIndex is the mean of the entries' exact indices, or nil for an
// empty batch.
func meanIndex(entries []*doc.Entry) *big.Rat {
	if len(entries) == 0 {
		return nil
	}
	sum := new(big.Rat)
	for _, e := range entries {
		sum.Add(sum, e.Index.Rat())
	}
	return sum.Quo(sum, big.NewRat(int64(len(entries)), 1))
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
		out = append(out, fmt.Sprintf(l.N("batch.choice", chosen[why]), r.ID, chosen[why], why))
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
		out = append(out, fmt.Sprintf(l.T("batch.stats.year"), b.StatsYear))
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
	dups := markDuplicates(b)
	b.StatsYear = statsYear(b)
	b.Ranking = ranking(b)
	counted := countedEntries(b, b.StatsYear)
	b.IndicatorStats = indicatorStats(b, counted)
	b.BandCounts = bandCounts(b, counted)
	b.MeanIndex = meanIndex(counted)
	b.Notices = append(notices(b), dups...)
	b.Duplicates = dups
	b.Years = yearGroups(b)
	b.Trends, b.TrendYears = trends(b)
	b.Title = batchTitle(b)
	return b
}

// countedEntries are the entries that the means, the predicate counts and
// the statistics count: every one but the excluded duplicates, of the
// given year when it is not "".
func countedEntries(b *doc.Batch, year string) []*doc.Entry {
	var out []*doc.Entry
	for _, e := range b.Entries {
		if !e.Excluded && (year == "" || e.Year == year) {
			out = append(out, e)
		}
	}
	return out
}

// opdKey is how two sheets are told to be of the same OPD: the name, in
// any case and spacing.
func opdKey(e *doc.Entry) string { return strings.Join(strings.Fields(strings.ToLower(e.Name)), " ") }

// History remembers, as a batch's reports go by in path order, each
// named OPD's result of every year, so that a report can carry the change
// from the OPD's previous year (opd/2024/… comes before opd/2025/…). It
// keeps one result per OPD and year, and is used only when the reports
// are written (--out-dir).
type History struct {
	byOPD map[string]map[string]historyItem
}

type historyItem struct {
	res  *doc.Result
	file string
}

// Previous returns the latest result of the entry's OPD from a year
// before the entry's, scored with the same rubric, or nil; then it
// remembers the entry's own. A sheet that names no OPD or no year has no
// history, and an SPBE 2020 index is never the previous year of a Pemdi
// one (different scales, aspects and bands).
func (h *History) Previous(e *doc.Entry, res *doc.Result) *doc.Previous {
	if e.OPD == "" || e.Year == "" {
		return nil
	}
	if h.byOPD == nil {
		h.byOPD = map[string]map[string]historyItem{}
	}
	k := opdKey(e)
	if e.Rubric != nil {
		k = e.Rubric.ID + "\x00" + k
	}
	years := h.byOPD[k]
	if years == nil {
		years = map[string]historyItem{}
		h.byOPD[k] = years
	}
	var prev *doc.Previous
	best := ""
	for y, it := range years {
		if y < e.Year && y > best {
			best = y
			prev = &doc.Previous{Result: it.res, Year: y, File: filepath.Base(it.file)}
		}
	}
	years[e.Year] = historyItem{res: res, file: e.File}
	return prev
}

// markDuplicates finds sheets of the same OPD and year and keeps one of
// them in the counts: the verified one, or when both are (or neither is)
// the last in path order, which is the one most likely saved last. The
// others are marked excluded. It returns a notice per duplicate.
func markDuplicates(b *doc.Batch) []string {
	l := b.Lang
	// The first sheet of each OPD and year, by its place in the batch;
	// a group is made only for an OPD and year met twice, so a batch of
	// 100,000 different OPDs holds one small map entry for each.
	first := map[string]int{}
	groups := map[string][]*doc.Entry{}
	for i, e := range b.Entries {
		// A sheet that names no OPD is known by its file name, which says
		// nothing of which OPD it is: it is never a duplicate.
		if e.OPD == "" {
			continue
		}
		k := opdKey(e) + "\x00" + e.Year
		j, ok := first[k]
		if !ok {
			first[k] = i
			continue
		}
		if groups[k] == nil {
			groups[k] = []*doc.Entry{b.Entries[j]}
		}
		groups[k] = append(groups[k], e)
	}
	// The groups in the order of their first sheets.
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return first[keys[i]] < first[keys[j]] })
	var out []string
	for _, k := range keys {
		g := groups[k]
		keep := g[len(g)-1]
		why := l.T("batch.dup.later")
		var verified []*doc.Entry
		for _, e := range g {
			if e.Verified {
				verified = append(verified, e)
			}
		}
		if len(verified) > 0 && len(verified) < len(g) {
			keep, why = verified[len(verified)-1], l.T("batch.dup.verified")
		} else if len(verified) > 1 {
			keep = verified[len(verified)-1]
		}
		for _, e := range g {
			if e == keep {
				continue
			}
			e.Excluded, e.ExcludedBy = true, keep.File
			e.Notes = append(e.Notes, fmt.Sprintf(l.T("batch.excluded"), keep.Name, keep.Year, keep.File))
			out = append(out, fmt.Sprintf(l.T("batch.dup"), keep.Name, keep.Year, e.File, keep.File, keep.File, why))
		}
	}
	return out
}

// statsYear is the latest year of a batch of several years, "" for a
// batch of one (or of sheets that name none).
func statsYear(b *doc.Batch) string {
	years := map[string]bool{}
	latest := ""
	for _, e := range b.Entries {
		if e.Year != "" {
			years[e.Year] = true
			latest = max(latest, e.Year)
		}
	}
	if len(years) < 2 {
		return ""
	}
	return latest
}

// yearGroups summarises every year of a batch of several, latest first.
func yearGroups(b *doc.Batch) []doc.YearGroup {
	if b.StatsYear == "" {
		return nil
	}
	years := map[string]bool{}
	for _, e := range b.Entries {
		years[e.Year] = true
	}
	keys := sortedKeys(years)
	var out []doc.YearGroup
	for i := len(keys) - 1; i >= 0; i-- {
		es := countedEntries(b, keys[i])
		if keys[i] == "" {
			// Sheets that name no year are summarised together.
			es = nil
			for _, e := range b.Entries {
				if e.Year == "" && !e.Excluded {
					es = append(es, e)
				}
			}
		}
		out = append(out, doc.YearGroup{Year: keys[i], Count: len(es), MeanIndex: meanIndex(es), BandCounts: bandCounts(b, es)})
	}
	return out
}

// trends pairs every OPD that has sheets of more than one year with its
// earlier years. Excluded duplicates take no part.
func trends(b *doc.Batch) ([]doc.Trend, []string) {
	// First which OPDs have sheets of more than one year, with one small
	// value per OPD: a batch of 100,000 OPDs of one year each needs no map
	// of years for each.
	type seen struct {
		year  string
		multi bool
	}
	years1 := map[string]seen{}
	for _, e := range b.Entries {
		if e.Excluded || e.Year == "" {
			continue
		}
		k := opdKey(e)
		if s, ok := years1[k]; !ok {
			years1[k] = seen{year: e.Year}
		} else if !s.multi && s.year != e.Year {
			years1[k] = seen{year: s.year, multi: true}
		}
	}
	byOPD := map[string]map[string]*doc.Entry{}
	names := map[string]string{}
	var order []string
	yearSet := map[string]bool{}
	for _, e := range b.Entries {
		if e.Excluded || e.Year == "" {
			continue
		}
		k := opdKey(e)
		if !years1[k].multi {
			continue
		}
		if byOPD[k] == nil {
			byOPD[k] = map[string]*doc.Entry{}
			order = append(order, k)
		}
		byOPD[k][e.Year] = e
		names[k] = e.Name
	}
	var out []doc.Trend
	for _, k := range order {
		if len(byOPD[k]) < 2 {
			continue
		}
		for y := range byOPD[k] {
			yearSet[y] = true
		}
	}
	years := sortedKeys(yearSet)
	for _, k := range order {
		ys := byOPD[k]
		if len(ys) < 2 {
			continue
		}
		t := doc.Trend{Name: names[k], Points: make([]doc.TrendPoint, len(years))}
		var have []string
		for i, y := range years {
			if e, ok := ys[y]; ok {
				t.Points[i] = doc.TrendPoint{Index: e.Index, Band: e.Band, File: e.File}
				have = append(have, y)
			}
		}
		t.Previous, t.Latest = have[len(have)-2], have[len(have)-1]
		t.Change = new(big.Rat).Sub(ys[t.Latest].Index.Rat(), ys[t.Previous].Index.Rat())
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out, years
}

// batchTitle names the batch, the Pemda every sheet names (if they all
// name the same one) and the year (if the batch holds one).
func batchTitle(b *doc.Batch) string {
	l := b.Lang
	t := fmt.Sprintf(l.T("batch.title"), l.Title(b.Rubric))
	pemda, year := "", ""
	for i, e := range b.Entries {
		if i == 0 {
			pemda, year = e.Pemda, e.Year
		}
		if e.Pemda != pemda {
			pemda = ""
		}
		if e.Year != year {
			year = ""
		}
	}
	if pemda != "" {
		t += " " + pemda
	}
	if year != "" {
		t += " " + year
	} else if b.StatsYear != "" {
		t += " " + b.TrendSpan()
	}
	return t
}

// yearFromPath finds the year of a sheet that names none in its path: a
// folder whose whole name is a year (opd/2024/dinkes.xlsx), the nearest to
// the file. A file's own name is not read for a year: the template's
// default name carries the rubric's (lembar-kerja-spbe-2020-….xlsx), and a
// folder such as spbe-2020 names a rubric, not a year.
func yearFromPath(path string) string {
	dirs := strings.Split(pathpkg.Dir(filepath.ToSlash(path)), "/")
	for i := len(dirs) - 1; i >= 0; i-- {
		if p := dirs[i]; len(p) == 4 && p >= "1900" && p <= "2999" && strings.Trim(p, "0123456789") == "" {
			return p
		}
	}
	return ""
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
