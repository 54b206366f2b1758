package doc

import (
	"fmt"

	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

func init() {
	lang.AddMessages(map[string][2]string{
		"explain.title":         {"Penjelasan %s", "How the %s is computed"},
		"explain.aspects":       {"Indeks Aspek = 1/BA x Jumlah (NI x BI)", "Aspect index = 1/BA x Sum (NI x BI)"},
		"explain.domains":       {"Indeks Domain = 1/BD x Jumlah (NA x BA)", "Domain index = 1/BD x Sum (NA x BA)"},
		"explain.index.d":       {"%s = 1/100 x Jumlah (ND x BD)", "%s = 1/100 x Sum (ND x BD)"},
		"explain.index.a":       {"%s = 1/100 x Jumlah (NA x BA)", "%s = 1/100 x Sum (NA x BA)"},
		"explain.sum.i":         {"Jumlah (NI x BI)", "Sum (NI x BI)"},
		"explain.sum.a":         {"Jumlah (NA x BA)", "Sum (NA x BA)"},
		"explain.sum.d":         {"Jumlah (ND x BD)", "Sum (ND x BD)"},
		"explain.aspect.line":   {"Indeks Aspek %s = 1/BA x Jumlah (NI x BI) = 1/%s x %s = %s", "Aspect %s index = 1/BA x Sum (NI x BI) = 1/%s x %s = %s"},
		"explain.domain.line":   {"Indeks Domain %s = 1/BD x Jumlah (NA x BA) = 1/%s x %s = %s", "Domain %s index = 1/BD x Sum (NA x BA) = 1/%s x %s = %s"},
		"explain.index.line.d":  {"%s = 1/100 x Jumlah (ND x BD) = 1/100 x %s = %s", "%s = 1/100 x Sum (ND x BD) = 1/100 x %s = %s"},
		"explain.index.line.a":  {"%s = 1/100 x Jumlah (NA x BA) = 1/100 x %s = %s", "%s = 1/100 x Sum (NA x BA) = 1/100 x %s = %s"},
		"explain.rounding.none": {"Pembulatan: tidak ada; indeks tepat %s sudah %d desimal, dan nilai antara tidak dibulatkan.", "Rounding: none; the exact index %s already has %d decimals, and intermediate values are not rounded."},
		"explain.printed":       {" (dicetak %s)", " (printed %s)"},
		"explain.aspect.head":   {"Aspek %s %s, bobot aspek BA (%%) %s", "Aspect %s %s, aspect weight BA (%%) %s"},
		"explain.domain.head":   {"Domain %s %s, bobot domain BD (%%) %s", "Domain %s %s, domain weight BD (%%) %s"},
		"explain.rounding":      {"Pembulatan: indeks tepat %s dicetak %s (%d desimal, %s); nilai antara tidak dibulatkan.", "Rounding: the exact index %s prints as %s (%d decimals, %s); intermediate values are not rounded."},
		"explain.band":          {"Predikat: %s, karena %s (dibaca dari %s).", "Predicate: %s, because %s (read from the %s)."},
		"explain.ind.head":      {"Indikator %s %s", "Indicator %s %s"},
		"explain.ind.in":        {"Aspek %s %s", "Aspect %s %s"},
		"explain.ind.in.d":      {"Aspek %s %s, Domain %s %s", "Aspect %s %s, Domain %s %s"},
		"explain.contrib":       {"%s (NI x BI / 100)", "%s (NI x BI / 100)"},
		"explain.next":          {"Satu tingkat lagi (%d → %d, %s) menambah:", "One more level (%d → %d, %s) adds:"},
		"explain.top":           {"Tingkat %d adalah tingkat tertinggi skalanya; tidak ada tingkat berikutnya.", "Level %d is the top of its scale; there is no next level."},
		"explain.band.same":     {"Predikat tetap %s.", "The predicate stays %s."},
		"explain.band.up":       {"Predikat naik dari %s ke %s.", "The predicate rises from %s to %s."},
		"explain.before":        {"Sebelum", "Before"},
		"explain.after":         {"Sesudah", "After"},
		"explain.added":         {"Tambahan", "Added"},
		"explain.index.of":      {"Indeks %s %s", "%s %s index"},
		"kind.aspect":           {"Aspek", "Aspect"},
		"kind.domain":           {"Domain", "Domain"},
		"from":                  {"hasil penilaian %s", "the result of %s"},
	})
}

// Subject is the evaluation an explanation, a plan or a comparison is
// about: where it came from, and what was noticed on the way.
type Subject struct {
	// File is the input's name without its folder.
	File      string
	Sheet     string
	OPD, Year string
	// From is the answer sheet a JSON result was computed from.
	From     string
	Warnings []string
	// Choice says how the rubric was chosen when the sheet chose it.
	Choice *Choice
}

// ExplainDoc is what spbe explain shows: the whole arithmetic, or one
// indicator's part in it when Indicator is set.
type ExplainDoc struct {
	Explanation *insight.Explanation
	Indicator   *insight.IndicatorExplanation
	Subject     Subject
	Lang        lang.Lang
	ToolVersion string
	// Notices, computed by Complete, are the lines shown with the
	// explanation: a provisional rubric, a rounding that crosses a band,
	// and the subject's warnings.
	Notices []string
}

// Complete computes what the renderers show besides the explanation
// itself, once the language is set. It returns dc.
func (dc *ExplainDoc) Complete() *ExplainDoc {
	dc.Notices = SubjectNotices(dc.Lang, dc.Explanation.Result, dc.Subject)
	return dc
}

// SubjectNotices are the lines shown with any output about res: a provisional
// rubric, a rounding that crosses a band, and the subject's warnings.
func SubjectNotices(l lang.Lang, res *score.Result, s Subject) []string {
	return (&Report{Result: res, Lang: l, Warnings: s.Warnings, Choice: s.Choice}).notices()
}

// RoundingLine is the sentence on how the exact index is rounded.
func RoundingLine(l lang.Lang, r *rubric.Rubric, e *insight.Explanation) string {
	if e.Rounded.Cmp(e.Result.Index) == 0 {
		return fmt.Sprintf(l.T("explain.rounding.none"), l.Num(r, e.Result.Index), r.Rounding.Decimals)
	}
	return fmt.Sprintf(l.T("explain.rounding"), l.Precise(e.Result.Index, r.Rounding.Decimals), l.Num(r, e.Result.Index), r.Rounding.Decimals, l.RoundingMode(r.Rounding.Mode))
}

// EffectLabel names the index an effect is on: "Indeks Aspek A2".
func EffectLabel(l lang.Lang, r *rubric.Rubric, e insight.Effect) string {
	switch e.Kind {
	case insight.KindAspect:
		return fmt.Sprintf(l.T("explain.index.of"), l.T("kind.aspect"), e.ID)
	case insight.KindDomain:
		return fmt.Sprintf(l.T("explain.index.of"), l.T("kind.domain"), e.ID)
	}
	return l.Title(r)
}

// IndicatorHeader is an indicator's heading and where it sits: its
// aspect, and the aspect's domain.
func IndicatorHeader(l lang.Lang, in *rubric.Indicator) (string, string) {
	a := in.Aspect
	head := fmt.Sprintf(l.T("explain.ind.head"), in.ID, l.Name(in.Name, in.NameEN))
	where := fmt.Sprintf(l.T("explain.ind.in"), a.ID, l.Name(a.Name, a.NameEN))
	if d := a.Domain; d != nil {
		where = fmt.Sprintf(l.T("explain.ind.in.d"), a.ID, l.Name(a.Name, a.NameEN), d.ID, l.Name(d.Name, d.NameEN))
	}
	return head, where
}

// BandChange is the sentence on the predicate after one more level.
func BandChange(l lang.Lang, before, after *rubric.Band) string {
	if before == after {
		return fmt.Sprintf(l.T("explain.band.same"), l.Band(before))
	}
	return fmt.Sprintf(l.T("explain.band.up"), l.Band(before), l.Band(after))
}

// NewExplainDoc builds what spbe explain shows about res: the whole
// arithmetic, and one indicator's part in it when indicator is not "".
func NewExplainDoc(res *score.Result, indicator string, s Subject, l lang.Lang, toolVersion string) (*ExplainDoc, error) {
	dc := &ExplainDoc{Explanation: insight.Explain(res), Subject: s, Lang: l, ToolVersion: toolVersion}
	if indicator != "" {
		var err error
		if dc.Indicator, err = insight.ExplainIndicator(res, indicator); err != nil {
			return nil, err
		}
	}
	return dc.Complete(), nil
}
