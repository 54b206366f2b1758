package batch

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/render/json"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

func TestPipelineEmitsInInputOrderWhateverOrderWorkFinishes(t *testing.T) {
	const n, workers, window = 400, 8, 5
	var running, waiting atomic.Int64
	var maxWaiting int64
	var got []int
	finished := 0
	pipeline(n, workers, window,
		func(i int) int {
			running.Add(1)
			defer running.Add(-1)
			waiting.Add(1)
			time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
			return i * i
		},
		func(int) { finished++ },
		func(i, sq int) {
			if sq != i*i {
				t.Errorf("result of %d is %d", i, sq)
			}
			if w := waiting.Add(-1); w+1 > maxWaiting {
				maxWaiting = w + 1
			}
			got = append(got, i)
		})
	if finished != n || len(got) != n {
		t.Fatalf("%d finished, %d emitted, want %d", finished, len(got), n)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("emitted %d at position %d: %v", v, i, got[:i+1])
		}
	}
	if maxWaiting > window {
		t.Errorf("up to %d results were waiting, over the window of %d", maxWaiting, window)
	}
}

// sheets writes n answer sheets with varied levels into a new folder.
func sheets(t *testing.T, n int) string {
	t.Helper()
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := fixture.Folder(dir, r, n); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runBatch scores every sheet under dir with the built-in rubric on
// workers workers and returns the batch as its JSON report, and the
// inputs' paths as scored or failed, in the order Result saw them.
func runBatch(t *testing.T, dir string, workers int) (string, []string) {
	return runBatchBrief(t, dir, workers, false)
}

// runBatchBrief is runBatch, with Options.Brief as given.
func runBatchBrief(t *testing.T, dir string, workers int, brief bool) (string, []string) {
	t.Helper()
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	b := Run(FindInputs([]string{dir}, false), Options{Rubric: r, Workers: workers, ToolVersion: "test", Brief: brief,
		Result: func(path string, e *doc.Entry, _ *doc.Report) {
			status := "failed"
			if e != nil {
				status = e.Index.Rat().RatString()
			}
			seen = append(seen, filepath.Base(path)+" "+status)
		}})
	var out bytes.Buffer
	if err := json.BatchJSON(&out, b); err != nil {
		t.Fatal(err)
	}
	return out.String(), seen
}

func TestBatchOutputDoesNotDependOnTheNumberOfWorkers(t *testing.T) {
	dir := sheets(t, 40)
	for i := 0; i < 40; i += 6 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("opd-%02d-rusak.xlsx", i)), []byte("No,Tingkat\n1,3\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, wantSeen := runBatch(t, dir, 1)
	for _, j := range []int{2, 7, 40} {
		for range 3 {
			got, gotSeen := runBatch(t, dir, j)
			if got != want || strings.Join(gotSeen, "\n") != strings.Join(wantSeen, "\n") {
				t.Fatalf("%d workers: the batch differs from 1 worker's", j)
			}
		}
	}
	if !strings.Contains(want, `"scored": 40,`) || !strings.Contains(want, `"failed": 7,`) {
		t.Errorf("not every sheet was scored or reported:\n%.400s", want)
	}
}

// A brief batch (no sheet's report rendered) ranks and aggregates exactly
// as a full one: its JSON report is the same.
func TestABriefBatchIsTheSameBatch(t *testing.T) {
	dir := sheets(t, 30)
	full, _ := runBatchBrief(t, dir, 2, false)
	brief, _ := runBatchBrief(t, dir, 2, true)
	if brief != full {
		t.Errorf("the brief batch differs from the full one")
	}
}

func TestPanicReadingOneSheetFailsThatSheetOnly(t *testing.T) {
	dir := sheets(t, 6)
	bad := filepath.Join(dir, "opd-03.xlsx")
	defer func(old func(string, *rubric.Rubric, sheet.Options) (*sheet.Answers, error)) { readSheet = old }(readSheet)
	readSheet = func(path string, r *rubric.Rubric, o sheet.Options) (*sheet.Answers, error) {
		if path == bad {
			var m map[string]int
			m["boom"]++ // a nil map write: a runtime panic
		}
		return sheet.ReadFile(path, r, o)
	}
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	b := Run(FindInputs([]string{dir}, false), Options{Rubric: r, Workers: 3})
	if len(b.Entries) != 5 || len(b.Failures) != 1 {
		t.Fatalf("%d scored and %d failed, want 5 and 1", len(b.Entries), len(b.Failures))
	}
	f := b.Failures[0]
	if want := "internal error while reading the file (assignment to entry in nil map)"; f.File != bad || !strings.HasPrefix(strings.Join(f.Problems, "; "), want) {
		t.Errorf("failure %s: %q, want %s: %q", f.File, f.Problems, bad, want)
	}
}

func TestSafeFileName(t *testing.T) {
	long := strings.Repeat("Dinas Pemberdayaan Perempuan ", 10)
	for _, tc := range []struct{ name, in, want string }{
		{"path traversal loses its separators and leading dots", "../../etc/passwd", "etc-passwd"},
		{"backslashes and Windows' reserved characters become dashes", `a\b:c*d?e"f<g>h|i`, "a-b-c-d-e-f-g-h-i"},
		{"control characters and a right-to-left override vanish", "Dinas\x00\x1b[31m Kes\u202Eehatan", "Dinas[31m Kesehatan"},
		{"runs of spaces become one and the ends are trimmed", "  Dinas \t  Kesehatan  ", "Dinas Kesehatan"},
		{"a leading dash cannot be read as an option", "-rf", "rf"},
		{"a hidden name is not hidden", ".bashrc", "bashrc"},
		{"a trailing dot goes (Windows drops it)", "Dinas Sosial.", "Dinas Sosial"},
		{"nothing left is opd", "../..", "opd"},
		{"empty is opd", "", "opd"},
		{"a Windows device name is prefixed", "CON", "_CON"},
		{"a Windows device name with an extension is prefixed", "lpt1.txt", "_lpt1.txt"},
		{"a name that only starts like a device is kept", "CONTOH", "CONTOH"},
		{"ordinary names are kept", "Dinas Kesehatan Kota Contoh", "Dinas Kesehatan Kota Contoh"},
		{"long names are cut", long, strings.TrimRight(long[:maxNameBytes], " ")},
		{"a cut never splits a character", strings.Repeat("é", 60), strings.Repeat("é", 50)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := safeFileName(tc.in)
			if got != tc.want {
				t.Errorf("safeFileName(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if !utf8.ValidString(got) || len(got) > maxNameBytes || strings.ContainsAny(got, `/\`) || strings.HasPrefix(got, ".") {
				t.Errorf("unsafe name %q", got)
			}
		})
	}
}

func TestOutDirNamesAreUniqueAndNeverAnInput(t *testing.T) {
	dir := t.TempDir()
	d, err := PlanOutDir(dir, []string{".md"}, []string{filepath.Join(dir, "Dinas A.md")}, true)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range []string{"Dinas A", "Dinas B", "dinas b", "Dinas B-2", "Dinas B"} {
		got = append(got, d.name(n))
	}
	if want := "Dinas A-2|Dinas B|dinas b-2|Dinas B-2-2|Dinas B-3"; strings.Join(got, "|") != want {
		t.Errorf("names %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestNamedPipeInAFolderIsReportedNotRead(t *testing.T) {
	dir := sheets(t, 1)
	if err := mkfifo(filepath.Join(dir, "pipa.xlsx")); err != nil {
		t.Skip("no named pipes here:", err)
	}
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan *doc.Batch)
	go func() { done <- Run(FindInputs([]string{dir}, false), Options{Rubric: r, Workers: 1}) }()
	var b *doc.Batch
	select {
	case b = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the batch blocked on a named pipe")
	}
	if len(b.Entries) != 1 || len(b.Failures) != 1 || b.Failures[0].File != filepath.Join(dir, "pipa.xlsx") ||
		strings.Join(b.Failures[0].Problems, "") != "not a regular file" {
		t.Errorf("entries %d, failures %+v", len(b.Entries), b.Failures)
	}
}
