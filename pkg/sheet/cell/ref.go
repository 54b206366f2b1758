package cell

import (
	"strconv"

	"github.com/spbe-id/spbe/pkg/sheet/internal/memo"
	"github.com/spbe-id/spbe/pkg/workbook"
)

// names remembers cell names: col<<21 | row, as rows stop at 2^20.
var names memo.Table[int, string]

// Name is the name of the cell at a 0-based column and a row number:
// Name(4, 12) is "E12".
func Name(col, row int) string {
	// A batch names a cell for every level it reads, and the same cells
	// sheet after sheet: no fmt here, and the names are remembered.
	return names.Get(col<<21|row, func(int) string { return workbook.ColName(col) + strconv.Itoa(row) })
}
