package cell

import (
	"strconv"
	"sync/atomic"

	"github.com/spbe-id/spbe/pkg/sheet/internal/memo"
	"github.com/spbe-id/spbe/pkg/workbook"
)

// A batch names a cell for every level it reads, and the same cells sheet
// after sheet: no fmt here, and the names are remembered. The cells of a
// table's usual place (the first 16 columns, the first 1,024 rows) are
// kept in an array read without a lock; the others in a bounded table.
const (
	nearCols = 16
	nearRows = 1024
)

var (
	nearNames [nearCols * nearRows]atomic.Pointer[string]
	names     memo.Table[int, string] // col<<21 | row, as rows stop at 2^20
)

// Name is the name of the cell at a 0-based column and a row number:
// Name(4, 12) is "E12".
func Name(col, row int) string {
	if 0 <= col && col < nearCols && 0 <= row && row < nearRows {
		p := &nearNames[col*nearRows+row]
		if s := p.Load(); s != nil {
			return *s
		}
		s := name(col, row)
		p.Store(&s)
		return s
	}
	return names.Get(col<<21|row, func(int) string { return name(col, row) })
}

func name(col, row int) string { return workbook.ColName(col) + strconv.Itoa(row) }
