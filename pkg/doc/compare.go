package doc

import (
	"fmt"
	"math/big"

	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

func init() {
	lang.AddMessages(map[string][2]string{
		"compare.title":       {"Perbandingan %s", "%s comparison"},
		"compare.old":         {"Lama", "Old"},
		"compare.new":         {"Baru", "New"},
		"compare.change":      {"Perubahan", "Change"},
		"compare.index":       {"Indeks %s → %s: %s.", "Index %s → %s: %s."},
		"compare.index.exact": {"Indeks %s → %s: %s (selisih nilai tepat %s − %s = %s).", "Index %s → %s: %s (the exact values differ by %s − %s = %s)."},
		"compare.band.up":     {"Predikat naik dari %s ke %s.", "The predicate rises from %s to %s."},
		"compare.band.down":   {"Predikat turun dari %s ke %s.", "The predicate falls from %s to %s."},
		"compare.band.same":   {"Predikat tetap %s.", "The predicate stays %s."},
		"compare.domains":     {"Domain, perubahan terbesar dulu", "Domains, largest change first"},
		"compare.aspects":     {"Aspek, perubahan terbesar dulu", "Aspects, largest change first"},
		"compare.indicators":  {"Indikator yang berubah: %d dari %d (%d tetap), pengaruh terbesar dulu", "Indicators that changed: %d of %d (%d unchanged), largest effect first"},
		"compare.none":        {"Tidak ada indikator yang berubah.", "No indicator changed."},
		"compare.effect":      {"Pengaruh ke indeks", "Effect on the index"},
	})
}

// CompareDoc is what spbe compare shows.
type CompareDoc struct {
	Comparison  *insight.Comparison
	Old, New    Subject
	Lang        lang.Lang
	ToolVersion string
	// Notices, computed by Complete, are the notices of both evaluations
	// and both inputs' warnings, each once.
	Notices []string
}

// Complete computes what the renderers show besides the comparison
// itself, once the language is set. It returns dc.
func (dc *CompareDoc) Complete() *CompareDoc {
	dc.Notices = CompareNotices(dc)
	return dc
}

// IndexChange is the sentence on the index: the printed values and their
// exact difference, rounded once. When that differs from the difference of
// the printed values (2,90 - 2,34 is 0,56, but 2,8955 - 2,3415 is 0,554),
// the exact values are shown too.
func IndexChange(l lang.Lang, c *insight.Comparison) string {
	r := c.New.Rubric
	d := c.Index.Delta()
	printed := new(big.Rat).Sub(c.New.Rounded(), c.Old.Rounded())
	if r.Rounding.Round(d).Cmp(printed) == 0 {
		return fmt.Sprintf(l.T("compare.index"), l.Num(r, c.Old.Index), l.Num(r, c.New.Index), l.Delta(r, d))
	}
	return fmt.Sprintf(l.T("compare.index.exact"), l.Num(r, c.Old.Index), l.Num(r, c.New.Index), l.Delta(r, d),
		l.Precise(c.New.Index, r.Rounding.Decimals), l.Precise(c.Old.Index, r.Rounding.Decimals), l.Precise(d, r.Rounding.Decimals))
}

// CompareBand is the sentence on the predicate: risen, fallen or the same.
func CompareBand(l lang.Lang, c *insight.Comparison) string {
	ob, nb := c.Old.Band, c.New.Band
	r := c.New.Rubric
	switch oi, ni := BandPos(r, ob), BandPos(r, nb); {
	case ni > oi:
		return fmt.Sprintf(l.T("compare.band.up"), l.Band(ob), l.Band(nb))
	case ni < oi:
		return fmt.Sprintf(l.T("compare.band.down"), l.Band(ob), l.Band(nb))
	}
	return fmt.Sprintf(l.T("compare.band.same"), l.Band(nb))
}

// BandPos is the position of b among the rubric's bands, -1 if none.
func BandPos(r *rubric.Rubric, b *rubric.Band) int {
	for i, x := range r.Bands {
		if x == b {
			return i
		}
	}
	return -1
}

// SubjectFile names an evaluation's file, with its sheet and, for a JSON
// result, the answer sheet it came from.
func SubjectFile(l lang.Lang, s Subject) string {
	f := s.File
	if s.Sheet != "" {
		f += " (" + l.T("sheet") + " " + s.Sheet + ")"
	}
	if s.From != "" {
		f += " (" + fmt.Sprintf(l.T("from"), s.From) + ")"
	}
	return f
}

// CompareNotices are the notices of both evaluations (a provisional rubric
// once, a rounding that crosses a band for each) and both inputs' warnings.
func CompareNotices(doc *CompareDoc) []string {
	var out []string
	seen := map[string]bool{}
	for _, ns := range [][]string{
		SubjectNotices(doc.Lang, doc.Comparison.Old, doc.Old),
		SubjectNotices(doc.Lang, doc.Comparison.New, doc.New),
	} {
		for _, n := range ns {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// NewCompareDoc builds what spbe compare shows: what changed from the old
// result to the new one.
func NewCompareDoc(old, cur *score.Result, oldS, curS Subject, l lang.Lang, toolVersion string) (*CompareDoc, error) {
	c, err := insight.Compare(old, cur)
	if err != nil {
		return nil, err
	}
	return (&CompareDoc{Comparison: c, Old: oldS, New: curS, Lang: l, ToolVersion: toolVersion}).Complete(), nil
}
