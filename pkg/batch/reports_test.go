package batch

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Reports writes one file per format for each OPD; with Resume a file
// already there is kept and counted, and the others are written.
func TestReportsResume(t *testing.T) {
	in := sheets(t, 3)
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	draw := func(ext string) func(io.Writer, *doc.Report) error {
		return func(w io.Writer, rep *doc.Report) error {
			_, err := fmt.Fprintf(w, "%s %s", ext, rep.Result.Index.RatString())
			return err
		}
	}
	run := func(resume bool) *Reports {
		found := FindInputs([]string{in}, false)
		dir, err := PlanOutDir(out, []string{".md", ".txt"}, found.Paths(), resume)
		if err != nil {
			t.Fatal(err)
		}
		w := &Reports{Dir: dir, Draw: []func(io.Writer, *doc.Report) error{draw("md"), draw("txt")}, Resume: resume}
		Run(found, Options{Rubric: r, ToolVersion: "test", Result: func(_ string, e *doc.Entry, rep *doc.Report) {
			if e != nil {
				w.Write(e, rep)
			}
		}})
		return w
	}
	if w := run(false); w.Err != nil || w.Kept != 0 {
		t.Fatalf("first run: kept %d, %v", w.Kept, w.Err)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*"))
	if len(files) != 6 {
		t.Fatalf("%d files in --out-dir, want 6: %q", len(files), files)
	}
	// One report lost: --resume writes it again and keeps the other five.
	lost := files[0]
	if err := os.Remove(lost); err != nil {
		t.Fatal(err)
	}
	if w := run(true); w.Err != nil || w.Kept != 5 {
		t.Fatalf("resumed: kept %d, %v; want 5 kept", w.Kept, w.Err)
	}
	data, err := os.ReadFile(lost)
	if err != nil || !strings.HasPrefix(string(data), strings.TrimPrefix(filepath.Ext(lost), ".")+" ") {
		t.Errorf("%s after --resume: %q, %v", lost, data, err)
	}
	// A nil Reports writes nothing.
	var none *Reports
	none.Write(nil, nil)
}
