package cli

import (
	"errors"
	"fmt"
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
		Use:   "score FILE | FOLDER...",
		Short: "Score an answer sheet, or a folder of them",
		Long: `Score reads an answer sheet (.xlsx), finds its answer table by the header
row on whichever worksheet holds it, and prints the index, the predicate and
every domain and aspect index.

The table needs an indicator column (No, Nomor, ID, Kode or Indikator) and a
level column (Tingkat, Tingkat Kematangan, Level, Nilai or Skor). A level may
be written 3, "Tingkat 3", "3 - Terdefinisi" or as the level's label; on a
rubric of decimal values (pemdi-2026) a value is any decimal such as 1,26,
kept exactly, and a "Skor Indeks Lain" column gives the score of another
agency's index that an indicator is converted from.

Without --rubric the sheet chooses its built-in rubric (the template stamp,
else the indicators its table holds), and the output says which and why.

Given a folder, or several files and folders, score scores every sheet in
them (with --recursive, in subfolders too) and prints a ranking; -o writes
a consolidated workbook (.xlsx: ranking, aspects, an OPD x indicator
heatmap, indicator statistics, predicates with a chart, files not scored),
Markdown or JSON, and --out-dir each OPD's own report. A file that cannot
be scored is listed with its reasons and the others are still scored; the
exit code is then 1.`,
		Example: `  spbe score dinkes.xlsx
  spbe score --format json dinkes.xlsx
  spbe score --lang en --rubric pemdi-2026 dinkes.xlsx
  spbe score opd/                              # rank every sheet in a folder
  spbe score -R -o rekap.xlsx --out-dir laporan opd/`,
		Args: cobraArgs(func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New("give an answer sheet (.xlsx), or folders and files to score as a batch")
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
	f.StringVarP(&o.Format, "format", "f", "text", "output format: "+strings.Join(render.Names(), ", ")+" (for -o, the default follows the file's extension)")
	f.StringArrayVarP(&o.Outputs, "output", "o", nil, "write the report to `FILE` (.xlsx, .html, .md, .json or .txt); may be repeated")
	f.BoolVar(&o.Force, "force", false, "overwrite existing output files")
	f.BoolVar(&o.Strict, "strict", false, "fail when the sheet was made from another rubric than the one scoring it")
	f.StringVar(&o.Lang, "lang", "id", "language of the output: id (Indonesian) or en (English)")
	addLimitFlags(f, &o.Limits)
	addReaderFlags(f, &o.Limits)
	f.BoolVarP(&o.Recursive, "recursive", "R", false, "batch: also score the sheets in subfolders")
	f.StringVar(&o.Progress, "progress", "auto", "batch: progress on stderr: auto (a bar on a terminal, else plain), plain (a line per sheet) or none")
	f.BoolVarP(&o.Quiet, "quiet", "q", false, "batch: no progress and no summary line on stderr (failures are still listed)")
	f.StringVar(&o.OutDir, "out-dir", "", "batch: also write each OPD's own report into `FOLDER`")
	f.BoolVar(&o.Resume, "resume", false, "batch: complete an --out-dir left incomplete: write only the OPDs' reports missing from it, never replace one")
	f.StringSliceVar(&o.OutDirFormats, "out-dir-format", []string{"markdown"}, "batch: format(s) of the reports in --out-dir: "+strings.Join(render.FormatNames(), ", "))
	intLimitP(f, &o.Jobs, "jobs", "j", 0, 0, maxJobs, "workers", "batch: sheets read at once (0: one per core)")
	f.StringVar(&o.TargetIndex, "target-index", "", "the agency's own target `INDEX` (e.g. 2,60 or 2.60), shown beside the index")
	f.StringVar(&o.Previous, "previous", "", "the previous evaluation, a sheet or a JSON result of the same rubric (`FILE`): the change is shown")
	f.StringVar(&o.Signer, "signer", "", "sign-off block: the signer's `NAME`")
	f.StringVar(&o.SignerID, "signer-id", "", "sign-off block: the signer's `NIP`")
	f.StringVar(&o.Place, "place", "", "sign-off block: the `PLACE` of signing")
	f.StringVar(&o.Date, "date", "", "sign-off block: the `DATE` of signing, YYYY-MM-DD")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion(render.Names()...))
	cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("id", "en"))
	cmd.RegisterFlagCompletionFunc("progress", fixedCompletion("auto", "plain", "none"))
	cmd.RegisterFlagCompletionFunc("out-dir-format", fixedCompletion(render.FormatNames()...))
	return cmd
}

func addRubricFlag(f *pflag.FlagSet, p *string) {
	f.StringVarP(p, "rubric", "r", "", "built-in rubric name or path to a rubric YAML file (default: the built-in rubric the sheet fits, by its template stamp or its indicators)")
}

func addLimitFlags(f *pflag.FlagSet, o *sheet.Options) {
	int64Limit(f, &o.MaxFileSize, "max-file-size", sheet.DefaultMaxFileSize, 1, maxFileSizeCap, "bytes", "largest answer sheet read, in bytes")
	int64Limit(f, &o.MaxUnzipSize, "max-unzip-size", sheet.DefaultMaxUnzipSize, 1, maxUnzipSizeCap, "bytes", "largest unpacked size of a workbook, in bytes")
	intLimit(f, &o.ScanRows, "scan-rows", sheet.DefaultScanRows, 1, excelRows, "rows", "rows of each worksheet searched for the table's header")
	intLimit(f, &o.MaxRows, "max-rows", sheet.DefaultMaxRows, 1, excelRows, "rows", "rows read under the table's header")
	intLimit(f, &o.MaxCols, "max-cols", sheet.DefaultMaxCols, 1, excelCols, "columns", "columns of each row examined")
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
				return usagef("%s is for the report of one sheet, not a batch", f.name)
			}
		}
		var err error
		if o.lang, err = lang.ParseLang(o.Lang); err != nil {
			return usageError{err}
		}
		return batchRun(o)
	}
	if o.OutDir != "" {
		return usagef("--out-dir is for a batch: give a folder or several files")
	}
	if o.Resume {
		return usagef("--resume completes an --out-dir: give a folder or several files, and --out-dir")
	}
	format, err := render.FormatByName(o.Format)
	if err != nil {
		return usageError{err}
	}
	if format.Binary && len(o.Outputs) == 0 {
		return usagef("the %s format is written to a file: give -o FILE", format.Name)
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
			return usagef("--target-index: %v", err)
		}
		if lo, hi := o.rubric.LevelRange(); t.Cmp(big.NewRat(int64(lo), 1)) < 0 || t.Cmp(big.NewRat(int64(hi), 1)) > 0 {
			return usagef("--target-index: %s is outside the index's range %d..%d", o.TargetIndex, lo, hi)
		}
		rep.Target = t
	}
	if o.Previous != "" {
		ev, err := evaluate.Load(o.Previous, evaluate.Rubrics{Named: o.rubric}, o.Limits)
		if err != nil {
			return fmt.Errorf("read the previous evaluation: %w", err)
		}
		rep.Previous = &doc.Previous{Result: ev.Result, Year: ev.Subject.Year, File: ev.Subject.File}
		rep.Warnings = append(rep.Warnings, ev.Subject.Warnings...)
	}
	if o.Signer == "" && (o.SignerID != "" || o.Place != "" || o.Date != "") {
		return usagef("--signer-id, --place and --date are part of the sign-off block: give --signer NAME too")
	}
	if o.Signer != "" {
		s := &doc.Signer{Name: o.Signer, ID: o.SignerID, Place: o.Place}
		if o.Date != "" {
			d, err := time.Parse("2006-01-02", o.Date)
			if err != nil {
				return usagef("--date: %q is not a date written YYYY-MM-DD (e.g. 2026-11-30)", o.Date)
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
		return nil, fmt.Errorf("%q has more than one decimal separator; write it like 2,60 or 2.60", s)
	}
	t = strings.Replace(t, ",", ".", 1)
	for _, c := range t {
		if (c < '0' || c > '9') && c != '.' {
			return nil, fmt.Errorf("%q is not a number; write it like 2,60 or 2.60", s)
		}
	}
	v, ok := new(big.Rat).SetString(t)
	if !ok || t == "" || t == "." {
		return nil, fmt.Errorf("%q is not a number; write it like 2,60 or 2.60", s)
	}
	return v, nil
}
