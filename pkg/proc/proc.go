// Package proc is what spbe does as a process, around the command line
// rather than in it: the exit codes, the streams and whether stderr can
// show a progress bar (a Windows console must be switched to it), the
// run started from Explorer (spbe.exe double-clicked, or sheets dropped
// on it), the slips of a command line forgiven before cobra sees it, and
// Ctrl-C and SIGTERM.
//
// proc may import pkg/lang and pkg/outfile; never cobra, a renderer, the
// reader or the engine. pkg/cli runs the commands and passes them in as
// functions.
package proc

import (
	"io"
	"os"
)

// Exit codes, documented in the README.
const (
	ExitOK      = 0 // everything worked
	ExitFailure = 1 // an input could not be scored, a check found differences, a rubric is invalid
	ExitUsage   = 2 // the command line is wrong
	// An interrupted run exits as a shell reports a process killed by
	// the signal: 128 + SIGINT (Ctrl-C) or SIGTERM.
	ExitInterrupted = 130
	ExitTerminated  = 143
)

// Streams are the streams a command reads and writes; nothing under pkg/
// touches os.Stdout directly.
type Streams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// ErrTerminal reports whether ErrOut is a terminal (for progress).
	ErrTerminal bool
}

// ProgressTerminal reports whether f is a terminal that can redraw the
// progress bar. A Windows console shows the bar only with
// virtual-terminal processing on; where it cannot be, the bar gives way
// to plain lines.
func ProgressTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0 && enableVT(f)
}
