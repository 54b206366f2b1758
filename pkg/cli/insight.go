package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/report"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/safefile"
	"github.com/spbe-id/spbe/pkg/score"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// insightFlags are the flags explain, plan and compare share with score.
type insightFlags struct {
	Rubric string
	Format string
	Lang   string
	Limits sheet.Options

	format string
	lang   report.Lang
	rubric *rubric.Rubric
}

func (f *insightFlags) add(cmd *cobra.Command) {
	fs := cmd.Flags()
	addRubricFlag(fs, &f.Rubric)
	fs.StringVarP(&f.Format, "format", "f", "text", "output format: text, markdown or json")
	fs.StringVar(&f.Lang, "lang", "id", "language of the output: id (Indonesian) or en (English)")
	addLimitFlags(fs, &f.Limits)
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion("text", "markdown", "json"))
	cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("id", "en"))
}

// check validates the format and the language and opens the rubric:
// everything a usage error can come from, before any input is read.
func (f *insightFlags) check() error {
	var err error
	if f.format, err = report.InsightFormat(f.Format); err != nil {
		return usageError{err}
	}
	if f.lang, err = report.ParseLang(f.Lang); err != nil {
		return usageError{err}
	}
	f.rubric, err = openRubric(f.Rubric)
	return err
}

// input is one evaluation given to explain, plan or compare: an answer
// sheet, or the JSON that spbe score --format json wrote.
type input struct {
	path string
	// json is the decoded result when the input is one; nil for a sheet.
	json *report.JSONResult
}

// readInput reads a JSON result, or leaves an answer sheet for the sheet
// reader. A file is JSON when its first character (after a byte order mark
// and blanks) is "{": no workbook starts so.
func readInput(path string, limits sheet.Options) (*input, error) {
	in := &input{path: path}
	f, err := safefile.Open(path)
	if errors.Is(err, safefile.ErrNotRegular) {
		// Refused before it is opened: a pipe would block the read of
		// its first bytes.
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if err != nil {
		// The sheet reader words these (no such file, a folder).
		return in, nil
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head[:n], []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return in, nil
	}
	max := limits.MaxFileSize
	if max <= 0 {
		max = sheet.DefaultMaxFileSize
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("read %s: %v", path, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %v", path, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("read %s: the file is larger than %d bytes (--max-file-size)", path, max)
	}
	if in.json, err = report.ReadJSONResult(data); err != nil {
		return nil, fmt.Errorf("read %s: %v", path, err)
	}
	return in, nil
}

// rubricID is the rubric the input was made for: the one a JSON result
// records, or the one an answer sheet is scored with.
func (in *input) rubricID(r *rubric.Rubric) string {
	if in.json != nil {
		return in.json.Rubric.ID
	}
	return r.ID
}

// evaluation is a scored input.
type evaluation struct {
	result  *score.Result
	subject report.Subject
}

// scoreInput scores an input with r. A JSON result's levels are scored
// again, so every number shown comes from the engine; a result recorded
// with another version of the rubric is scored with the one in use, and
// says so.
func scoreInput(in *input, r *rubric.Rubric, limits sheet.Options) (*evaluation, error) {
	if in.json == nil {
		rep, err := scoreFile(in.path, r, limits)
		if err != nil {
			return nil, err
		}
		a := rep.Answers
		warnings := a.Warnings
		if made, used, ok := stampMismatch(a, r); ok {
			warnings = append(warnings, fmt.Sprintf("the sheet was made from rubric %s but is scored with %s", made, used))
		}
		return &evaluation{result: rep.Result, subject: report.Subject{File: rep.SourceName(), Sheet: a.Sheet, OPD: a.OPD, Year: a.Year, Warnings: warnings}}, nil
	}
	j := in.json
	name := filepath.Base(in.path)
	if j.Rubric.ID != r.ID {
		return nil, fmt.Errorf("%s: the result was scored with rubric %s, not %s: give --rubric %s (a built-in name or its YAML file)", in.path, j.Rubric.ID, r.ID, j.Rubric.ID)
	}
	levels := score.Levels{}
	for _, it := range j.Indicators {
		if _, dup := levels[it.ID]; dup {
			return nil, fmt.Errorf("%s: indicator %s is listed twice", in.path, it.ID)
		}
		levels[it.ID] = it.Level
	}
	res, err := score.Compute(r, levels)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.path, err)
	}
	ev := &evaluation{result: res, subject: report.Subject{File: name, From: j.File, OPD: j.OPD, Year: j.Year}}
	if j.Rubric.SHA256 != r.Hash {
		ev.subject.Warnings = append(ev.subject.Warnings, fmt.Sprintf("%s was scored with another version of rubric %s (sha256 %s, in use %s); its levels are scored again with the rubric in use", name, r.ID, short(j.Rubric.SHA256), short(r.Hash)))
	}
	if got := rubric.Exact(res.Index); got != j.IndexExact {
		ev.subject.Warnings = append(ev.subject.Warnings, fmt.Sprintf("%s records the index %s, but its levels give %s", name, j.IndexExact, got))
	}
	return ev, nil
}

func short(hash string) string {
	if len(hash) > 12 {
		return hash[:12]
	}
	return hash
}

// loadEvaluation reads and scores one input.
func loadEvaluation(path string, r *rubric.Rubric, limits sheet.Options) (*evaluation, error) {
	in, err := readInput(path, limits)
	if err != nil {
		return nil, err
	}
	return scoreInput(in, r, limits)
}
