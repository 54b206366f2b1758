package sheet

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
	"github.com/spbe-id/spbe/pkg/sheet/cell"
	"github.com/spbe-id/spbe/pkg/sheet/header"
	"github.com/spbe-id/spbe/pkg/workbook"
)

// Column is one column of a header row and how the reader classified
// it, as Inspection shows it.
type Column = header.Column

// table is a located answer table: the header found on a sheet and the
// rows under it.
type table struct {
	sheet string
	header.Table
}

// findTable scans the first rows of a worksheet for the header row (see
// header.Find); nil when none is found.
func (rd *reader) findTable(s workbook.Sheet) (*table, error) {
	rows, err := rd.wb.Rows(s)
	if err != nil {
		return nil, lang.Errorf("sheet.worksheet-unreadable", err)
	}
	t, found, err := header.Find(rows, rd.opt.ScanRows, &rd.labels)
	if !found {
		return nil, err
	}
	return &table{sheet: s.Name, Table: t}, nil
}

// rec is one row under the header, as read.
type rec struct {
	num     int
	id      string // the id cell's text
	nameNum int    // the indicator number in the name column, or 0
	raw     []string
	noValue []bool
	note    string
	// src is the source-score cell's text; srcNoValue is set when it is
	// a formula without a saved value.
	src        string
	srcNoValue bool
	name       string // the name cell's text, kept only to identify
	// evalNote and evidence are the evaluators' note and the evidence.
	evalNote, evidence string
}

// readTable reads the rows under a header. It returns nil, nil when no row
// under the header names an indicator.
func (rd *reader) readTable(t *table) (*Answers, error) {
	defer t.Rows.Close()
	hdr := &t.Header
	// A column chosen by flag is read as levels whatever its header says.
	for _, o := range []struct{ want, flag string }{{rd.opt.LevelColumn, "--level-column"}, {rd.opt.SelfColumn, "--self-column"}} {
		c, set := rd.override(t, o.want, o.flag)
		if set && c == nil {
			return nil, &Error{File: rd.name, Problems: rd.problems}
		}
		if c != nil && !c.IsLevel() {
			if i := slices.IndexFunc(hdr.Cols, func(x Column) bool { return x.Index == c.Index }); i >= 0 {
				hdr.Cols[i].Kind, hdr.Cols[i].Why = header.KindLevel, "chosen with "+o.flag
			} else {
				hdr.Cols = append(hdr.Cols, Column{Letter: c.Letter, Kind: header.KindLevel, Why: "chosen with " + o.flag, Index: c.Index})
			}
		}
	}
	if c, set := rd.override(t, rd.opt.IDColumn, "--id-column"); set {
		if c == nil {
			return nil, &Error{File: rd.name, Problems: rd.problems}
		}
		if c.Index != hdr.NameCol {
			hdr.IDCol = c.Index
		}
	}
	secondSource := header.SecondSourceWhy()
	for _, c := range hdr.Cols {
		if c.Why == secondSource && !rd.identify {
			first := hdr.ColAt(hdr.SrcCol)
			rd.problemAt(0, t.sheet, "", "two-source-columns", []string{first.Letter, c.Letter},
				"sheet.two-source-columns", first.Label(), c.Label())
			return nil, &Error{File: rd.name, Problems: rd.problems}
		}
	}
	view := rd.view(t.sheet)
	var levelCols []*Column
	for i := range hdr.Cols {
		if hdr.Cols[i].IsLevel() {
			levelCols = append(levelCols, &hdr.Cols[i])
		}
	}
	// The first pass keeps each row's texts; what they mean is decided once
	// every row is seen (is "No" a running count? is the verified column
	// filled anywhere?).
	recs := make([]rec, 0, 64)
	sc := scratches.Get().(*scratch)
	defer sc.put()
	if cap(sc.arena) < 64*len(levelCols) {
		sc.arena = make([]string, 0, 64*len(levelCols))
	}
	arena := sc.arena[:0] // backs every rec's raw, a chunk at a time
	filled := make([]bool, len(levelCols))
	var hiddenRows []int
	for read := 1; ; read++ {
		rowNum, cols, hidden, noValue, ok := t.Next()
		if !ok {
			break
		}
		if read > rd.opt.MaxRows {
			rd.problemAt(rowNum, t.sheet, "", "too-many-rows", []string{strconv.Itoa(rowNum - 1), strconv.Itoa(rd.opt.MaxRows)},
				"sheet.too-many-rows", rowNum-1, rd.opt.MaxRows)
			break
		}
		for _, c := range t.Rows.Dups() {
			rd.problemAt(rowNum, t.sheet, c, "cell-twice", nil, "sheet.cell-twice")
		}
		if read <= 2 && len(recs) == 0 && header.IsColumnNumbers(cols) {
			view.skip(rowNum, lang.S("sheet.skip-numbers"), "")
			continue
		}
		id, nameNum := cell.At(cols, hdr.IDCol), 0
		switch {
		case hdr.IDCol < 0:
			// No id column: the name column holds the ids ("1",
			// "Indikator 1") or names that start with them.
			id = cell.At(cols, hdr.NameCol)
			nameNum = cell.NumberInName(id)
		case hdr.NameCol >= 0:
			nameNum = nameNumberAt(cols, hdr.NameCol)
		}
		if id == "" && nameNum == 0 {
			continue
		}
		// Made in its place: a rec is large, and copying one in cost more
		// than filling it.
		recs = append(recs, rec{num: rowNum, id: id, nameNum: nameNum})
		r := &recs[len(recs)-1]
		if hidden {
			hiddenRows = append(hiddenRows, rowNum)
		}
		if len(arena)+len(levelCols) > cap(arena) {
			arena = make([]string, 0, 64*len(levelCols))
		}
		r.raw, arena = arena[len(arena):len(arena)+len(levelCols)], arena[:len(arena)+len(levelCols)]
		for j, c := range levelCols {
			v := cell.At(cols, c.Index)
			if cell.IsDash(v) {
				v = ""
			}
			r.raw[j] = v
			if v != "" {
				filled[j] = true
			}
			if v == "" && slices.Contains(noValue, c.Index) {
				if r.noValue == nil {
					r.noValue = make([]bool, len(levelCols))
				}
				r.noValue[j], filled[j] = true, true
			}
		}
		if hdr.NoteCol >= 0 {
			r.note = cell.At(cols, hdr.NoteCol)
		}
		if hdr.SrcCol >= 0 {
			if r.src = cell.At(cols, hdr.SrcCol); cell.IsDash(r.src) {
				r.src = ""
			}
			r.srcNoValue = r.src == "" && slices.Contains(noValue, hdr.SrcCol)
		}
		if rd.identify && hdr.NameCol >= 0 {
			r.name = cell.At(cols, hdr.NameCol)
		}
		if hdr.EvalCol >= 0 {
			r.evalNote = cell.At(cols, hdr.EvalCol)
		}
		if hdr.EvidenceCol >= 0 {
			r.evidence = cell.At(cols, hdr.EvidenceCol)
		}
	}
	if err := t.Rows.Err(); err != nil {
		rd.problemAt(0, t.sheet, "", "worksheet-unreadable", []string{err.Error()}, "sheet.plain", err)
	}
	if view != nil {
		view.Rows = len(recs)
	}
	key, keyNotice, ok := rd.chooseKey(t, recs)
	if !ok {
		rd.seen = len(recs)
		return nil, &Error{File: rd.name, Problems: rd.problems}
	}
	// Only the rows that name an indicator say whether a column is filled
	// and whether two columns agree: a "Jumlah" row under the table does
	// not.
	// inds keeps each row's indicator for the reading below, which looks
	// up the same text: a second lookup cost a batch 1 %.
	// places are their places in rd.ins. The rows found here also size
	// the answers' maps: notes and evidence to the rows that have them.
	inds := slices.Grow(sc.inds[:0], len(recs))[:len(recs)]
	places := slices.Grow(sc.places[:0], len(recs))[:len(recs)]
	sc.inds, sc.places = inds, places
	found, notes, evalNotes, evidence := 0, 0, 0, 0
	clear(filled)
	for i := range recs {
		r := &recs[i] // a rec is large: copying each cost more than reading it
		text := r.id
		if key == hdr.NameCol && r.nameNum > 0 {
			text = strconv.Itoa(r.nameNum)
		}
		if in, pos, _ := rd.quietIndicator(text); in != nil {
			inds[i], places[i] = in, int32(pos)
			found++
			notes += boolInt(r.note != "")
			evalNotes += boolInt(r.evalNote != "")
			evidence += boolInt(r.evidence != "")
			for j := range levelCols {
				if r.raw[j] != "" || r.noValue != nil && r.noValue[j] {
					filled[j] = true
				}
			}
		}
	}
	// differ finds the first row where two level columns say different
	// things: reading either is then a choice that changes the index.
	differ := func(a, b *Column) (row int, x, y string) {
		i, j := slices.Index(levelCols, a), slices.Index(levelCols, b)
		for k, r := range recs {
			if inds[k] != nil && r.raw[i] != r.raw[j] {
				return r.num, r.raw[i], r.raw[j]
			}
		}
		return 0, "", ""
	}
	ch, p := hdr.Choose(t.sheet, levelCols, filled, differ, rd.opt.LevelColumn, rd.opt.SelfColumn)
	if p != nil {
		rd.record(0, t.sheet, "", p)
		rd.seen = len(recs)
		return nil, &Error{File: rd.name, Problems: rd.problems}
	}
	// The maps are sized once, for every row that names an indicator:
	// growing them row by row cost a batch more than scoring. Notes stays
	// an empty map, not nil, when the table has no explanation column, as
	// the answers always gave it; ScoreCells is made at its first cell.
	// A brief read (Options.Brief) fills neither Levels nor the texts
	// beside the levels: six maps of 47 entries were a tenth of what a
	// batch allocated a sheet.
	brief := rd.opt.Brief
	levels := found
	if brief {
		levels, notes, evalNotes, evidence = 0, 0, 0, 0
	}
	a := &Answers{
		File: rd.name, Sheet: t.sheet, HeaderRow: hdr.Rows[len(hdr.Rows)-1],
		Levels: make(score.Levels, levels), Values: make(score.Values, found), Cells: make(map[string]string, found),
		Notes: make(map[string]string, notes), LevelColumn: ch.Head.Label(),
	}
	a.Warnings = append(a.Warnings, ch.Notices...)
	if keyNotice != "" {
		a.Warnings = append(a.Warnings, keyNotice)
	}
	headAt, selfAt := slices.Index(levelCols, ch.Head), -1
	var selfCells map[string]string
	if ch.Self != nil {
		selfAt = slices.Index(levelCols, ch.Self)
		a.Self, a.SelfValues = make(score.Levels, found), make(score.Values, found)
		a.SelfColumn = ch.Self.Label()
		selfCells = make(map[string]string, found)
	}
	keyCol := hdr.IDCol
	if key == hdr.NameCol {
		keyCol = hdr.NameCol
	}
	rd.places()
	seen := &named{rows: make([]int32, len(rd.ins)), col: keyCol}
	var unreadable []string // id cells that are not indicator ids
	var noValue []string
	headFilled, selfFilled := filled[headAt], selfAt >= 0 && filled[selfAt]
	var blanks []blank
	for k := range recs {
		r := &recs[k]
		rd.row = r.num
		text := r.id
		if key == hdr.NameCol {
			text = ""
			switch {
			case r.nameNum > 0:
				text = strconv.Itoa(r.nameNum)
			case hdr.IDCol < 0:
				text = r.id
			}
		}
		if text == "" {
			continue
		}
		// Whenever text is looked up here it is the text looked up
		// quietly above: a row found there is the same row here, and a
		// row not found is looked up again to record why. The id cell is
		// named only for a message.
		in, pos, skip := inds[k], int(places[k]), false
		if in == nil {
			in, pos, skip = rd.indicator(text, t.sheet, cell.Name(keyCol, r.num))
		}
		if skip {
			idCell := cell.Name(keyCol, r.num)
			view.skip(r.num, lang.S("sheet.skip-not-id"), text)
			if len(unreadable) < 3 {
				unreadable = append(unreadable, fmt.Sprintf("%s %q", idCell, text))
			}
			continue
		}
		if in == nil {
			continue // a problem was recorded
		}
		if seen.has(pos) {
			first := seen.cell(pos)
			rd.problemAt(r.num, t.sheet, cell.Name(keyCol, r.num), "duplicate", []string{in.ID, first}, "sheet.duplicate", in.ID, first)
			continue
		}
		seen.add(pos, r.num)
		if rd.identify {
			if r.name != "" {
				rd.names[in.ID] = r.name
			}
			continue
		}
		// An indicator valued from another agency's index may give that
		// index's score, from which the value is converted.
		var srcScore *rubric.Value
		srcCell, srcBad := "", false
		if hdr.SrcCol >= 0 && (r.src != "" || r.srcNoValue) {
			srcCell = cell.Name(hdr.SrcCol, r.num)
		}
		switch {
		case r.src != "":
			if sv, p := cell.SourceScore(r.src, in); p != nil {
				rd.record(r.num, t.sheet, srcCell, p)
				srcBad = true
			} else {
				srcScore = &sv
				if a.ScoreCells == nil {
					a.ScoreCells = map[string]string{}
				}
				a.ScoreCells[in.ID] = srcCell
			}
		case r.srcNoValue && in.External != nil:
			noValue = append(noValue, srcCell)
			srcBad = true
		}
		keep := func(self bool, v rubric.Value) {
			if self {
				a.Self[in.ID], a.SelfValues[in.ID] = v.Whole(), v
			} else {
				if !brief {
					a.Levels[in.ID] = v.Whole()
				}
				a.Values[in.ID] = v
			}
		}
		// The headline level, then the self-assessed one.
		for k, j := range [2]int{headAt, selfAt} {
			if j < 0 {
				continue
			}
			self := k == 1
			lc := cell.Name(levelCols[j].Index, r.num)
			if self {
				selfCells[in.ID] = lc
			} else {
				a.Cells[in.ID] = lc
			}
			raw := r.raw[j]
			switch {
			case raw == "" && r.noValue != nil && r.noValue[j]:
				noValue = append(noValue, lc)
			case in.External != nil:
				// The value, the source score, or neither (the pending
				// rule): Resolve decides, and refuses the two disagreeing.
				if srcBad {
					continue
				}
				var vp *rubric.Value
				if raw != "" {
					v, ok := rd.value(raw, in, t.sheet, lc)
					if !ok {
						continue
					}
					vp = &v
				}
				v, p := cell.Resolve(in, vp, srcScore, lc, srcCell)
				if p != nil {
					rd.record(rd.row, t.sheet, lc, p)
					continue
				}
				keep(self, v)
			case raw == "" && selfAt >= 0:
				blanks = append(blanks, blank{row: r.num, in: in, cell: lc, self: self})
			default:
				if v, ok := rd.value(raw, in, t.sheet, lc); ok {
					keep(self, v)
				}
			}
		}
		if brief {
			continue // the texts beside the level: a report's
		}
		if r.note != "" {
			a.Notes[in.ID] = r.note
		}
		if r.evalNote != "" {
			if a.EvaluatorNotes == nil {
				a.EvaluatorNotes = make(map[string]string, evalNotes)
			}
			a.EvaluatorNotes[in.ID] = r.evalNote
		}
		if r.evidence != "" {
			if a.Evidence == nil {
				a.Evidence = make(map[string]string, evidence)
			}
			a.Evidence[in.ID] = r.evidence
		}
	}
	rd.row = 0
	rd.seen = seen.n
	seen.ins = rd.ins
	if rd.identify {
		// The ids are all that is wanted: a row listed twice or an id no
		// rubric has is reported by the reading with the rubric chosen.
		rd.problems = nil
		if seen.n > 0 {
			a.seen = seen
			return a, nil
		}
		// No id read: say why below, as the reading with a rubric would.
	}
	if view != nil {
		view.Rows = seen.n
		view.Columns = hdr.Cols
	}
	if seen.n == 0 && len(rd.problems) == 0 {
		if len(unreadable) > 0 {
			keyCol := hdr.IDCol
			if keyCol < 0 {
				keyCol = hdr.NameCol
			}
			col := hdr.ColAt(keyCol)
			rd.problemAt(0, t.sheet, "", "ids-unreadable", append([]string{strconv.Itoa(hdr.Rows[0]), col.Letter, col.Header}, unreadable...),
				"sheet.ids-unreadable",
				hdr.Rows[0], col.Label(), strings.Join(unreadable, ", "))
			return nil, &Error{File: rd.name, Problems: rd.problems}
		}
		return nil, nil
	}
	if len(noValue) > 0 {
		shown := noValue
		if len(shown) > 5 {
			shown = append(slices.Clone(shown[:5]), "…")
		}
		rd.problemAt(0, t.sheet, "", "formula-no-value", noValue,
			"sheet.formula-no-value", len(noValue), strings.Join(shown, ", "))
	}
	if selfAt >= 0 {
		rd.settlePair(t, a, blanks, headFilled, selfFilled, selfCells)
	}
	if len(hiddenRows) > 0 {
		a.Warnings = append(a.Warnings, lang.Sprintf("sheet.hidden-rows", t.sheet, joinInts(hiddenRows, 6)))
	}
	a.Warnings = slices.DeleteFunc(a.Warnings, func(s string) bool { return s == "" })
	a.missing = nil
	for i, in := range rd.ins {
		if !seen.has(i) {
			a.missing = append(a.missing, in.ID)
		}
	}
	a.seen = seen
	if len(rd.problems) > 0 && len(a.missing) > 0 && 2*seen.n >= rd.size() {
		rd.problemAt(0, t.sheet, "", "missing", a.missing, "sheet.missing", plural(a.missing, "indicator"), rd.rubric.ID)
	}
	rd.sortProblems()
	if len(rd.problems) > 0 {
		return nil, &Error{File: rd.name, Problems: rd.problems}
	}
	a.OPD, a.Year, a.Agency, a.Assessor = rd.labels.OPD, rd.labels.Year, rd.labels.Agency, rd.labels.Assessor
	if a.OPD == "" {
		a.OPD, a.Agency = a.Agency, ""
	}
	return a, nil
}

// nameNumberAt is cell.NumberInName of the i-th cell of a row. A name
// that begins with an ASCII letter other than an i, as most do ("Tingkat
// Kematangan …"), names no number however it is cleaned, and is not
// cleaned: the name is the longest cell of a row.
func nameNumberAt(cols []string, i int) int {
	if i < len(cols) {
		if s := cols[i]; s != "" && s[0] > ' ' && s[0] < utf8.RuneSelf && (s[0] < '0' || s[0] > '9') && s[0]|0x20 != 'i' {
			return 0
		}
	}
	return cell.NumberInName(cell.At(cols, i))
}

// scratch is what reading a table needs only while it reads, kept across
// tables: a batch allocated it for every sheet.
type scratch struct {
	arena  []string // the first chunk of the rows' level texts
	inds   []*rubric.Indicator
	places []int32
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// Bounds of what a scratch keeps: the tables of a batch (a few level
// columns, a hundred rows) fit; a table of thousands of rows or columns
// leaves its slices to the collector.
const (
	maxScratchArena = 64 * 64
	maxScratchRows  = 4096
)

// put clears sc, so that it holds on to no sheet's texts, and gives it
// back to the pool.
func (sc *scratch) put() {
	clear(sc.arena[:cap(sc.arena)])
	clear(sc.inds)
	if cap(sc.arena) > maxScratchArena {
		sc.arena = nil
	}
	if cap(sc.inds) > maxScratchRows || cap(sc.places) > maxScratchRows {
		sc.inds, sc.places = nil, nil
	}
	scratches.Put(sc)
}

func joinInts(ns []int, most int) string {
	var parts []string
	for i, n := range ns {
		if i == most {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, ", ")
}

// chooseKey decides which column names each row's indicator. The name
// column's own number ("Indikator 14 - …") is the key when the id column
// only counts rows (1, 2, 3, … in order); when the id column holds other
// numbers that disagree with the names, both readings are possible and the
// sheet is refused.
func (rd *reader) chooseKey(t *table, recs []rec) (key int, notice string, ok bool) {
	hdr := &t.Header
	if rd.opt.IDColumn != "" {
		// Resolved by readTable: the chosen column is the id or the name
		// column now.
		if c, _ := rd.override(t, rd.opt.IDColumn, "--id-column"); c != nil && c.Index == hdr.NameCol {
			return hdr.NameCol, "", true
		}
		return hdr.IDCol, "", true
	}
	if hdr.NameCol < 0 {
		return hdr.IDCol, "", true
	}
	if hdr.IDCol < 0 {
		return hdr.NameCol, "", true
	}
	named := 0
	for i := range recs {
		if recs[i].nameNum > 0 {
			named++
		}
	}
	if named == 0 {
		return hdr.IDCol, "", true
	}
	running, disagree := true, []rec{}
	n := 0
	for i := range recs {
		r := &recs[i]
		if r.id == "" {
			continue
		}
		n++
		if v, ok := cell.WholeNumber(strings.TrimSuffix(r.id, ".")); !ok || v != n {
			running = false
		}
		if r.nameNum > 0 {
			if in, _ := rd.lookup(strconv.Itoa(r.nameNum)); in != nil {
				if id, _, _ := rd.quietIndicator(r.id); id != in {
					disagree = append(disagree, *r)
				}
			}
		}
	}
	if len(disagree) == 0 {
		return hdr.IDCol, "", true
	}
	idC, nameC := hdr.ColAt(hdr.IDCol), hdr.ColAt(hdr.NameCol)
	if running && n > 1 {
		return hdr.NameCol, lang.Sprintf("sheet.id-counts-rows", t.sheet, idC.Label(), nameC.Label()), true
	}
	var both []string
	for i, r := range disagree {
		if i == 3 {
			both = append(both, "…")
			break
		}
		both = append(both, lang.Sprintf("sheet.reads", cell.Name(hdr.IDCol, r.num), r.id, cell.Name(hdr.NameCol, r.num), r.nameNum))
	}
	rd.problemAt(0, t.sheet, "", "id-disagree", []string{idC.Letter, nameC.Letter},
		"sheet.id-disagree",
		idC.Label(), nameC.Label(), strings.Join(both, "; "), idC.Letter, nameC.Letter)
	return 0, "", false
}

// quietIndicator resolves an id text without recording problems.
func (rd *reader) quietIndicator(text string) (*rubric.Indicator, int, bool) {
	saved, more := rd.problems, rd.more
	in, pos, skip := rd.indicator(text, "", "")
	rd.problems, rd.more = saved, more
	return in, pos, skip
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// override finds the column a flag names (see header.Row.Find). set is
// false when the flag is empty; a nil column with set means a problem was
// recorded.
func (rd *reader) override(t *table, want, flag string) (c *Column, set bool) {
	if want == "" {
		return nil, false
	}
	c, p := t.Header.Find(want, flag)
	if p != nil {
		rd.record(0, t.sheet, "", p)
	}
	return c, true
}

// blank is an empty level cell of a pair of level columns. Whether it is a
// problem depends on the rest of its column, so its problem is made after
// the last row, in its row's place.
type blank struct {
	row  int
	in   *rubric.Indicator
	cell string
	self bool
}

// settlePair decides what a pair of level columns means once every row is
// read. Both filled: both are scored, the verified levels as the headline,
// and an empty cell in either is an error. Only the self-assessed column
// filled: the sheet is not verified yet, so the self-assessment is scored
// alone, with a warning. Only the verified column filled, or neither: the
// self-assessed column is not a second assessment and is ignored.
func (rd *reader) settlePair(t *table, a *Answers, blanks []blank, headFilled, selfFilled bool, selfCells map[string]string) {
	head, self := a.LevelColumn, a.SelfColumn
	msg := func(b blank) string {
		return lang.Sprintf("sheet.no-level-range", b.in.ID, b.in.Scale.Min(), b.in.Scale.Max())
	}
	keep := func(selfCells bool) (out []blank) {
		for _, b := range blanks {
			if b.self == selfCells {
				out = append(out, b)
			}
		}
		return out
	}
	var deferred []blank
	switch {
	case !headFilled && selfFilled:
		a.Warnings = append(a.Warnings, lang.Sprintf("sheet.verified-empty", t.sheet, head, self))
		a.Levels, a.Self, a.Cells = a.Self, nil, selfCells
		a.Values, a.SelfValues = a.SelfValues, nil
		a.LevelColumn, a.SelfColumn = self, ""
		deferred = keep(true)
	case !selfFilled:
		a.Self, a.SelfValues, a.SelfColumn = nil, nil, ""
		deferred = keep(false)
	default:
		deferred = blanks
		msg = func(b blank) string {
			if b.self {
				return lang.Sprintf("sheet.no-self-level", b.in.ID, b.in.Scale.Min(), b.in.Scale.Max(), self)
			}
			return lang.Sprintf("sheet.no-verified-level", b.in.ID, b.in.Scale.Min(), b.in.Scale.Max(), head)
		}
	}
	for _, b := range deferred {
		rd.problemAt(b.row, t.sheet, b.cell, "no-level", []string{b.in.ID}, "sheet.plain", msg(b))
	}
}

// sortProblems puts the problems of a table in row order; those of no row
// (row 0) come last, in the order they were found.
func (rd *reader) sortProblems() {
	slices.SortStableFunc(rd.problems, func(x, y Problem) int {
		rx, ry := x.row, y.row
		if rx == 0 {
			rx = math.MaxInt
		}
		if ry == 0 {
			ry = math.MaxInt
		}
		return cmp.Compare(rx, ry)
	})
}
