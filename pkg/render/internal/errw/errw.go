// Package errw is the writer the text and Markdown renderers write
// through: it keeps the first write error, so a renderer can write freely
// and check once at the end. It imports only the standard library.
package errw

import (
	"fmt"
	"io"
)

// Writer writes to W until a write fails, then keeps that error in Err and
// writes nothing more.
type Writer struct {
	W   io.Writer
	Err error
}

// New returns a Writer writing to w.
func New(w io.Writer) *Writer { return &Writer{W: w} }

// Write writes p unless an earlier write failed, and keeps the first error.
func (e *Writer) Write(p []byte) (int, error) {
	if e.Err != nil {
		return 0, e.Err
	}
	n, err := e.W.Write(p)
	e.Err = err
	return n, err
}

// Printf writes a formatted string (see Write).
func (e *Writer) Printf(format string, args ...any) {
	fmt.Fprintf(e, format, args...)
}
