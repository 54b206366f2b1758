package cli

import (
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/spbe-id/spbe/pkg/batch"
	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

type scoreOptions struct {
	IO      IOStreams
	Rubric  string
	Format  string
	Lang    string
	Outputs []string
	Force   bool
	Strict  bool
	Limits  sheet.Options
	Args    []string

	// Batch options: a folder or several files.
	Recursive     bool
	Progress      string
	Quiet         bool
	OutDir        string
	OutDirFormats []string
	Resume        bool
	Jobs          int

	// What the single report adds: the agency's target, the previous
	// evaluation, and the sign-off block.
	TargetIndex string
	Previous    string
	Signer      string
	SignerID    string
	Place       string
	Date        string

	formatSet bool
	lang      lang.Lang
	rubric    *rubric.Rubric
}

func newScoreCmd(s IOStreams) *cobra.Command {
	o := &scoreOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "score FILE | FOLDER...",
		Short:   lang.S("cli.score.score-answer-sheet-or"),
		Long:    lang.S("cli.score.score-reads-answer-sheet"),
		Example: lang.S("cli.score.spbe-score-dinkes-xlsx"),
		Args: cmdutil.CobraArgs(func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return lang.Errorf("cli.score.give-answer-sheet-xlsx")
			}
			return nil
		}),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			o.formatSet = cmd.Flags().Changed("format")
			return scoreRun(o)
		},
	}
	f := cmd.Flags()
	addRubricFlag(f, &o.Rubric)
	f.StringVarP(&o.Format, "format", "f", "text", lang.Sprintf("cli.score.for-o-default-follows", strings.Join(render.Names(), ", ")))
	f.StringArrayVarP(&o.Outputs, "output", "o", nil, lang.S("cli.score.write-report-file-xlsx"))
	f.BoolVar(&o.Force, "force", false, lang.S("cli.score.overwrite-existing-output-files"))
	f.BoolVar(&o.Strict, "strict", false, lang.S("cli.score.fail-when-sheet-was"))
	cmdutil.AddLangFlag(cmd, &o.Lang)
	addLimitFlags(f, &o.Limits)
	addReaderFlags(f, &o.Limits)
	f.BoolVarP(&o.Recursive, "recursive", "R", false, lang.S("cli.score.batch-also-score-sheets"))
	f.StringVar(&o.Progress, "progress", "auto", lang.S("cli.score.batch-progress-on-stderr"))
	f.BoolVarP(&o.Quiet, "quiet", "q", false, lang.S("cli.score.batch-no-progress-and"))
	f.StringVar(&o.OutDir, "out-dir", "", lang.S("cli.score.batch-also-write-each"))
	f.BoolVar(&o.Resume, "resume", false, lang.S("cli.score.batch-resume"))
	f.StringSliceVar(&o.OutDirFormats, "out-dir-format", []string{"markdown"}, lang.Sprintf("cli.out-dir-format-flag", strings.Join(render.FormatNames(), ", ")))
	intLimitP(f, &o.Jobs, "jobs", "j", 0, batch.WorkerRange, lang.S("cli.score.batch-sheets-read-at"))
	f.StringVar(&o.TargetIndex, "target-index", "", lang.S("cli.score.agency-own-target-index"))
	f.StringVar(&o.Previous, "previous", "", lang.S("cli.score.previous-evaluation-sheet-or"))
	f.StringVar(&o.Signer, "signer", "", lang.S("cli.score.sign-off-block-signer"))
	f.StringVar(&o.SignerID, "signer-id", "", lang.S("cli.score.sign-off-block-signer-2"))
	f.StringVar(&o.Place, "place", "", lang.S("cli.score.sign-off-block-place"))
	f.StringVar(&o.Date, "date", "", lang.S("cli.score.sign-off-block-date"))
	cmd.RegisterFlagCompletionFunc("format", cmdutil.FixedCompletion(render.Names()...))
	cmd.RegisterFlagCompletionFunc("progress", cmdutil.FixedCompletion("auto", "plain", "none"))
	cmd.RegisterFlagCompletionFunc("out-dir-format", cmdutil.FixedCompletion(render.FormatNames()...))
	return cmd
}

func addRubricFlag(f *pflag.FlagSet, p *string) {
	f.StringVarP(p, "rubric", "r", "", lang.S("cli.rubric-flag-sheet"))
}

func addLimitFlags(f *pflag.FlagSet, o *sheet.Options) {
	int64Limit(f, &o.MaxFileSize, "max-file-size", sheet.DefaultMaxFileSize, sheet.FileSizeRange, lang.S("cli.score.largest-answer-sheet-read"))
	int64Limit(f, &o.MaxUnzipSize, "max-unzip-size", sheet.DefaultMaxUnzipSize, sheet.UnzipSizeRange, lang.S("cli.score.largest-unpacked-size-workbook"))
	intLimitP(f, &o.ScanRows, "scan-rows", "", sheet.DefaultScanRows, sheet.RowRange, lang.S("cli.score.rows-each-worksheet-searched"))
	intLimitP(f, &o.MaxRows, "max-rows", "", sheet.DefaultMaxRows, sheet.RowRange, lang.S("cli.score.rows-read-under-table"))
	intLimitP(f, &o.MaxCols, "max-cols", "", sheet.DefaultMaxCols, sheet.ColumnRange, lang.S("cli.score.columns-each-row-examined"))
}

func scoreRun(o *scoreOptions) error {
	if batch.IsBatch(o.Args) {
		for _, f := range []struct{ name, value string }{{"--target-index", o.TargetIndex}, {"--previous", o.Previous}, {"--signer", o.Signer}, {"--signer-id", o.SignerID}, {"--place", o.Place}, {"--date", o.Date}} {
			if f.value != "" {
				return cmdutil.Usagef("cli.score.for-report-one-sheet", f.name)
			}
		}
		var err error
		if o.lang, err = lang.ParseLang(o.Lang); err != nil {
			return cmdutil.Usage(err)
		}
		return batchRun(o)
	}
	paceForOneSheet()
	if o.OutDir != "" {
		return cmdutil.Usagef("cli.score.out-dir-for-batch")
	}
	if o.Resume {
		return cmdutil.Usagef("cli.score.resume-for-batch")
	}
	format, err := render.FormatByName(o.Format)
	if err != nil {
		return cmdutil.Usage(err)
	}
	if format.Binary && len(o.Outputs) == 0 {
		return cmdutil.Usagef("cli.score.format-written-file-give", format.Name)
	}
	if o.lang, err = lang.ParseLang(o.Lang); err != nil {
		return cmdutil.Usage(err)
	}
	outs, err := planOutputs(o.Outputs, o.Format, o.formatSet, o.Args, o.Force)
	if err != nil {
		return err
	}
	rs, err := chooseRubric(o.Rubric)
	if err != nil {
		return err
	}
	prepare(outs)
	rep, err := rs.ScoreSheet(o.Args[0], o.Limits, version())
	if err != nil {
		return err
	}
	o.rubric = rep.Result.Rubric
	rep.Lang = o.lang
	if err := evaluate.CheckStamp(o.IO.ErrOut, rep, o.rubric, o.Strict); err != nil {
		return err
	}
	if err := o.reportExtras(rep); err != nil {
		return err
	}
	rep.NoPlan = !showsPlan(format, outs)
	if len(outs) == 1 && outs[0].Format.RenderPlanLater != nil {
		// The one output can be drawn while the plan is made: the
		// workbook's summary and detail sheets take as long.
		plan := rep.CompleteAsync()
		draw := func(f *render.Format, w io.Writer, rep *doc.Report) error { return f.RenderPlanLater(w, rep, plan) }
		err := outfile.WritePlanned(outs, rep, o.Force, draw)
		plan()
		return err
	}
	rep.Complete()
	if len(outs) > 0 {
		draw := func(f *render.Format, w io.Writer, rep *doc.Report) error { return f.Render(w, rep) }
		return outfile.WritePlanned(outs, rep, o.Force, draw)
	}
	return format.Render(o.IO.Out, rep)
}

// prepare starts, on another goroutine, what the renderers of the outputs
// can do before the sheet is read (see render.Format.Prepare), each once.
func prepare(outs []outfile.Planned[*render.Format]) {
	done := map[*render.Format]bool{}
	for _, o := range outs {
		if f := o.Format; f.Prepare != nil && !done[f] {
			done[f] = true
			f.Prepare()
		}
	}
}

// chooseRubric resolves --rubric, which when empty leaves each sheet to
// choose its built-in rubric.
func chooseRubric(ref string) (evaluate.Rubrics, error) {
	if ref == "" {
		return evaluate.Rubrics{}, nil
	}
	r, err := cmdutil.OpenRubric(ref)
	return evaluate.Rubrics{Named: r}, err
}

// reportExtras adds the agency's target, the previous evaluation and the
// sign-off block to a single report.
func (o *scoreOptions) reportExtras(rep *doc.Report) error {
	t, err := evaluate.Target(o.TargetIndex, o.rubric)
	if err != nil {
		return cmdutil.Usage(err)
	}
	rep.Target = t
	if o.Previous != "" {
		if err := evaluate.AddPrevious(rep, o.Previous, o.rubric, o.Limits); err != nil {
			return err
		}
	}
	s, err := evaluate.Signer(o.Signer, o.SignerID, o.Place, o.Date)
	if err != nil {
		return cmdutil.Usage(err)
	}
	rep.Signer = s
	return nil
}
