package cli

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/sheet"
)

type checkOptions struct {
	IO     IOStreams
	Rubric string
	Update bool
	Format string
	Lang   string
	Limits sheet.Options
	Dir    string
}

func newCheckCmd(s IOStreams) *cobra.Command {
	o := &checkOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "check DIR",
		Short: "Re-score reference sheets and compare them with their golden results",
		Long: `Check re-scores every answer sheet (*.xlsx) in DIR and compares each result
with its golden file beside it (NAME.golden.json for NAME.xlsx): the index,
its printed value, the predicate, and every domain and aspect index (and the
self-assessment's, for a sheet that has one). It prints a table of every
value that changed, old → new, and calls out changed predicates.

Keep reference sheets and their goldens in git next to a rubric: when an edit
of the rubric changes a result, check fails until the change is accepted
with --update, and the goldens' diff shows what changed.

--update writes the golden of every sheet that is new or changed and says
which; it never writes one for a sheet that could not be scored, and leaves
goldens that match untouched.

Exit status: 0 when every result matches, 1 when anything differs, a sheet
cannot be scored or a golden is missing or malformed, 2 for usage errors.`,
		Example: `  spbe check testdata/check/spbe-2020
  spbe check --rubric my-rubric.yaml reference/
  spbe check --update --rubric my-rubric.yaml reference/`,
		Args: cobraArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Dir = args[0]
			return checkRun(o)
		},
	}
	f := cmd.Flags()
	addRubricFlag(f, &o.Rubric)
	f.BoolVar(&o.Update, "update", false, "write the golden of every new or changed sheet")
	f.StringVarP(&o.Format, "format", "f", "text", "output format: text, json or html")
	f.StringVar(&o.Lang, "lang", "id", "language of the output: id (Indonesian) or en (English)")
	addLimitFlags(f, &o.Limits)
	addReaderFlags(f, &o.Limits)
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion("text", "json", "html"))
	cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("id", "en"))
	return cmd
}

func checkRun(o *checkOptions) error {
	f := render.Lookup(o.Format)
	if f == nil || f.Check == nil {
		return usagef("unknown format %q for check (text, json or html)", o.Format)
	}
	l, err := lang.ParseLang(o.Lang)
	if err != nil {
		return usageError{err}
	}
	rs, err := chooseRubric(o.Rubric)
	if err != nil {
		return err
	}
	r := rs.Named
	c := &doc.Check{Dir: o.Dir, Rubric: r, RubricArg: o.Rubric, Update: o.Update, ToolVersion: version(), Lang: l}
	writeGolden := func(path string, data []byte) error {
		return writeAtomic(path, true, func(w io.Writer) error { _, err := w.Write(data); return err })
	}
	if err := evaluate.Check(c, o.Limits, writeGolden, o.IO.ErrOut); err != nil {
		return err
	}
	if err := f.Check(o.IO.Out, c); err != nil {
		return err
	}
	if !c.OK() {
		return exitError{ExitFailure}
	}
	return nil
}
