package cell

import "github.com/spbe-id/spbe/pkg/lang"

// The problems of a level, value or source-score cell, in Indonesian and
// English. Their
// keys keep the reader's prefix: the words are the reader's, whichever
// package finds the problem.
func init() {
	lang.AddMessages(map[string][2]string{
		"sheet.no-level": {
			"indikator %s belum diberi tingkat (seharusnya %s)",
			"indicator %s has no level (expected %s)"},
		"sheet.not-whole": {
			"indikator %s: tingkat %q bukan bilangan bulat (seharusnya %s)",
			"indicator %s: level %q is not a whole number (expected %s)"},
		"sheet.contradictory-level": {
			"indikator %s: tingkat %q saling bertentangan: tingkat %d pada skala %s adalah %q",
			"indicator %s: level %q is contradictory: level %d of scale %s is %q"},
		"sheet.not-a-level": {
			"indikator %s: %q bukan tingkat: seharusnya %s atau salah satu keterangan skala %s (%s)",
			"indicator %s: %q is not a level: expected %s or a label of scale %s (%s)"},
		"sheet.out-of-scale": {
			"indikator %s: tingkat %q di luar %d..%d",
			"indicator %s: level %q is outside %d..%d"},
		"sheet.bad-decimal": {"indikator %s: nilai %q %s", "indicator %s: value %q %s"},
		"sheet.score-not-external": {
			"indikator %s tidak dinilai dari indeks instansi lain, tetapi skor sumber %q diberikan untuknya: kosongkan selnya",
			"indicator %s is not valued from another agency's index, but a source score %q is given for it: clear the cell"},
		"sheet.indicator-err": {"indikator %s: %v", "indicator %s: %v"},
		"sheet.value-score-disagree": {
			"indikator %s: nilai %s di %s tidak sesuai dengan %s %s di %s, yang dikonversi menjadi %s; berikan salah satunya, atau samakan keduanya",
			"indicator %s: the value %s in %s disagrees with the %s score %s in %s, which converts to %s; give one of them, or make them agree"},
		"sheet.no-value-no-score": {
			"indikator %s tidak punya nilai dan tidak punya skor %s, dan rubriknya tidak punya aturan untuk skor yang belum terbit",
			"indicator %s has no value and no %s score, and its rubric has no rule for a score not yet published"},
		"sheet.resolve-err": {"%v", "%v"},
	})
}
