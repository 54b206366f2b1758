package sheet

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet/cell"
	"github.com/spbe-id/spbe/pkg/sheet/header"
	"github.com/spbe-id/spbe/pkg/workbook"
)

type reader struct {
	name   string
	rubric *rubric.Rubric
	opt    Options
	wb     *workbook.Workbook

	problems []Problem
	// more counts the problems not kept once problems reached
	// maxCollected: a file that repeats one mistake in every row costs a
	// counter, not a message per row.
	more int
	// labels are the labelled cells above the tables read.
	labels header.Labels
	// seen is how many indicators the last table read named.
	seen int
	// row is the row being read, for the problems found in it.
	row int
	// dropped are the problems of small tables passed over as legends:
	// when the tables read leave indicators missing, they may say why.
	dropped     []Problem
	droppedMore int

	// identify is set when the table is read before a rubric is chosen
	// (see Identify): any whole number is an indicator id, and only the
	// ids and names are kept. ids holds their placeholder indicators.
	identify bool
	names    map[string]string
	tables   []*Answers

	// ins are the indicators a row may name, and pos their places in ins
	// by id, so that what a table read of each is kept in a slice by its
	// place rather than in a map by its id. Read against a rubric they are
	// its indicators and its index (see indexOf: shared by every reader of
	// the rubric, and never written); while identifying, the placeholders
	// made for the whole numbers read, in the order first met. Both are
	// set by the first lookup.
	ins []*rubric.Indicator
	pos map[string]int32
}

// identifySize stands for the rubric's indicator count while the rubric is
// not chosen: the smallest built-in rubric's (pemdi-2026, 20), so that a
// table naming fewer than half of those is a legend whatever is chosen.
const identifySize = 20

// size is the number of indicators of the rubric read against.
func (rd *reader) size() int {
	if rd.identify {
		return identifySize
	}
	return len(rd.rubric.Indicators)
}

// places sets rd.ins and rd.pos, once.
func (rd *reader) places() {
	if rd.pos != nil {
		return
	}
	if rd.identify {
		rd.pos = map[string]int32{}
	} else {
		rd.ins, rd.pos = rd.rubric.Indicators, indexOf(rd.rubric).pos
	}
}

// lookup finds an indicator by its normalised id, and its place in rd.ins
// (-1 with nil).
func (rd *reader) lookup(id string) (*rubric.Indicator, int) {
	rd.places()
	if i, ok := rd.pos[id]; ok {
		return rd.ins[i], int(i)
	}
	if !rd.identify {
		return nil, -1
	}
	n, ok := cell.PlainInt(id)
	if !ok || n < 1 || strconv.Itoa(n) != id {
		return nil, -1
	}
	in := &rubric.Indicator{ID: id}
	rd.pos[id] = int32(len(rd.ins))
	rd.ins = append(rd.ins, in)
	return in, len(rd.ins) - 1
}

// problemAt records a problem with its code and values, for a row (0 for
// none) and a cell (ref, "" for none); key is its message in the
// catalogue (messages.go here, in sheet/header or sheet/cell), said in the
// run's language. Every text it quotes is clipped to lang.MaxQuoted
// characters before the message is made (see clipArgs), and past
// maxCollected problems it only counts.
func (rd *reader) problemAt(row int, sheet, ref, code string, values []string, key string, args ...any) {
	if len(rd.problems) >= maxCollected {
		rd.more++
		return
	}
	rd.problems = append(rd.problems, Problem{Sheet: lang.Clip(sheet), Cell: ref, Code: code, Values: clipAll(values), Msg: lang.Sprintf(key, clipArgs(lang.UI().T(key), args)...), row: row})
}

// record records a problem that package cell or header returned, at a
// row and a cell, as problemAt does: those packages only say what is
// wrong, the reader knows where.
func (rd *reader) record(row int, sheet, ref string, p *cell.Problem) {
	rd.problemAt(row, sheet, ref, p.Code, p.Values, p.Key, p.Args...)
}

func (rd *reader) read(data []byte) (*Answers, error) {
	wb, err := workbook.Open(data, workbook.Options{MaxUnzipSize: rd.opt.MaxUnzipSize, MaxCols: rd.opt.MaxCols})
	if err != nil {
		return nil, fileError(rd.name, "sheet.plain", describeOpenWorkbookError(err, rd.opt))
	}
	rd.wb = wb
	if err := rd.refuseReport(); err != nil {
		return nil, err
	}
	sheets := wb.Sheets()
	if rd.opt.Sheet != "" {
		i := slices.IndexFunc(sheets, func(s workbook.Sheet) bool {
			return strings.EqualFold(strings.TrimSpace(s.Name), strings.TrimSpace(rd.opt.Sheet))
		})
		if i < 0 {
			var names []string
			for _, s := range sheets {
				names = append(names, lang.Clip(s.Name))
			}
			return nil, &Error{File: rd.name, Problems: []Problem{{Code: "flag-no-sheet", Values: []string{lang.Clip(rd.opt.Sheet)}, Msg: lang.Sprintf("sheet.flag-no-sheet", lang.Clip(rd.opt.Sheet), strings.Join(quoteAll(names), ", "))}}}
		}
		sheets = sheets[i : i+1]
	}
	var scanned []string
	// legend holds the problems of a table that names fewer than half of
	// the rubric's indicators: the levels listed as "No | Tingkat" on an
	// instructions sheet look like an answer table, and must not hide the
	// real one on a later sheet. They are reported when no later sheet
	// has a table.
	var legend error
	legendMore := 0
	// partials are tables that name only some of the indicators: one sheet
	// per domain, together the answer.
	var partials []*Answers
	for _, s := range sheets {
		// From here on the sheet's name is only shown, in messages, in
		// reports and as the answers' sheet: a real tab name has at most
		// 31 characters, so clipping changes only a hostile one.
		s.Name = lang.Clip(s.Name)
		t, err := rd.findTable(s)
		if err != nil {
			return nil, &Error{File: rd.name, Problems: append(rd.problems, Problem{Sheet: s.Name, Msg: err.Error()})}
		}
		scanned = append(scanned, s.Name)
		if v := rd.view(s.Name); v != nil {
			v.Hidden = s.Hidden
			if t != nil {
				v.HeaderRows, v.Columns = t.Header.Rows, t.Header.Cols
			}
		}
		if t == nil {
			continue
		}
		a, err := rd.readTable(t)
		rd.row = 0
		if err != nil && 2*rd.seen < rd.size() {
			if legend == nil {
				legend, legendMore = err, rd.more
			}
			if se, ok := err.(*Error); ok {
				rd.dropped = append(rd.dropped, se.Problems...)
				rd.droppedMore += rd.more
			}
			rd.problems, rd.more = nil, 0
			continue
		}
		if err != nil {
			return nil, err
		}
		if a == nil {
			continue // a header with no indicator rows under it: look further
		}
		if s.Hidden {
			a.Warnings = append(a.Warnings, lang.Sprintf("sheet.hidden-sheet", s.Name))
		}
		a.Stamp = readStamp(wb.CustomProps())
		if rd.identify {
			partials = append(partials, a)
			continue
		}
		if len(a.missing) == 0 {
			// Tables before it that named only some indicators (partials)
			// or too few (legends) were passed over.
			a.passedOver = len(rd.dropped) > 0 || legend != nil || len(partials) > 0
			return a, nil
		}
		partials = append(partials, a)
	}
	if rd.identify && len(partials) > 0 {
		rd.tables = partials
		return partials[0], nil
	}
	if len(partials) > 0 {
		a, err := rd.combine(partials)
		if a != nil {
			a.passedOver = len(rd.dropped) > 0 || legend != nil
		}
		return a, err
	}
	if legend != nil {
		rd.more = legendMore
		return nil, legend
	}
	return nil, &Error{File: rd.name, Problems: []Problem{{Code: "no-table", Values: scanned, Msg: lang.Sprintf("sheet.no-table",
		strings.Join(quoteAll(scanned), ", "), rd.opt.ScanRows, rd.opt.MaxCols)}}}
}

// maxCollected bounds the problems kept while a file is read; Read keeps
// MaxProblems of them and counts the rest.
const maxCollected = 4 * MaxProblems

// MaxProblems is how many problems one file reports at most; the rest are
// counted in a last problem, "and N more problems", of code
// CodeMoreProblems whose one value is N.
const MaxProblems = 100

// CodeMoreProblems is the code of the last problem of a file that had
// more than MaxProblems.
const CodeMoreProblems = "more-problems"

// clipAll clips each text to lang.MaxQuoted characters.
func clipAll(texts []string) []string {
	if texts == nil {
		return nil
	}
	out := make([]string, len(texts))
	for i, t := range texts {
		out[i] = lang.Clip(t)
	}
	return out
}

// clipArgs clips the texts a message quotes (its %q arguments), so that
// a cell or a header of 32 767 characters is quoted by its first few. A
// %s argument is a phrase made by the reader, cut only by bound.
func clipArgs(format string, args []any) []any {
	out := slices.Clone(args)
	n := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		if i == len(format) || format[i] == '%' {
			continue
		}
		if n < len(out) && format[i] == 'q' {
			if s, ok := out[n].(string); ok {
				out[n] = lang.Clip(s)
			}
		}
		n++
	}
	return out
}

// bound keeps the first MaxProblems problems of e and says how many more
// there were, counting more that were never kept; every location and
// value it keeps is clipped, whichever path made the problem.
func bound(e *Error, more int) {
	if n := len(e.Problems) - MaxProblems; n > 0 {
		more += n
		e.Problems = e.Problems[:MaxProblems]
	}
	for i := range e.Problems {
		p := &e.Problems[i]
		p.Sheet, p.Values = lang.Clip(p.Sheet), clipAll(p.Values)
		if len(p.Msg) > maxMsg {
			p.Msg = p.Msg[:maxMsg] + "…"
			for !utf8.ValidString(p.Msg) { // cut inside a character
				p.Msg = p.Msg[:len(p.Msg)-len("…")-1] + "…"
			}
		}
	}
	if more > 0 {
		e.Problems = append(e.Problems, Problem{Code: CodeMoreProblems, Values: []string{strconv.Itoa(more)},
			Msg: lang.Sprintf("sheet.more-problems", more)})
	}
}

// maxMsg bounds a message whose quoted texts were not clipped one by one
// (a cause passed up from the workbook): a few lines of a terminal.
const maxMsg = 1024

func quoteAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strconv.Quote(n)
	}
	return out
}

func describeOpenWorkbookError(err error, opt Options) string {
	switch {
	case errors.Is(err, workbook.ErrZipBomb):
		return lang.Sprintf("sheet.zip-bomb", byteSize(opt.MaxUnzipSize))
	case errors.Is(err, workbook.ErrTooManyRels):
		return lang.Sprintf("sheet.too-many-rels", workbook.MaxRels)
	case errors.Is(err, workbook.ErrTooManySheets):
		return lang.Sprintf("sheet.too-many-sheets", workbook.MaxSheets)
	case strings.HasPrefix(err.Error(), "zip:"):
		return lang.Sprintf("sheet.bad-zip", err)
	}
	return lang.Sprintf("sheet.malformed", err)
}

// plural names indicators in both languages: "indikator 3, 4" and
// "indicators 3, 4 are".
func plural(ids []string, noun string) lang.Words {
	id := "indikator " + strings.Join(ids, ", ")
	if len(ids) == 1 {
		return lang.Words{id, noun + " " + ids[0] + " is"}
	}
	return lang.Words{id, noun + "s " + strings.Join(ids, ", ") + " are"}
}

// idPrefix is tried longest word first: RE2 takes the first alternative
// that matches, and "no" would leave "mor 5" of "Nomor 5".
var idPrefix = regexp.MustCompile(`^(?i)(indikator|indicator|ind|nomor|no|i)\s*[.:#-]?\s*`)

// indicator resolves the text of an id cell, with its place in rd.ins.
// skip is true for rows that are not indicator rows (section titles such
// as "Domain 1"); a nil indicator without skip means a problem was
// recorded.
func (rd *reader) indicator(text, sheet, ref string) (in *rubric.Indicator, pos int, skip bool) {
	if in, pos := rd.lookup(text); in != nil {
		return in, pos, false
	}
	text = strings.TrimSuffix(text, ".")
	rest := idPrefix.ReplaceAllString(text, "")
	prefixed := rest != text
	if in, pos := rd.lookup(rest); in != nil {
		return in, pos, false
	}
	n, ok := cell.WholeNumber(rest)
	if !ok {
		if prefixed && strings.HasPrefix(strings.ToLower(text), "ind") {
			rd.problemAt(rd.row, sheet, ref, "not-an-id", []string{text}, "sheet.not-an-id", text)
			return nil, -1, false
		}
		return nil, -1, true
	}
	id := strconv.Itoa(n)
	if in, pos := rd.lookup(id); in != nil {
		return in, pos, false
	}
	if rd.identify {
		rd.problemAt(rd.row, sheet, ref, "unknown-indicator", []string{text}, "sheet.not-an-id", text)
		return nil, -1, false
	}
	first, last := rd.rubric.Indicators[0].ID, rd.rubric.Indicators[len(rd.rubric.Indicators)-1].ID
	rd.problemAt(rd.row, sheet, ref, "unknown-indicator", []string{text, rd.rubric.ID, first, last}, "sheet.unknown-indicator", text, rd.rubric.ID, first, last)
	return nil, -1, false
}

// value reads a value cell for indicator in (see cell.Value), recording
// the problem that stops it being one.
func (rd *reader) value(raw string, in *rubric.Indicator, sheet, ref string) (rubric.Value, bool) {
	v, p := cell.Value(raw, in)
	if p != nil {
		rd.record(rd.row, sheet, ref, p)
		return v, false
	}
	return v, true
}

// readStamp reads the rubric stamp that `spbe template` writes into the
// workbook's custom document properties.
func readStamp(props map[string]string) *Stamp {
	s := Stamp{RubricID: props[workbook.PropRubric], Version: props[workbook.PropVersion], Hash: props[workbook.PropHash]}
	if s.RubricID == "" {
		return nil
	}
	return &s
}
