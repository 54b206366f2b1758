package batch

import (
	"errors"
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/outfile"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// OutDir names the files of each OPD's own reports in the --out-dir
// folder, safe from the OPD's name and unique, and makes the folder when
// the first report is written.
type OutDir struct {
	path   string
	exts   []string
	inputs map[string]bool
	// files are the inputs as files: a path through a link to an input's
	// folder names the input although the paths differ.
	files []os.FileInfo
	used  map[string]bool
	made  bool
	// reserved are the files -o writes (absolute, in lower case): an
	// OPD's report never takes one of their names.
	reserved map[string]bool
}

// Reserve keeps the names of paths (the consolidated reports of -o) from
// the OPDs' reports: "-o 'out/Dinas Kesehatan.md' --out-dir out" writes
// Dinas Kesehatan's own report as "Dinas Kesehatan-2.md". Names are
// compared without case, for file systems that ignore it.
func (d *OutDir) Reserve(paths ...string) {
	if d.reserved == nil {
		d.reserved = map[string]bool{}
	}
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			d.reserved[strings.ToLower(abs)] = true
		}
	}
}

// PlanOutDir checks --out-dir before any work: it is a folder, or can be
// made as one, and it holds no files unless --force. exts are the
// extensions of the files written for each OPD, one per format.
func PlanOutDir(path string, exts []string, inputs []string, force bool) (*OutDir, error) {
	d := &OutDir{path: path, exts: exts, inputs: map[string]bool{}, used: map[string]bool{}}
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
		return nil, lang.Errorf("batch.write-it-file-not", path)
	case err == nil:
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, lang.Errorf("batch.write-cause", path, describeFSError(err))
		}
		// The temporary files of the -o reports checked before are
		// this run's own: the folder is empty without them.
		entries = slices.DeleteFunc(entries, func(e fs.DirEntry) bool {
			return outfile.OwnTemp(filepath.Join(path, e.Name()))
		})
		if len(entries) > 0 && !force {
			return nil, lang.Errorf("batch.write-folder-not-empty", path)
		}
		d.made = true
	case errors.Is(err, fs.ErrNotExist):
		parent := filepath.Dir(filepath.Clean(path))
		if pst, err := os.Stat(parent); err != nil || !pst.IsDir() {
			return nil, lang.Errorf("batch.write-folder-does-not", path, parent)
		}
	default:
		return nil, lang.Errorf("batch.write-cause", path, describeFSError(err))
	}
	return d, nil
}

// Files makes the folder if it is not there yet and returns the paths of
// one OPD's reports, one per extension, in the order of the extensions.
func (d *OutDir) Files(opd string) ([]string, error) {
	if !d.made {
		if err := os.Mkdir(d.path, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, lang.Errorf("batch.write-cause", d.path, describeFSError(err))
		}
		d.made = true
	}
	base := d.name(opd)
	var out []string
	for _, ext := range d.exts {
		out = append(out, filepath.Join(d.path, base+ext))
	}
	return out, nil
}

// name picks the file name (without extension) of an OPD's reports: its
// safe form, made unique with -2, -3, … in input order. A name is taken
// when another OPD has it (in any case, for file systems that ignore case)
// or when one of its files would be an input.
func (d *OutDir) name(opd string) string {
	base := safeFileName(opd)
	cand := base
	for n := 2; d.taken(cand); n++ {
		cand = fmt.Sprintf("%s-%d", base, n)
	}
	d.used[strings.ToLower(cand)] = true
	return cand
}

func (d *OutDir) taken(cand string) bool {
	if d.used[strings.ToLower(cand)] {
		return true
	}
	for _, ext := range d.exts {
		p := filepath.Join(d.path, cand+ext)
		if abs, err := filepath.Abs(p); err == nil && (d.inputs[abs] || d.reserved[strings.ToLower(abs)]) {
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
