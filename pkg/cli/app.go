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
	"sync"

	"github.com/spf13/cobra"

	spbelang "github.com/spbe-id/spbe/pkg/lang"
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

// usagef is a usage error said from the catalogue key.
func usagef(key string, args ...any) error {
	return usageError{spbelang.Errorf(key, args...)}
}

// exitError carries an exit code for an outcome whose message was already
// printed (a batch where some files failed, a check with differences).
type exitError struct{ code int }

func (e exitError) Error() string { return spbelang.Sprintf("cli.exit-status", e.code) }

// Main runs spbe with the process's arguments and streams and returns the
// exit code.
func Main() int {
	defer handleInterrupts(&spbelang.SafeWriter{W: os.Stderr})()
	// A Windows console shows the progress bar only with virtual-terminal
	// processing on; where it cannot be, the bar gives way to plain lines.
	s := IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, ErrTerminal: isTerminal(os.Stderr) && enableVT(os.Stderr)}
	if ownConsole() || os.Getenv(explorerEnv) == "1" {
		return runExplorer(s, os.Args[1:])
	}
	return Run(s, os.Args[1:])
}

// Run runs spbe with args and returns the exit code. It is the one place
// where errors become exit codes.
func Run(s IOStreams, args []string) int {
	// Messages quote sheet names, cells and file names: escape the
	// control and bidi characters in them (see lang.SafeWriter).
	s.ErrOut = &spbelang.SafeWriter{W: s.ErrOut}
	lang := uiLang(args)
	// One language per run: every message, problem and help text of this
	// run is said in it.
	spbelang.SetUI(spbelang.Lang(lang))
	cmd := newRootCmd(s, calledCommand(args))
	args, err := fixSlips(cmd, args)
	if err != nil {
		fmt.Fprintf(s.ErrOut, "spbe: %v\n", err)
		fmt.Fprintln(s.ErrOut, say(lang, "Jalankan 'spbe --help' untuk petunjuk.", "Run 'spbe --help' for usage."))
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
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var ue usageError
	// Cobra reports an unknown subcommand of the root with a plain error
	// of its own (legacyArgs), not through the flag-error hook.
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command ") {
		fmt.Fprintf(s.ErrOut, "spbe: %v\n", cobraWords(err))
		// Point to the help of the command that was called, where it is
		// known.
		help := "spbe --help"
		if c != nil && c != cmd {
			help = c.CommandPath() + " --help"
		}
		fmt.Fprintln(s.ErrOut, say(lang, "Jalankan '"+help+"' untuk petunjuk.", "Run '"+help+"' for usage."))
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
			if want := useArgs(cmd); len(args) < len(want) {
				// Say which argument is missing, not cobra's
				// "accepts 1 arg(s), received 0".
				lang := uiLang(os.Args[1:])
				if f := cmd.Flags().Lookup("lang"); f != nil && f.Changed {
					lang = normLang(f.Value.String())
				}
				missing := strings.Join(want[len(args):], " ")
				return usagef("cli.app.msg", say(lang,
					fmt.Sprintf("%s memerlukan %s (%s)", cmd.CommandPath(), missing, argWords(missing, lang)),
					fmt.Sprintf("%s needs %s (%s)", cmd.CommandPath(), missing, argWords(missing, lang))))
			}
			return usageError{err}
		}
		return nil
	}
}

// useArgs lists the required arguments named in a command's Use line
// ("compare OLD NEW" gives OLD and NEW; optional [NAME] is left out).
func useArgs(cmd *cobra.Command) []string {
	var out []string
	for _, w := range strings.Fields(cmd.Use)[1:] {
		if strings.HasPrefix(w, "[") || w == "|" {
			break
		}
		out = append(out, strings.TrimSuffix(w, "..."))
	}
	return out
}

// argWords says what a missing argument is, in words.
func argWords(names, lang string) string {
	switch {
	case strings.HasPrefix(names, "FILE"):
		return say(lang, "lembar jawaban .xlsx atau hasil JSON dari spbe score", "an answer sheet .xlsx or a JSON result of spbe score")
	case strings.HasPrefix(names, "OLD"):
		return say(lang, "dua hasil: yang lama dan yang baru", "two results: the old one and the new one")
	case names == "NEW":
		return say(lang, "hasil yang baru, untuk dibandingkan dengan yang lama", "the new result, to compare with the old one")
	case strings.HasPrefix(names, "DIR"):
		return say(lang, "folder berisi lembar jawaban dan golden-nya", "a folder of sheets and their goldens")
	case strings.HasPrefix(names, "PATH"):
		return say(lang, "berkas rubrik YAML", "a rubric YAML file")
	case strings.HasPrefix(names, "NAME"):
		return say(lang, "nama rubrik bawaan", "a built-in rubric name")
	}
	return names
}
