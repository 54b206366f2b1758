package template

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// Rows of the answer sheet. The labelled cells sit above the header row,
// where the sheet reader looks for them, each label followed by its value
// in the same row and nothing after the value (an empty value must not
// make the reader take the next text as the agency).
const (
	rowTitle    = 1
	rowSubtitle = 2
	rowOPD      = 4
	rowYear     = 5
	rowAssessor = 6
	rowHint     = 7
	// HeaderRow is the header row of the answer table; the first indicator
	// is on the row below it.
	HeaderRow = 8
)

// Headers of the answer table. The reader finds the table by "No" and a
// level column; the pair of level columns of a verified template is told
// apart by "Mandiri" and "Verifikasi".
const (
	HeaderID       = "No"
	HeaderLevel    = "Tingkat Kematangan"
	HeaderSelf     = "Tingkat Kematangan (Mandiri)"
	HeaderVerified = "Tingkat Kematangan (Verifikasi)"
	// HeaderSourceScore heads the column where an indicator valued from
	// another agency's index takes that index's score (rubric.External);
	// the reader converts it. HeaderSource names the index and agency.
	HeaderSourceScore = "Skor Indeks Lain"
	HeaderSource      = "Sumber Nilai"
	// HeaderLegend heads the legend of level names beside the table of a
	// rubric whose values are decimals.
	HeaderLegend = "Nama Tingkat"
)

type colKind int

const (
	kindID colKind = iota
	kindDomain
	kindAspect
	kindName
	kindLevel
	kindNote
	kindEvidence
	kindEvaluator
	kindCriteria
	kindSource
	kindSourceScore
	kindLegend
)

type column struct {
	kind   colKind
	header string
	width  float64
	name   string // the column's letter
}

// columns lays out the answer table for the rubric and options.
func (b *builder) columns() []column {
	var cs []column
	add := func(k colKind, h string, w float64) { cs = append(cs, column{kind: k, header: h, width: w}) }
	add(kindID, HeaderID, 5)
	if b.r.HasDomains() {
		add(kindDomain, "Domain", 16)
	}
	add(kindAspect, "Aspek", 18)
	add(kindName, "Indikator", 44)
	if b.opt.Verified {
		add(kindLevel, HeaderSelf, 19)
		add(kindLevel, HeaderVerified, 19)
	} else {
		add(kindLevel, HeaderLevel, 21)
	}
	if b.external {
		add(kindSource, HeaderSource, 26)
		add(kindSourceScore, HeaderSourceScore, 12)
	}
	add(kindNote, "Penjelasan", 34)
	add(kindEvidence, "Data Dukung", 26)
	if b.opt.Verified {
		add(kindEvaluator, "Catatan Evaluator", 26)
	}
	if b.criteria {
		add(kindCriteria, "Kriteria", 10)
	}
	if b.decimal {
		add(kindLegend, HeaderLegend, 34)
	}
	for i := range cs {
		cs[i].name, _ = excelize.ColumnNumberToName(i + 1)
	}
	return cs
}

func cell(col string, row int) string { return col + strconv.Itoa(row) }

// answers writes the answer sheet.
func (b *builder) answers() {
	f, st, r := b.f, b.st, b.r
	const sh = SheetAnswers
	cols := b.columns()
	last := cols[len(cols)-1].name
	var nameCol, firstLevel column
	for _, c := range cols {
		b.check(f.SetColWidth(sh, c.name, c.name, c.width))
		switch c.kind {
		case kindName:
			nameCol = c
		case kindLevel:
			if firstLevel.name == "" {
				firstLevel = c
			}
		}
	}
	sizes := rowSizer{}
	var total float64
	for _, c := range cols {
		total += c.width
	}

	title := "LEMBAR KERJA PENILAIAN " + strings.ToUpper(r.Title)
	if b.opt.Verified {
		title = "LEMBAR KERJA PENILAIAN MANDIRI DAN VERIFIKASI " + strings.ToUpper(r.Title)
	}
	b.merged(sh, cell("A", rowTitle), cell(last, rowTitle), title, st.title)
	b.check(f.SetRowHeight(sh, rowTitle, 22))
	sub := fmt.Sprintf("Rubrik %s versi %s", r.ID, r.Version)
	if r.Source != "" {
		sub += " · " + r.Source
	}
	b.merged(sh, cell("A", rowSubtitle), cell(last, rowSubtitle), sub, st.subtitle)
	sizes.need(rowSubtitle, sub, total*1.2) // 9-point text

	// The labels span the columns before the indicator name; the value is
	// the (wide) name column.
	nameNum, _ := excelize.ColumnNameToNumber(nameCol.name)
	labelEnd, _ := excelize.ColumnNumberToName(nameNum - 1)
	for _, lv := range []struct {
		row   int
		label string
	}{{rowOPD, "Nama Instansi/OPD"}, {rowYear, "Tahun"}, {rowAssessor, "Nama Penilai"}} {
		b.merged(sh, cell("A", lv.row), cell(labelEnd, lv.row), lv.label, st.label)
		style := st.input
		if lv.row == rowYear {
			style = st.inputYear
		}
		b.check(f.SetCellStyle(sh, cell(nameCol.name, lv.row), cell(nameCol.name, lv.row), style))
		b.check(f.SetRowHeight(sh, lv.row, 18))
	}
	if b.opt.OPD != "" {
		b.check(f.SetCellStr(sh, cell(nameCol.name, rowOPD), b.opt.OPD))
	}
	if b.opt.Year != 0 {
		b.check(f.SetCellInt(sh, cell(nameCol.name, rowYear), int64(b.opt.Year)))
	}
	hint := "Isi sel berwarna kuning. Pilih tingkat kematangan setiap indikator dari daftar pada kolom " + quote(firstLevel.header) + "."
	if b.decimal {
		sc := r.Indicators[0].Scale
		hint = fmt.Sprintf("Isi sel berwarna kuning. Isi nilai setiap indikator pada kolom %s: angka %d sampai %d, boleh desimal (misalnya 2,5); nama tingkatnya ada di kolom %s.",
			quote(firstLevel.header), sc.Min(), sc.Max(), quote(HeaderLegend))
		if b.external {
			hint += fmt.Sprintf(" Indikator yang nilainya dari indeks instansi lain: isi skornya pada kolom %s, atau kosongkan bila skornya belum terbit.", quote(HeaderSourceScore))
		}
	}
	if b.criteria {
		hint += " Kriteria setiap tingkat ada di lembar Kriteria: klik " + quote("Lihat") + " pada kolom Kriteria."
	}
	b.merged(sh, cell("A", rowHint), cell(last, rowHint), hint, st.hint)
	sizes.need(rowHint, hint, total)

	for _, c := range cols {
		b.check(f.SetCellStr(sh, cell(c.name, HeaderRow), c.header))
		sizes.need(HeaderRow, c.header, c.width*0.9) // bold
	}
	b.check(f.SetCellStyle(sh, cell("A", HeaderRow), cell(last, HeaderRow), st.header))

	first := HeaderRow + 1
	for i, in := range r.Indicators {
		row := first + i
		for _, c := range cols {
			ref := cell(c.name, row)
			style := st.cell
			switch c.kind {
			case kindID:
				style = st.id
				b.setID(sh, ref, in.ID)
			case kindDomain:
				if i == 0 || r.Indicators[i-1].Aspect.Domain != in.Aspect.Domain {
					b.check(f.SetCellStr(sh, ref, in.Aspect.Domain.Name))
				}
			case kindAspect:
				if i == 0 || r.Indicators[i-1].Aspect != in.Aspect {
					b.check(f.SetCellStr(sh, ref, in.Aspect.Name))
				}
			case kindName:
				b.check(f.SetCellStr(sh, ref, in.Name))
				sizes.need(row, in.Name, c.width)
			case kindLevel, kindNote, kindEvidence, kindEvaluator:
				style = st.answer
			case kindSource:
				if x := in.External; x != nil {
					lo, hi := x.Range()
					text := fmt.Sprintf("Dari indeks lain: %s, %s; skor %s–%s", x.Source, x.Agency, plain(lo), plain(hi))
					b.check(f.SetCellStr(sh, ref, text))
					sizes.need(row, text, c.width)
				}
			case kindSourceScore:
				if in.External != nil {
					style = st.answer
				}
			case kindLegend:
				style = 0
				if i < len(b.legend) {
					b.check(f.SetCellStr(sh, ref, b.legend[i]))
					style = st.cell
				}
			case kindCriteria:
				style = st.link
				b.check(f.SetCellStr(sh, ref, "Lihat"))
				tip := "Kriteria indikator " + in.ID
				b.check(f.SetCellHyperLink(sh, ref, fmt.Sprintf("%s!A%d", SheetCriteria, b.criteriaRow[in.ID]), "Location", excelize.HyperlinkOpts{Tooltip: &tip}))
			}
			if style != 0 {
				b.check(f.SetCellStyle(sh, ref, ref, style))
			}
		}
		if sizes[row] < 2 {
			sizes[row] = 2 // room to write an explanation without resizing
		}
	}
	// Domains and aspects are merged down their rows; a short span with a
	// long name needs its rows taller.
	for _, c := range cols {
		if c.kind != kindDomain && c.kind != kindAspect {
			continue
		}
		start := first
		for i := range r.Indicators {
			in := r.Indicators[i]
			endOfSpan := i == len(r.Indicators)-1
			if !endOfSpan {
				next := r.Indicators[i+1]
				endOfSpan = next.Aspect != in.Aspect
				if c.kind == kindDomain {
					endOfSpan = next.Aspect.Domain != in.Aspect.Domain
				}
			}
			if !endOfSpan {
				continue
			}
			row := first + i
			text := in.Aspect.Name
			if c.kind == kindDomain {
				text = in.Aspect.Domain.Name
			}
			if row > start {
				b.check(f.MergeCell(sh, cell(c.name, start), cell(c.name, row)))
			}
			have := 0
			for rr := start; rr <= row; rr++ {
				have += max(sizes[rr], 1)
			}
			if need := lines(text, c.width); need > have {
				sizes[row] += need - have
			}
			start = row + 1
		}
	}
	sizes.apply(b, sh)
	b.validations(cols, first)

	b.check(f.SetPanes(sh, &excelize.Panes{
		Freeze: true, YSplit: HeaderRow, TopLeftCell: cell("A", first), ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: cell(firstLevel.name, first), ActiveCell: cell(firstLevel.name, first), Pane: "bottomLeft"}},
	}))
	// The header row repeats on every printed page.
	b.check(f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("%s!$%d:$%d", sh, HeaderRow, HeaderRow), Scope: sh}))
	b.landscape(sh, 0)
	b.protect(sh)
}

// validations puts the drop-down of each indicator's scale on its level
// cells: one validation per run of indicators that share a scale.
func (b *builder) validations(cols []column, first int) {
	var levelCols []column
	for _, c := range cols {
		if c.kind == kindLevel {
			levelCols = append(levelCols, c)
		}
	}
	inds := b.r.Indicators
	start := 0
	for i := range inds {
		if i < len(inds)-1 && inds[i+1].Scale == inds[i].Scale {
			continue
		}
		sc := inds[i].Scale
		for _, c := range levelCols {
			if sc.Decimal() {
				b.decimalValidation(c, first+start, first+i, sc)
				continue
			}
			dv := excelize.NewDataValidation(true)
			dv.SetSqref(fmt.Sprintf("%s%d:%s%d", c.name, first+start, c.name, first+i))
			dv.SetSqrefDropList(b.listRange[sc.ID])
			prompt := "Pilih satu tingkat dari daftar."
			if c.header == HeaderVerified {
				prompt = "Diisi oleh evaluator: pilih satu tingkat dari daftar."
			}
			if b.criteria {
				prompt += " Kriteria setiap tingkat: klik " + quote("Lihat") + " pada kolom Kriteria."
			}
			// Excel refuses a workbook whose validation titles are over 32
			// characters or whose messages are over 255.
			dv.SetInput(cut(sc.Name, 32), cut(prompt, 255))
			dv.SetError(excelize.DataValidationErrorStyleStop, "Tingkat tidak ada dalam daftar",
				cut(fmt.Sprintf("Pilih salah satu tingkat %s dari daftar, misalnya %s.", sc.Name, quote(Entry(sc.Levels[len(sc.Levels)/2]))), 255))
			b.check(b.f.AddDataValidation(SheetAnswers, dv))
		}
		start = i + 1
	}
	for _, c := range cols {
		if c.kind != kindSourceScore {
			continue
		}
		for i, in := range inds {
			x := in.External
			if x == nil {
				continue
			}
			lo, hi := x.Range()
			ref := cell(c.name, first+i)
			dv := excelize.NewDataValidation(true)
			dv.SetSqref(ref + ":" + ref)
			l, _ := lo.Float64()
			h, _ := hi.Float64()
			b.check(dv.SetRange(l, h, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween))
			dv.SetInput(cut(x.Source, 32), cut(fmt.Sprintf("Skor %s dari %s, %s sampai %s. Kosongkan bila belum terbit: nilai indikator lalu dianggap %s.", x.Source, x.Agency, decimal(lo), decimal(hi), pendingText(in)), 255))
			dv.SetError(excelize.DataValidationErrorStyleStop, "Skor di luar rentang", cut(fmt.Sprintf("Skor %s berkisar %s sampai %s.", x.Source, decimal(lo), decimal(hi)), 255))
			b.check(b.f.AddDataValidation(SheetAnswers, dv))
		}
	}
}

// decimalValidation lets the value cells of a decimal scale take any
// decimal within the scale: a drop-down of the levels would refuse 2,5.
func (b *builder) decimalValidation(c column, from, to int, sc *rubric.Scale) {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(fmt.Sprintf("%s%d:%s%d", c.name, from, c.name, to))
	b.check(dv.SetRange(float64(sc.Min()), float64(sc.Max()), excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween))
	prompt := fmt.Sprintf("Isi nilai %d sampai %d; boleh desimal, misalnya 2,5. Nama tingkat: kolom %s.", sc.Min(), sc.Max(), HeaderLegend)
	if c.header == HeaderVerified {
		prompt = "Diisi oleh evaluator. " + prompt
	}
	dv.SetInput(cut(sc.Name, 32), cut(prompt, 255))
	dv.SetError(excelize.DataValidationErrorStyleStop, "Nilai di luar skala", cut(fmt.Sprintf("Isi angka %d sampai %d, misalnya 2,5.", sc.Min(), sc.Max()), 255))
	b.check(b.f.AddDataValidation(SheetAnswers, dv))
}

// plain prints a bound of a score's range as it is written, with a
// decimal comma: 0, 100, 12,5.
func plain(x *big.Rat) string { return strings.Replace(rubric.Exact(x), ".", ",", 1) }

// pendingText is the value an indicator takes while its source score is
// not published, as the instructions write it.
func pendingText(in *rubric.Indicator) string {
	if in == nil {
		return "belum ditentukan"
	}
	if a := in.Assume(); a != nil {
		return strings.Replace(a.Text, ".", ",", 1)
	}
	return "belum ditentukan"
}

// legendLines are the level names of the decimal scales, one per line,
// with the values that carry each ("1 Rintisan: 1,00 sampai di bawah
// 2,00").
func legendLines(r *rubric.Rubric) []string {
	var out []string
	for _, sc := range r.Scales {
		if !sc.Decimal() {
			continue
		}
		for _, l := range sc.Levels {
			if l.Value == sc.Max() {
				out = append(out, fmt.Sprintf("%d %s: %d,00", l.Value, l.Label, l.Value))
				continue
			}
			out = append(out, fmt.Sprintf("%d %s: %d,00 sampai di bawah %d,00", l.Value, l.Label, l.Value, l.Value+1))
		}
	}
	return out
}

// setID writes an indicator id: a number when it is one, so that it looks
// like the numbers people type, else text.
func (b *builder) setID(sheet, ref, id string) {
	if n, err := strconv.Atoi(id); err == nil && strconv.Itoa(n) == id {
		b.check(b.f.SetCellInt(sheet, ref, int64(n)))
		return
	}
	b.check(b.f.SetCellStr(sheet, ref, id))
}

// merged writes text into a merged range with a style.
func (b *builder) merged(sheet, from, to, text string, style int) {
	if from != to {
		b.check(b.f.MergeCell(sheet, from, to))
	}
	b.check(b.f.SetCellStr(sheet, from, text))
	b.check(b.f.SetCellStyle(sheet, from, to, style))
}

// cut shortens s to at most n characters.
func cut(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// quote puts text in typographic double quotes, as Indonesian prose does.
func quote(s string) string { return "\u201c" + s + "\u201d" }
