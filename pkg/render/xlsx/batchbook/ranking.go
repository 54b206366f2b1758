package batchbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

// rankingSheet writes the ranking: rank, OPD, (year,) index, predicate,
// status (verified or self-assessment only), (self-assessed index,) the
// domain indices and the notes print on one page wide; the file, last,
// is kept for the screen. Long names wrap.
func (x *batchBook) rankingSheet(name string) error {
	l, r := x.l, x.r
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	self := x.b.HasSelf()
	years := x.b.StatsYear != ""
	var titles []string
	var widths []float64
	var heads []int
	add := func(t string, w float64, h int) {
		titles, widths, heads = append(titles, t), append(widths, w), append(heads, h)
	}
	add(l.T("rank"), 9, x.headerR)
	add(l.T("opd"), 30, x.header)
	if years {
		add(l.T("year"), 7, x.header)
	}
	add(l.T("index"), 8, x.headerR)
	add(l.T("predicate"), 12, x.header)
	add(l.T("batch.status"), 13, x.header)
	if self {
		add(l.T("self.vs.verified"), 9, x.headerR)
	}
	for _, d := range r.Domains {
		add(d.ID+" "+l.Name(d.Name, d.NameEN), 12, x.headerR)
	}
	add(l.T("batch.notes"), 34, x.header)
	notesCol := len(titles)
	add(l.T("file"), 30, x.header)
	printed := 0.0
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
		if i < notesCol {
			printed += w
		}
	}
	lines := x.summaryLines()
	hdr := len(lines) + 2
	if err := freeze(sw, 3, hdr+1); err != nil {
		return err
	}
	if err := x.titleRows(sw, notesCol, printed, lines...); err != nil {
		return err
	}
	if err := sw.SetRow(xlsxkit.Cell(1, hdr), cellsOf(titles, heads), excelize.RowOpts{Height: 48}); err != nil {
		return err
	}
	for i, e := range x.ranking {
		nameStyle, statusStyle := x.wrap, x.text
		if !e.Verified {
			statusStyle = x.selfOnly
		}
		if e.Excluded {
			nameStyle, statusStyle = x.excluded, x.excluded
		}
		var rank any = e.Rank
		if e.Excluded {
			rank = e.RankText()
		}
		row := []any{excelize.Cell{StyleID: x.int, Value: rank}, excelize.Cell{StyleID: nameStyle, Value: e.Name}}
		if years {
			row = append(row, excelize.Cell{StyleID: x.text, Value: e.Year})
		}
		row = append(row, x.numCell(e.Index.Rat()), x.bandCell(e.Band), excelize.Cell{StyleID: statusStyle, Value: e.Status(l)})
		if self {
			if e.SelfIndex.IsSet() {
				row = append(row, x.numCell(e.SelfIndex.Rat()))
			} else {
				row = append(row, nil)
			}
		}
		for _, d := range e.Domains {
			row = append(row, x.numCell(d.Rat()))
		}
		notes := strings.Join(e.Notes, "\n")
		row = append(row, excelize.Cell{StyleID: x.wrap, Value: notes}, excelize.Cell{StyleID: x.text, Value: e.File})
		h := max(x.nameLinesAt(i), xlsxkit.WrappedLines(notes, 34)+strings.Count(notes, "\n"))
		if err := sw.SetRow(xlsxkit.Cell(1, hdr+1+i), row, excelize.RowOpts{Height: lineHeight(h)}); err != nil {
			return err
		}
	}
	if err := x.f.AutoFilter(name, xlsxkit.Cell(1, hdr)+":"+xlsxkit.Cell(len(titles), hdr+max(1, len(x.ranking))), nil); err != nil {
		return err
	}
	if err := x.printTitles(name, hdr, hdr, notesCol, hdr+len(x.ranking)); err != nil {
		return err
	}
	return sw.Flush()
}

func (x *batchBook) aspectSheet(name string) error {
	l, r := x.l, x.r
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	titles := []string{l.T("rank"), l.T("opd"), l.T("index")}
	heads := []int{x.headerR, x.header, x.headerR}
	if err := sw.SetColWidth(1, 1, 9); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 30); err != nil {
		return err
	}
	if err := sw.SetColWidth(3, 3+len(r.Aspects), 10); err != nil {
		return err
	}
	for _, a := range r.Aspects {
		titles = append(titles, a.ID+" "+l.Name(a.Name, a.NameEN))
		heads = append(heads, x.headerR)
	}
	const hdr = 3
	if err := freeze(sw, 3, hdr+1); err != nil {
		return err
	}
	if err := x.titleRows(sw, len(titles), 46+10*float64(len(r.Aspects)), fmt.Sprintf("%s: %s", l.T("aspects"), x.b.Title)); err != nil {
		return err
	}
	if err := sw.SetRow(xlsxkit.Cell(1, hdr), cellsOf(titles, heads), excelize.RowOpts{Height: 75}); err != nil {
		return err
	}
	for i, e := range x.ranking {
		nameStyle := x.wrap
		if e.Excluded {
			nameStyle = x.excluded
		}
		row := []any{excelize.Cell{StyleID: x.int, Value: e.RankText()}, excelize.Cell{StyleID: nameStyle, Value: e.Name}, x.numCell(e.Index.Rat())}
		if !e.Excluded {
			row[0] = excelize.Cell{StyleID: x.int, Value: e.Rank}
		}
		for _, a := range e.Aspects {
			row = append(row, x.numCell(a.Rat()))
		}
		if err := sw.SetRow(xlsxkit.Cell(1, hdr+1+i), row, excelize.RowOpts{Height: lineHeight(x.nameLinesAt(i))}); err != nil {
			return err
		}
	}
	if err := x.f.AutoFilter(name, xlsxkit.Cell(1, hdr)+":"+xlsxkit.Cell(len(titles), hdr+max(1, len(x.ranking))), nil); err != nil {
		return err
	}
	if err := x.printTitles(name, hdr, hdr, len(titles), hdr+len(x.ranking)); err != nil {
		return err
	}
	return sw.Flush()
}
