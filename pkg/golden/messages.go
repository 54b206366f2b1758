package golden

import "github.com/spbe-id/spbe/pkg/lang"

// This package's messages, in Indonesian and English.
func init() {
	lang.AddMessages(map[string][2]string{
		"golden.syntax": {"baris %d: JSON tidak sah (%v)", "line %d: %v"},
		"golden:\"spbe_golden\" is missing (this is not a golden file of spbe check)": {"\"spbe_golden\" tidak ada (ini bukan berkas golden spbe check)", "\"spbe_golden\" is missing (this is not a golden file of spbe check)"},
		"golden:\"spbe_golden\" is %d; this spbe reads version %d":                    {"\"spbe_golden\" bernilai %d; spbe ini membaca versi %d", "\"spbe_golden\" is %d; this spbe reads version %d"},
		"golden:\"rubric\" needs an \"id\"":                                           {"\"rubric\" memerlukan \"id\"", "\"rubric\" needs an \"id\""},
		"golden:%q is missing":                                                        {"%q tidak ada", "%q is missing"},
		"golden:%s has no id":                                                         {"%s tanpa id", "%s has no id"},
		"golden:%s: %s is listed twice":                                               {"%s: %s tercantum dua kali", "%s: %s is listed twice"},
		"golden:%s %q is not an exact number (a decimal such as 2.1685 or a fraction such as 28/11)": {"%s %q bukan bilangan tepat (desimal seperti 2,1685 atau pecahan seperti 28/11)", "%s %q is not an exact number (a decimal such as 2.1685 or a fraction such as 28/11)"},
		"golden:%s_rounded %q is not a decimal number":                                               {"%s_rounded %q bukan bilangan desimal", "%s_rounded %q is not a decimal number"},
		"golden.kind.string": {"teks", "a string"},
		"golden.kind.int":    {"bilangan bulat", "a whole number"},
		"golden.kind.list":   {"daftar", "a list"},
		"golden.kind.object": {"objek", "an object"},
		"golden.line-more-than-one": {"baris %d: lebih dari satu nilai JSON",
			"line %d: more than one JSON value"},
		"golden.line-should-be-not": {"baris %d: %q seharusnya %s, bukan JSON %s",
			"line %d: %q should be %s, not a JSON %s"},
		"golden.line-unknown-key": {"baris %d: kunci %s tidak dikenal",
			"line %d: unknown key %s"},
		"golden.file-ends-too-early": {"berkas ini berakhir terlalu cepat",
			"the file ends too early"},
		"golden.file-empty": {"berkas ini kosong",
			"the file is empty"},
	})
}
