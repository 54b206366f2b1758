package cli

import (
	"math/big"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/spbe-id/spbe/pkg/batch"
	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
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
		Args: cobraArgs(func(_ *cobra.Command, args []string) error {
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
	f.StringVar(&o.Lang, "lang", string(lang.UI()), lang.S("cli.score.language-output-id-indonesian"))
	addLimitFlags(f, &o.Limits)
	addReaderFlags(f, &o.Limits)
	f.BoolVarP(&o.Recursive, "recursive", "R", false, lang.S("cli.score.batch-also-score-sheets"))
	f.StringVar(&o.Progress, "progress", "auto", lang.S("cli.score.batch-progress-on-stderr"))
	f.BoolVarP(&o.Quiet, "quiet", "q", false, lang.S("cli.score.batch-no-progress-and"))
	f.StringVar(&o.OutDir, "out-dir", "", lang.S("cli.score.batch-also-write-each"))
	f.BoolVar(&o.Resume, "resume", false, lang.S("cli.score.batch-resume"))
	f.StringSliceVar(&o.OutDirFormats, "out-dir-format", []string{"markdown"}, lang.Sprintf("cli.out-dir-format-flag", strings.Join(render.FormatNames(), ", ")))
	intLimitP(f, &o.Jobs, "jobs", "j", 0, 0, maxJobs, "workers", lang.S("cli.score.batch-sheets-read-at"))
	f.StringVar(&o.TargetIndex, "target-index", "", lang.S("cli.score.agency-own-target-index"))
	f.StringVar(&o.Previous, "previous", "", lang.S("cli.score.previous-evaluation-sheet-or"))
	f.StringVar(&o.Signer, "signer", "", lang.S("cli.score.sign-off-block-signer"))
	f.StringVar(&o.SignerID, "signer-id", "", lang.S("cli.score.sign-off-block-signer-2"))
	f.StringVar(&o.Place, "place", "", lang.S("cli.score.sign-off-block-place"))
	f.StringVar(&o.Date, "date", "", lang.S("cli.score.sign-off-block-date"))
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion(render.Names()...))
	cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("id", "en"))
	cmd.RegisterFlagCompletionFunc("progress", fixedCompletion("auto", "plain", "none"))
	cmd.RegisterFlagCompletionFunc("out-dir-format", fixedCompletion(render.FormatNames()...))
	return cmd
}

func addRubricFlag(f *pflag.FlagSet, p *string) {
	f.StringVarP(p, "rubric", "r", "", lang.S("cli.rubric-flag-sheet"))
}

func addLimitFlags(f *pflag.FlagSet, o *sheet.Options) {
	int64Limit(f, &o.MaxFileSize, "max-file-size", sheet.DefaultMaxFileSize, 1, maxFileSizeCap, "bytes", lang.S("cli.score.largest-answer-sheet-read"))
	int64Limit(f, &o.MaxUnzipSize, "max-unzip-size", sheet.DefaultMaxUnzipSize, 1, maxUnzipSizeCap, "bytes", lang.S("cli.score.largest-unpacked-size-workbook"))
	intLimit(f, &o.ScanRows, "scan-rows", sheet.DefaultScanRows, 1, excelRows, "rows", lang.S("cli.score.rows-each-worksheet-searched"))
	intLimit(f, &o.MaxRows, "max-rows", sheet.DefaultMaxRows, 1, excelRows, "rows", lang.S("cli.score.rows-read-under-table"))
	intLimit(f, &o.MaxCols, "max-cols", sheet.DefaultMaxCols, 1, excelCols, "columns", lang.S("cli.score.columns-each-row-examined"))
}

func fixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

func scoreRun(o *scoreOptions) error {
	if batch.IsBatch(o.Args) {
		for _, f := range []struct{ name, value string }{{"--target-index", o.TargetIndex}, {"--previous", o.Previous}, {"--signer", o.Signer}, {"--signer-id", o.SignerID}, {"--place", o.Place}, {"--date", o.Date}} {
			if f.value != "" {
				return usagef("cli.score.for-report-one-sheet", f.name)
			}
		}
		var err error
		if o.lang, err = lang.ParseLang(o.Lang); err != nil {
			return usageError{err}
		}
		return batchRun(o)
	}
	paceForOneSheet()
	if o.OutDir != "" {
		return usagef("cli.score.out-dir-for-batch")
	}
	if o.Resume {
		return usagef("cli.score.resume-for-batch")
	}
	format, err := render.FormatByName(o.Format)
	if err != nil {
		return usageError{err}
	}
	if format.Binary && len(o.Outputs) == 0 {
		return usagef("cli.score.format-written-file-give", format.Name)
	}
	if o.lang, err = lang.ParseLang(o.Lang); err != nil {
		return usageError{err}
	}
	outs, err := planOutputs(o.Outputs, o.Format, o.formatSet, o.Args, o.Force)
	if err != nil {
		return err
	}
	rs, err := chooseRubric(o.Rubric)
	if err != nil {
		return err
	}
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
	rep.Complete()
	if len(outs) > 0 {
		return writeOutputs(outs, rep, o.Force)
	}
	return format.Render(o.IO.Out, rep)
}

// chooseRubric resolves --rubric, which when empty leaves each sheet to
// choose its built-in rubric.
func chooseRubric(ref string) (evaluate.Rubrics, error) {
	if ref == "" {
		return evaluate.Rubrics{}, nil
	}
	r, err := openRubric(ref)
	return evaluate.Rubrics{Named: r}, err
}

// openRubric resolves --rubric; an unknown built-in name is a usage error.
func openRubric(ref string) (*rubric.Rubric, error) {
	r, err := rubric.Open(ref, maxRubricSize)
	if err != nil {
		if _, ok := err.(*rubric.Error); ok {
			return nil, err
		}
		return nil, usageError{err}
	}
	return r, nil
}

// reportExtras adds the agency's target, the previous evaluation and the
// sign-off block to a single report.
func (o *scoreOptions) reportExtras(rep *doc.Report) error {
	if o.TargetIndex != "" {
		t, err := parseIndex(o.TargetIndex)
		if err != nil {
			return usagef("cli.score.target-index-v", err)
		}
		if lo, hi := o.rubric.LevelRange(); t.Cmp(big.NewRat(int64(lo), 1)) < 0 || t.Cmp(big.NewRat(int64(hi), 1)) > 0 {
			return usagef("cli.score.target-index-outside-index", o.TargetIndex, lo, hi)
		}
		rep.Target = t
	}
	if o.Previous != "" {
		ev, err := evaluate.Load(o.Previous, evaluate.Rubrics{Named: o.rubric}, o.Limits)
		if err != nil {
			return lang.Errorf("cli.score.read-previous-evaluation-v", err)
		}
		rep.Previous = &doc.Previous{Result: ev.Result, Year: ev.Subject.Year, File: ev.Subject.File}
		rep.Warnings = append(rep.Warnings, ev.Subject.Warnings...)
	}
	if o.Signer == "" && (o.SignerID != "" || o.Place != "" || o.Date != "") {
		return usagef("cli.score.signer-id-place-and")
	}
	if o.Signer != "" {
		s := &doc.Signer{Name: o.Signer, ID: o.SignerID, Place: o.Place}
		if o.Date != "" {
			d, err := time.Parse("2006-01-02", o.Date)
			if err != nil {
				return usagef("cli.score.date-q-not-date", o.Date)
			}
			s.Date = d
		}
		rep.Signer = s
	}
	return nil
}

// parseIndex reads an index written with a decimal comma (2,60) or point
// (2.60). A number with both, or with more than one separator, is refused:
// 2.600,5 could be read two ways.
func parseIndex(s string) (*big.Rat, error) {
	t := strings.TrimSpace(s)
	if strings.Count(t, ",")+strings.Count(t, ".") > 1 {
		return nil, lang.Errorf("cli.score.q-has-more-than", s)
	}
	t = strings.Replace(t, ",", ".", 1)
	for _, c := range t {
		if (c < '0' || c > '9') && c != '.' {
			return nil, lang.Errorf("cli.score.q-not-number-write", s)
		}
	}
	v, ok := new(big.Rat).SetString(t)
	if !ok || t == "" || t == "." {
		return nil, lang.Errorf("cli.score.q-not-number-write-2", s)
	}
	return v, nil
}
