package header

import "github.com/spbe-id/spbe/pkg/lang"

// What decided a column's kind, as `spbe inspect` shows it, and the
// notices and problems of choosing the level columns, in Indonesian and
// English. The keys keep the reader's prefix: the words are the reader's.
func init() {
	lang.AddMessages(map[string][2]string{
		"sheet.flag-no-column": {
			"%s %q tidak menunjuk kolom mana pun pada judul di baris %d",
			"%s %q names no column of the header at row %d"},
		"sheet.flag-not-level": {
			"--self-column %s: kolom %s bukan kolom tingkat",
			"--self-column %s: column %s is not a level column"},
		"sheet.hidden-columns": {
			"lembar %q: kolom tingkat yang disembunyikan, %s, tidak dinilai",
			"sheet %q: the hidden level columns %s are not scored"},
		"sheet.several-years": {
			"lembar %q memiliki kolom tingkat untuk beberapa tahun (%s): yang terbaru, %d, yang dinilai",
			"sheet %q has level columns for several years (%s): the most recent, %d, is scored"},
		"sheet.kind.final":         {"tingkat akhir", "final"},
		"sheet.kind.verified":      {"tingkat hasil verifikasi", "verified"},
		"sheet.kind.self-assessed": {"tingkat penilaian mandiri", "self-assessed"},
		"sheet.ambiguous-level": {
			"tabel memiliki dua kolom %s, %s dan %s: pilih salah satu dengan --level-column %s atau --level-column %s",
			"the table has two %s level columns, %s and %s: choose one with --level-column %s or --level-column %s"},
		"sheet.ambiguous-self": {
			"tabel memiliki dua kolom tingkat penilaian mandiri, %s dan %s: pilih salah satu dengan --self-column %s atau --self-column %s",
			"the table has two self-assessed level columns, %s and %s: choose one with --self-column %s or --self-column %s"},
		"sheet.final-over-verified": {
			"lembar %q: tingkat akhir di kolom %s yang dinilai; kolom verifikasi %s tidak",
			"sheet %q: the final levels in column %s are scored; the verified column %s is not"},
		"sheet.final-empty": {
			"lembar %q: kolom tingkat akhir %s kosong, jadi tingkat hasil verifikasi di kolom %s yang dinilai",
			"sheet %q: the final column %s is empty, so the verified levels in column %s are scored"},
		"sheet.levels-disagree": {
			"tabel memiliki dua kolom tingkat yang berbeda isinya, %s dan %s, dan tidak satu pun berjudul akhir atau verifikasi (%s%d berisi %q, %s%d berisi %q): pilih tingkat yang dinilai dengan --level-column %s atau --level-column %s",
			"the table has two level columns that disagree, %s and %s, neither headed as final or verified (%s%d reads %q, %s%d reads %q): choose the levels to score with --level-column %s or --level-column %s"},
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
