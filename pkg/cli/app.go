// Package cli is the spbe command line: it wires the rubric, the sheet
// reader, the engine and the report writers together behind cobra
// commands. Every command has an options struct holding its streams and
// flag values, and a run function that does the work; exit codes are
// decided in one place, Run.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// Exit codes, documented in the README.
const (
	ExitOK      = 0 // everything worked
	ExitFailure = 1 // an input could not be scored, a check found differences, a rubric is invalid
	ExitUsage   = 2 // the command line is wrong
)

// Version is the version of spbe, set at build time with
// -ldflags "-X github.com/spbe-id/spbe/pkg/cli.Version=v1.2.3".
var Version = ""

func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// IOStreams are the streams a command reads and writes; nothing under pkg/
// touches os.Stdout directly.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// ErrTerminal reports whether ErrOut is a terminal (for progress).
	ErrTerminal bool
}

// usageError marks an error in how the command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// exitError carries an exit code for an outcome whose message was already
// printed (a batch where some files failed, a check with differences).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// Main runs spbe with the process's arguments and streams and returns the
// exit code.
func Main() int {
	defer handleInterrupts(os.Stderr)()
	return Run(IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, ErrTerminal: isTerminal(os.Stderr)}, os.Args[1:])
}

// Run runs spbe with args and returns the exit code. It is the one place
// where errors become exit codes.
func Run(s IOStreams, args []string) int {
	cmd := newRootCmd(s)
	cmd.SetArgs(args)
	err := cmd.Execute()
	if err == nil {
		return ExitOK
	}
	if outfile.Aborted() {
		// Cut short by Ctrl-C or SIGTERM: the signal handler says what
		// was written and exits.
		return ExitInterrupted
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var ue usageError
	// Cobra reports an unknown subcommand of the root with a plain error
	// of its own (legacyArgs), not through the flag-error hook.
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command ") {
		fmt.Fprintf(s.ErrOut, "spbe: %v\n", err)
		fmt.Fprintf(s.ErrOut, "Run 'spbe --help' for usage.\n")
		return ExitUsage
	}
	var se *sheet.Error
	var re *rubric.Error
	if errors.As(err, &se) || errors.As(err, &re) {
		fmt.Fprintln(s.ErrOut, err)
		return ExitFailure
	}
	fmt.Fprintf(s.ErrOut, "spbe: %v\n", err)
	return ExitFailure
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// cobraArgs wraps a cobra argument validator so its errors are usage
// errors.
func cobraArgs(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := v(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}
