package cli

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// BenchmarkScoreOneSheet is `spbe score FILE` in process: load the
// embedded rubric, read and check the sheet, compute, render the summary.
func BenchmarkScoreOneSheet(b *testing.B) {
	r, err := rubric.Builtin(rubric.Default)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "opd.xlsx")
	s := &fixture.Sheet{Rubric: r, Levels: fixture.ExpandLevels([]string{"3x20", "2x20", "4x7"}), Cover: true, OPD: "Dinas Kesehatan", Year: "2024"}
	if err := s.Write(path); err != nil {
		b.Fatal(err)
	}
	streams := IOStreams{Out: io.Discard, ErrOut: io.Discard}
	b.ReportAllocs()
	for b.Loop() {
		if code := Run(streams, []string{"score", path}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

func BenchmarkLoadBuiltinRubric(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rubric.Builtin(rubric.Default); err != nil {
			b.Fatal(err)
		}
	}
}
