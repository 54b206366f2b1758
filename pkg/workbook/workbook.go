// Package workbook reads the parts of an .xlsx workbook that an answer sheet
// needs — the sheet list, shared strings, cell values (cached values for
// formulas), hidden rows and columns, and a few custom document properties —
// and tells what a file really is before treating it as one.
//
// Workbooks come from other people's computers, so everything read is
// bounded (Options) and a crafted file gets an error, not a hang or an
// exhausted memory. The package knows nothing of rubrics or answer tables:
// finding the answer table is package sheet's work. It imports only the
// standard library.
package workbook

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"strconv"
)

// Options bound what is read from a workbook.
type Options struct {
	// MaxUnzipSize is the largest total unpacked size of the workbook.
	MaxUnzipSize int64
	// MaxCols is how many columns of a row are kept.
	MaxCols int
}

// Property names kept from the custom document properties. The rubric
// stamp is written by `spbe template`; the document stamp by the report
// writers, so that a report is never read back as an answer sheet.
const (
	PropRubric   = "spbe.rubric"
	PropVersion  = "spbe.rubric.version"
	PropHash     = "spbe.rubric.hash"
	PropDocument = "spbe.document"
)

// stampProps are the only custom properties kept: their names come from
// the file, and keeping every one let a 6 MB file listing millions of empty
// properties take over 500 MB.
var stampProps = map[string]bool{PropRubric: true, PropVersion: true, PropHash: true, PropDocument: true}

// Errors Open returns for workbooks over a structural limit.
var (
	ErrZipBomb       = errZipBomb
	ErrTooManyRels   = errTooManyRels
	ErrTooManySheets = errTooManySheets
)

// MaxRels and MaxSheets are the structural limits behind ErrTooManyRels
// and ErrTooManySheets.
const (
	MaxRels   = maxRels
	MaxSheets = maxSheets
)

// Workbook is an .xlsx workbook opened for reading.
type Workbook struct{ wb *workbook }

// Sheet is one worksheet of a workbook, in workbook order.
type Sheet struct {
	// Name is the worksheet's tab name.
	Name string
	// Hidden is true for a worksheet hidden from the person who opens the
	// workbook (state hidden or veryHidden).
	Hidden bool
	ref    sheetRef
}

// Open reads the structure of the workbook in data: its worksheets and
// custom properties. Cells are read later, a worksheet at a time, by Rows.
// An error other than ErrZipBomb, ErrTooManyRels and ErrTooManySheets
// starting "zip:" means the archive itself is unreadable.
func Open(data []byte, opt Options) (*Workbook, error) {
	wb, err := openWorkbook(data, opt)
	if err != nil {
		return nil, err
	}
	return &Workbook{wb: wb}, nil
}

// Sheets lists the worksheets in workbook order.
func (w *Workbook) Sheets() []Sheet {
	out := make([]Sheet, len(w.wb.sheets))
	for i, s := range w.wb.sheets {
		out[i] = Sheet{Name: s.name, Hidden: s.hidden, ref: s}
	}
	return out
}

// CustomProps returns the kept custom document properties (the rubric and
// document stamps), by name.
func (w *Workbook) CustomProps() map[string]string { return w.wb.custom }

// Rows opens a worksheet for reading row by row.
func (w *Workbook) Rows(s Sheet) (*Rows, error) {
	it, err := w.wb.rows(s.ref)
	if err != nil {
		return nil, err
	}
	return &Rows{it: it}, nil
}

// Rows streams a worksheet's rows. Rows absent from the file are not
// visited.
type Rows struct{ it *rowIter }

// Next advances to the next row; it returns false at the end or on an
// error (see Err).
func (r *Rows) Next() bool { return r.it.Next() }

// Num is the 1-based number of the current row.
func (r *Rows) Num() int { return r.it.num }

// Cols are the current row's cell values, placed by column (0-based); a
// formula gives its cached value. The slice is reused by Next.
func (r *Rows) Cols() []string { return r.it.cols }

// Dups are the references of cells written more than once in the current
// row.
func (r *Rows) Dups() []string { return r.it.dups }

// Err is the error that stopped Next, if any.
func (r *Rows) Err() error { return r.it.err }

// Close releases the worksheet; it may be called more than once.
func (r *Rows) Close() { r.it.Close() }

// Sniff tells what data really is before it is opened as a workbook, so
// that a wrong kind of file gets a message a person can act on. It returns
// "" for what looks like an .xlsx (a zip archive).
func Sniff(data []byte) string { return sniff(data) }

// ColName returns the letters of the 0-based column i ("A" for 0).
func ColName(i int) string { return colName(i) }

// SplitRef splits "AB12" into the 1-based column 28 and row 12. A reference
// with no row ("AB") gives row 0.
func SplitRef(ref string) (col, row int, ok bool) { return splitRef(ref) }

// UnescapeText decodes the _xHHHH_ escapes of spreadsheet text and drops
// control characters other than tab and newline.
func UnescapeText(s string) string { return unescapeText(s) }

// ByteSize writes a size for a person: "20 MiB", "62.5 KiB".
func ByteSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20:
		if n%(1<<20) == 0 {
			return fmt.Sprintf("%d MiB", n>>20)
		}
		return lang.Sprintf("wb.mib", lang.Dec(fmt.Sprintf("%.1f", float64(n)/(1<<20))))
	case n >= 1<<10:
		return lang.Sprintf("wb.kib", lang.Dec(fmt.Sprintf("%.1f", float64(n)/(1<<10))))
	}
	return lang.Sprintf("wb.bytes", n)
}

func byteSize(n int64) string { return ByteSize(n) }

// extra is what a row iterator knows beyond the cell values: which columns
// and rows are hidden from the person who opens the workbook, and which
// cells hold a formula with no saved value.
type extra struct {
	hiddenCols [][2]int // 1-based inclusive ranges from <cols>
	hidden     bool     // the current row is hidden
	formula    bool     // the cell being read has a formula
	noValue    []int    // 0-based columns of formulas without a value, this row
}

// maxHiddenRanges bounds the hidden-column ranges kept: a worksheet has a
// few, and the list is searched for every column asked about.
const maxHiddenRanges = 256

func (it *rowIter) noteCol(lo, hi, hidden string) {
	if !isTrue(hidden) || len(it.hiddenCols) >= maxHiddenRanges {
		return
	}
	a, err1 := strconv.Atoi(lo)
	b, err2 := strconv.Atoi(hi)
	if err1 != nil || err2 != nil || a < 1 || b < a {
		return
	}
	it.hiddenCols = append(it.hiddenCols, [2]int{a, b})
}

func isTrue(v string) bool { return v == "1" || v == "true" }

// ColHidden tells whether the 0-based column i is hidden. Column widths
// and visibility come before the rows in a worksheet, so this is known
// once Next has returned the first row.
func (r *Rows) ColHidden(i int) bool {
	for _, h := range r.it.hiddenCols {
		if i+1 >= h[0] && i+1 <= h[1] {
			return true
		}
	}
	return false
}

// Hidden tells whether the current row is hidden.
func (r *Rows) Hidden() bool { return r.it.hidden }

// NoValue lists the 0-based columns of the current row whose cell holds a
// formula with no saved value (a file written by a program that does not
// calculate). The slice is reused by Next.
func (r *Rows) NoValue() []int { return r.it.noValue }
