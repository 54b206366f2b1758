package sheet

import (
	"strconv"

	"github.com/spbe-id/spbe/pkg/lang"
)

// Range is the range a limit takes, with its unit. Far above the range
// nothing real is met and sums on the limits overflow (a --max-file-size
// of 9223372036854775807 made the reader slice with a negative length); at
// or below zero a limit would forbid everything. A value outside the
// range is clamped to it, and a notice says so before anything is read.
type Range struct {
	Min, Max int64
	Unit     string // "bytes", "rows", "columns" or "workers"
}

// The ranges of the reader's limits (Options).
var (
	FileSizeRange  = Range{1, 1 << 30, "bytes"}   // an answer sheet is read into memory
	UnzipSizeRange = Range{1, 16 << 30, "bytes"}  // of unpacked workbook
	RowRange       = Range{1, 1 << 20, "rows"}    // the most rows a worksheet can have
	ColumnRange    = Range{1, 1 << 14, "columns"} // and columns
)

// Clamp reads a limit written as an integer (0x… and 0o… too) and brings
// it within r. A number past int64 is taken for the largest or smallest
// possible: the intent is clear. When the value was outside r, notice says
// so, naming the flag, the value as given and the value used.
func (r Range) Clamp(flag, s string) (v int64, notice string, err error) {
	v, err = strconv.ParseInt(s, 0, 64)
	if err != nil {
		ne, ok := err.(*strconv.NumError)
		if !ok || ne.Err != strconv.ErrRange {
			return 0, "", lang.Errorf("sheet.limit-not-number", s)
		}
		v = r.Max + 1
		if s != "" && s[0] == '-' {
			v = r.Min - 1
		}
	}
	if v >= r.Min && v <= r.Max {
		return v, "", nil
	}
	v = min(max(v, r.Min), r.Max)
	return v, lang.Sprintf("sheet.limit-clamped", flag, s, r.Min, r.Max, lang.S("sheet.unit."+r.Unit), v), nil
}
