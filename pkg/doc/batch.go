package doc

import (
	"fmt"
	"math/big"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rat64"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Batch is the consolidated result of scoring many answer sheets: every
// sheet that scored, as a small Entry, and every file that did not, with
// its reasons. A batch of tens of thousands of sheets holds no workbook and
// no full report, only these.
type Batch struct {
	// Rubric is the rubric of every entry; with Groups, the first
	// group's.
	Rubric *rubric.Rubric
	// Entries are the scored sheets, in input order (by path).
	Entries []*Entry
	// Failures are the files that could not be scored, in input order.
	Failures []Failure
	// Skipped are spbe's own reports met among the inputs (a report
	// workbook is not an answer sheet): listed, not scored, not failures.
	Skipped []Failure
	// Groups, set when the sheets were scored with more than one rubric
	// (a 2023 SPBE sheet beside a 2026 Pemdi one), hold one complete batch
	// per rubric, in the order their first sheet came: indices of
	// different frameworks are different scales with different bands, so
	// they are never ranked together. Entries then holds every entry,
	// and the aggregate fields below are those of no group (empty); the
	// failures and skipped files stay here.
	Groups []*Batch
	// ToolVersion is the version of spbe that made the batch.
	ToolVersion string
	Lang        lang.Lang

	// The aggregate, filled by batch.Aggregate before the batch is
	// rendered.

	// Ranking orders the entries by their exact index, highest first,
	// ranked the way competitions do (1, 2, 2, 4).
	Ranking []Ranked
	// IndicatorStats holds every indicator's levels across the batch, in
	// rubric order.
	IndicatorStats []IndicatorStat
	// BandCounts counts the entries per predicate band, in the rubric's
	// (ascending) order.
	BandCounts []BandCount
	// MeanIndex is the mean of the entries' exact indices, nil for an
	// empty batch.
	MeanIndex *big.Rat
	// Notices are the lines about the batch as a whole: a provisional
	// rubric, files with the same content, and sheets of different years.
	Notices []string
	// Duplicates are the notices, among Notices, about sheets of the same
	// OPD and year, and which of them counts.
	Duplicates []string

	// StatsYear is the year the means, predicate counts and statistics
	// describe when the batch holds sheets of several years (the latest);
	// "" when it holds one year. Years holds one line per year, latest
	// first, when there are several.
	StatsYear string
	Years     []YearGroup
	// Trends pairs every OPD found in more than one year with its earlier
	// years, by name; TrendYears are the years they span, in order.
	Trends     []Trend
	TrendYears []string
	// Title names the batch, its Pemda when every sheet names the same,
	// and its year when it holds one.
	Title string
}

// YearGroup is the summary of one year's sheets in a batch of several.
type YearGroup struct {
	Year       string
	Count      int
	MeanIndex  *big.Rat
	BandCounts []BandCount
}

// Label names the group's year, or says the sheets name none.
func (y YearGroup) Label(l lang.Lang) string {
	if y.Year == "" {
		return l.T("batch.year.none")
	}
	return y.Year
}

// Trend is one OPD's index year by year.
type Trend struct {
	Name string
	// Points holds one index per year of Batch.TrendYears, in order; a
	// year the OPD has no sheet for is unset.
	Points []TrendPoint
	// Change is the latest index less the one of the year before it that
	// the OPD has, exact; Previous and Latest name those years.
	Change           *big.Rat
	Previous, Latest string
}

// TrendPoint is an OPD's index in one year.
type TrendPoint struct {
	Index rat64.Number
	Band  *rubric.Band
	File  string
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
	Index   rat64.Number
	Band    *rubric.Band
	Domains []rat64.Number
	Aspects []rat64.Number
	// Levels holds the headline level of every indicator, in rubric order,
	// in two bytes (rubric.MaxLevel): a batch keeps one per indicator and sheet.
	Levels []uint16
	// Values holds the exact headline value of every indicator, in rubric
	// order, when the rubric's values are decimals (nil otherwise): the
	// heatmap is coloured and the statistics computed by value.
	Values []*big.Rat
	// Rubric is the rubric the sheet was scored with; Chosen says why, in
	// the batch's language, when the sheet chose it (no --rubric).
	Rubric *rubric.Rubric
	Chosen string
	// SelfIndex and SelfBand are the self-assessed index and predicate when
	// the sheet also has verified levels; SelfIndex is unset otherwise.
	SelfIndex rat64.Number
	SelfBand  *rubric.Band
	// Notes are the sheet's own notices: a rounding that crosses a band,
	// and the reader's warnings.
	Notes []string
	// Verified is true when the headline is a verified result (the sheet
	// has a self-assessed and a verified column), false when it is only
	// the self-assessment.
	Verified bool
	// Pemda is the local government the sheet names, if any.
	Pemda string
	// Excluded is true for a second sheet of the same OPD and year: it is
	// listed but not ranked, and not counted in the means, the predicate
	// counts or the statistics; Excluded says which sheet counts instead.
	Excluded   bool
	ExcludedBy string
}

// LevelInts returns the entry's levels as ints.
func (e *Entry) LevelInts() []int {
	out := make([]int, len(e.Levels))
	for i, v := range e.Levels {
		out[i] = int(v)
	}
	return out
}

// Failure is a file that could not be scored, with every reason.
type Failure struct {
	File     string
	Problems []string
	// Unlisted counts the problems found past those listed (a file
	// reports at most sheet.MaxProblems); the last of Problems then says
	// how many.
	Unlisted int
}

// More is how many problems a one-line summary that shows only the
// first leaves out: the others listed, and those not listed.
func (f Failure) More() int {
	if len(f.Problems) == 0 {
		return 0
	}
	if f.Unlisted > 0 {
		// The last listed line is "and N more", not a problem.
		return len(f.Problems) - 2 + f.Unlisted
	}
	return len(f.Problems) - 1
}

// Ranked is an entry with its rank.
type Ranked struct {
	Rank int
	*Entry
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

// BandCount is how many entries earned a predicate band.
type BandCount struct {
	Band  *rubric.Band
	Count int
}

func init() {
	lang.AddMessages(map[string][2]string{
		"batch.title":         {"Rekapitulasi %s", "%s Summary"},
		"batch.counts":        {"%d lembar dinilai, %d tidak dapat dinilai", "%d sheets scored, %d could not be scored"},
		"batch.counts.one":    {"%d lembar dinilai, %d tidak dapat dinilai", "%d sheet scored, %d could not be scored"},
		"batch.mean":          {"Rata-rata indeks", "Mean index"},
		"batch.crossing":      {"indeks tercetak %s, tetapi nilai tepatnya %s berada pada predikat %s; predikat dibaca dari %s.", "the index prints as %s, but its exact value %s lies in the %s band; the predicate reads the %s."},
		"batch.same":          {"%s berisi sama persis dengan %s", "%s has the same content as %s"},
		"batch.years":         {"lembar dari tahun yang berbeda: %s", "sheets from different years: %s"},
		"batch.failures":      {"Tidak dapat dinilai", "Not scored"},
		"batch.problem":       {"Masalah", "Problem"},
		"batch.more":          {"(dan %d masalah lain)", "(and %d more problems)"},
		"batch.weakest":       {"Indikator terlemah (rata-rata terendah)", "Weakest indicators (lowest mean)"},
		"batch.notes":         {"Catatan", "Notes"},
		"batch.mean.short":    {"Rata-rata", "Mean"},
		"batch.median":        {"Median", "Median"},
		"batch.min":           {"Min", "Min"},
		"batch.max":           {"Maks", "Max"},
		"batch.below":         {"Di bawah target (%d)", "Below target (%d)"},
		"batch.level.n":       {"Tingkat %d", "Level %d"},
		"batch.count":         {"Jumlah OPD", "Work units"},
		"batch.range":         {"Rentang", "Range"},
		"batch.stats":         {"Statistik Indikator", "Indicator Statistics"},
		"batch.heatmap.t":     {"Tingkat per indikator (warna: %d merah, %d kuning, %d hijau)", "Level per indicator (colour: %d red, %d yellow, %d green)"},
		"batch.ranking":       {"Peringkat", "Ranking"},
		"batch.predicates":    {"Predikat", "Predicates"},
		"batch.chart":         {"Jumlah OPD per predikat", "Work units per predicate"},
		"batch.failed":        {"tidak dapat dinilai", "not scored"},
		"batch.unsearched":    {"%d subfolder tidak diperiksa (tambahkan --recursive)", "%d subfolders not searched (add --recursive)"},
		"batch.status":        {"Status", "Status"},
		"batch.verified":      {"terverifikasi", "verified"},
		"batch.selfonly":      {"mandiri saja", "self-assessment only"},
		"batch.excluded":      {"tidak dihitung: lembar lain untuk %s %s (%s) yang dihitung", "not counted: another sheet of %s %s (%s) is counted"},
		"batch.dup":           {"%s %s dinilai dua kali (%s dan %s); yang dihitung %s (%s)", "%s %s is scored twice (%s and %s); counted: %s (%s)"},
		"batch.dup.verified":  {"yang terverifikasi", "the verified one"},
		"batch.dup.later":     {"berkas terakhir menurut urutan jalur", "the last file in path order"},
		"batch.stats.year":    {"rata-rata, jumlah per predikat dan statistik untuk tahun %s; tahun lain diringkas per tahun", "means, predicate counts and statistics are for %s; other years are summarised by year"},
		"batch.year.line":     {"%s: %d lembar, rata-rata %s", "%s: %d sheets, mean %s"},
		"batch.year.line.one": {"%s: %d lembar, rata-rata %s", "%s: %d sheet, mean %s"},
		"batch.years.t":       {"Per Tahun", "By Year"},
		"batch.year.none":     {"tanpa tahun", "no year"},
		"batch.trend":         {"Tren per OPD", "Trend per Work Unit"},
		"batch.trend.chart":   {"Indeks per tahun", "Index by year"},
		"batch.change":        {"Perubahan", "Change"},
		"trend.none":          {"Tidak ada OPD yang dinilai pada lebih dari satu tahun: tidak ada tren untuk ditampilkan.", "No work unit is scored in more than one year: there is no trend to show."},
		"batch.groups":        {"Lembar-lembar ini dinilai dengan %d rubrik (%s); hasilnya dikelompokkan per rubrik dan tidak diperingkat bersama, karena indeks kerangka yang berbeda memakai skala dan predikat yang berbeda.", "These sheets were scored with %d rubrics (%s); the results are grouped by rubric and not ranked together, since the indices of different frameworks have different scales and bands."},
		"batch.choice":        {"Rubrik %s dipilih dari lembar jawaban untuk %d lembar: %s.", "Rubric %s was chosen from the answer sheet for %d sheets: %s."},
		"batch.choice.one":    {"Rubrik %s dipilih dari lembar jawaban untuk %d lembar: %s.", "Rubric %s was chosen from the answer sheet for %d sheet: %s."},
		"batch.skipped":       {"Dilewati (laporan spbe, bukan lembar jawaban)", "Skipped (spbe reports, not answer sheets)"},
		"batch.skipped.n":     {"%d laporan spbe dilewati", "%d spbe reports skipped"},
		"batch.rank.rule":     {"Peringkat menurut nilai tepat indeks; nilai yang sama persis berbagi peringkat (1, 2, 2, 4).", "Ranked by the exact index; exactly equal indices share a rank (1, 2, 2, 4)."},
	})
}

// HasSelf reports whether any entry also has a self-assessed index.
func (b *Batch) HasSelf() bool {
	for _, e := range b.Entries {
		if e.SelfIndex.IsSet() {
			return true
		}
	}
	return false
}

// AllNotes are the batch's notices followed by every entry's own notes.
func (b *Batch) AllNotes() []string {
	return append(b.Notices, b.EntryNotes()...)
}

// EntryNotes are every entry's own notes, each prefixed with the entry's
// name and file.
func (b *Batch) EntryNotes() []string {
	var out []string
	for _, e := range b.Entries {
		for _, n := range e.Notes {
			out = append(out, fmt.Sprintf("%s (%s): %s", e.Name, e.File, n))
		}
	}
	return out
}

// TrendSpan is the years a batch of several spans: "2023–2025".
func (b *Batch) TrendSpan() string {
	lo, hi := "", ""
	for _, e := range b.Entries {
		if e.Year == "" {
			continue
		}
		if lo == "" || e.Year < lo {
			lo = e.Year
		}
		hi = max(hi, e.Year)
	}
	if lo == hi {
		return lo
	}
	return lo + "–" + hi
}

// Status is an entry's status in words: verified, or self-assessment only.
func (e *Entry) Status(l lang.Lang) string {
	if e.Verified {
		return l.T("batch.verified")
	}
	return l.T("batch.selfonly")
}

// RankText is an entry's rank as printed: "–" for an excluded duplicate.
func (r Ranked) RankText() string {
	if r.Excluded {
		return "–"
	}
	return fmt.Sprint(r.Rank)
}
