package cli

import (
	"io"
	"path/filepath"
	"testing"
)

// BenchmarkScoreOneSheetXLSX is `spbe score -o r.xlsx FILE` in process, on
// the bundled example sheet.
func BenchmarkScoreOneSheetXLSX(b *testing.B) {
	out := filepath.Join(b.TempDir(), "r.xlsx")
	streams := IOStreams{Out: io.Discard, ErrOut: io.Discard}
	b.ReportAllocs()
	for b.Loop() {
		if code := Run(streams, []string{"score", "--force", "-o", out, "../../testdata/example/dinkes-2024.xlsx"}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
