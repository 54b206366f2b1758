package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/batch"
	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
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
		Use:     "trend FOLDER...",
		Short:   lang.S("cli.trend.show-each-opd-index"),
		Long:    lang.S("cli.trend.trend-scores-every-answer"),
		Example: lang.S("cli.trend.spbe-trend-opd-spbe"),
		Args: cmdutil.CobraArgs(func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return lang.Errorf("cli.trend.give-folders-answer-sheets")
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
	cmdutil.AddLangFlag(cmd, &o.Lang)
	addLimitFlags(f, &o.Limits)
	f.IntVarP(&o.Jobs, "jobs", "j", 0, lang.S("cli.trend.sheets-read-at-once"))
	return cmd
}

func trendRun(o *trendOptions) error {
	l, err := lang.ParseLang(o.Lang)
	if err != nil {
		return cmdutil.Usage(err)
	}
	if o.Jobs < 0 {
		return cmdutil.Usagef("cli.trend.jobs-d-give-number", o.Jobs)
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
		if r, err = cmdutil.OpenRubric(""); err != nil {
			return err
		}
	}
	found := batch.FindInputs(o.Args, true)
	if err := found.NoneFound(o.Args); err != nil {
		return err
	}
	b := batch.Run(found, batch.Options{Rubric: r, Read: rs.ReadSheet, Limits: o.Limits, Lang: l, ToolVersion: version(), Workers: o.Jobs})
	batch.WriteFailures(o.IO.ErrOut, b)
	if err := text.Trend(&lang.SafeWriter{W: o.IO.Out}, b); err != nil {
		return err
	}
	if len(b.Failures) > 0 {
		return cmdutil.ExitError{Code: ExitFailure}
	}
	return nil
}
