//go:build unix

package sheet_test

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/spbe-id/spbe/pkg/sheet"
)

// A named pipe where a batch listed a file (Options.Regular: the reader
// does not look before opening) is opened without waiting for a writer
// and refused, rather than blocking the batch for ever.
func TestAPipeInAListedFilesPlaceIsRefusedAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "opd.xlsx")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := sheet.ReadFile(path, spbe2020(t), sheet.Options{Regular: true})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not a regular file") && !strings.Contains(err.Error(), "bukan berkas biasa") {
			t.Errorf("got %v, want the pipe refused as not a regular file", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("opening the pipe is still waiting after 10 s")
	}
}
