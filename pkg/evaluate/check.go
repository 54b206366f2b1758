package evaluate

import (
	"errors"
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/spbe-id/spbe/pkg/doc/checkdoc"
	"github.com/spbe-id/spbe/pkg/golden"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/safefile"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// listCheckDir lists the answer sheets of dir, sorted, and its golden
// files. Office lock files (~$name.xlsx) and hidden files are not sheets.
func listCheckDir(dir string) (sheets []string, goldens map[string]bool, err error) {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil, lang.Errorf("evaluate.check-no-such-folder", dir)
	case err != nil:
		return nil, nil, fmt.Errorf("check %s: %w", dir, err)
	case !st.IsDir():
		return nil, nil, lang.Errorf("evaluate.check-not-folder-check", dir)
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
		return nil, nil, lang.Errorf("evaluate.check-no-answer-sheets", dir)
	}
	sort.Strings(sheets)
	// a.xlsx and a.XLSX share a.golden.json, and A.xlsx's golden is
	// a.xlsx's on Windows and macOS: one would be checked against the
	// other's result.
	byGolden := map[string]string{}
	for _, name := range sheets {
		key := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
		if other, ok := byGolden[key]; ok {
			return nil, nil, lang.Errorf("evaluate.check-and-would-share", dir, other, name, strings.TrimSuffix(other, filepath.Ext(other))+golden.Suffix)
		}
		byGolden[key] = name
	}
	return sheets, goldens, nil
}

// scored is a sheet's fresh result as a golden, or why it has none.
type scored struct {
	golden *golden.Golden
	rubric *rubric.Rubric
	err    error
}

// scoreAll scores the sheets concurrently, one worker per CPU; the results
// are in the order of names, whatever order the work finishes in.
func scoreAll(dir string, names []string, rs Rubrics, limits sheet.Options) []scored {
	out := make([]scored, len(names))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = scoreForGolden(filepath.Join(dir, names[i]), rs, limits)
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

// scoreForGolden scores one sheet into the golden of its result.
func scoreForGolden(path string, rs Rubrics, limits sheet.Options) scored {
	rep, err := rs.ScoreSheet(path, limits, "")
	if err != nil {
		return scored{err: err}
	}
	return scored{golden: golden.FromResult(rep.Result, rep.Self), rubric: rep.Result.Rubric}
}

// compareSheet compares a sheet's fresh result with its golden file.
func compareSheet(dir, name, gname string, s scored) checkdoc.Sheet {
	sh := checkdoc.Sheet{Sheet: name, Golden: gname}
	if s.err != nil {
		sh.Status, sh.Err = checkdoc.Failed, s.err
		return sh
	}
	gpath := filepath.Join(dir, gname)
	data, err := readGolden(gpath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		sh.Status = checkdoc.Missing
		sh.Err = lang.Errorf("evaluate.no-golden-file-run", filepath.Join(dir, name), gname)
		return sh
	case err != nil:
		sh.Status, sh.Err = checkdoc.Malformed, lang.Errorf("evaluate.read-golden", gpath, err)
		return sh
	}
	old, err := golden.Parse(data)
	if err != nil {
		sh.Status, sh.Err = checkdoc.Malformed, fmt.Errorf("%s: %w", gpath, err)
		return sh
	}
	sh.Differences = golden.Compare(old, s.golden)
	sh.Status = checkdoc.Same
	if len(sh.Differences) > 0 {
		sh.Status = checkdoc.Changed
	}
	return sh
}

// maxGoldenSize bounds a golden file: real ones are a few KiB, and a golden
// that is a link to an endless file must not hang the check.
const maxGoldenSize = 1 << 20

// readGolden reads a golden file, refusing one larger than any golden.
func readGolden(path string) ([]byte, error) {
	// A golden that is a pipe or a device is refused before it is opened:
	// opening a pipe would wait for a writer forever.
	data, err := safefile.ReadFile(path, maxGoldenSize)
	if errors.Is(err, safefile.ErrTooLarge) {
		return nil, lang.Errorf("evaluate.it-larger-than-bytes", maxGoldenSize)
	}
	return data, err
}

// Check re-scores every answer sheet of c.Dir with c.Rubric and compares
// each result with its golden file, filling c.Sheets and c.Orphans. With
// c.Update, a golden that is missing, malformed or differs is rewritten
// through writeGolden. Why a sheet failed, and each orphan golden, is
// written to errOut as it is found. An error is returned only when the
// folder cannot be listed or a golden cannot be written.
func Check(c *checkdoc.Check, limits sheet.Options, writeGolden func(path string, data []byte) error, errOut io.Writer) error {
	sheets, goldens, err := listCheckDir(c.Dir)
	if err != nil {
		return err
	}
	// Without --rubric each sheet is scored with the rubric it fits; the
	// summary names the first sheet's.
	results := scoreAll(c.Dir, sheets, Rubrics{Named: c.Rubric}, limits)
	for _, s := range results {
		if c.Rubric == nil && s.rubric != nil {
			c.Rubric = s.rubric
		}
	}
	if c.Rubric == nil {
		if c.Rubric, err = rubric.Builtin(rubric.Default); err != nil {
			return err
		}
	}
	for i, name := range sheets {
		gname := strings.TrimSuffix(name, filepath.Ext(name)) + golden.Suffix
		delete(goldens, gname)
		sh := compareSheet(c.Dir, name, gname, results[i])
		rewrite := c.Update && sh.Status != checkdoc.Same && sh.Status != checkdoc.Failed
		if sh.Err != nil && !rewrite {
			fmt.Fprintln(errOut, sh.Err)
		}
		if rewrite {
			if err := writeGolden(filepath.Join(c.Dir, gname), results[i].golden.Marshal()); err != nil {
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
		fmt.Fprint(errOut, lang.Sprintf("evaluate.orphan-golden",
			filepath.Join(c.Dir, g), strings.TrimSuffix(g, golden.Suffix)+".xlsx"))
	}
	return nil
}
