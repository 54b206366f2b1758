//go:build windows

package outfile

import (
	"errors"

	"golang.org/x/sys/windows"
)

// inUse reports whether err says the file is open in another program:
// Excel keeps a workbook it shows open without sharing, so Windows refuses
// both opening it for writing (a sharing violation) and renaming a report
// over it (access denied).
func inUse(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION) ||
		errors.Is(err, windows.ERROR_ACCESS_DENIED)
}
