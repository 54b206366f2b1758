package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
)

type compareOptions struct {
	IO    IOStreams
	Flags insightFlags
	Args  []string
}

func newCompareCmd(s IOStreams) *cobra.Command {
	o := &compareOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "compare OLD NEW",
		Short:   lang.S("cli.compare.show-what-changed-between"),
		Long:    lang.S("cli.compare.compare-shows-what-changed"),
		Example: lang.S("cli.compare.spbe-compare-palopo-2021"),
		Args:    cmdutil.CobraArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return compareRun(o)
		},
	}
	o.Flags.add(cmd)
	return cmd
}

func compareRun(o *compareOptions) error {
	f := &o.Flags
	if err := f.check(); err != nil {
		return err
	}
	oe, ne, err := evaluate.LoadPair(o.Args[0], o.Args[1], f.rubrics, f.Limits)
	if err != nil {
		return err
	}
	dc, err := doc.NewCompareDoc(oe.Result, ne.Result, oe.Subject, ne.Subject, f.lang, version())
	if err != nil {
		return lang.Errorf("cli.compare.compare-and-v", o.Args[0], o.Args[1], err)
	}
	return render.RenderCompare(o.IO.Out, f.format, dc)
}
