package cli

import (
	"io"
	"math"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// paced scores one sheet in process and returns the collector's pace and
// soft memory limit afterwards, restoring the defaults.
func paced(t *testing.T) (percent int, limit int64) {
	t.Helper()
	r, err := rubric.Builtin(rubric.Default)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "opd.xlsx")
	s := &fixture.Sheet{Rubric: r, Levels: fixture.ExpandLevels([]string{"3x20", "2x20", "4x7"}), OPD: "Dinas Kesehatan", Year: "2024"}
	if err := s.Write(path); err != nil {
		t.Fatal(err)
	}
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetGCPercent(100)
	defer debug.SetMemoryLimit(math.MaxInt64)
	if code := Run(IOStreams{Out: io.Discard, ErrOut: io.Discard}, []string{"score", path}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	return debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
}

// Scoring one sheet lets the heap grow to five times what is live before
// collecting, under a soft limit; a user's GOGC or GOMEMLIMIT is left alone.
func TestOneSheetSetsTheCollectorsPaceUnlessTheUserDid(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	if p, l := paced(t); p != singleGCPercent || l != singleMemLimit {
		t.Errorf("pace %d%%, limit %d; want %d%%, %d", p, l, singleGCPercent, singleMemLimit)
	}
	t.Setenv("GOGC", "100")
	if p, l := paced(t); p != 100 || l != math.MaxInt64 {
		t.Errorf("with GOGC set: pace %d%%, limit %d; want them untouched", p, l)
	}
}
