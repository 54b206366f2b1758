package batch

import (
	"fmt"
	"io"
	"os"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/outfile"
)

// Reports writes each OPD's own reports into an --out-dir as the batch
// scores it, one file per format. It is the one place package batch
// writes files, through pkg/outfile; the renderers are the caller's. A report carries the change from its
// OPD's previous year when the batch holds it earlier in path order. With
// Resume, a report already in the folder is kept, not replaced, and
// counted.
type Reports struct {
	Dir *OutDir
	// Draw draws a report in each format, in the order of Dir's
	// extensions.
	Draw          []func(io.Writer, *doc.Report) error
	Force, Resume bool
	// Kept counts the reports Resume kept; Err is the first error, after
	// which nothing more is written.
	Kept    int
	Err     error
	history History
}

// Write writes the reports of one scored sheet; a nil Reports writes
// nothing.
func (w *Reports) Write(e *doc.Entry, rep *doc.Report) {
	if w == nil || w.Err != nil {
		return
	}
	rep.Previous = w.history.Previous(e, rep.Result)
	paths, err := w.Dir.Files(e.Name)
	if err != nil {
		w.Err = err
		return
	}
	rep.Complete()
	for i, draw := range w.Draw {
		if w.Resume {
			if _, err := os.Lstat(paths[i]); err == nil {
				w.Kept++
				continue
			}
		}
		// Without Force (and so always with Resume) the report is
		// published so that it fails on a name that appeared meanwhile.
		if err := outfile.Write(paths[i], w.Force, func(out io.Writer) error { return draw(out, rep) }); err != nil {
			w.Err = err
			return
		}
	}
}

// Scored shows one sheet's outcome in input order: its index and band, or
// that it could not be scored (e is nil).
func (p *Progress) Scored(path string, e *doc.Entry) {
	if p.kind != ProgressPlain {
		// Only the plain progress prints a line; the others would format
		// it for nothing, 1.5 % of a batch.
		p.shown++
		return
	}
	if e == nil {
		p.Line(path, p.lang.T("batch.failed"))
		return
	}
	p.Line(path, fmt.Sprintf("%s (%s)", p.lang.Num(e.Rubric, e.Index.Rat()), p.lang.Band(e.Band)))
}

// WriteFailures prints why each sheet of b could not be scored, one
// problem a line.
func WriteFailures(w io.Writer, b *doc.Batch) {
	for _, f := range b.Failures {
		for _, p := range f.Problems {
			fmt.Fprintf(w, "%s: %s\n", f.File, p)
		}
	}
}
