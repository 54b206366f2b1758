//go:build unix

package outfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A new file gets the process umask's permissions; a replaced file keeps
// its own.
func TestFileModes(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	if err := Write(a, false, text("a")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(a); st.Mode().Perm() != 0o640 {
		t.Errorf("a new file under umask 027 has mode %v, want 0640", st.Mode().Perm())
	}
	if err := os.WriteFile(b, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(b, true, text("new")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(b); st.Mode().Perm() != 0o600 {
		t.Errorf("a replaced 0600 file has mode %v", st.Mode().Perm())
	}
}
