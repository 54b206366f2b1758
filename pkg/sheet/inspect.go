package sheet

import (
	"errors"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Inspection is how the reader saw a workbook: every worksheet, where it
// found a header row, how it classified every column and why, the rows it
// took and skipped, the labelled OPD and year, and the problems that
// stopped it. It is what `spbe inspect` shows, and what a bug report
// attaches.
type Inspection struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256,omitempty"`
	// Sheets are the worksheets searched, in the order searched.
	Sheets []SheetView `json:"sheets"`
	// OPD, Agency and Year are the labelled cells found above a table.
	OPD    string `json:"opd,omitempty"`
	Agency string `json:"agency,omitempty"`
	Year   string `json:"year,omitempty"`
	// Sheet, LevelColumn and SelfColumn are what was read, when the sheet
	// could be read.
	Sheet       string `json:"sheet,omitempty"`
	LevelColumn string `json:"level_column,omitempty"`
	SelfColumn  string `json:"self_column,omitempty"`
	Indicators  int    `json:"indicators"`
	// Warnings are the notices a score would print; Problems what stopped
	// the reading (an ambiguity names the flag that settles it).
	Warnings []string  `json:"warnings"`
	Problems []Problem `json:"problems"`
	Readable bool      `json:"readable"`
}

// SheetView is one worksheet as the reader saw it.
type SheetView struct {
	Name   string `json:"name"`
	Hidden bool   `json:"hidden"`
	// HeaderRows are the rows of the header (two for a parent row over
	// child headers); empty when none was found.
	HeaderRows []int    `json:"header_rows"`
	Columns    []Column `json:"columns"`
	// Rows is how many rows under the header named an indicator;
	// Skipped the rows under it that did not, with why.
	Rows    int          `json:"rows"`
	Skipped []SkippedRow `json:"skipped"`
}

// SkippedRow is a row under the header that was not read as an indicator.
type SkippedRow struct {
	Row  int    `json:"row"`
	Why  string `json:"why"`
	Text string `json:"text,omitempty"`
}

// maxSkippedShown bounds the skipped rows listed per sheet.
const maxSkippedShown = 20

// Inspect reads the workbook at path as ReadFile does and reports how it
// was read. The error is for a file that cannot be opened at all; a sheet
// the reader refuses is described, with its problems, in the inspection.
func Inspect(path string, r *rubric.Rubric, opt Options) (*Inspection, error) {
	in := &Inspection{File: path, Warnings: []string{}, Problems: []Problem{}}
	opt.inspect = in
	a, err := ReadFile(path, r, opt)
	if err != nil {
		var se *Error
		if !errors.As(err, &se) {
			return nil, err
		}
		in.Problems = append(in.Problems, se.Problems...)
		return in, nil
	}
	in.Readable = true
	in.SHA256, in.Sheet, in.LevelColumn, in.SelfColumn = a.SHA256, a.Sheet, a.LevelColumn, a.SelfColumn
	in.OPD, in.Agency, in.Year = a.OPD, a.Agency, a.Year
	in.Indicators = len(a.Cells)
	in.Warnings = append(in.Warnings, a.Warnings...)
	return in, nil
}

func (rd *reader) view(name string) *SheetView {
	in := rd.opt.inspect
	if in == nil {
		return nil
	}
	for i := range in.Sheets {
		if in.Sheets[i].Name == name {
			return &in.Sheets[i]
		}
	}
	in.Sheets = append(in.Sheets, SheetView{Name: name, HeaderRows: []int{}, Columns: []Column{}, Skipped: []SkippedRow{}})
	return &in.Sheets[len(in.Sheets)-1]
}

func (v *SheetView) skip(row int, why, text string) {
	if v != nil && len(v.Skipped) < maxSkippedShown {
		v.Skipped = append(v.Skipped, SkippedRow{Row: row, Why: why, Text: lang.Clip(text)})
	}
}
