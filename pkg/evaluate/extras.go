package evaluate

import (
	"math/big"
	"strings"
	"time"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// This file reads what a single report adds to a score, as the command
// line gives it: the agency's target index, the previous evaluation and
// the sign-off block. Target and Signer check flag values, and their
// errors are usage errors; AddPrevious reads a file.

// Target reads --target-index, written with a decimal comma or point, and
// checks it lies within r's index range; nil when it is empty.
func Target(s string, r *rubric.Rubric) (*big.Rat, error) {
	if s == "" {
		return nil, nil
	}
	t, err := ParseIndex(s)
	if err != nil {
		return nil, lang.Errorf("evaluate.target-index", err)
	}
	if lo, hi := r.LevelRange(); t.Cmp(big.NewRat(int64(lo), 1)) < 0 || t.Cmp(big.NewRat(int64(hi), 1)) > 0 {
		return nil, lang.Errorf("evaluate.target-outside", s, lo, hi)
	}
	return t, nil
}

// ParseIndex reads an index written with a decimal comma (2,60) or point
// (2.60). A number with both, or with more than one separator, is refused:
// 2.600,5 could be read two ways.
func ParseIndex(s string) (*big.Rat, error) {
	t := strings.TrimSpace(s)
	if strings.Count(t, ",")+strings.Count(t, ".") > 1 {
		return nil, lang.Errorf("evaluate.index-separators", s)
	}
	t = strings.Replace(t, ",", ".", 1)
	for _, c := range t {
		if (c < '0' || c > '9') && c != '.' {
			return nil, lang.Errorf("evaluate.index-not-number", s)
		}
	}
	v, ok := new(big.Rat).SetString(t)
	if !ok || t == "" || t == "." {
		return nil, lang.Errorf("evaluate.index-not-number", s)
	}
	return v, nil
}

// AddPrevious reads the previous evaluation at path (a sheet or a JSON
// result, scored with r) into rep, with its notices.
func AddPrevious(rep *doc.Report, path string, r *rubric.Rubric, limits sheet.Options) error {
	ev, err := Load(path, Rubrics{Named: r}, limits)
	if err != nil {
		return lang.Errorf("evaluate.read-previous", err)
	}
	rep.Previous = &doc.Previous{Result: ev.Result, Year: ev.Subject.Year, File: ev.Subject.File}
	rep.Warnings = append(rep.Warnings, ev.Subject.Warnings...)
	return nil
}

// Signer reads the sign-off block of --signer, --signer-id, --place and
// --date (YYYY-MM-DD); nil when none is given. The others need a signer.
func Signer(name, id, place, date string) (*doc.Signer, error) {
	if name == "" {
		if id != "" || place != "" || date != "" {
			return nil, lang.Errorf("evaluate.signer-needed")
		}
		return nil, nil
	}
	s := &doc.Signer{Name: name, ID: id, Place: place}
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			return nil, lang.Errorf("evaluate.signer-date", date)
		}
		s.Date = d
	}
	return s, nil
}
