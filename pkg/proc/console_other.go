//go:build !windows

package proc

import "os"

// enableVT reports whether f can show the progress bar's escape sequences;
// terminals outside Windows always can.
func enableVT(*os.File) bool { return true }

// ownConsole is only ever true on Windows (see console_windows.go).
func ownConsole() bool { return false }
