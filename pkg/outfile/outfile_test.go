package outfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// withHook sets AfterStaging for one test.
func withHook(t *testing.T, hook func([]string)) {
	AfterStaging = hook
	t.Cleanup(func() { AfterStaging = nil })
}

// leftovers lists the files of dir other than want.
func leftovers(t *testing.T, dir string, want ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var extra []string
	for _, e := range entries {
		if !slices.Contains(want, e.Name()) {
			extra = append(extra, e.Name())
		}
	}
	return extra
}

func TestAFailedRenderLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.json")
	err := WriteAll([]File{{a, text("ok")}, {b, func(io.Writer) error { return errors.New("render failed") }}}, false)
	if err == nil || !strings.Contains(err.Error(), "write "+b+": render failed") {
		t.Fatalf("want the second file's error, got %v", err)
	}
	if extra := leftovers(t, dir); len(extra) > 0 {
		t.Errorf("left behind: %v", extra)
	}
}

// Without replace, a file created between the check and the publication
// is never overwritten: the hard link fails on the existing name.
func TestANameThatAppearedMeanwhileIsNotReplaced(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	withHook(t, func([]string) { os.WriteFile(a, []byte("theirs"), 0o644) })
	err := Write(a, false, text("ours"))
	if err == nil || !strings.Contains(err.Error(), "appeared while the report was being written") {
		t.Fatalf("got %v, want the file that appeared named", err)
	}
	if data, _ := os.ReadFile(a); string(data) != "theirs" {
		t.Errorf("a.md holds %q, want the other program's file", data)
	}
	if extra := leftovers(t, dir, "a.md"); len(extra) > 0 {
		t.Errorf("left behind: %v", extra)
	}
}

// When publishing the second file fails, the first is rolled back: a new
// file removed, a replaced file restored with its mode.
func TestASetIsRolledBackWhenTheSecondFileFails(t *testing.T) {
	for _, replace := range []bool{false, true} {
		dir := t.TempDir()
		a, b, c := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md"), filepath.Join(dir, "c.json")
		if replace {
			if err := os.WriteFile(b, []byte("old"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		// c.json becomes a folder once the files are staged: its
		// publication fails after a.md and b.md are in place.
		withHook(t, func([]string) { os.Mkdir(c, 0o755) })
		err := WriteAll([]File{{a, text("new a")}, {b, text("new b")}, {c, text("new c")}}, replace)
		if err == nil || !strings.Contains(err.Error(), "write "+c+": it is a folder") {
			t.Fatalf("replace=%v: got %v, want c.json's error", replace, err)
		}
		if _, err := os.Stat(a); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("replace=%v: a.md was left in place", replace)
		}
		want := []string{"c.json"}
		if replace {
			want = append(want, "b.md")
			if data, _ := os.ReadFile(b); string(data) != "old" {
				t.Errorf("b.md holds %q after the rollback, want its old contents", data)
			}
			if st, _ := os.Stat(b); st.Mode().Perm() != 0o600 {
				t.Errorf("b.md has mode %v after the rollback, want 0600", st.Mode().Perm())
			}
		}
		if extra := leftovers(t, dir, want...); len(extra) > 0 {
			t.Errorf("replace=%v: left behind: %v", replace, extra)
		}
	}
}

func TestAnExistingFileThatIsNotRegularIsRefusedEvenWithForce(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(filepath.Join(dir, "nowhere.md"), link); err != nil {
		t.Skip(err)
	}
	for _, p := range []string{"/dev/full", "/dev/null", link, dir} {
		if err := Check(p, nil, true); err == nil {
			t.Errorf("Check(%s, force) passed", p)
		}
		if err := Write(p, true, text("x")); err == nil {
			t.Errorf("Write(%s, replace) passed", p)
		}
	}
	if st, err := os.Lstat("/dev/full"); err != nil || st.Mode().IsRegular() {
		t.Errorf("/dev/full is now %v, %v", st, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "nowhere.md")); err == nil {
		t.Errorf("the dangling link's target was created")
	}
}

// Abort removes the temporary files of a set being written and stops it:
// the set is not published.
func TestAbortRemovesTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.json")
	if err := Write(filepath.Join(dir, "first.md"), false, text("1")); err != nil {
		t.Fatal(err)
	}
	var written, notWritten []string
	withHook(t, func([]string) { written, notWritten = Abort() })
	t.Cleanup(func() { state.Lock(); state.aborted = false; state.written = nil; state.Unlock() })
	err := WriteAll([]File{{a, text("a")}, {b, text("b")}}, false)
	if !errors.Is(err, ErrAborted) {
		t.Fatalf("got %v, want ErrAborted", err)
	}
	slices.Sort(notWritten)
	if !slices.Contains(written, filepath.Join(dir, "first.md")) || !slices.Equal(notWritten, []string{a, b}) {
		t.Errorf("Abort reported written %v, not written %v", written, notWritten)
	}
	if extra := leftovers(t, dir, "first.md"); len(extra) > 0 {
		t.Errorf("left behind: %v", extra)
	}
}

// Check makes the temporary file of the output it checks, and the write
// takes it: one file is made, not a probe and then the file. A checked
// output that is never written has its temporary file removed by
// Release.
func TestCheckMakesTheFileTheWriteTakes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.md")
	if err := Check(path, nil, false); err != nil {
		t.Fatal(err)
	}
	made := leftovers(t, dir)
	if len(made) != 1 || !strings.HasPrefix(made[0], ".r.md.tmp-") {
		t.Fatalf("after Check: %v, want one temporary file of r.md", made)
	}
	before, err := os.Stat(filepath.Join(dir, made[0]))
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(path, false, text("isi")); err != nil {
		t.Fatal(err)
	}
	if extra := leftovers(t, dir, "r.md"); len(extra) > 0 {
		t.Errorf("after Write: left %v", extra)
	}
	after, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) {
		t.Error("r.md is not the file Check made")
	}

	other := filepath.Join(dir, "s.md")
	if err := Check(other, nil, false); err != nil {
		t.Fatal(err)
	}
	Release()
	if extra := leftovers(t, dir, "r.md"); len(extra) > 0 {
		t.Errorf("after Release: left %v", extra)
	}
	// Released, the output is still written, in a file made for it.
	if err := Write(other, false, text("isi")); err != nil {
		t.Fatal(err)
	}
	if extra := leftovers(t, dir, "r.md", "s.md"); len(extra) > 0 {
		t.Errorf("after writing a released output: left %v", extra)
	}
}

// A renderer writes in small pieces; they reach the file through a
// buffer, not as a system call each (an HTML report made 6,283 of them),
// and all of them reach it.
func TestWritesAreBuffered(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.html")
	var want strings.Builder
	err := Write(path, false, func(w io.Writer) error {
		if _, ok := w.(*os.File); ok {
			t.Error("the renderer writes to the file itself")
		}
		for i := range 20000 {
			piece := strings.Repeat("x", i%7) + "\n"
			want.WriteString(piece)
			if _, err := io.WriteString(w, piece); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want.String() {
		t.Errorf("r.html holds %d bytes, want %d", len(got), want.Len())
	}
}
