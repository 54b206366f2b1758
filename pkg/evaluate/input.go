// Package evaluate reads and scores what the commands are given: one
// answer sheet with the rubric --rubric names or the built-in one it fits
// (Rubrics.ScoreSheet, Rubrics.ReadSheet; the fit is decided in
// detect.go), an answer sheet or a JSON result of spbe score (ReadInput,
// Load) for explain, plan and compare, the two sides of a comparison
// (LoadPair), a folder of reference sheets with their golden files
// (Check), and spbe inspect's view of a workbook (Inspect). It also reads
// what a single report adds to a score: the target index, the previous
// evaluation and the sign-off block (Target, AddPrevious, Signer). It
// builds the documents of pkg/doc or their inputs; it draws nothing.
//
// evaluate may import pkg/doc (and pkg/doc/checkdoc), pkg/golden,
// pkg/insight, pkg/lang, pkg/rubric, pkg/score, pkg/sheet and
// pkg/render/json (for the JSON result it reads back); never pkg/cli.
package evaluate

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"io"
	"path/filepath"

	"github.com/spbe-id/spbe/pkg/doc"
	jsonr "github.com/spbe-id/spbe/pkg/render/json"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/safefile"
	"github.com/spbe-id/spbe/pkg/score"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// Input is one evaluation given to explain, plan or compare: an answer
// sheet, or the JSON that spbe score --format json wrote.
type Input struct {
	path string
	// json is the decoded result when the input is one; nil for a sheet.
	json *jsonr.JSONResult
}

// ReadInput reads a JSON result, or leaves an answer sheet for the sheet
// reader. A file is JSON when its first character (after a byte order mark
// and blanks) is "{": no workbook starts so.
func ReadInput(path string, limits sheet.Options) (*Input, error) {
	in := &Input{path: path}
	f, err := safefile.Open(path)
	if errors.Is(err, safefile.ErrNotRegular) {
		// Refused before it is opened: a pipe would block the read of
		// its first bytes.
		return nil, lang.Errorf("evaluate.read", path, err)
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
		return nil, lang.Errorf("evaluate.read", path, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, lang.Errorf("evaluate.read", path, err)
	}
	if int64(len(data)) > max {
		return nil, lang.Errorf("evaluate.read-file-larger-than", path, max)
	}
	if in.json, err = jsonr.ReadJSONResult(data); err != nil {
		return nil, lang.Errorf("evaluate.read", path, err)
	}
	return in, nil
}

// JSONRubricID is the rubric a JSON result records, or "" for an answer
// sheet.
func (in *Input) JSONRubricID() string {
	if in.json != nil {
		return in.json.Rubric.ID
	}
	return ""
}

// RubricID is the rubric the input was made for: the one a JSON result
// records, or the one an answer sheet is scored with.
func (in *Input) RubricID(r *rubric.Rubric) string {
	if in.json != nil {
		return in.json.Rubric.ID
	}
	return r.ID
}

// Evaluation is a scored input: its result, and what a document says of
// where it came from.
type Evaluation struct {
	Result  *score.Result
	Subject doc.Subject
}

// Score scores the input with r. A JSON result's levels are scored
// again, so every number shown comes from the engine; a result recorded
// with another version of the rubric is scored with the one in use, and
// says so.
func (in *Input) Score(rs Rubrics, limits sheet.Options) (*Evaluation, error) {
	if in.json == nil {
		rep, err := rs.ScoreSheet(in.path, limits, "")
		if err != nil {
			return nil, err
		}
		a, r := rep.Answers, rep.Result.Rubric
		warnings := a.Warnings
		if made, used, ok := StampMismatch(a, r); ok {
			warnings = append(warnings, lang.Sprintf("evaluate.sheet-was-made-from", made, used))
		}
		return &Evaluation{Result: rep.Result, Subject: doc.Subject{File: rep.SourceName(), Sheet: a.Sheet, OPD: a.OPD, Year: a.Year, Warnings: warnings, Choice: rep.Choice}}, nil
	}
	j := in.json
	name := filepath.Base(in.path)
	r := rs.Named
	var choice *doc.Choice
	if r == nil {
		// The result records its rubric: score it again with that one.
		var err error
		if r, err = rubric.Builtin(j.Rubric.ID); err != nil {
			return nil, lang.Errorf("evaluate.result-rubric-not-builtin", in.path, j.Rubric.ID)
		}
		choice = &doc.Choice{Rubric: r.ID, FromResult: true}
	}
	if j.Rubric.ID != r.ID {
		return nil, lang.Errorf("evaluate.result-was-scored-with", in.path, j.Rubric.ID, r.ID, j.Rubric.ID)
	}
	values, err := jsonValues(r, j)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.path, err)
	}
	res, err := score.ComputeValues(r, values)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.path, err)
	}
	ev := &Evaluation{Result: res, Subject: doc.Subject{File: name, From: j.File, OPD: j.OPD, Year: j.Year, Choice: choice}}
	if j.Rubric.SHA256 != r.Hash {
		ev.Subject.Warnings = append(ev.Subject.Warnings, lang.Sprintf("evaluate.was-scored-with-another", name, r.ID, short(j.Rubric.SHA256), short(r.Hash)))
	}
	if got := rubric.Exact(res.Index); got != j.IndexExact {
		ev.Subject.Warnings = append(ev.Subject.Warnings, lang.Sprintf("evaluate.records-index-but-its", name, j.IndexExact, got))
	}
	return ev, nil
}

// short is a hash cut to 12 characters, enough to tell two apart.
func short(hash string) string {
	if len(hash) > 12 {
		return hash[:12]
	}
	return hash
}

// Load reads and scores one input.
func Load(path string, rs Rubrics, limits sheet.Options) (*Evaluation, error) {
	in, err := ReadInput(path, limits)
	if err != nil {
		return nil, err
	}
	return in.Score(rs, limits)
}

// ScoreFile reads and scores one answer sheet with r into its report, made
// by toolVersion of spbe. The commands use Rubrics.ScoreSheet, which also
// lets the sheet choose its rubric.
func ScoreFile(path string, r *rubric.Rubric, limits sheet.Options, toolVersion string) (*doc.Report, error) {
	a, err := sheet.ReadFile(path, r, limits)
	if err != nil {
		return nil, err
	}
	return doc.NewReport(path, a, r, toolVersion)
}

// jsonValues reads the values of a JSON result back: the exact value when
// it records one (schema_version 2), else the whole level; a value taken
// from a source score or a pending rule is resolved again, so that every
// output of the evaluation still says so.
func jsonValues(r *rubric.Rubric, j *jsonr.JSONResult) (score.Values, error) {
	values := score.Values{}
	for _, it := range j.Indicators {
		if _, dup := values[it.ID]; dup {
			return nil, lang.Errorf("evaluate.json-listed-twice", it.ID)
		}
		in := r.Indicator(it.ID)
		if in == nil {
			return nil, lang.Errorf("evaluate.json-not-in-rubric", it.ID, r.ID)
		}
		var v rubric.Value
		var err error
		switch {
		case it.Assumed && in.Assume() != nil:
			v = *in.Assume()
		case it.Value != "":
			v, err = in.Scale.ParseValue(it.Value)
		default:
			v = rubric.WholeValue(it.Level)
		}
		if err != nil {
			return nil, lang.Errorf("evaluate.indicator-err", it.ID, err)
		}
		if it.SourceScore != "" && in.External != nil {
			s, err := in.External.ParseScore(it.SourceScore)
			if err != nil {
				return nil, lang.Errorf("evaluate.indicator-err", it.ID, err)
			}
			if v, err = in.Resolve(&v, &s); err != nil {
				return nil, err
			}
		}
		values[it.ID] = v
	}
	return values, nil
}
