package cli

import (
	"io"
	"path/filepath"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/render"
)

// planned is one report file to write, with the format that renders it.
type planned[F any] struct {
	path   string
	format F
}

// output is one single-sheet report file; batchOutput one consolidated
// report file.
type (
	output      = planned[*render.Format]
	batchOutput = planned[*render.BatchFormat]
)

// planOutputs checks every -o path before any work is done: its format, its
// folder (it must exist and be writable), that it is not one of the inputs,
// and that it does not exist unless force is set.
func planOutputs(paths []string, format string, formatSet bool, inputs []string, force bool) ([]output, error) {
	return planFiles(paths, inputs, force, func(p string) (*render.Format, error) {
		if formatSet {
			return render.FormatByName(format)
		}
		return render.FormatForPath(p)
	})
}

// planBatchOutputs is planOutputs for the consolidated report of a batch.
func planBatchOutputs(paths []string, format string, formatSet bool, inputs []string, force bool) ([]batchOutput, error) {
	return planFiles(paths, inputs, force, func(p string) (*render.BatchFormat, error) {
		if formatSet {
			return render.BatchFormatByName(format)
		}
		return render.BatchFormatForPath(p)
	})
}

func planFiles[F any](paths []string, inputs []string, force bool, formatOf func(string) (F, error)) ([]planned[F], error) {
	var outs []planned[F]
	seen := map[string]bool{}
	for _, p := range paths {
		f, err := formatOf(p)
		if err != nil {
			return nil, usageError{err}
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		if seen[abs] {
			return nil, usagef("cli.output.given-twice-with-o", p)
		}
		seen[abs] = true
		if err := checkOutputPath(p, inputs, force); err != nil {
			return nil, err
		}
		outs = append(outs, planned[F]{path: p, format: f})
	}
	return outs, nil
}

// checkOutputPath refuses to write over an input, over an existing path
// that is not a regular file, or, without force, over an existing file,
// and makes sure the folder can take a new file.
func checkOutputPath(p string, inputs []string, force bool) error {
	return outfile.Check(p, inputs, force)
}

// writeAtomic writes one file through package outfile: complete or not at
// all, never over an existing file unless force.
func writeAtomic(path string, force bool, write func(io.Writer) error) error {
	return outfile.Write(path, force, write)
}

// pendingFile is one file of a set written together.
type pendingFile = outfile.File

// writeAll writes a set of files all or nothing (see package outfile for
// what a file system allows): a failure while rendering or publishing the
// second of two reports leaves neither behind.
func writeAll(files []pendingFile, force bool) error {
	return outfile.WriteAll(files, force)
}

// writeOutputs renders rep into every planned output, all or nothing.
func writeOutputs(outs []output, rep *doc.Report, force bool) error {
	files := make([]pendingFile, len(outs))
	for i, o := range outs {
		files[i] = pendingFile{Path: o.path, Write: func(w io.Writer) error { return o.format.Render(w, rep) }}
	}
	return writeAll(files, force)
}
