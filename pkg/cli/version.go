package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/lang"
)

// newVersionCmd is `spbe version`, the same as `spbe --version`: people
// type both.
func newVersionCmd(s IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: lang.S("cli.version.print-version-spbe"),
		Args:  cmdutil.CobraArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(s.Out, "spbe %s\n", version())
			return err
		},
	}
}
