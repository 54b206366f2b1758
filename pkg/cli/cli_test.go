package cli

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
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

// Reports asked for together are written all or nothing: when the second
// fails to render, the first is not left behind, nor any temporary file.
func TestWriteAllIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.json")
	err := writeAll([]pendingFile{
		{a, func(w io.Writer) error { _, err := io.WriteString(w, "ok"); return err }},
		{b, func(io.Writer) error { return errors.New("render failed") }},
	})
	if err == nil || !strings.Contains(err.Error(), "write "+b+": render failed") {
		t.Fatalf("want the second file's error, got %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
	if err := writeAll([]pendingFile{{a, func(w io.Writer) error { _, err := io.WriteString(w, "ok"); return err }}}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(a); string(data) != "ok" {
		t.Errorf("a.md holds %q", data)
	}
}
