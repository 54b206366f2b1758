package batch

import (
	"errors"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/safefile"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// sheetExts are the extensions of files a batch looks at in a folder. The
// answer sheets are .xlsx and .xlsm; the others are spreadsheets in the
// wrong format, which are reported with the reader's advice (save it as
// .xlsx) rather than skipped, because their owner expects them scored.

var sheetExts = map[string]bool{
	".xlsx": true, ".xlsm": true, ".xltx": true, ".xltm": true,
	".xls": true, ".xlt": true, ".xlsb": true, ".ods": true, ".ots": true, ".fods": true, ".csv": true, ".numbers": true,
}

// Item is one input of a batch: a file to score, or a failure found while
// looking for files (a link out of the folder, an unreadable folder).
type Item struct {
	Path string
	Fail error
}

// Inputs is what a batch found to do.
type Inputs struct {
	Items []Item
	// Unsearched counts subfolders not searched without --recursive.
	Unsearched int
	found      []found
}

// Paths are the inputs' paths, in order.
func (w *Inputs) Paths() []string {
	out := make([]string, len(w.Items))
	for i, it := range w.Items {
		out[i] = it.Path
	}
	return out
}

// found is an item as the walk found it.
type found struct {
	Item
	real string
	link bool
}

// FindInputs lists the batch's inputs in order: the arguments in the order
// given, each folder's files sorted by name. Hidden files and folders and
// Office's lock files (~$name.xlsx) inside folders are skipped quietly;
// links to folders are not followed, and links to files only when the file
// lies inside the folder given. A file reached twice is scored once, under
// its own name rather than a link's.
func FindInputs(args []string, recursive bool) Inputs {
	var w Inputs
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			w.add(Item{Path: arg, Fail: openFailure(err)}, arg, false)
			continue
		}
		real, err := realPath(arg)
		switch {
		case err != nil:
			w.add(Item{Path: arg, Fail: openFailure(err)}, arg, false)
		case st.IsDir():
			w.walkDir(arg, real, real, recursive)
		case !safefile.IsRegular(st.Mode()):
			w.add(Item{Path: arg, Fail: lang.Errorf("batch.not-regular-file")}, real, false)
		default:
			w.add(Item{Path: arg}, real, false)
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
		w.Items = append(w.Items, f.Item)
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
func (w *Inputs) add(it Item, real string, link bool) {
	w.found = append(w.found, found{it, real, link})
}

// walkDir adds the sheets of a folder; real is its real path, root the
// real path of the folder given on the command line. Subfolders are not
// links (those are not followed), so a file's real path is real joined
// with its name.
func (w *Inputs) walkDir(dir, real, root string, recursive bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.add(Item{Path: dir, Fail: lang.Errorf("batch.cannot-read-folder", describeFSError(err))}, real, false)
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
				w.Unsearched++
			}
		case t&fs.ModeSymlink != 0:
			if !sheetExts[ext] {
				continue // links to folders are not followed, whatever their name
			}
			st, err := os.Stat(p)
			if err != nil {
				w.add(Item{Path: p, Fail: lang.Errorf("batch.link-file-that-does")}, rp, true)
				continue
			}
			target, err := realPath(p)
			switch {
			case st.IsDir():
				continue
			case err != nil || !inside(target, root):
				w.add(Item{Path: p, Fail: lang.Errorf("batch.link-file-outside-folder")}, rp, true)
			case !safefile.IsRegular(st.Mode()):
				w.add(Item{Path: p, Fail: lang.Errorf("batch.not-regular-file-2")}, target, true)
			default:
				w.add(Item{Path: p}, target, true)
			}
		case !sheetExts[ext]:
			continue
		case !safefile.IsRegular(t):
			// A named pipe called x.xlsx would block a reader forever.
			w.add(Item{Path: p, Fail: lang.Errorf("batch.not-regular-file-3")}, rp, false)
		default:
			w.add(Item{Path: p}, rp, false)
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
		return lang.S("batch.no-such")
	case errors.Is(err, fs.ErrPermission):
		return lang.S("batch.permission")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// IsBatch tells a batch (a folder, or several arguments) from a single
// answer sheet, whose output stays as it always was.
func IsBatch(args []string) bool {
	if len(args) != 1 {
		return true
	}
	st, err := os.Stat(args[0])
	return err == nil && st.IsDir()
}

// NoneFound is the error of a batch that found no answer sheet in args,
// or nil when it found some.
func (w *Inputs) NoneFound(args []string) error {
	if len(w.Items) > 0 {
		return nil
	}
	hint := ""
	if w.Unsearched > 0 {
		hint = lang.Sprintf("batch.subfolder-not-searched-add", w.Unsearched)
	}
	return lang.Errorf("batch.score-no-answer-sheets", strings.Join(args, " "), hint)
}
