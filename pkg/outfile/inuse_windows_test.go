//go:build windows

package outfile

import (
	"fmt"
	"os"
	"testing"

	"golang.org/x/sys/windows"
)

// The errors Windows gives for a workbook open in Excel are recognised,
// wrapped as os and fmt wrap them; others are not.
func TestInUse(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{&os.PathError{Op: "open", Path: "r.xlsx", Err: windows.ERROR_SHARING_VIOLATION}, true},
		{&os.LinkError{Op: "rename", Old: "t", New: "r.xlsx", Err: windows.ERROR_ACCESS_DENIED}, true},
		{fmt.Errorf("write: %w", windows.ERROR_LOCK_VIOLATION), true},
		{&os.PathError{Op: "open", Path: "r.xlsx", Err: windows.ERROR_FILE_NOT_FOUND}, false},
	} {
		if got := inUse(c.err); got != c.want {
			t.Errorf("inUse(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
