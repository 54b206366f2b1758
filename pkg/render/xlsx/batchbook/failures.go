package batchbook

import (
	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

func (x *batchBook) failureSheet(name string) error {
	l := x.l
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 40); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 100); err != nil {
		return err
	}
	if err := freeze(sw, 1, 2); err != nil {
		return err
	}
	if err := sw.SetRow("A1", x.headerCells([]string{l.T("file"), l.T("batch.problem")})); err != nil {
		return err
	}
	n := 0
	for _, fl := range x.b.Failures {
		n += len(fl.Problems)
	}
	if err := x.printTitles(name, 1, 1, 2, 1+n); err != nil {
		return err
	}
	row := 2
	for _, fl := range x.b.Failures {
		for _, p := range fl.Problems {
			if err := sw.SetRow(xlsxkit.Cell(1, row), []any{excelize.Cell{StyleID: x.wrap, Value: fl.File}, excelize.Cell{StyleID: x.wrap, Value: p}},
				excelize.RowOpts{Height: 15 * float64(max(xlsxkit.WrappedLines(p, 100), xlsxkit.WrappedLines(fl.File, 40)))}); err != nil {
				return err
			}
			row++
		}
	}
	for _, fl := range x.b.Skipped {
		if err := sw.SetRow(xlsxkit.Cell(1, row), []any{fl.File, excelize.Cell{StyleID: x.wrap, Value: l.T("batch.skipped")}}); err != nil {
			return err
		}
		row++
	}
	if row == 2 {
		if err := sw.SetRow("A2", []any{l.T("none")}); err != nil {
			return err
		}
	}
	return sw.Flush()
}
