package header

import (
	"slices"

	"github.com/spbe-id/spbe/pkg/workbook"
)

// Table is a header row found in a worksheet, and the worksheet's rows
// under it, read one at a time with Next.
type Table struct {
	Header Row
	// Rows are the worksheet's rows, positioned under the header: Next
	// reads them, and the reader asks them for duplicate cells, the
	// error that stopped them, and closes them.
	Rows    *workbook.Rows
	pending []string // a row read past the header, not yet consumed
	pendNum int
	pendHid bool
	pendNV  []int
}

// Find scans the first scanRows rows of a worksheet for the header row,
// over one row or two; labels picks up the labelled cells of the rows
// above it. found is false when no row is a header, and rows are then
// closed; err is the error that stopped them.
func Find(rows *workbook.Rows, scanRows int, labels *Labels) (t Table, found bool, err error) {
	var prev []string
	prevNum := 0
	// A row is kept while the next is read, as prev: two buffers take
	// turns holding them (the rows' own is reused by each Next), rather
	// than a copy made of every row scanned.
	var bufs [2][]string
	turn := 0
	for rows.Next() && rows.Num() <= scanRows {
		num := rows.Num()
		cols := append(bufs[turn][:0], rows.Cols()...)
		bufs[turn], turn = cols, 1-turn
		// A parent row that is not a header by itself ("Penilaian Tahun
		// 2024" over "Target | Mandiri | Verif | Akhir").
		if prev != nil && prevNum == num-1 {
			if IsChildRow(prev, cols, IDColumn(prev)) {
				if h, ok := Parse(Combine(prev, cols), rows.ColHidden); ok {
					h.Rows = []int{prevNum, num}
					return Table{Header: h, Rows: rows}, true, nil
				}
			}
		}
		h, ok := Parse(cols, rows.ColHidden)
		if !ok {
			labels.Read(cols)
			prev, prevNum = cols, num
			continue
		}
		h.Rows = []int{num}
		t := Table{Header: h, Rows: rows}
		// One row of look-ahead: a row of child headers under this one
		// (Tingkat Kematangan over Mandiri | Verifikasi) changes what the
		// columns are.
		if rows.Next() {
			next := rows.Cols()
			if rows.Num() == num+1 && IsChildRow(cols, next, h.IDCol) {
				if h2, ok := Parse(Combine(cols, next), rows.ColHidden); ok {
					h2.Rows = []int{num, rows.Num()}
					t.Header = h2
					return t, true, nil
				}
			}
			t.pending, t.pendNum, t.pendHid = slices.Clone(next), rows.Num(), rows.Hidden()
			t.pendNV = slices.Clone(rows.NoValue())
		}
		return t, true, nil
	}
	rows.Close()
	return Table{}, false, rows.Err()
}

// Next advances to the next row under the header, the one Find read
// ahead first. cols is valid until the next call.
func (t *Table) Next() (num int, cols []string, hidden bool, noValue []int, ok bool) {
	if t.pending != nil {
		num, cols, hidden, noValue = t.pendNum, t.pending, t.pendHid, t.pendNV
		t.pending = nil
		return num, cols, hidden, noValue, true
	}
	if !t.Rows.Next() {
		return 0, nil, false, nil, false
	}
	return t.Rows.Num(), t.Rows.Cols(), t.Rows.Hidden(), t.Rows.NoValue(), true
}
