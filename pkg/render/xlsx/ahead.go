package xlsx

import (
	"sync"

	"github.com/xuri/excelize/v2"
)

// ahead is the empty workbook Prepare is making, if any.
var ahead struct {
	sync.Mutex
	f chan *excelize.File
}

// Prepare starts making, on another goroutine, the empty workbook that
// the next XLSX call builds on. excelize.NewFile parses its templates
// (the theme, the styles, the workbook), about a millisecond of the
// single report's twenty; spbe score calls Prepare before it reads the
// sheet, so that the second core does this while the first reads and
// scores. A workbook prepared and never used is left to the collector:
// it holds no file.
func Prepare() {
	ch := make(chan *excelize.File, 1)
	go func() { ch <- excelize.NewFile() }()
	ahead.Lock()
	ahead.f = ch
	ahead.Unlock()
}

// newFile returns the workbook Prepare made, waiting for it if need be,
// or a new one.
func newFile() *excelize.File {
	ahead.Lock()
	ch := ahead.f
	ahead.f = nil
	ahead.Unlock()
	if ch != nil {
		return <-ch
	}
	return excelize.NewFile()
}
