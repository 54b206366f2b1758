// Package safefile opens the files a user names (a rubric, a golden file, a
// JSON result) only when they are regular files, so that a named pipe, a
// device or a socket given by mistake or malice is refused at once instead
// of blocking the program or feeding it without end.
package safefile

import (
	"fmt"
	"io"
	"os"
)

// ErrNotRegular is returned, wrapped, for a path that names a pipe, a
// device or a socket.
var ErrNotRegular error = sayError("is not a regular file (a pipe, a device or a socket)")

// ErrFolder is returned, wrapped, for a path that names a folder.
var ErrFolder error = sayError("is a folder, not a file")

// ErrTooLarge is returned, wrapped, by ReadFile for a file over its limit.
var ErrTooLarge error = sayError("the file is larger than the limit")

// Say words these errors in the run's language; pkg/lang, which this
// package cannot import, sets it.
var Say = func(en string) string { return en }

// sayError is an error worded by Say when it is printed.
type sayError string

func (e sayError) Error() string { return Say(string(e)) }

// Open opens path for reading when it is a regular file. It looks before
// opening, since opening a pipe waits for a writer and opening a device can
// have effects of its own; it opens without blocking where the system
// allows, so a pipe put in the file's place between the look and the open
// is still refused; and it looks again at what was opened.
func Open(path string) (*os.File, error) {
	if st, err := os.Stat(path); err == nil {
		if err := regular(st); err != nil {
			return nil, err
		}
	}
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := regular(st); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func regular(st os.FileInfo) error {
	switch {
	case st.IsDir():
		return ErrFolder
	case !IsRegular(st.Mode()):
		return ErrNotRegular
	}
	return nil
}

// ReadFile reads the regular file at path, refusing one larger than max
// bytes with an error wrapping ErrTooLarge. It reads at most max+1 bytes
// whatever the file claims, so a file that grows while read cannot make it
// read without end.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if max < 0 || max == 1<<63-1 {
		max = 1<<63 - 2
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w of %d bytes", ErrTooLarge, max)
	}
	return data, nil
}
