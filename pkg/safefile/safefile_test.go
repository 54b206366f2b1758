//go:build unix

package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestOpenRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	reg := filepath.Join(dir, "file.yaml")
	if err := os.WriteFile(reg, []byte("abc"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, path string
		want       error
	}{
		{"a named pipe is refused without waiting for a writer", fifo, ErrNotRegular},
		{"a character device is refused", "/dev/zero", ErrNotRegular},
		{"a folder is refused", dir, ErrFolder},
		{"a regular file is read", reg, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := ReadFile(c.path, 10)
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, c.want) && !(c.want == nil && err == nil) {
					t.Fatalf("ReadFile(%s) = %v, want %v", c.path, err, c.want)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("ReadFile(%s) blocked", c.path)
			}
		})
	}
}

func TestReadFileRefusesAFileOverTheLimit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big")
	if err := os.WriteFile(p, make([]byte, 11), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(p, 10); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if data, err := ReadFile(p, 1<<63-1); err != nil || len(data) != 11 {
		t.Fatalf("with the largest limit: %d bytes, %v", len(data), err)
	}
}
