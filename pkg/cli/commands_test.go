package cli

import (
	"bytes"
	"testing"
)

// A command line that names its command builds that command alone; what
// it prints must not change: every command's help (and the rubric
// command's subcommands') reads the same from the whole tree and from the
// tree of that command alone.
func TestACommandAloneHelpsAsInTheWholeTree(t *testing.T) {
	help := func(only string, args ...string) string {
		var out, errOut bytes.Buffer
		root := newRootCmd(IOStreams{Out: &out, ErrOut: &errOut}, only)
		root.SetArgs(args)
		if err := root.Execute(); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return out.String() + errOut.String()
	}
	for _, c := range commands {
		for _, args := range [][]string{{c.name, "--help"}, {"rubric", "export", "--help"}, {"rubric", "list", "--help"}} {
			if args[0] != c.name {
				continue
			}
			whole, alone := help("", args...), help(calledCommand(args), args...)
			if whole == "" || whole != alone {
				t.Errorf("%v: help from the whole tree\n%s\nfrom the command alone\n%s", args, whole, alone)
			}
		}
	}
	if calledCommand([]string{"dinkes.xlsx"}) != "" || calledCommand([]string{"help", "score"}) != "" || calledCommand(nil) != "" {
		t.Error("calledCommand names a command for a line whose first word is none")
	}
}
