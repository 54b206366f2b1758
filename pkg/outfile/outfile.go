// Package outfile writes the files spbe produces (reports, goldens,
// templates) so that a reader never sees half a file and a run never
// clobbers what it was not told to:
//
//   - every file is written in full to a temporary file beside its target
//     (".NAME.tmp-XXXXXXXX"), created with the process umask;
//   - only when every file of a set is complete are they published, under
//     one lock that an interruption waits for;
//   - without replace, a file is published by a hard link from its
//     temporary file, which fails if the name appeared meanwhile; where the
//     file system has no hard links (FAT, exFAT, some network shares) the
//     name is looked up just before a rename instead, which leaves a window
//     of a few microseconds in which a file created by another program
//     would be replaced;
//   - with replace, an existing regular file is replaced and keeps its
//     permission bits; a path that exists and is not a regular file (a
//     device, a pipe, a link, a folder) is refused either way;
//   - when publishing the second file of a set fails, the first is rolled
//     back: a file that was new is removed, a file that was replaced is
//     restored from a hard link to its old contents, made before it was
//     replaced. Where hard links are missing the old contents cannot be kept,
//     and the error names the files already replaced;
//   - Abort, called when the process is interrupted, removes every
//     temporary file and tells what was and was not published.
package outfile

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

// File is one file of a set written together: its path, and the function
// that writes its contents.
type File struct {
	Path  string
	Write func(io.Writer) error
}

// AfterStaging, when set, is called once every temporary file of a set is
// complete and before any is published. It exists for tests of
// interruptions and races; it is nil in spbe.
var AfterStaging func(paths []string)

// ErrAborted is returned by a write that starts after Abort.
var ErrAborted = lang.Errorf("outfile.run-was-interrupted")

// state is the process-wide record of temporary files and published
// files, which Abort needs: a signal can arrive at any moment.
var state struct {
	sync.Mutex
	temps   map[string]*os.File // live temporary files, open or closed (nil)
	targets map[string]string   // the target of each live temporary file
	// reserved maps a target Check found writable to the temporary file
	// it made to find that out, which stage then writes: making a file
	// is the slowest step of writing one on some file systems (1 ms on
	// an ext4 disk, a tenth of scoring a sheet and writing its report),
	// and making one only to remove it and make another cost it twice.
	reserved map[string]string
	written  []string // files published by this process, in order
	aborted  bool
}

// Check checks, before any work is done, that path can be written: it is
// not a folder or another file that is not a regular file, not one of the
// inputs, not an existing file unless force, and its folder exists and
// takes a new file. The new file it makes there is the temporary file a
// later Write or WriteAll of path writes: a caller that may not write
// path calls Release before it ends (cli.Run does).
func Check(path string, inputs []string, force bool) error {
	st, err := os.Lstat(path)
	switch {
	case err == nil:
		if err := regularTarget(path, st); err != nil {
			return err
		}
		for _, in := range inputs {
			if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
				return lang.Errorf("outfile.write-refusing-write-over", path)
			}
		}
		if !force {
			return lang.Errorf("outfile.write-file-exists-use", path)
		}
		// A report open in Excel cannot be replaced on Windows: say so
		// before the work rather than after it. Opening for writing
		// without truncating changes nothing.
		if f, err := os.OpenFile(path, os.O_WRONLY, 0); err != nil {
			if inUse(err) {
				return lang.Errorf("outfile.in-use", path)
			}
		} else {
			f.Close()
		}
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("write %s: %v", path, err)
	}
	dir := filepath.Dir(path)
	dst, err := os.Stat(dir)
	if err != nil || !dst.IsDir() {
		return lang.Errorf("outfile.write-folder-does-not", path, dir)
	}
	// The folder takes a new file when the temporary file the report
	// will be written to can be made in it: it is made now and kept for
	// the write (see state.reserved). Release removes it when no write
	// comes.
	tmp, err := createTemp(path)
	if err != nil {
		// The temporary file's name is 18 bytes longer than the
		// report's: a name the folder takes may be too long for it,
		// which is not the folder's fault.
		if errors.Is(err, syscall.ENAMETOOLONG) {
			return lang.Errorf("outfile.write-name-too-long", path)
		}
		return lang.Errorf("outfile.write-folder-not-writable", path, dir)
	}
	state.Lock()
	defer state.Unlock()
	if old, ok := state.reserved[path]; ok {
		removeTemp(old) // checked twice: one is enough
	}
	if state.reserved == nil {
		state.reserved = map[string]string{}
	}
	state.reserved[path] = tmp.Name()
	return nil
}

// takeReserved returns the temporary file Check made for path, open and
// empty, or nil.
func takeReserved(path string) *os.File {
	state.Lock()
	defer state.Unlock()
	name, ok := state.reserved[path]
	if !ok {
		return nil
	}
	delete(state.reserved, path)
	if f := state.temps[name]; f != nil {
		return f
	}
	removeTemp(name) // no longer open (an abort closed it)
	return nil
}

// OwnTemp reports whether path names a temporary file of this process
// (one a check made for an output, say), which a caller that wants a
// folder empty does not count. The file is compared, not its name: the
// folder may be spelled otherwise than in the -o path (absolute, through
// a link).
func OwnTemp(path string) bool {
	state.Lock()
	defer state.Unlock()
	for name := range state.temps {
		if filepath.Base(name) != filepath.Base(path) {
			continue // most files are not: no look at them
		}
		st, err1 := os.Lstat(path)
		tst, err2 := os.Lstat(name)
		if err1 == nil && err2 == nil && os.SameFile(st, tst) {
			return true
		}
	}
	return false
}

// Release removes the temporary files Check made that no write has
// taken: a run that fails after its checks leaves none behind. A run
// calls it once its work is done.
func Release() {
	state.Lock()
	defer state.Unlock()
	for _, name := range state.reserved {
		removeTemp(name)
	}
	clear(state.reserved)
}

// regularTarget refuses an existing path that is not a regular file:
// replacing a device node, a pipe or a link with a report is never what
// was meant, even with --force.
func regularTarget(path string, st fs.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return lang.Errorf("outfile.write-it-folder", path)
	case m&fs.ModeSymlink != 0:
		return lang.Errorf("outfile.write-it-symbolic-link", path)
	}
	return lang.Errorf("outfile.write-it-not-regular", path)
}

// Write writes one file; see WriteAll.
func Write(path string, replace bool, write func(io.Writer) error) error {
	return WriteAll([]File{{path, write}}, replace)
}

// WriteAll writes a set of files all or nothing. Every file is first
// written in full to a temporary file beside its target; then all are
// published. Without replace, a target that exists when it is published
// is an error; with replace, an existing regular file is replaced. On any
// error no temporary file is left, and the files of the set already
// published are rolled back (see the package comment for the limits).
func WriteAll(files []File, replace bool) error {
	var tmps []string
	defer func() {
		for _, t := range tmps {
			discard(t)
		}
	}()
	for _, f := range files {
		tmp, err := stage(f.Path, f.Write)
		if err != nil {
			return err
		}
		tmps = append(tmps, tmp)
	}
	if AfterStaging != nil {
		paths := make([]string, len(files))
		for i, f := range files {
			paths[i] = f.Path
		}
		AfterStaging(paths)
	}
	state.Lock()
	defer state.Unlock()
	if state.aborted {
		return ErrAborted
	}
	var done []published
	for i, f := range files {
		// The last file of the set needs no copy of what it replaces:
		// no file after it can fail and have it rolled back.
		p, err := publish(tmps[i], f.Path, replace, i < len(files)-1)
		if err != nil {
			return rollback(done, err)
		}
		done = append(done, p)
	}
	for i, p := range done {
		if p.backup != "" {
			os.Remove(p.backup)
		}
		state.written = append(state.written, files[i].Path)
	}
	return nil
}

// published is one file of a set put in place: new, or replacing a file
// whose old contents are kept under backup ("" when they could not be).
type published struct {
	path     string
	created  bool
	backup   string
	replaced bool
}

// publish puts the complete temporary file tmp in place at path. It runs
// under the state lock. With keepOld, a file it replaces is kept under a
// hard link (published.backup) for rollback to restore.
func publish(tmp, path string, replace, keepOld bool) (published, error) {
	st, err := os.Lstat(path)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return published{}, fmt.Errorf("write %s: %v", path, err)
	}
	if exists {
		if err := regularTarget(path, st); err != nil {
			return published{}, err
		}
		if !replace {
			return published{}, lang.Errorf("outfile.write-file-appeared-while", path)
		}
		// The old file's permission bits carry over to its replacement.
		if err := os.Chmod(tmp, st.Mode().Perm()); err != nil {
			return published{}, fmt.Errorf("write %s: %v", path, err)
		}
		p := published{path: path, replaced: true}
		if keepOld {
			if b, err := tempName(path, "old"); err == nil && os.Link(path, b) == nil {
				p.backup = b
			}
		}
		if err := os.Rename(tmp, path); err != nil {
			if p.backup != "" {
				os.Remove(p.backup)
			}
			if inUse(err) {
				return published{}, lang.Errorf("outfile.in-use", path)
			}
			return published{}, fmt.Errorf("write %s: %v", path, err)
		}
		forget(tmp)
		return p, nil
	}
	// A hard link fails on an existing name, so a file created since the
	// look above is never replaced.
	err = os.Link(tmp, path)
	switch {
	case err == nil:
		removeTemp(tmp)
		return published{path: path, created: true}, nil
	case errors.Is(err, fs.ErrExist):
		if replace {
			return publish(tmp, path, replace, keepOld)
		}
		return published{}, lang.Errorf("outfile.write-file-appeared-while-2", path)
	}
	// No hard links here: look, then rename (see the package comment).
	if _, err := os.Lstat(path); err == nil {
		return publish(tmp, path, replace, keepOld)
	}
	if err := os.Rename(tmp, path); err != nil {
		return published{}, fmt.Errorf("write %s: %v", path, err)
	}
	forget(tmp)
	return published{path: path, created: true}, nil
}

// rollback undoes the files of a set already published, newest first, and
// returns cause with what could not be undone.
func rollback(done []published, cause error) error {
	var kept []string
	for i := len(done) - 1; i >= 0; i-- {
		p := done[i]
		switch {
		case p.created:
			os.Remove(p.path)
		case p.backup != "":
			if os.Rename(p.backup, p.path) != nil {
				kept = append(kept, p.path)
				os.Remove(p.backup)
			}
		default:
			kept = append(kept, p.path)
		}
	}
	if len(kept) > 0 {
		return lang.Errorf("outfile.already-replaced-and-could", cause, strings.Join(kept, ", "))
	}
	return cause
}

// stage writes a complete temporary file beside path and returns its name.
func stage(path string, write func(io.Writer) error) (name string, err error) {
	tmp := takeReserved(path)
	if tmp == nil {
		if tmp, err = createTemp(path); err != nil {
			return "", lang.Errorf("outfile.write", path, err)
		}
	}
	defer func() {
		if err != nil {
			discard(tmp.Name())
		}
	}()
	// Renderers write in small pieces (an HTML report in six thousand),
	// and each write to a file is a system call that may also update
	// the file's size on disk: they go through a buffer.
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = write(bw); err != nil {
		return "", lang.Errorf("outfile.write", path, err)
	}
	if err = bw.Flush(); err != nil {
		return "", lang.Errorf("outfile.write", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return "", lang.Errorf("outfile.write", path, err)
	}
	if err = tmp.Close(); err != nil {
		return "", lang.Errorf("outfile.write", path, err)
	}
	state.Lock()
	if _, ok := state.temps[tmp.Name()]; ok {
		state.temps[tmp.Name()] = nil // closed: Abort need only remove it
	}
	state.Unlock()
	return tmp.Name(), nil
}

// createTemp creates a new temporary file beside path, recorded for Abort.
// It is created with mode 0666 so the process umask decides its
// permissions, as for any file a program creates.
func createTemp(path string) (*os.File, error) {
	for range 100 {
		name, err := tempName(path, "tmp")
		if err != nil {
			return nil, err
		}
		state.Lock()
		if state.aborted {
			state.Unlock()
			return nil, ErrAborted
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil {
			if state.temps == nil {
				state.temps, state.targets = map[string]*os.File{}, map[string]string{}
			}
			state.temps[name] = f
			state.targets[name] = path
		}
		state.Unlock()
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, lang.Errorf("outfile.could-not-create-temporary")
}

// tempName is a fresh name ".BASE.KIND-XXXXXXXXXXXX" in path's folder.
func tempName(path, kind string) (string, error) {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+"."+kind+"-"+hex.EncodeToString(b[:])), nil
}

// discard removes a temporary file and forgets it.
func discard(name string) {
	state.Lock()
	defer state.Unlock()
	removeTemp(name)
}

// removeTemp is discard under the state lock.
func removeTemp(name string) {
	if f, ok := state.temps[name]; ok {
		if f != nil {
			f.Close()
		}
		os.Remove(name)
		delete(state.temps, name)
		delete(state.targets, name)
	}
}

// forget forgets a temporary file that was renamed into place. It runs
// under the state lock.
func forget(name string) {
	delete(state.temps, name)
	delete(state.targets, name)
}

// Aborted reports whether Abort was called: an error of a write it cut
// short is then no news, as the interruption is reported instead.
func Aborted() bool {
	state.Lock()
	defer state.Unlock()
	return state.aborted
}

// Abort removes every temporary file of the process and stops any later
// write, waiting for a set being published to finish first, so a set is
// never left half published. It returns the files published so far and
// the targets whose temporary files it removed. It is meant for a signal
// handler, just before the process exits.
func Abort() (written, notWritten []string) {
	state.Lock()
	defer state.Unlock()
	state.aborted = true
	for name, f := range state.temps {
		if f != nil {
			f.Close() // Windows cannot remove an open file
		}
		os.Remove(name)
		notWritten = append(notWritten, state.targets[name])
	}
	clear(state.temps)
	clear(state.targets)
	clear(state.reserved)
	return append([]string(nil), state.written...), notWritten
}
