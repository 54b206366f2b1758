package safefile

import (
	"io/fs"
	"runtime"
)

// IsRegular reports whether a file of mode m may be read as a file: a
// regular file, or, on Windows, a file behind a reparse point that is not
// a link (fs.ModeIrregular), which is what a OneDrive "files on demand"
// placeholder is until it is opened; opening it fetches its contents. A
// pipe, a device, a socket or a folder never is.
func IsRegular(m fs.FileMode) bool {
	return m.IsRegular() || runtime.GOOS == "windows" && m.Type() == fs.ModeIrregular
}
