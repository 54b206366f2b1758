package sheet_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/sheet"
)

// A parent row that is no header by itself, wider than the row of child
// headers under it, is kept while the child row is read: the two make the
// header (the rows scanned take turns in two buffers, and the child row
// must not be read into the parent's).
func TestAWideParentRowIsKeptWhileItsChildIsRead(t *testing.T) {
	r := pemdi2026(t)
	f := excelize.NewFile()
	set := func(row int, cells ...string) {
		for i, c := range cells {
			if c != "" {
				name, _ := excelize.CoordinatesToCellName(i+1, row)
				f.SetCellStr("Sheet1", name, c)
			}
		}
	}
	set(1, "Lembar Kerja Evaluasi")
	set(2, "No", "Indikator", "Penilaian Tahun 2024", "", "", "", "Keterangan Tambahan")
	set(3, "", "", "Target", "Mandiri", "Verifikasi", "Akhir")
	for i, in := range r.Indicators {
		set(4+i, in.ID, in.Name, "3", "2", "3", "4")
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	a, err := sheet.Read(buf.Bytes(), "wide.xlsx", r, sheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.HeaderRow != 3 || !strings.Contains(a.LevelColumn, "Penilaian Tahun 2024 / Akhir") || a.Levels["1"] != 4 || a.Self["1"] != 2 {
		t.Errorf("read header row %d, levels from %s, indicator 1 at %d (self %d); want row 3, F, 4 (2)", a.HeaderRow, a.LevelColumn, a.Levels["1"], a.Self["1"])
	}
}
