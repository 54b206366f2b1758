package batch

import (
	"path/filepath"
	"testing"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// BenchmarkScoreEntry is what a batch does with a sheet once it is read:
// score it briefly and pack its entry (scoreItem's doc.NewBriefReport,
// then NewEntry), for each built-in rubric, on sheets read once by the
// real reader.
//
//	go test ./pkg/batch -run - -bench ScoreEntry -benchmem -count 5
//
// Instructions an op (valgrind, two runs' difference), bytes and
// allocations, before and after the rubric's plan was made once and values
// checked as they are read (issue 18):
//
//	spbe-2020   92.0k  10.5 KB  24  ->  30.7k  6.6 KB  14
//	pemdi-2026  45.4k   5.9 KB  23  ->  18.1k  3.9 KB  13
func BenchmarkScoreEntry(b *testing.B) {
	for _, name := range rubric.Builtins() {
		b.Run(name, func(b *testing.B) {
			r, err := rubric.Builtin(name)
			if err != nil {
				b.Fatal(err)
			}
			dir := b.TempDir()
			if err := fixture.Folder(dir, r, 1); err != nil {
				b.Fatal(err)
			}
			paths, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
			if len(paths) != 1 {
				b.Fatalf("%d sheets in %s", len(paths), dir)
			}
			a, err := sheet.ReadFile(paths[0], r, sheet.Options{})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				rep, err := doc.NewBriefReport(a.File, a, r, "test")
				if err != nil {
					b.Fatal(err)
				}
				if e := NewEntry(rep); !e.Index.IsSet() {
					b.Fatal("no index")
				}
			}
		})
	}
}
