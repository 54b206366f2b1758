//go:build unix

package sheet

import (
	"os"
	"syscall"
)

// openSheet opens path for reading without waiting: opening a named pipe
// blocks until a writer comes, and a file a batch listed may have been
// replaced by one since. Once open, the file is looked at (readFile), and
// anything but a regular file is refused; on a regular file the flag
// changes nothing.
func openSheet(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
