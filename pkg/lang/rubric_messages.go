package lang

import (
	"fmt"
	"strings"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/safefile"
)

// The rubric loader's problems, keyed by their English format: pkg/rubric
// cannot import this package (it imports rubric), so it words its
// messages through rubric.Say, which looks them up here.
func init() {
	m := map[string][2]string{}
	for en, id := range rubricMessages {
		// An error is printed with %v where it was wrapped with %w.
		en = strings.ReplaceAll(en, "%w", "%v")
		m["rubric:"+en] = [2]string{id, en}
	}
	AddMessages(m)
	safefile.Say = func(en string) string { return rubric.Say(en) }
	rubric.Say = func(format string, args ...any) string {
		if _, ok := messages["rubric:"+format]; ok {
			format = UI().T("rubric:" + format)
		}
		for i, a := range args {
			if d, ok := a.(rubric.DecimalText); ok {
				args[i] = strings.Replace(string(d), ".", UI().Sep(), 1)
			}
		}
		return fmt.Sprintf(format, args...)
	}
}

// rubricMessages maps the English format of a rubric message to its
// Indonesian.
var rubricMessages = map[string]string{
	"mapping key %q already defined at line %d":            "kunci %q sudah ditulis di baris %d",
	"is not a regular file (a pipe, a device or a socket)": "bukan berkas biasa (pipa, perangkat atau soket)",
	"is a folder, not a file":                              "ini folder, bukan berkas",
	"the file is larger than the limit":                    "berkas ini melebihi batasnya",
	"read rubric %s: %w":                                   "membaca rubrik %s: %v",
	"no such file":                                         "berkas tidak ditemukan",
	"permission denied":                                    "izin ditolak",
	"the file is larger than the %d-byte limit for a rubric (raise it with --max-rubric-size)": "berkas ini melebihi batas %d bita untuk rubrik (naikkan dengan --max-rubric-size)",
	"line %d: expected a number":                                            "baris %d: seharusnya bilangan",
	"line %d: %q is not a decimal number":                                   "baris %d: %q bukan bilangan desimal",
	"line %d: expected a single value":                                      "baris %d: seharusnya satu nilai",
	"unknown key %q in %s":                                                  "kunci %q tidak dikenal di %s",
	"id is missing":                                                         "id tidak ada",
	"id %q must be lowercase letters, digits, dots and dashes":              "id %q harus berupa huruf kecil, angka, titik dan tanda hubung",
	"title is missing":                                                      "title tidak ada",
	"version is missing":                                                    "version tidak ada",
	"status is missing (official, provisional or draft)":                    "status tidak ada (official, provisional atau draft)",
	"status %q is not official, provisional or draft":                       "status %q bukan official, provisional atau draft",
	"target_level %d is outside the levels %d..%d":                          "target_level %d di luar tingkat %d..%d",
	"rounding.decimals %d is outside 0..6":                                  "rounding.decimals %d di luar 0..6",
	"rounding.mode %q is not half-up or half-even":                          "rounding.mode %q bukan half-up atau half-even",
	"rounding.predicate_basis %q is not exact or rounded":                   "rounding.predicate_basis %q bukan exact atau rounded",
	"no scales: a rubric needs at least one level scale":                    "tidak ada skala: rubrik memerlukan sedikitnya satu skala tingkat",
	"scale %s: values %q is not %q or %q":                                   "skala %s: values %q bukan %q atau %q",
	"indicator":                                                             "indikator",
	"scale":                                                                 "skala",
	"level":                                                                 "tingkat",
	"predicate":                                                             "predikat",
	"band":                                                                  "rentang",
	"point":                                                                 "titik",
	"rounding":                                                              "pembulatan",
	"a scale has no id":                                                     "ada skala tanpa id",
	"duplicate scale id %q":                                                 "id skala %q ganda",
	"scale %s: level value %q is not a whole number":                        "skala %s: nilai tingkat %q bukan bilangan bulat",
	"scale %s: level %d does not follow level %d":                           "skala %s: tingkat %d tidak menyambung tingkat %d",
	"scale %s: level %d is negative":                                        "skala %s: tingkat %d negatif",
	"scale %s: level %d has no label":                                       "skala %s: tingkat %d tanpa keterangan",
	"scale %s: label %q is used twice":                                      "skala %s: keterangan %q dipakai dua kali",
	"scale %s needs at least two levels":                                    "skala %s memerlukan sedikitnya dua tingkat",
	"indicator %s names no scale, and the rubric has several":               "indikator %s tidak menyebut skala, padahal rubrik memiliki beberapa",
	"indicator %s: unknown scale %q":                                        "indikator %s: skala %q tidak dikenal",
	"%s has no weight":                                                      "%s tanpa bobot",
	"%s: weight %s must be positive":                                        "%s: bobot %s harus positif",
	"a rubric has either domains or aspects at the top, not both":           "rubrik memiliki domain atau aspek di tingkat teratas, tidak keduanya",
	"no domains or aspects: the rubric has no indicators":                   "tidak ada domain atau aspek: rubrik tanpa indikator",
	"domain %s has no aspects":                                              "domain %s tanpa aspek",
	"domain %s: weight %s is not the sum of its aspects' weights (%s)":      "domain %s: bobot %s bukan jumlah bobot aspeknya (%s)",
	"the top-level weights add up to %s, not 100":                           "bobot tingkat teratas berjumlah %s, bukan 100",
	"a %s has no id":                                                        "ada %s tanpa id",
	"duplicate %s id %q (first at line %d)":                                 "id %s %q ganda (pertama di baris %d)",
	"aspect %s has no indicators":                                           "aspek %s tanpa indikator",
	"an indicator has no id":                                                "ada indikator tanpa id",
	"duplicate indicator id %q (first at line %d)":                          "id indikator %q ganda (pertama di baris %d)",
	"indicator %s has no name":                                              "indikator %s tanpa nama",
	"indicator %s: criteria for level %d, which scale %s does not have":     "indikator %s: kriteria untuk tingkat %d, yang tidak ada pada skala %s",
	"aspect %s: weight %s is not the sum of its indicators' weights (%s)":   "aspek %s: bobot %s bukan jumlah bobot indikatornya (%s)",
	"no predicates: a rubric needs at least one predicate band":             "tidak ada predikat: rubrik memerlukan sedikitnya satu rentang predikat",
	"a predicate has no name":                                               "ada predikat tanpa nama",
	"duplicate predicate %q":                                                "predikat %q ganda",
	"predicate %s needs both from and to":                                   "predikat %s memerlukan from dan to",
	"predicate %s: from %s is not below to %s":                              "predikat %s: from %s tidak di bawah to %s",
	"predicate %s: color %q is not #RRGGBB":                                 "predikat %s: warna %q bukan #RRGGBB",
	"gap between predicates %s and %s: %s to %s is in no band":              "celah di antara predikat %s dan %s: %s sampai %s tidak masuk rentang mana pun",
	"predicates %s and %s overlap from %s to %s":                            "predikat %s dan %s bertumpang tindih dari %s sampai %s",
	"the lowest predicate starts at %s, above the lowest possible index %d": "predikat terendah mulai di %s, di atas indeks terendah yang mungkin, %d",
	"the highest predicate ends at %s, below the highest possible index %d": "predikat tertinggi berakhir di %s, di bawah indeks tertinggi yang mungkin, %d",
	"%s score %s is outside %s..%s":                                         "skor %s %s di luar %s..%s",
	"%s score %s converts to no value":                                      "skor %s %s tidak terkonversi ke nilai mana pun",
	"indicator %s: the value %s disagrees with the %s score %s, which converts to %s; give one of them, or make them agree": "indikator %s: nilai %s tidak sesuai dengan skor %s %s, yang terkonversi menjadi %s; berikan salah satunya, atau samakan keduanya",
	"indicator %s has no value": "indikator %s tanpa nilai",
	"indicator %s is not valued from another index, but a source score %s was given": "indikator %s tidak dinilai dari indeks lain, tetapi skor sumber %s diberikan",
	"indicator %s: %w":                                                                            "indikator %s: %v",
	"%s score %q is not a number":                                                                 "skor %s %q bukan bilangan",
	"%s score %q is outside %s..%s":                                                               "skor %s %q di luar %s..%s",
	"indicator %s: external has no source":                                                        "indikator %s: external tanpa source",
	"indicator %s: external has no agency":                                                        "indikator %s: external tanpa agency",
	"indicator %s: external %s is missing":                                                        "indikator %s: external %s tidak ada",
	"indicator %s: external %s %s %s":                                                             "indikator %s: external %s %s %s",
	"indicator %s: external has both points and bands; give one conversion":                       "indikator %s: external memiliki points sekaligus bands; berikan satu konversi",
	"indicator %s: external needs at least two points":                                            "indikator %s: external memerlukan sedikitnya dua points",
	"indicator %s: external point %d has no score":                                                "indikator %s: external point %d tanpa score",
	"indicator %s: external point score %s does not follow %s":                                    "indikator %s: external point score %s tidak menyambung %s",
	"indicator %s: external point value %s is below the one before (%s)":                          "indikator %s: external point value %s di bawah yang sebelumnya (%s)",
	"indicator %s: external band %d needs from and to":                                            "indikator %s: external band %d memerlukan from dan to",
	"indicator %s: external band from %s is not below to %s":                                      "indikator %s: external band from %s tidak di bawah to %s",
	"indicator %s: external band from %s does not start where the one before ends (%s)":           "indikator %s: external band from %s tidak mulai di akhir band sebelumnya (%s)",
	"indicator %s: external has no conversion (points or bands)":                                  "indikator %s: external tanpa konversi (points atau bands)",
	"indicator %s: external pending has no reason; every output must say why a value was assumed": "indikator %s: external pending tanpa reason; setiap keluaran harus menyebut mengapa sebuah nilai diandaikan",
	"no built-in rubric %q (built-in: %s)":                                                        "tidak ada rubrik bawaan %q (bawaan: %s)",
	"value %q %s":                                                                                 "nilai %q %s",
	"has both a point and a comma; write one decimal separator":                                   "memuat titik dan koma sekaligus; tulis satu pemisah desimal",
	"is not a number":                           "bukan angka",
	"is outside %d..%d":                         "di luar %d..%d",
	"is not a whole level of scale %s (%d..%d)": "bukan tingkat bulat pada skala %s (%d..%d)",
	"domain %s":                                 "domain %s",
	"aspect %s":                                 "aspek %s",
	"indicator %s":                              "indikator %s",
	"domain":                                    "domain",
	"aspect":                                    "aspek",
}
