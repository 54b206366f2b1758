//go:build !unix

package safefile

import "os"

// openNonBlocking opens path read-only. Systems other than Unix have no
// named pipes in the file system that an open would wait on (Windows pipes
// live under \\.\pipe\, refused by the look before the open).
func openNonBlocking(path string) (*os.File, error) {
	return os.Open(path)
}
