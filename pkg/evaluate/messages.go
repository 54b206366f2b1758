package evaluate

import "github.com/spbe-id/spbe/pkg/lang"

// This package's messages, in Indonesian and English.
func init() {
	lang.AddMessages(map[string][2]string{
		"evaluate.read": {"membaca %s: %v", "read %s: %v"},
		"evaluate.orphan-golden": {"%s: tidak ada lembar %s untuk berkas golden ini (hapus golden-nya, atau kembalikan lembarnya)\n",
			"%s: no sheet %s for this golden file (remove it, or restore the sheet)\n"},
		"evaluate.stamp-warning": {"spbe: peringatan: %s: lembar ini dibuat dari rubrik %s tetapi dinilai dengan %s\n",
			"spbe: warning: %s: the sheet was made from rubric %s but is scored with %s\n"},
		"evaluate.check-no-such-folder": {"check %s: folder tidak ditemukan",
			"check %s: no such folder"},
		"evaluate.check-not-folder-check": {"check %s: bukan folder (check menerima folder yang memuat lembar-lembar dan golden-nya)",
			"check %s: not a folder (check takes the folder that holds the sheets and their goldens)"},
		"evaluate.check-no-answer-sheets": {"check %s: tidak ada lembar jawaban (*.xlsx) di dalamnya",
			"check %s: no answer sheets (*.xlsx) in it"},
		"evaluate.check-and-would-share": {"check %s: %s dan %s akan berbagi satu berkas golden, %s; ganti nama salah satunya",
			"check %s: %s and %s would share one golden file, %s; rename one of them"},
		"evaluate.no-golden-file-run": {"%s: berkas golden %s tidak ada (jalankan spbe check --update untuk membuatnya dari hasil ini)",
			"%s: no golden file %s (run spbe check --update to create it from this result)"},
		"evaluate.read-golden": {"membaca golden %s: %v",
			"read golden %s: %v"},
		"evaluate.it-larger-than-bytes": {"ukurannya melebihi %d bita, padahal tidak ada berkas golden sebesar itu",
			"it is larger than %d bytes, which no golden file is"},
		"evaluate.read-file-larger-than": {"membaca %s: berkas ini melebihi %d bita (--max-file-size)",
			"read %s: the file is larger than %d bytes (--max-file-size)"},
		"evaluate.result-was-scored-with": {"%s: hasil ini dinilai dengan rubrik %s, bukan %s: berikan --rubric %s (nama bawaan atau berkas YAML-nya)",
			"%s: the result was scored with rubric %s, not %s: give --rubric %s (a built-in name or its YAML file)"},
		"evaluate.indicator-listed-twice": {"%s: indikator %s tercantum dua kali",
			"%s: indicator %s is listed twice"},
		"evaluate.sheet-was-made-from": {"lembar ini dibuat dari rubrik %s tetapi dinilai dengan %s",
			"the sheet was made from rubric %s but is scored with %s"},
		"evaluate.was-scored-with-another": {"%s dinilai dengan versi lain rubrik %s (sha256 %s, yang dipakai %s); tingkat-tingkatnya dinilai ulang dengan rubrik yang dipakai",
			"%s was scored with another version of rubric %s (sha256 %s, in use %s); its levels are scored again with the rubric in use"},
		"evaluate.records-index-but-its": {"%s mencatat indeks %s, tetapi tingkat-tingkatnya menghasilkan %s",
			"%s records the index %s, but its levels give %s"},
		"evaluate.max-level-outside-levels": {"--max-level: %d di luar tingkat rubrik %s (%d..%d)",
			"--max-level: %d is outside the levels of rubric %s (%d..%d)"},
		"evaluate.only-and-exclude-leave": {"--only dan --exclude tidak menyisakan indikator untuk dinaikkan",
			"--only and --exclude leave no indicator to raise"},
		"evaluate.sheet-was-made-from-2": {"%s: lembar ini dibuat dari rubrik %s tetapi dinilai dengan %s (--strict)",
			"%s: the sheet was made from rubric %s but is scored with %s (--strict)"},
	})
}
