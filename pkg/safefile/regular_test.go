package safefile

import (
	"io/fs"
	"runtime"
	"testing"
)

// A OneDrive placeholder (an irregular file on Windows) is read as a file
// there; pipes, devices and folders never are, anywhere.
func TestIsRegular(t *testing.T) {
	for _, c := range []struct {
		m    fs.FileMode
		want bool
	}{
		{0o644, true},
		{fs.ModeIrregular | 0o644, runtime.GOOS == "windows"},
		{fs.ModeNamedPipe | 0o644, false},
		{fs.ModeDevice | fs.ModeCharDevice, false},
		{fs.ModeSocket, false},
		{fs.ModeDir | 0o755, false},
		{fs.ModeSymlink | 0o777, false},
	} {
		if got := IsRegular(c.m); got != c.want {
			t.Errorf("IsRegular(%v) = %v, want %v", c.m, got, c.want)
		}
	}
}
