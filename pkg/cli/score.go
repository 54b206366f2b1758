package cli

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/spbe-id/spbe/pkg/report"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
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
	Jobs          int

	formatSet bool
	lang      report.Lang
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
be written 3, "Tingkat 3", "3 - Terdefinisi" or as the level's label.

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
	f.StringVarP(&o.Format, "format", "f", "text", "output format: "+strings.Join(formatNames(), ", ")+" (for -o, the default follows the file's extension)")
	f.StringArrayVarP(&o.Outputs, "output", "o", nil, "write the report to `FILE` (.xlsx, .md, .json or .txt); may be repeated")
	f.BoolVar(&o.Force, "force", false, "overwrite existing output files")
	f.BoolVar(&o.Strict, "strict", false, "fail when the sheet was made from another rubric than the one scoring it")
	f.StringVar(&o.Lang, "lang", "id", "language of the output: id (Indonesian) or en (English)")
	addLimitFlags(f, &o.Limits)
	f.BoolVarP(&o.Recursive, "recursive", "R", false, "batch: also score the sheets in subfolders")
	f.StringVar(&o.Progress, "progress", "auto", "batch: progress on stderr: auto (a bar on a terminal, else plain), plain (a line per sheet) or none")
	f.BoolVarP(&o.Quiet, "quiet", "q", false, "batch: no progress and no summary line on stderr (failures are still listed)")
	f.StringVar(&o.OutDir, "out-dir", "", "batch: also write each OPD's own report into `FOLDER`")
	f.StringSliceVar(&o.OutDirFormats, "out-dir-format", []string{"markdown"}, "batch: format(s) of the reports in --out-dir: "+strings.Join(report.FormatNames(), ", "))
	intLimitP(f, &o.Jobs, "jobs", "j", 0, 0, maxJobs, "workers", "batch: sheets read at once (0: one per core)")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion(formatNames()...))
	cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("id", "en"))
	cmd.RegisterFlagCompletionFunc("progress", fixedCompletion("auto", "plain", "none"))
	cmd.RegisterFlagCompletionFunc("out-dir-format", fixedCompletion(report.FormatNames()...))
	return cmd
}

func addRubricFlag(f *pflag.FlagSet, p *string) {
	f.StringVarP(p, "rubric", "r", "", "built-in rubric name or path to a rubric YAML file (default "+rubric.Default+")")
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

// formatNames lists the formats of single-sheet and batch reports.
func formatNames() []string {
	names := report.FormatNames()
	for _, n := range report.BatchFormatNames() {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return names
}

// isBatch tells a batch (a folder, or several arguments) from a single
// answer sheet, whose output stays as it always was.
func isBatch(args []string) bool {
	if len(args) != 1 {
		return true
	}
	st, err := os.Stat(args[0])
	return err == nil && st.IsDir()
}

func scoreRun(o *scoreOptions) error {
	if isBatch(o.Args) {
		var err error
		if o.lang, err = report.ParseLang(o.Lang); err != nil {
			return usageError{err}
		}
		return batchRun(o)
	}
	if o.OutDir != "" {
		return usagef("--out-dir is for a batch: give a folder or several files")
	}
	format, err := report.FormatByName(o.Format)
	if err != nil {
		return usageError{err}
	}
	if format.Binary && len(o.Outputs) == 0 {
		return usagef("the %s format is written to a file: give -o FILE", format.Name)
	}
	if o.lang, err = report.ParseLang(o.Lang); err != nil {
		return usageError{err}
	}
	outs, err := planOutputs(o.Outputs, o.Format, o.formatSet, o.Args, o.Force)
	if err != nil {
		return err
	}
	if o.rubric, err = openRubric(o.Rubric); err != nil {
		return err
	}
	rep, err := scoreFile(o.Args[0], o.rubric, o.Limits)
	if err != nil {
		return err
	}
	rep.Lang = o.lang
	if err := checkStamp(o.IO.ErrOut, rep, o.rubric, o.Strict); err != nil {
		return err
	}
	if len(outs) > 0 {
		return writeOutputs(outs, rep, o.Force)
	}
	return format.Render(o.IO.Out, rep)
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

// scoreFile reads and scores one answer sheet.
func scoreFile(path string, r *rubric.Rubric, limits sheet.Options) (*report.Report, error) {
	return scoreWith(sheet.ReadFile, path, r, limits)
}

// scoreWith scores one answer sheet read by read.
func scoreWith(read func(string, *rubric.Rubric, sheet.Options) (*sheet.Answers, error), path string, r *rubric.Rubric, limits sheet.Options) (*report.Report, error) {
	a, err := read(path, r, limits)
	if err != nil {
		return nil, err
	}
	res, err := score.Compute(r, a.Levels)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	rep := &report.Report{Result: res, Answers: a, SourceSHA256: a.SHA256, ToolVersion: version(), Warnings: a.Warnings}
	if a.Self != nil {
		if rep.Self, err = score.Compute(r, a.Self); err != nil {
			return nil, fmt.Errorf("%s: self-assessment: %w", path, err)
		}
	}
	return rep, nil
}
