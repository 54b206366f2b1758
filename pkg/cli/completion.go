package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// registerCompletions makes shell completion complete the values people
// type most: the built-in rubrics for --rubric (a YAML file otherwise), the
// predicates for plan --target, on every command that has the flag.
func registerCompletions(root *cobra.Command) {
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		if c.LocalFlags().Lookup("rubric") != nil {
			c.RegisterFlagCompletionFunc("rubric", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
				// Built-in names, and the shell's own file completion
				// for a rubric of one's own.
				return rubric.Builtins(), cobra.ShellCompDirectiveDefault
			})
		}
		if c.Name() == "plan" && c.LocalFlags().Lookup("target") != nil {
			c.RegisterFlagCompletionFunc("target", func(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
				ref, _ := cmd.Flags().GetString("rubric")
				r, err := rubric.Open(ref, cmdutil.MaxRubricSize)
				if err != nil {
					return nil, cobra.ShellCompDirectiveNoFileComp
				}
				var out []string
				for _, b := range r.Bands {
					out = append(out, b.Name)
				}
				return out, cobra.ShellCompDirectiveNoFileComp
			})
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}
