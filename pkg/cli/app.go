// Package cli is the spbe command line, and only that: the root command,
// the evaluator's commands (score, template, explain, plan, compare,
// inspect, trend, check, version) with their flags, calling the layers
// that do the work (evaluate, batch, doc's builders), choosing the
// renderer (pkg/render), the help in the run's language, and exit codes.
// Every command has an options struct holding its streams and flag
// values, and a run function; exit codes are decided in one place, Run.
// The rubric maintainer's commands (spbe rubric) are a package of their
// own, pkg/cli/rubriccmd, and what the command groups share is in
// pkg/cli/cmdutil. Its words are in pkg/cli/clitext; what spbe does as a
// process around the command line (the console, Explorer, the slips of a
// command line, signals) is in pkg/proc.
//
// cli may import every package of spbe; none imports it but cmd/spbe
// and the tests.
package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	spbelang "github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/proc"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// Exit codes, documented in the README (see package proc).
const (
	ExitOK          = proc.ExitOK
	ExitFailure     = proc.ExitFailure
	ExitUsage       = proc.ExitUsage
	ExitInterrupted = proc.ExitInterrupted
)

// Version is the version of spbe, set at build time with
// -ldflags "-X github.com/spbe-id/spbe/pkg/cli.Version=v1.2.3".
var Version = ""

// version is computed once: a batch asks for it once per sheet, and
// debug.ReadBuildInfo parses the whole build information on every call.
var version = sync.OnceValue(func() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
})

// IOStreams are the streams a command reads and writes (proc.Streams).
type IOStreams = cmdutil.IOStreams

// Main runs spbe with the process's arguments and streams and returns the
// exit code.
func Main() int {
	defer proc.HandleInterrupts(&spbelang.SafeWriter{W: os.Stderr})()
	s := IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, ErrTerminal: proc.ProgressTerminal(os.Stderr)}
	if proc.FromExplorer() {
		isCmd := func(name string) bool { return isCommand(newRootCmd(s, ""), name) }
		return proc.Explorer(s, os.Args[1:], isCmd, Run)
	}
	// Standard output is written once, at the end: the renderers write
	// a summary in dozens of small pieces, each a system call (and on a
	// Windows console a slow one). No command writes its output before it
	// is complete, so nothing is shown later than before. (Explorer's
	// run, above, waits for Enter: it writes as it goes.)
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	s.Out = out
	return flushOut(out, Run(s, os.Args[1:]), &spbelang.SafeWriter{W: os.Stderr})
}

// flushOut writes out what the run left in the output's buffer, and turns
// a failure to do so into a message and a failed run.
func flushOut(out *bufio.Writer, code int, errOut io.Writer) int {
	if err := out.Flush(); err != nil {
		fmt.Fprintf(errOut, "spbe: %s\n", spbelang.Sprintf("cli.stdout-write", err))
		if code == ExitOK {
			code = ExitFailure
		}
	}
	return code
}

// Run runs spbe with args and returns the exit code. It is the one place
// where errors become exit codes.
func Run(s IOStreams, args []string) int {
	// The temporary files the output checks made and no write took (the
	// run failed after its checks) are removed however the run ends.
	defer outfile.Release()
	// Messages quote sheet names, cells and file names: escape the
	// control and bidi characters in them (see lang.SafeWriter).
	s.ErrOut = &spbelang.SafeWriter{W: s.ErrOut}
	// One language per run: every message, problem and help text of this
	// run is said in it.
	spbelang.SetUI(proc.UILang(args))
	cmd := newRootCmd(s, calledCommand(args))
	args, err := proc.FixSlips(args, func(name string) bool { return isCommand(cmd, name) })
	if err != nil {
		fmt.Fprintf(s.ErrOut, "spbe: %v\n", err)
		fmt.Fprintln(s.ErrOut, spbelang.Sprintf("cli.run-help", "spbe --help"))
		return ExitUsage
	}
	cmd.SetArgs(args)
	c, err := cmd.ExecuteC()
	if err == nil {
		return ExitOK
	}
	if outfile.Aborted() {
		// Cut short by Ctrl-C or SIGTERM: the signal handler says what
		// was written and exits.
		return ExitInterrupted
	}
	var ee cmdutil.ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	var ue cmdutil.UsageError
	var oe *outfile.UsageError
	// Cobra reports an unknown subcommand of the root with a plain error
	// of its own (legacyArgs), not through the flag-error hook.
	if errors.As(err, &ue) || errors.As(err, &oe) || strings.HasPrefix(err.Error(), "unknown command ") {
		fmt.Fprintf(s.ErrOut, "spbe: %v\n", cobraWords(err))
		// Point to the help of the command that was called, where it is
		// known.
		help := "spbe --help"
		if c != nil && c != cmd {
			help = c.CommandPath() + " --help"
		}
		fmt.Fprintln(s.ErrOut, spbelang.Sprintf("cli.run-help", help))
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

func isCommand(root *cobra.Command, name string) bool {
	switch name {
	case "help", "completion", cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd:
		return true
	}
	for _, c := range root.Commands() {
		if c.Name() == name || c.HasAlias(name) {
			return true
		}
	}
	return false
}
