package cli

import (
	"bufio"
	"errors"
	"io"
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

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk penuh") }

// Output that cannot be written at the end fails the run, with a message.
func TestAnOutputThatCannotBeWrittenFailsTheRun(t *testing.T) {
	out := bufio.NewWriter(failingWriter{})
	out.WriteString("Indeks SPBE: 2,17\n")
	var errOut strings.Builder
	if code := flushOut(out, ExitOK, &errOut); code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	if got := errOut.String(); !strings.Contains(got, "menulis keluaran: disk penuh") {
		t.Errorf("message %q", got)
	}
	// A run that failed already keeps its own code.
	out = bufio.NewWriter(failingWriter{})
	out.WriteString("x")
	if code := flushOut(out, ExitUsage, io.Discard); code != ExitUsage {
		t.Errorf("exit %d, want %d", code, ExitUsage)
	}
}
