// Package cmdutil holds what spbe's command groups share: the streams a
// command reads and writes, usage errors and the exit status of an
// outcome already printed, cobra's argument validators made usage
// errors, the --lang flag, fixed shell completions, opening the rubric a
// command names (within --max-rubric-size), and writing a file all or
// nothing. Only what more than one group uses lives here; a group's own
// helpers stay in its package.
//
// cmdutil may import cobra, pkg/lang, pkg/proc, pkg/rubric, pkg/outfile
// and pkg/cli/clitext (the words it says). It never imports pkg/cli or a
// command package (pkg/cli/rubriccmd): they import it.
package cmdutil

import (
	"io"

	"github.com/spf13/cobra"

	// The command line's words, registered with the catalogue, for every
	// command package that says them through cmdutil.
	_ "github.com/spbe-id/spbe/pkg/cli/clitext"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/proc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// IOStreams are the streams a command reads and writes (proc.Streams).
type IOStreams = proc.Streams

// UsageError marks an error in how the command was called: pkg/cli's Run
// prints it with a pointer to the command's --help and exits 2.
type UsageError struct{ err error }

func (e UsageError) Error() string { return e.err.Error() }
func (e UsageError) Unwrap() error { return e.err }

// Usage marks err as a usage error; nil stays nil.
func Usage(err error) error {
	if err == nil {
		return nil
	}
	return UsageError{err}
}

// Usagef is a usage error said from the catalogue key.
func Usagef(key string, args ...any) error {
	return UsageError{lang.Errorf(key, args...)}
}

// ExitError carries an exit code for an outcome whose message was already
// printed (a batch where some files failed, a check with differences, a
// rubric that did not validate).
type ExitError struct{ Code int }

func (e ExitError) Error() string { return lang.Sprintf("cli.exit-status", e.Code) }

// AddLangFlag adds --lang, the language of a command's output; the run's
// language (SPBE_LANG, else Indonesian) is its default.
func AddLangFlag(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVar(p, "lang", string(lang.UI()), lang.S("cli.lang-flag"))
	cmd.RegisterFlagCompletionFunc("lang", FixedCompletion("id", "en"))
}

// FixedCompletion completes a flag with values, and never a file name.
func FixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// MaxRubricSize is the --max-rubric-size limit. It is a persistent flag of
// the root command, bound to this variable, so every command that opens a
// rubric through OpenRubric honours it.
var MaxRubricSize int64 = rubric.MaxFileSize

// OpenRubric opens the rubric a command names (a built-in name or a YAML
// file; "" is the default); an unknown built-in name is a usage error.
func OpenRubric(ref string) (*rubric.Rubric, error) {
	r, err := rubric.Open(ref, MaxRubricSize)
	if err != nil {
		if _, ok := err.(*rubric.Error); ok {
			return nil, err
		}
		return nil, UsageError{err}
	}
	return r, nil
}

// WriteBytes writes data to path through outfile: complete or not at all.
func WriteBytes(path string, replace bool, data []byte) error {
	return outfile.Write(path, replace, func(w io.Writer) error { _, err := w.Write(data); return err })
}
