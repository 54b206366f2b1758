package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/batch"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render/text"
	"github.com/spbe-id/spbe/pkg/sheet"
)

type trendOptions struct {
	IO     IOStreams
	Rubric string
	Lang   string
	Limits sheet.Options
	Jobs   int
	Args   []string
}

func newTrendCmd(s IOStreams) *cobra.Command {
	o := &trendOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "trend FOLDER...",
		Short: "Show each OPD's index year by year",
		Long: `Trend scores every answer sheet in the folders (and their subfolders), pairs
each OPD with its earlier years and prints, per OPD, the index of every year
and the change from the year before. The year is the one the sheet names,
else a folder or file name that is a year (opd/2024/dinkes.xlsx,
dinkes-2025.xlsx). Two sheets of the same OPD and year count once: the
verified one, else the last in path order.

spbe score -R -o rekap.xlsx on the same folder writes the same table, with a
line chart of the index by year, into the consolidated workbook.`,
		Example: `  spbe trend opd/
  spbe trend --lang en riwayat/2024 riwayat/2025`,
		Args: cobraArgs(func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New("give the folders of answer sheets of several years")
			}
			return nil
		}),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return trendRun(o)
		},
	}
	f := cmd.Flags()
	addRubricFlag(f, &o.Rubric)
	f.StringVar(&o.Lang, "lang", "id", "language of the output: id (Indonesian) or en (English)")
	addLimitFlags(f, &o.Limits)
	f.IntVarP(&o.Jobs, "jobs", "j", 0, "sheets read at once (0: one per core)")
	cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("id", "en"))
	return cmd
}

func trendRun(o *trendOptions) error {
	l, err := lang.ParseLang(o.Lang)
	if err != nil {
		return usageError{err}
	}
	if o.Jobs < 0 {
		return usagef("--jobs %d: give a number of workers, or 0 for one per core", o.Jobs)
	}
	// Without --rubric each sheet chooses its own, as spbe score lets it; a
	// trend is drawn within one framework only (a folder of several is
	// grouped by rubric, and its groups have no common trend).
	rs, err := chooseRubric(o.Rubric)
	if err != nil {
		return err
	}
	r := rs.Named
	if r == nil {
		if r, err = openRubric(""); err != nil {
			return err
		}
	}
	found := batch.FindInputs(o.Args, true)
	if err := found.NoneFound(o.Args); err != nil {
		return err
	}
	b := batch.Run(found, batch.Options{Rubric: r, Read: rs.ReadSheet, Limits: o.Limits, Lang: l, ToolVersion: version(), Workers: o.Jobs})
	for _, f := range b.Failures {
		for _, p := range f.Problems {
			fmt.Fprintf(o.IO.ErrOut, "%s: %s\n", f.File, p)
		}
	}
	if err := text.Trend(&lang.SafeWriter{W: o.IO.Out}, b); err != nil {
		return err
	}
	if len(b.Failures) > 0 {
		return exitError{ExitFailure}
	}
	return nil
}
