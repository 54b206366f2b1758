package cmdutil

import (
	"errors"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/proc"
)

// CobraArgs wraps a cobra argument validator so its errors are usage
// errors.
func CobraArgs(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := v(cmd, args); err != nil {
			if want := useArgs(cmd); len(args) < len(want) {
				// Say which argument is missing, not cobra's
				// "accepts 1 arg(s), received 0".
				l := proc.UILang(os.Args[1:])
				if f := cmd.Flags().Lookup("lang"); f != nil && f.Changed {
					l = proc.NormLang(f.Value.String())
				}
				missing := strings.Join(want[len(args):], " ")
				return UsageError{errors.New(l.Tf("cli.needs", cmd.CommandPath(), missing, argWords(missing, l)))}
			}
			return UsageError{err}
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
func argWords(names string, l lang.Lang) string {
	if names == "NEW" {
		return l.T("cli.arg.NEW")
	}
	for _, w := range []string{"FILE", "OLD", "DIR", "PATH", "NAME"} {
		if strings.HasPrefix(names, w) {
			return l.T("cli.arg." + w)
		}
	}
	return names
}
