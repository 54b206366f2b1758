package sheet_test

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/sheet"
)

// The reader remembers header texts across a batch (pkg/sheet/internal/
// memo), but never long ones: files whose rows above any table hold
// thousands of distinct long texts leave the live heap as it was.
// Before the bound in bytes, these eight files kept 4,096 texts of 1 KB
// twice over (8 MB here; 2 GB with 30 KB texts).
func TestLongTextsAboveATableAreNotKept(t *testing.T) {
	r := spbe2020(t)
	files := make([][]byte, 8)
	for i := range files {
		f := excelize.NewFile()
		for row := 1; row <= 20; row++ {
			for col := 1; col <= 30; col++ {
				cell, _ := excelize.CoordinatesToCellName(col, row)
				f.SetCellStr("Sheet1", cell, fmt.Sprintf("%d-%d-%d ", i, row, col)+strings.Repeat("teks ", 200))
			}
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		files[i] = buf.Bytes()
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i, data := range files {
		if _, err := sheet.Read(data, fmt.Sprintf("f%d.xlsx", i), r, sheet.Options{}); err == nil {
			t.Fatalf("file %d has no answer table, yet it was read", i)
		}
	}
	files = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 2<<20 {
		t.Errorf("reading the files left %d KB more on the heap", grew>>10)
	}
}
