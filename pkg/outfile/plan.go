package outfile

import (
	"io"
	"path/filepath"

	"github.com/spbe-id/spbe/pkg/lang"
)

// Planned is one output file to write, with the format that writes it.
type Planned[F any] struct {
	Path   string
	Format F
}

// UsageError is a mistake in how the outputs were asked for: a path given
// twice, or one whose format cannot be told. The command line reports it
// as a usage error.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Plan checks every output path before any work is done: its format
// (formatOf, whose error is a UsageError), that it is not given twice,
// its folder (it must exist and be writable), that it is not one of the
// inputs, and that it does not exist unless replace (see Check).
func Plan[F any](paths, inputs []string, replace bool, formatOf func(string) (F, error)) ([]Planned[F], error) {
	var outs []Planned[F]
	seen := map[string]bool{}
	for _, p := range paths {
		f, err := formatOf(p)
		if err != nil {
			return nil, &UsageError{err}
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		if seen[abs] {
			return nil, &UsageError{lang.Errorf("outfile.given-twice", p)}
		}
		seen[abs] = true
		if err := Check(p, inputs, replace); err != nil {
			return nil, err
		}
		outs = append(outs, Planned[F]{Path: p, Format: f})
	}
	return outs, nil
}

// WritePlanned writes doc into every planned output, all or nothing
// (WriteAll).
func WritePlanned[F, D any](outs []Planned[F], d D, replace bool, render func(F, io.Writer, D) error) error {
	files := make([]File, len(outs))
	for i, o := range outs {
		files[i] = File{Path: o.Path, Write: func(w io.Writer) error { return render(o.Format, w, d) }}
	}
	return WriteAll(files, replace)
}
