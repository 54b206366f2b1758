package header

import "github.com/spbe-id/spbe/pkg/lang"

// What decided a column's kind, in Indonesian and English, as `spbe
// inspect` shows it. The keys keep the reader's prefix.
func init() {
	lang.AddMessages(map[string][2]string{
		"sheet.why:no header":                              {"tanpa judul", "no header"},
		"sheet.why:names an indicator number":              {"menyebut nomor indikator", "names an indicator number"},
		"sheet.why:names the indicator":                    {"menyebut indikatornya", "names the indicator"},
		"sheet.why:is an explanation":                      {"adalah penjelasan", "is an explanation"},
		"sheet.why:is the evaluators' note":                {"adalah catatan evaluator", "is the evaluators' note"},
		"sheet.why:is the score of another agency's index": {"adalah skor indeks instansi lain", "is the score of another agency's index"},
		"sheet.why:a second source-score column":           {"kolom skor sumber yang kedua", "a second source-score column"},
		"sheet.why:is not a level":                         {"bukan tingkat", "is not a level"},
		"sheet.why:a target is never a level":              {"target tidak pernah berupa tingkat", "a target is never a level"},
		"sheet.why:is the final level":                     {"adalah tingkat akhir", "is the final level"},
		"sheet.why:the evaluators' level":                  {"tingkat dari evaluator", "the evaluators' level"},
		"sheet.why:is the self-assessment":                 {"adalah penilaian mandiri", "is the self-assessment"},
		"sheet.why:is evidence":                            {"adalah data dukung", "is evidence"},
		"sheet.why:names the levels":                       {"menyebut nama tingkat", "names the levels"},
		"sheet.why:is a level":                             {"adalah tingkat", "is a level"},
		"sheet.why:a year's column":                        {"kolom sebuah tahun", "a year's column"},
		"sheet.why:not a column the reader uses":           {"bukan kolom yang dipakai pembaca", "not a column the reader uses"},
		"sheet.why:a second indicator column":              {"kolom nomor indikator kedua", "a second indicator column"},
		"sheet.why:a second name column":                   {"kolom nama kedua", "a second name column"},
	})
}

// sayWhy words what decided a column's kind in the run's language.
func sayWhy(why string) string {
	if lang.Has("sheet.why:" + why) {
		return lang.S("sheet.why:" + why)
	}
	return why
}
