package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/golden"
	"github.com/spbe-id/spbe/pkg/report"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/safefile"
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
	f.StringVarP(&o.Format, "format", "f", "text", "output format: text or json")
	f.StringVar(&o.Lang, "lang", "id", "language of the output: id (Indonesian) or en (English)")
	addLimitFlags(f, &o.Limits)
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion("text", "json"))
	cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("id", "en"))
	return cmd
}

func checkRun(o *checkOptions) error {
	render := report.CheckText
	switch o.Format {
	case "text", "txt":
	case "json":
		render = report.CheckJSON
	default:
		return usagef("unknown format %q for check (text or json)", o.Format)
	}
	lang, err := report.ParseLang(o.Lang)
	if err != nil {
		return usageError{err}
	}
	r, err := openRubric(o.Rubric)
	if err != nil {
		return err
	}
	sheets, goldens, err := listCheckDir(o.Dir)
	if err != nil {
		return err
	}
	c := &report.Check{Dir: o.Dir, Rubric: r, RubricArg: o.Rubric, Update: o.Update, ToolVersion: version(), Lang: lang}
	results := scoreAll(o.Dir, sheets, r, o.Limits)
	for i, name := range sheets {
		gname := strings.TrimSuffix(name, filepath.Ext(name)) + golden.Suffix
		delete(goldens, gname)
		sh := compareSheet(o.Dir, name, gname, results[i])
		rewrite := o.Update && sh.Status != report.CheckSame && sh.Status != report.CheckFailed
		if sh.Err != nil && !rewrite {
			fmt.Fprintln(o.IO.ErrOut, sh.Err)
		}
		if rewrite {
			if err := writeAtomic(filepath.Join(o.Dir, gname), true, func(w io.Writer) error {
				_, err := w.Write(results[i].golden.Marshal())
				return err
			}); err != nil {
				return err
			}
			sh.Updated = true
		}
		c.Sheets = append(c.Sheets, sh)
	}
	for g := range goldens {
		c.Orphans = append(c.Orphans, g)
	}
	sort.Strings(c.Orphans)
	for _, g := range c.Orphans {
		fmt.Fprintf(o.IO.ErrOut, "%s: no sheet %s for this golden file (remove it, or restore the sheet)\n",
			filepath.Join(o.Dir, g), strings.TrimSuffix(g, golden.Suffix)+".xlsx")
	}
	if err := render(o.IO.Out, c); err != nil {
		return err
	}
	if !c.OK() {
		return exitError{ExitFailure}
	}
	return nil
}

// listCheckDir lists the answer sheets of dir, sorted, and its golden
// files. Office lock files (~$name.xlsx) and hidden files are not sheets.
func listCheckDir(dir string) (sheets []string, goldens map[string]bool, err error) {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil, fmt.Errorf("check %s: no such folder", dir)
	case err != nil:
		return nil, nil, fmt.Errorf("check %s: %w", dir, err)
	case !st.IsDir():
		return nil, nil, fmt.Errorf("check %s: not a folder (check takes the folder that holds the sheets and their goldens)", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("check %s: %w", dir, err)
	}
	goldens = map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") {
			continue
		}
		switch {
		case strings.HasSuffix(name, golden.Suffix):
			goldens[name] = true
		case strings.EqualFold(filepath.Ext(name), ".xlsx"):
			sheets = append(sheets, name)
		}
	}
	if len(sheets) == 0 {
		return nil, nil, fmt.Errorf("check %s: no answer sheets (*.xlsx) in it", dir)
	}
	sort.Strings(sheets)
	// a.xlsx and a.XLSX share a.golden.json, and A.xlsx's golden is
	// a.xlsx's on Windows and macOS: one would be checked against the
	// other's result.
	byGolden := map[string]string{}
	for _, name := range sheets {
		key := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
		if other, ok := byGolden[key]; ok {
			return nil, nil, fmt.Errorf("check %s: %s and %s would share one golden file, %s; rename one of them", dir, other, name, strings.TrimSuffix(other, filepath.Ext(other))+golden.Suffix)
		}
		byGolden[key] = name
	}
	return sheets, goldens, nil
}

// scored is a sheet's fresh result as a golden, or why it has none.
type scored struct {
	golden *golden.Golden
	err    error
}

// scoreAll scores the sheets concurrently, one worker per CPU; the results
// are in the order of names, whatever order the work finishes in.
func scoreAll(dir string, names []string, r *rubric.Rubric, limits sheet.Options) []scored {
	out := make([]scored, len(names))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = scoreForGolden(filepath.Join(dir, names[i]), r, limits)
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func scoreForGolden(path string, r *rubric.Rubric, limits sheet.Options) scored {
	rep, err := scoreFile(path, r, limits)
	if err != nil {
		return scored{err: err}
	}
	return scored{golden: golden.FromResult(rep.Result, rep.Self)}
}

// compareSheet compares a sheet's fresh result with its golden file.
func compareSheet(dir, name, gname string, s scored) report.CheckSheet {
	sh := report.CheckSheet{Sheet: name, Golden: gname}
	if s.err != nil {
		sh.Status, sh.Err = report.CheckFailed, s.err
		return sh
	}
	gpath := filepath.Join(dir, gname)
	data, err := readGolden(gpath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		sh.Status = report.CheckMissing
		sh.Err = fmt.Errorf("%s: no golden file %s (run spbe check --update to create it from this result)", filepath.Join(dir, name), gname)
		return sh
	case err != nil:
		sh.Status, sh.Err = report.CheckMalformed, fmt.Errorf("read golden %s: %w", gpath, err)
		return sh
	}
	old, err := golden.Parse(data)
	if err != nil {
		sh.Status, sh.Err = report.CheckMalformed, fmt.Errorf("%s: %w", gpath, err)
		return sh
	}
	sh.Differences = golden.Compare(old, s.golden)
	sh.Status = report.CheckSame
	if len(sh.Differences) > 0 {
		sh.Status = report.CheckChanged
	}
	return sh
}

// maxGoldenSize bounds a golden file: real ones are a few KiB, and a golden
// that is a link to an endless file must not hang the check.
const maxGoldenSize = 1 << 20

func readGolden(path string) ([]byte, error) {
	// A golden that is a pipe or a device is refused before it is opened:
	// opening a pipe would wait for a writer forever.
	data, err := safefile.ReadFile(path, maxGoldenSize)
	if errors.Is(err, safefile.ErrTooLarge) {
		return nil, fmt.Errorf("it is larger than %d bytes, which no golden file is", maxGoldenSize)
	}
	return data, err
}
