package cli

import (
	"github.com/spbe-id/spbe/pkg/lang"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
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
		Args:    cobraArgs(cobra.ExactArgs(2)),
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
	r := f.rubric
	old, err := evaluate.ReadInput(o.Args[0], f.Limits)
	if err != nil {
		return err
	}
	cur, err := evaluate.ReadInput(o.Args[1], f.Limits)
	if err != nil {
		return err
	}
	if a, b := old.RubricID(r), cur.RubricID(r); a != b {
		return lang.Errorf("cli.compare.compare-and-uses-rubric",
			o.Args[0], o.Args[1], o.Args[0], a, o.Args[1], b)
	}
	oe, err := old.Score(r, f.Limits)
	if err != nil {
		return err
	}
	ne, err := cur.Score(r, f.Limits)
	if err != nil {
		return err
	}
	dc, err := doc.NewCompareDoc(oe.Result, ne.Result, oe.Subject, ne.Subject, f.lang, version())
	if err != nil {
		return lang.Errorf("cli.compare.compare-and-v", o.Args[0], o.Args[1], err)
	}
	return render.RenderCompare(o.IO.Out, f.format, dc)
}
