package cli

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/report"
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
	for i := range n {
		levels := make([]string, len(r.Indicators))
		for j := range levels {
			levels[j] = fmt.Sprint(1 + (i*7+j*3+i*j)%5)
		}
		s := &fixture.Sheet{Rubric: r, Levels: levels, OPD: fmt.Sprintf("Dinas %02d", i%(n/2+1)), Year: "2024"}
		if err := s.Write(filepath.Join(dir, fmt.Sprintf("opd-%02d.xlsx", i))); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func run(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = Run(IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, args)
	return code, out.String(), errOut.String()
}

func TestBatchOutputDoesNotDependOnTheNumberOfWorkers(t *testing.T) {
	dir := sheets(t, 40)
	for i := 0; i < 40; i += 6 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("opd-%02d-rusak.xlsx", i)), []byte("No,Tingkat\n1,3\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, want, wantErr := run("score", "--format", "json", "--progress", "plain", "-j", "1", dir)
	if code != ExitFailure {
		t.Fatalf("exit code %d", code)
	}
	for _, j := range []string{"2", "7", "40"} {
		for range 3 {
			code, got, gotErr := run("score", "--format", "json", "--progress", "plain", "-j", j, dir)
			if code != ExitFailure || got != want || gotErr != wantErr {
				t.Fatalf("-j %s: exit code %d, output differs from -j 1:\n%s", j, code, gotErr)
			}
		}
	}
	if !strings.Contains(want, `"scored": 40,`) || !strings.Contains(want, `"failed": 7,`) {
		t.Errorf("not every sheet was scored or reported:\n%.400s", want)
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
	code, out, errOut := run("score", "--progress", "none", "-j", "3", dir)
	if code != ExitFailure {
		t.Errorf("exit code %d, want %d", code, ExitFailure)
	}
	if !strings.Contains(out, "5 lembar dinilai, 1 tidak dapat dinilai") {
		t.Errorf("stdout does not count 5 scored and 1 failed:\n%s", out)
	}
	if want := bad + ": internal error while reading the file (assignment to entry in nil map)"; !strings.Contains(errOut, want) {
		t.Errorf("stderr lacks %q:\n%s", want, errOut)
	}
}

func TestProgressBarOnATerminal(t *testing.T) {
	dir := sheets(t, 3)
	var out, errOut bytes.Buffer
	code := Run(IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, ErrTerminal: true}, []string{"score", dir})
	if code != ExitOK {
		t.Fatalf("exit code %d: %s", code, errOut.String())
	}
	e := errOut.String()
	if !strings.Contains(e, "\r\033[K[") || !regexp.MustCompile(`\] 3/3 100% …\S*/opd-0\d\.xlsx\r`).MatchString(e) {
		t.Errorf("no bar reaching 3/3 with the end of a path on stderr: %q", e)
	}
	if !strings.HasSuffix(e, "\r\033[K3 lembar dinilai, 0 tidak dapat dinilai\n") {
		t.Errorf("the bar is not cleared before the summary: %q", e)
	}
	if strings.ContainsAny(out.String(), "\r\033") {
		t.Errorf("progress leaked into stdout: %q", out.String())
	}
	// --progress plain wins over a terminal.
	errOut.Reset()
	Run(IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, ErrTerminal: true}, []string{"score", "--progress", "plain", dir})
	if strings.Contains(errOut.String(), "\r") || !strings.Contains(errOut.String(), "[3/3] ") {
		t.Errorf("--progress plain on a terminal: %q", errOut.String())
	}
}

func TestProgressBarIsRedrawnAtMostEveryTenthOfASecond(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, progressBar, 1000, "id")
	clock := time.Unix(0, 0)
	p.now = func() time.Time { return clock }
	for i := range 1000 {
		if i == 500 {
			clock = clock.Add(barEvery)
		}
		p.finished(fmt.Sprintf("opd/%04d.xlsx", i))
	}
	p.clear()
	frames := strings.Split(buf.String(), "\r\033[K")
	// The first frame, the one after the clock moved, the last, and the
	// clearing.
	if len(frames) != 5 {
		t.Fatalf("%d frames, want 4 and a clearing: %q", len(frames)-1, frames)
	}
	if want := "[" + strings.Repeat("=", barWidth) + "] 1000/1000 100% opd/0999.xlsx"; frames[3] != want {
		t.Errorf("last frame %q, want %q", frames[3], want)
	}
	for _, f := range frames {
		if n := utf8.RuneCountInString(f); n > lineWidth {
			t.Errorf("frame of %d columns: %q", n, f)
		}
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
	md, err := report.FormatByName("markdown")
	if err != nil {
		t.Fatal(err)
	}
	d, err := planOutDir(dir, []*report.Format{md}, []string{filepath.Join(dir, "Dinas A.md")}, true)
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
	done := make(chan struct{})
	var code int
	var errOut string
	go func() {
		code, _, errOut = run("score", "--progress", "none", dir)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the batch blocked on a named pipe")
	}
	if code != ExitFailure || !strings.Contains(errOut, "pipa.xlsx: not a regular file") {
		t.Errorf("exit code %d, stderr %q", code, errOut)
	}
}
