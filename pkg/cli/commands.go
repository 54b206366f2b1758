package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/rubriccmd"
)

// commands are spbe's commands, as help lists them.
var commands = []struct {
	name string
	make func(IOStreams) *cobra.Command
}{
	{"score", newScoreCmd}, {"template", newTemplateCmd},
	{"explain", newExplainCmd}, {"plan", newPlanCmd}, {"compare", newCompareCmd},
	{"check", newCheckCmd}, {"trend", newTrendCmd},
	{"rubric", rubriccmd.New}, {"version", newVersionCmd}, {"inspect", newInspectCmd},
}

// addCommands adds spbe's commands to root: every one, or with only set,
// that one alone. Building every command with its flags and help is about
// half a millisecond of a call that runs one of them.
func addCommands(root *cobra.Command, s IOStreams, only string) {
	for _, c := range commands {
		if only == "" || only == c.name {
			root.AddCommand(c.make(s))
		}
	}
}

// calledCommand is the command a command line runs when its first word
// names one exactly, and "" otherwise (help, completion, a misspelt or
// abbreviated command, a file to score, a flag), which need the whole
// tree.
func calledCommand(args []string) string {
	if len(args) == 0 {
		return ""
	}
	for _, c := range commands {
		if args[0] == c.name {
			return c.name
		}
	}
	return ""
}
