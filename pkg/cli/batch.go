package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/report"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// A batch scores every answer sheet under the folders and files it is
// given. Sheets are read by a pool of workers, one per core; results are
// handed on in input order (by path) whatever order they finish in, and
// each is reduced to a small report.Entry at once, so memory stays flat
// however many sheets there are. A file that cannot be scored, or whose
// reading panics, becomes a failure with its reasons and never stops the
// batch.

// sheetExts are the extensions of files a batch looks at in a folder. The
// answer sheets are .xlsx and .xlsm; the others are spreadsheets in the
// wrong format, which are reported with the reader's advice (save it as
// .xlsx) rather than skipped, because their owner expects them scored.
var sheetExts = map[string]bool{
	".xlsx": true, ".xlsm": true, ".xltx": true, ".xltm": true,
	".xls": true, ".xlt": true, ".xlsb": true, ".ods": true, ".ots": true, ".fods": true, ".csv": true, ".numbers": true,
}

// item is one input of a batch: a file to score, or a failure found while
// looking for files (a link out of the folder, an unreadable folder).
type item struct {
	path string
	fail error
}

// walkResult is what a batch found to do.
type walkResult struct {
	items []item
	// unsearched counts subfolders not searched without --recursive.
	unsearched int
	found      []found
}

// found is an item as the walk found it.
type found struct {
	item
	real string
	link bool
}

// findInputs lists the batch's inputs in order: the arguments in the order
// given, each folder's files sorted by name. Hidden files and folders and
// Office's lock files (~$name.xlsx) inside folders are skipped quietly;
// links to folders are not followed, and links to files only when the file
// lies inside the folder given. A file reached twice is scored once, under
// its own name rather than a link's.
func findInputs(args []string, recursive bool) walkResult {
	var w walkResult
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			w.add(item{path: arg, fail: openFailure(err)}, arg, false)
			continue
		}
		real, err := realPath(arg)
		switch {
		case err != nil:
			w.add(item{path: arg, fail: openFailure(err)}, arg, false)
		case st.IsDir():
			w.walkDir(arg, real, real, recursive)
		case !st.Mode().IsRegular():
			w.add(item{path: arg, fail: errors.New("not a regular file")}, real, false)
		default:
			w.add(item{path: arg}, real, false)
		}
	}
	// Keep the first of the items that name the same file, preferring one
	// that is not a link.
	direct := map[string]bool{}
	for _, f := range w.found {
		if !f.link {
			direct[f.real] = true
		}
	}
	seen := map[string]bool{}
	for _, f := range w.found {
		if seen[f.real] || f.link && direct[f.real] {
			continue
		}
		seen[f.real] = true
		w.items = append(w.items, f.item)
	}
	w.found = nil
	return w
}

// realPath is the absolute path of p with every link resolved.
func realPath(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(real)
}

// add notes an item with the real path of the file it names, and whether
// it was reached through a link.
func (w *walkResult) add(it item, real string, link bool) {
	w.found = append(w.found, found{it, real, link})
}

// walkDir adds the sheets of a folder; real is its real path, root the
// real path of the folder given on the command line. Subfolders are not
// links (those are not followed), so a file's real path is real joined
// with its name.
func (w *walkResult) walkDir(dir, real, root string, recursive bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.add(item{path: dir, fail: fmt.Errorf("cannot read the folder: %s", describeFSError(err))}, real, false)
		return
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") {
			continue
		}
		p, rp := filepath.Join(dir, name), filepath.Join(real, name)
		ext := strings.ToLower(filepath.Ext(name))
		switch t := e.Type(); {
		case t.IsDir():
			if recursive {
				w.walkDir(p, rp, root, recursive)
			} else {
				w.unsearched++
			}
		case t&fs.ModeSymlink != 0:
			if !sheetExts[ext] {
				continue // links to folders are not followed, whatever their name
			}
			st, err := os.Stat(p)
			if err != nil {
				w.add(item{path: p, fail: errors.New("a link to a file that does not exist")}, rp, true)
				continue
			}
			target, err := realPath(p)
			switch {
			case st.IsDir():
				continue
			case err != nil || !inside(target, root):
				w.add(item{path: p, fail: errors.New("a link to a file outside the folder: not followed")}, rp, true)
			case !st.Mode().IsRegular():
				w.add(item{path: p, fail: errors.New("not a regular file")}, target, true)
			default:
				w.add(item{path: p}, target, true)
			}
		case !sheetExts[ext]:
			continue
		case !t.IsRegular():
			// A named pipe called x.xlsx would block a reader forever.
			w.add(item{path: p, fail: errors.New("not a regular file")}, rp, false)
		default:
			w.add(item{path: p}, rp, false)
		}
	}
}

// inside reports whether the real path p lies under the real path root.
func inside(p, root string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func openFailure(err error) error {
	return errors.New(describeFSError(err))
}

func describeFSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// outcome is what scoring one item gave: a report, or the reasons it
// could not be scored.
type outcome struct {
	rep      *report.Report
	problems []string
}

// readSheet reads an answer sheet; tests replace it to make a reader
// panic.
var readSheet = sheet.ReadFile

// scoreItem scores one input. A panic anywhere in reading or scoring
// becomes a failure of this file alone.
func scoreItem(it item, r *rubric.Rubric, limits sheet.Options, lang report.Lang) (out outcome) {
	if it.fail != nil {
		return outcome{problems: []string{it.fail.Error()}}
	}
	defer func() {
		if p := recover(); p != nil {
			out = outcome{problems: []string{fmt.Sprintf("internal error while reading the file (%v): please report it with the file", p)}}
		}
	}()
	rep, err := scoreWith(readSheet, it.path, r, limits)
	if err != nil {
		return outcome{problems: problems(it.path, err)}
	}
	rep.Lang = lang
	return outcome{rep: rep}
}

// problems splits an error into one line per problem, without the file
// name, which the batch shows in its own column.
func problems(path string, err error) []string {
	var se *sheet.Error
	if errors.As(err, &se) {
		var out []string
		for _, p := range se.Problems {
			one := &sheet.Error{Problems: []sheet.Problem{p}}
			out = append(out, strings.TrimPrefix(one.Error(), ": "))
		}
		return out
	}
	return []string{strings.TrimPrefix(err.Error(), path+": ")}
}

// pipeline runs work(i) for every i in [0, n) on workers goroutines and
// calls emit(i, result) on the calling goroutine in the order of i,
// whatever order the work finishes in; finished(i) is called, also on the
// calling goroutine, as each piece of work completes. At most window
// results wait to be emitted at any time, which bounds memory when one
// slow file holds up the ones after it.
func pipeline[T any](n, workers, window int, work func(int) T, finished func(int), emit func(int, T)) {
	type done struct {
		i   int
		out T
	}
	jobs := make(chan int)
	results := make(chan done, workers)
	slots := make(chan struct{}, window)
	go func() {
		for i := range n {
			slots <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	for range workers {
		go func() {
			for i := range jobs {
				results <- done{i, work(i)}
			}
		}()
	}
	pending := map[int]T{}
	next := 0
	for next < n {
		d := <-results
		finished(d.i)
		pending[d.i] = d.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(next, out)
			<-slots
			next++
		}
	}
}

// batchRun scores a batch and writes its consolidated outputs.
func batchRun(o *scoreOptions) error {
	format, err := report.BatchFormatByName(o.Format)
	if err != nil {
		return usageError{err}
	}
	if format.Binary && len(o.Outputs) == 0 {
		return usagef("the %s format is written to a file: give -o FILE", format.Name)
	}
	mode, err := progressMode(o.Progress, o.Quiet, o.IO.ErrTerminal)
	if err != nil {
		return err
	}
	workers := o.Jobs
	if workers < 0 {
		return usagef("--jobs %d: give a number of workers, or 0 for one per core", o.Jobs)
	}
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var dirFormats []*report.Format
	if o.OutDir != "" {
		for _, name := range o.OutDirFormats {
			f, err := report.FormatByName(name)
			if err != nil {
				return usagef("--out-dir-format: %v", err)
			}
			dirFormats = append(dirFormats, f)
		}
		if len(dirFormats) == 0 {
			return usagef("--out-dir-format: give at least one format")
		}
	}
	if o.rubric, err = openRubric(o.Rubric); err != nil {
		return err
	}

	found := findInputs(o.Args, o.Recursive)
	inputs := make([]string, len(found.items))
	for i, it := range found.items {
		inputs[i] = it.path
	}
	outs, err := planBatchOutputs(o.Outputs, o.Format, o.formatSet, inputs, o.Force)
	if err != nil {
		return err
	}
	var dir *outDir
	if o.OutDir != "" {
		if dir, err = planOutDir(o.OutDir, dirFormats, inputs, o.Force); err != nil {
			return err
		}
	}
	if len(found.items) == 0 {
		hint := ""
		if found.unsearched > 0 {
			hint = fmt.Sprintf(" (%d subfolder(s) not searched: add --recursive)", found.unsearched)
		}
		return fmt.Errorf("score %s: no answer sheets (.xlsx) found%s", strings.Join(o.Args, " "), hint)
	}
	if found.unsearched > 0 && mode != progressNone {
		fmt.Fprintf(o.IO.ErrOut, o.lang.T("batch.unsearched")+"\n", found.unsearched)
	}

	// Many small, short-lived allocations and a small live heap make the
	// collector run very often; unless the user has tuned it, let the heap
	// grow further between collections, within a soft limit.
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(96 << 20))
	}

	b := &report.Batch{Rubric: o.rubric, ToolVersion: version(), Lang: o.lang}
	prog := newProgress(o.IO.ErrOut, mode, len(found.items), o.lang)
	var dirErr error
	pipeline(len(found.items), workers, 16*workers,
		func(i int) outcome { return scoreItem(found.items[i], o.rubric, o.Limits, o.lang) },
		func(i int) { prog.finished(found.items[i].path) },
		func(i int, out outcome) {
			it := found.items[i]
			if out.rep == nil {
				b.Failures = append(b.Failures, report.Failure{File: it.path, Problems: out.problems})
				prog.line(it.path, o.lang.T("batch.failed"))
				return
			}
			e := report.NewEntry(out.rep)
			e.File = it.path
			b.Entries = append(b.Entries, e)
			prog.line(it.path, fmt.Sprintf("%s (%s)", o.lang.Num(o.rubric, e.Index.Rat()), o.lang.Band(e.Band)))
			if dir != nil && dirErr == nil {
				dirErr = dir.write(e.Name, out.rep)
			}
		})
	prog.clear()

	for _, f := range b.Failures {
		for _, p := range f.Problems {
			fmt.Fprintf(o.IO.ErrOut, "%s: %s\n", f.File, p)
		}
	}
	if dirErr != nil {
		return dirErr
	}
	if len(outs) > 0 {
		files := make([]pendingFile, len(outs))
		for i, out := range outs {
			files[i] = pendingFile{Path: out.path, Write: func(w io.Writer) error { return out.format.Render(w, b) }}
		}
		if err := writeAll(files, o.Force); err != nil {
			return err
		}
	} else if err := format.Render(o.IO.Out, b); err != nil {
		return err
	}
	if !o.Quiet {
		fmt.Fprintf(o.IO.ErrOut, "%s\n", fmt.Sprintf(o.lang.T("batch.counts"), len(b.Entries), len(b.Failures)))
	}
	if len(b.Failures) > 0 {
		return exitError{ExitFailure}
	}
	return nil
}

// outDir writes each OPD's own report into a folder, under a file name
// made safe from the OPD's name.
type outDir struct {
	path    string
	formats []*report.Format
	inputs  map[string]bool
	// files are the inputs as files: a path through a link to an input's
	// folder names the input although the paths differ.
	files []os.FileInfo
	used  map[string]bool
	made  bool
	force bool // files may be replaced
}

// planOutDir checks --out-dir before any work: it is a folder, or can be
// made as one, and it holds no files unless --force.
func planOutDir(path string, formats []*report.Format, inputs []string, force bool) (*outDir, error) {
	d := &outDir{path: path, formats: formats, inputs: map[string]bool{}, used: map[string]bool{}, force: force}
	for _, in := range inputs {
		if abs, err := filepath.Abs(in); err == nil {
			d.inputs[abs] = true
		}
		if st, err := os.Stat(in); err == nil {
			d.files = append(d.files, st)
		}
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && !st.IsDir():
		return nil, fmt.Errorf("write %s: it is a file, not a folder", path)
	case err == nil:
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("write %s: %s", path, describeFSError(err))
		}
		if len(entries) > 0 && !force {
			return nil, fmt.Errorf("write %s: the folder is not empty (use --force to write into it)", path)
		}
		d.made = true
	case errors.Is(err, fs.ErrNotExist):
		parent := filepath.Dir(filepath.Clean(path))
		if pst, err := os.Stat(parent); err != nil || !pst.IsDir() {
			return nil, fmt.Errorf("write %s: the folder %s does not exist", path, parent)
		}
	default:
		return nil, fmt.Errorf("write %s: %s", path, describeFSError(err))
	}
	return d, nil
}

// write writes one OPD's reports.
func (d *outDir) write(name string, rep *report.Report) error {
	if !d.made {
		if err := os.Mkdir(d.path, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("write %s: %s", d.path, describeFSError(err))
		}
		d.made = true
	}
	base := d.name(name)
	for _, f := range d.formats {
		p := filepath.Join(d.path, base+f.Extensions[0])
		if err := writeAtomic(p, d.force, func(w io.Writer) error { return f.Render(w, rep) }); err != nil {
			return err
		}
	}
	return nil
}

// name picks the file name (without extension) of an OPD's reports: its
// safe form, made unique with -2, -3, … in input order. A name is taken
// when another OPD has it (in any case, for file systems that ignore case)
// or when one of its files would be an input.
func (d *outDir) name(opd string) string {
	base := safeFileName(opd)
	cand := base
	for n := 2; d.taken(cand); n++ {
		cand = fmt.Sprintf("%s-%d", base, n)
	}
	d.used[strings.ToLower(cand)] = true
	return cand
}

func (d *outDir) taken(cand string) bool {
	if d.used[strings.ToLower(cand)] {
		return true
	}
	for _, f := range d.formats {
		p := filepath.Join(d.path, cand+f.Extensions[0])
		if abs, err := filepath.Abs(p); err == nil && d.inputs[abs] {
			return true
		}
		if st, err := os.Stat(p); err == nil {
			for _, in := range d.files {
				if os.SameFile(st, in) {
					return true
				}
			}
		}
	}
	return false
}

// maxNameBytes bounds a derived file name, well under every file system's
// limit of 255 bytes, leaving room for a suffix and an extension.
const maxNameBytes = 100

// safeFileName turns an OPD name, which comes from someone else's sheet,
// into a file name that stays in its folder on every system: no path
// separators or characters Windows forbids, no control characters, no
// leading dot or dash (no hidden files, no "..", nothing a shell reads as
// an option), no trailing dot or space, not a Windows device name, and at
// most maxNameBytes long.
func safeFileName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case strings.ContainsRune(`/\:*?"<>|`, r):
			r = '-'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	name := strings.TrimLeft(b.String(), ".- ")
	if len(name) > maxNameBytes {
		cut := maxNameBytes
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = name[:cut]
	}
	name = strings.TrimRight(name, ". ")
	if name == "" {
		return "opd"
	}
	stem := strings.ToUpper(name)
	if i := strings.IndexByte(stem, '.'); i >= 0 {
		stem = stem[:i]
	}
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		name = "_" + name
	}
	return name
}
