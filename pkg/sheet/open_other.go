//go:build !unix

package sheet

import "os"

// openSheet opens path for reading. Windows has no named pipes among
// files to wait on.
func openSheet(path string) (*os.File, error) {
	return os.Open(path)
}
