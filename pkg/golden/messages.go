package golden

import "github.com/spbe-id/spbe/pkg/lang"

// This package's messages, in Indonesian and English.
func init() {
	lang.AddMessages(map[string][2]string{
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
