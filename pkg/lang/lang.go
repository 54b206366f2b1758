// Package lang holds the language of every output and all number
// formatting: the Lang type with its message catalogue and names, exact
// decimals and fractions, and the rounded two-decimal printing with a
// decimal comma (Indonesian) or point (English). Every renderer, the
// document builders and pkg/golden print numbers through it.
//
// It may import only the standard library and pkg/rubric (for a band's,
// a scale's and a rubric's names and rounding).
package lang

import (
	"strings"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// Lang is the language of a report: "id" (Indonesian, the default) or "en".
type Lang string

// Languages.
const (
	ID Lang = "id"
	EN Lang = "en"
)

// ParseLang checks a --lang value.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(s) {
	case "", "id", "in", "indonesia", "indonesian":
		return ID, nil
	case "en", "english":
		return EN, nil
	}
	return "", Errorf("lang.unknown", s)
}

// Sep is the decimal separator of the language.
func (l Lang) Sep() string {
	if l == EN {
		return "."
	}
	return ","
}

// T returns the message key in the language.
func (l Lang) T(key string) string {
	m, ok := messages[key]
	if !ok {
		panic("lang: no message " + key)
	}
	if l == EN {
		return m[1]
	}
	return m[0]
}

// N returns the message key for a count of n: the message key+".one"
// when n is 1 and the catalogue has one ("1 sheet scored" in English),
// else key ("2 sheets scored"; Indonesian has one form).
func (l Lang) N(key string, n int) string {
	if n == 1 {
		if _, ok := messages[key+".one"]; ok {
			return l.T(key + ".one")
		}
	}
	return l.T(key)
}

// Name picks the English name when the language is English and one exists.
func (l Lang) Name(id, en string) string {
	if l == EN && en != "" {
		return en
	}
	return id
}

// Status names a rubric status (official, provisional, draft) in the
// language; JSON keeps the rubric's own word.
func (l Lang) Status(s string) string {
	if l == EN {
		return s
	}
	return rubric.StatusID(s)
}

// Band names a predicate band in the language.
func (l Lang) Band(b *rubric.Band) string {
	if b == nil {
		return "?"
	}
	return l.Name(b.Name, b.NameEN)
}

// Title is the rubric's index title in the language.
func (l Lang) Title(r *rubric.Rubric) string { return l.Name(r.Title, r.TitleEN) }

// LevelLabel is the label of level v on the scale, in the language.
func (l Lang) LevelLabel(s *rubric.Scale, v int) string {
	lv, ok := s.Level(v)
	if !ok {
		return ""
	}
	return l.Name(lv.Label, lv.LabelEN)
}

// AddMessages adds a file's messages to the catalogue; each document and
// renderer file keeps its own messages beside its code. A key defined
// twice is a bug.
func AddMessages(m map[string][2]string) {
	for k, v := range m {
		if _, dup := messages[k]; dup {
			panic("lang: message defined twice: " + k)
		}
		messages[k] = v
	}
}

// messages maps a key to its Indonesian and English text.
var messages = map[string][2]string{
	"rubric":             {"Rubrik", "Rubric"},
	"version":            {"versi", "version"},
	"opd":                {"Instansi/OPD", "Agency/work unit"},
	"year":               {"Tahun", "Year"},
	"file":               {"Berkas", "File"},
	"sheet":              {"Lembar", "Sheet"},
	"index":              {"Indeks", "Index"},
	"predicate":          {"Predikat", "Predicate"},
	"domain":             {"Domain", "Domain"},
	"domains":            {"Domain", "Domains"},
	"aspect":             {"Aspek", "Aspect"},
	"aspects":            {"Aspek", "Aspects"},
	"indicator":          {"Indikator", "Indicator"},
	"indicators":         {"Indikator", "Indicators"},
	"weight":             {"Bobot", "Weight"},
	"level":              {"Tingkat", "Level"},
	"label":              {"Keterangan Tingkat", "Level label"},
	"contribution":       {"Kontribusi", "Contribution"},
	"gap":                {"Selisih ke target", "Gap to target"},
	"exact":              {"nilai tepat", "exact value"},
	"provisional":        {"PERHATIAN: rubrik %s berstatus %s; angka bobot dan batas predikatnya belum final.", "NOTE: rubric %s is %s; its weights and predicate bands are not final."},
	"crossing":           {"Catatan: indeks tercetak %s, tetapi nilai tepatnya %s berada pada predikat %s; predikat dibaca dari %s.", "Note: the index prints as %s, but its exact value %s lies in the %s band; the predicate reads the %s."},
	"basis.exact":        {"nilai tepat", "exact value"},
	"basis.rounded":      {"nilai yang dibulatkan", "rounded value"},
	"self":               {"Penilaian mandiri", "Self-assessment"},
	"verified":           {"Hasil verifikasi", "Verified"},
	"differences":        {"Indikator yang berbeda", "Indicators that differ"},
	"summary":            {"Ringkasan", "Summary"},
	"detail":             {"Rincian Indikator", "Indicator Detail"},
	"note":               {"Penjelasan", "Explanation"},
	"target":             {"Target", "Target"},
	"source":             {"Sumber", "Source"},
	"report.title":       {"Laporan Evaluasi", "Evaluation Report"},
	"none":               {"(tidak ada)", "(none)"},
	"self.vs.verified":   {"Mandiri", "Self"},
	"verified.short":     {"Verifikasi", "Verified"},
	"diff.none":          {"Penilaian mandiri dan hasil verifikasi sama untuk semua indikator.", "Self-assessment and verification agree on every indicator."},
	"stamp.mismatch":     {"lembar ini dibuat dari rubrik %s, tetapi dinilai dengan %s", "this sheet was made from rubric %s but is scored with %s"},
	"tool":               {"Dibuat dengan", "Made with"},
	"provenance":         {"Asal-usul", "Provenance"},
	"sha256":             {"SHA-256 berkas", "File SHA-256"},
	"rubric.hash":        {"Hash rubrik", "Rubric hash"},
	"tool.version":       {"Versi alat", "Tool version"},
	"rank":               {"Peringkat", "Rank"},
	"id":                 {"No", "No"},
	"name":               {"Nama", "Name"},
	"status":             {"Status", "Status"},
	"generated.by":       {"Dibuat oleh spbe %s", "Generated by spbe %s"},
	"aspect.index.chart": {"Indeks per aspek", "Index per aspect"},
	"domain.index.chart": {"Indeks per domain", "Index per domain"},
	"rounding.half-up":   {"setengah ke atas", "half-up"},
	"rounding.half-even": {"setengah ke genap", "half-even"},
	"lang.unknown":       {"bahasa %q tidak dikenal (id atau en)", "unknown language %q (id or en)"},
	"version.dev":        {"versi pengembangan", "development build"},
}

// Has reports whether the catalogue has a message for key.
func Has(key string) bool {
	_, ok := messages[key]
	return ok
}
