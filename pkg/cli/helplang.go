package cli

import (
	"errors"
	"regexp"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	// The command line's words, registered with the catalogue.
	_ "github.com/spbe-id/spbe/pkg/cli/clitext"
	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/lang"
)

// localizeHelp makes the parts of --help that cobra writes itself (the
// usage layout, the help and version flags, the help and completion
// commands) speak the run's language, as the commands' own texts do.
func localizeHelp(root *cobra.Command) {
	root.SetUsageTemplate(lang.S("cli.help.template"))
	root.Flags().BoolP("version", "v", false, lang.S("cli.help.version-flag"))
	help := &cobra.Command{
		Use:   "help [command]",
		Short: lang.S("cli.help.command"),
		Long:  lang.S("cli.help.command-long"),
		Run: func(c *cobra.Command, args []string) {
			cmd, _, e := c.Root().Find(args)
			if cmd == nil || e != nil {
				c.Root().Help()
				return
			}
			cmd.Help()
		},
	}
	// Cobra adds the help command to the tree only when the root runs,
	// after the walk below: its own -h is worded here.
	help.Flags().BoolP("help", "h", false, lang.Sprintf("cli.help.flag", help.Name()))
	addUILang(help)
	root.SetHelpCommand(help)
	root.InitDefaultCompletionCmd()
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Flags().Lookup("help") == nil {
			c.Flags().BoolP("help", "h", false, lang.Sprintf("cli.help.flag", c.Name()))
		}
		addUILang(c)
		if c.Name() == "completion" {
			c.Short = lang.S("cli.help.completion")
			c.Long = lang.S("cli.help.completion-long")
		} else if c.HasParent() && c.Parent().Name() == "completion" {
			c.Short = lang.Sprintf("cli.help.completion-shell", c.Name())
			c.Long = lang.Sprintf("cli.help.completion-shell", c.Name()) + "."
			if f := c.Flags().Lookup("no-descriptions"); f != nil {
				f.Usage = lang.S("cli.help.no-descriptions")
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// cobraWords says cobra's and pflag's own usage errors (an unknown
// command or flag, a flag without its value) in the run's language.
func cobraWords(err error) string {
	msg := err.Error()
	// An unknown command comes with cobra's suggestions under it:
	// "unknown command …\n\nDid you mean this?\n\tscore\n".
	if first, rest, ok := strings.Cut(msg, "\n\nDid you mean this?\n"); ok {
		return cobraWords(errors.New(first)) + "\n\n" + lang.S("cli.cobra.did-you-mean") + "\n" + strings.TrimRight(rest, "\n")
	}
	for _, w := range cobraErrors() {
		if m := w.re.FindStringSubmatch(msg); m != nil {
			args := make([]any, len(m)-1)
			for i, a := range m[1:] {
				args[i] = a
			}
			return lang.Sprintf(w.key, args...)
		}
	}
	return msg
}

// cobraErrors are compiled on first use: they are needed only when a
// command line is wrong, and every call of spbe would pay for them.
var cobraErrors = sync.OnceValue(func() []cobraError {
	return []cobraError{
		{regexp.MustCompile(`^unknown command (".*") for (".*")$`), "cli.cobra.unknown-command"},
		{regexp.MustCompile(`^unknown flag: (\S+)$`), "cli.cobra.unknown-flag"},
		{regexp.MustCompile(`^unknown shorthand flag: '(.)' in (\S+)$`), "cli.cobra.unknown-shorthand"},
		{regexp.MustCompile(`^flag needs an argument: (.+)$`), "cli.cobra.needs-argument"},
		{regexp.MustCompile(`^invalid argument (".*") for (".*") flag: (.*)$`), "cli.cobra.invalid-argument"},
	}
})

type cobraError struct {
	re  *regexp.Regexp
	key string
}

// flagWords says pflag's "(default x)" in the run's language.
func flagWords(s string) string {
	s = strings.ReplaceAll(s, "[flags]", lang.S("cli.flags-word"))
	return strings.ReplaceAll(s, "(default ", lang.S("cli.help.default")+" ")
}

func init() { cobra.AddTemplateFunc("flagWords", flagWords) }

// addUILang gives a command that has no --lang of its own one that only
// chooses the language of its words (help, version, completion, the
// bare rubric and the root): the run's language is read from the
// arguments before the command tree is built (proc.UILang), so
// `spbe --lang en help score` is help in English, not an unknown flag.
func addUILang(c *cobra.Command) {
	if c.Flags().Lookup("lang") != nil || c.PersistentFlags().Lookup("lang") != nil {
		return
	}
	var ignored string
	cmdutil.AddLangFlag(c, &ignored)
}
