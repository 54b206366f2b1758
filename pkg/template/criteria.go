package template

import "fmt"

// criteriaSheet writes the criteria of every indicator, one block per
// indicator as Lampiran E of the regulation prints them: the indicator,
// its question, then one row per level with what that level requires.
//
// A grid of one row per indicator and one column per level would put five
// texts of several hundred characters side by side in narrow columns;
// stacked, each criterion gets the full width of a landscape page.
func (b *builder) criteriaSheet() {
	f, st, r := b.f, b.st, b.r
	const sh = SheetCriteria
	widths := map[string]float64{"A": 6, "B": 24, "C": 116}
	for col, w := range widths {
		b.check(f.SetColWidth(sh, col, col, w))
	}
	sizes := rowSizer{}
	b.merged(sh, "A1", "C1", "KRITERIA TINGKAT KEMATANGAN SETIAP INDIKATOR", st.title)
	b.check(f.SetRowHeight(sh, 1, 22))
	sub := fmt.Sprintf("Rubrik %s versi %s", r.ID, r.Version)
	if r.Source != "" {
		sub += " · " + r.Source
	}
	sub += ". Suatu tingkat dipilih bila kriterianya terpenuhi dan dapat dibuktikan dengan data dukung."
	b.merged(sh, "A2", "C2", sub, st.subtitle)
	sizes.need(2, sub, 146*1.2)

	b.criteriaRow = map[string]int{}
	row := 4
	for _, in := range r.Indicators {
		top := row
		b.criteriaRow[in.ID] = top
		b.merged(sh, cell("B", row), cell("C", row), in.Name, st.blockTitle)
		sizes.need(row, in.Name, (widths["B"]+widths["C"])*0.9)
		row++
		if in.Question != "" {
			b.check(f.SetCellStr(sh, cell("B", row), "Pertanyaan"))
			b.check(f.SetCellStyle(sh, cell("B", row), cell("B", row), st.levelLabel))
			b.check(f.SetCellStr(sh, cell("C", row), in.Question))
			b.check(f.SetCellStyle(sh, cell("C", row), cell("C", row), st.question))
			sizes.need(row, in.Question, widths["C"]*0.95) // italic
			row++
		}
		for _, l := range in.Scale.Levels {
			b.check(f.SetCellStr(sh, cell("B", row), Entry(l)))
			b.check(f.SetCellStyle(sh, cell("B", row), cell("B", row), st.levelLabel))
			sizes.need(row, Entry(l), widths["B"]*0.9)
			text, ok := in.Criteria[l.Value]
			if !ok {
				text = "(rubrik tidak memuat kriteria tingkat ini)"
			}
			b.check(f.SetCellStr(sh, cell("C", row), text))
			b.check(f.SetCellStyle(sh, cell("C", row), cell("C", row), st.cell))
			sizes.need(row, text, widths["C"])
			row++
		}
		// The indicator's number runs down the left of its block.
		b.merged(sh, cell("A", top), cell("A", row-1), "", st.blockID)
		b.setID(sh, cell("A", top), in.ID)
		row++ // a blank row between blocks
	}
	sizes.apply(b, sh)
	b.landscape(sh, 0)
	b.protect(sh)
}
