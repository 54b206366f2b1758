//go:build !windows

package outfile

// inUse is only ever true on Windows, where a file open in a program such
// as Excel cannot be replaced (see inuse_windows.go); elsewhere a report
// may replace a file that is open.
func inUse(error) bool { return false }
