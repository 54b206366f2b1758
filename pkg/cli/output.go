package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spbe-id/spbe/pkg/doc"
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
			return nil, usagef("%s is given twice with -o", p)
		}
		seen[abs] = true
		if err := checkOutputPath(p, inputs, force); err != nil {
			return nil, err
		}
		outs = append(outs, planned[F]{path: p, format: f})
	}
	return outs, nil
}

// checkOutputPath refuses to write over an input or, without force, over
// an existing file, and makes sure the folder can take a new file.
func checkOutputPath(p string, inputs []string, force bool) error {
	st, err := os.Stat(p)
	switch {
	case err == nil:
		if st.IsDir() {
			return fmt.Errorf("write %s: it is a folder", p)
		}
		for _, in := range inputs {
			if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
				return fmt.Errorf("write %s: refusing to write over the input sheet", p)
			}
		}
		if !force {
			return fmt.Errorf("write %s: the file exists (use --force to overwrite it)", p)
		}
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("write %s: %v", p, err)
	}
	dir := filepath.Dir(p)
	dst, err := os.Stat(dir)
	if err != nil || !dst.IsDir() {
		return fmt.Errorf("write %s: the folder %s does not exist", p, dir)
	}
	probe, err := os.CreateTemp(dir, ".spbe-probe-*")
	if err != nil {
		return fmt.Errorf("write %s: the folder %s is not writable", p, dir)
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

// writeAtomic writes a file through a temporary file in the same folder,
// renamed into place only when complete: an interrupted run never leaves a
// half-written file.
func writeAtomic(path string, write func(io.Writer) error) error {
	return writeAll([]pendingFile{{path, write}})
}

// pendingFile is one file of a set written together.
type pendingFile struct {
	path  string
	write func(io.Writer) error
}

// writeAll writes a set of files all or nothing, as far as a file system
// allows: every file is written in full to a temporary file beside its
// target first, and only when all are complete are they renamed into
// place. A failure while rendering the second of two reports leaves
// neither behind.
func writeAll(files []pendingFile) error {
	var tmps []string
	cleanup := func() {
		for _, t := range tmps {
			os.Remove(t)
		}
	}
	for _, f := range files {
		tmp, err := stage(f.path, f.write)
		if err != nil {
			cleanup()
			return err
		}
		tmps = append(tmps, tmp)
	}
	for i, f := range files {
		if err := os.Rename(tmps[i], f.path); err != nil {
			cleanup()
			return fmt.Errorf("write %s: %w", f.path, err)
		}
	}
	return nil
}

// stage writes a complete temporary file beside path and returns its name.
func stage(path string, write func(io.Writer) error) (name string, err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return tmp.Name(), nil
}

// writeOutputs renders rep into every planned output, all or nothing.
func writeOutputs(outs []output, rep *doc.Report) error {
	files := make([]pendingFile, len(outs))
	for i, o := range outs {
		files[i] = pendingFile{o.path, func(w io.Writer) error { return o.format.Render(w, rep) }}
	}
	return writeAll(files)
}
