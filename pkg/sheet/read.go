package sheet

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
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
	more     int
	opd      string
	agency   string
	year     string
	assessor string
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
	ids      map[string]*rubric.Indicator
	names    map[string]string
	tables   []*Answers
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

// lookup finds an indicator by its normalised id.
func (rd *reader) lookup(id string) *rubric.Indicator {
	if !rd.identify {
		return rd.rubric.Indicator(id)
	}
	n, ok := plainInt(id)
	if !ok || n < 1 || strconv.Itoa(n) != id {
		return nil
	}
	in := rd.ids[id]
	if in == nil {
		in = &rubric.Indicator{ID: id}
		rd.ids[id] = in
	}
	return in
}

// problemAt records a problem with its code and values, for a row (0 for
// none); key is its message in the catalogue (messages.go), said in the
// run's language. Every text it quotes is clipped to lang.MaxQuoted
// characters before the message is made (see clipArgs), and past
// maxCollected problems it only counts.
func (rd *reader) problemAt(row int, sheet, cell, code string, values []string, key string, args ...any) {
	if len(rd.problems) >= maxCollected {
		rd.more++
		return
	}
	rd.problems = append(rd.problems, Problem{Sheet: lang.Clip(sheet), Cell: cell, Code: code, Values: clipAll(values), Msg: lang.Sprintf(key, clipArgs(lang.UI().T(key), args)...), row: row})
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
				v.HeaderRows, v.Columns = t.hdr.rows, t.hdr.cols
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

func cellName(col, row int) string {
	// A batch names a cell for every level it reads, and the same cells
	// sheet after sheet: no fmt here, and the names are remembered.
	return cellNames.get(col<<21|row, func(int) string { return workbook.ColName(col) + strconv.Itoa(row) })
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

// indicator resolves the text of an id cell. skip is true for rows that
// are not indicator rows (section titles such as "Domain 1"); a nil
// indicator without skip means a problem was recorded.
func (rd *reader) indicator(text, sheet, cell string) (in *rubric.Indicator, skip bool) {
	if in := rd.lookup(text); in != nil {
		return in, false
	}
	text = strings.TrimSuffix(text, ".")
	rest := idPrefix.ReplaceAllString(text, "")
	prefixed := rest != text
	if in := rd.lookup(rest); in != nil {
		return in, false
	}
	n, ok := wholeNumber(rest)
	if !ok {
		if prefixed && strings.HasPrefix(strings.ToLower(text), "ind") {
			rd.problemAt(rd.row, sheet, cell, "not-an-id", []string{text}, "sheet.not-an-id", text)
			return nil, false
		}
		return nil, true
	}
	id := strconv.Itoa(n)
	if in := rd.lookup(id); in != nil {
		return in, false
	}
	if rd.identify {
		rd.problemAt(rd.row, sheet, cell, "unknown-indicator", []string{text}, "sheet.not-an-id", text)
		return nil, false
	}
	first, last := rd.rubric.Indicators[0].ID, rd.rubric.Indicators[len(rd.rubric.Indicators)-1].ID
	rd.problemAt(rd.row, sheet, cell, "unknown-indicator", []string{text, rd.rubric.ID, first, last}, "sheet.unknown-indicator", text, rd.rubric.ID, first, last)
	return nil, false
}

// wholeNumber parses "3", "3.0", "3,00" as 3.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// wholeNumber parses "3", "3.0", "3,00" as 3.
func wholeNumber(s string) (int, bool) {
	x, ok := rubric.ParseDecimal(s)
	if !ok || !x.IsInt() || !x.Num().IsInt64() {
		return 0, false
	}
	v := x.Num().Int64()
	if v < -1<<31 || v > 1<<31 {
		return 0, false
	}
	return int(v), true
}

var (
	levelPrefix = regexp.MustCompile(`^(?i)(tingkat\s+kematangan|tingkat|level|nilai|skor)\s*[.:-]?\s*`)
	levelLabel  = regexp.MustCompile(`^(\d+)\s*[-–—.:)]?\s*(\S.*)$`)
)

// level resolves a level cell for indicator in: a number, "Tingkat 3",
// "Level 3", "3 - Terdefinisi", or a label of the indicator's scale.
func (rd *reader) level(raw string, in *rubric.Indicator, sheet, cell string) (int, bool) {
	sc := in.Scale
	// Most levels are a plain digit: that needs neither the prefix pattern
	// nor a rational nor the range's text for a message (a batch reads
	// millions of them).
	if n, ok := plainInt(raw); ok {
		if n >= sc.Min() && n <= sc.Max() {
			return n, true
		}
		return rd.inScale(big.NewRat(int64(n), 1), raw, in, sheet, cell)
	}
	rangeText := fmt.Sprintf("%d..%d", sc.Min(), sc.Max())
	if raw == "" {
		rd.problemAt(rd.row, sheet, cell, "no-level", []string{in.ID, rangeText}, "sheet.no-level", in.ID, rangeText)
		return 0, false
	}
	s := strings.TrimSpace(levelPrefix.ReplaceAllString(raw, ""))
	if x, ok := rubric.ParseDecimal(s); ok {
		if !x.IsInt() {
			x = nearWhole(x)
		}
		if !x.IsInt() {
			rd.problemAt(rd.row, sheet, cell, "not-whole", []string{in.ID, raw, rangeText}, "sheet.not-whole", in.ID, raw, rangeText)
			return 0, false
		}
		return rd.inScale(x, raw, in, sheet, cell)
	}
	if g := levelLabel.FindStringSubmatch(s); g != nil {
		x, _ := new(big.Rat).SetString(g[1])
		n, ok := rd.inScale(x, raw, in, sheet, cell)
		if !ok {
			return 0, false
		}
		l, _ := sc.Level(n)
		if !labelIs(l, g[2]) {
			rd.problemAt(rd.row, sheet, cell, "contradictory-level", []string{in.ID, raw, strconv.Itoa(n), sc.ID, l.Label}, "sheet.contradictory-level", in.ID, raw, n, sc.ID, l.Label)
			return 0, false
		}
		return n, true
	}
	for _, l := range sc.Levels {
		if labelIs(l, s) {
			return l.Value, true
		}
	}
	rd.problemAt(rd.row, sheet, cell, "not-a-level", []string{in.ID, raw, rangeText, sc.ID, strings.Join(sc.Labels(), ", ")}, "sheet.not-a-level", in.ID, raw, rangeText, sc.ID, strings.Join(sc.Labels(), ", "))
	return 0, false
}

// value resolves a value cell for indicator in. On a decimal scale a
// plain decimal is the value exactly as the cell holds it (the raw text of
// a numeric cell, "1.1666666666666667", or text such as "2,5"); anything
// else, and every value of a scale of whole levels, is read as a level.
func (rd *reader) value(raw string, in *rubric.Indicator, sheet, cell string) (rubric.Value, bool) {
	if in.Scale.Decimal() {
		s := strings.TrimSpace(levelPrefix.ReplaceAllString(raw, ""))
		if x, ok := rubric.ParseDecimal(s); ok {
			if !x.IsInt() {
				// A float's noise (2.9999999999999996 from a formula
				// meaning 3, a few units in the last place) is the whole
				// number, as a person reads it; a decimal written on
				// purpose, even 3.0000000001, is kept as it is.
				if w := near(x, floatNoise); w.IsInt() {
					s = w.RatString()
				}
			}
			v, err := in.Scale.ParseValue(s)
			if err != nil {
				reason := err.Error()
				var ve *rubric.ValueError
				if errors.As(err, &ve) {
					reason = ve.Reason
				}
				rd.problemAt(rd.row, sheet, cell, "bad-value", []string{in.ID, raw, reason}, "sheet.bad-decimal", in.ID, raw, reason)
				return rubric.Value{}, false
			}
			return v, true
		}
	}
	lv, ok := rd.level(raw, in, sheet, cell)
	if !ok {
		return rubric.Value{}, false
	}
	return rubric.WholeValue(lv), true
}

// plainInt parses a level written as one to four ASCII digits.
func plainInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func (rd *reader) inScale(x *big.Rat, raw string, in *rubric.Indicator, sheet, cell string) (int, bool) {
	sc := in.Scale
	if x.Num().IsInt64() {
		if n := x.Num().Int64(); n >= int64(sc.Min()) && n <= int64(sc.Max()) {
			return int(n), true
		}
	}
	rd.problemAt(rd.row, sheet, cell, "out-of-scale", []string{in.ID, raw, strconv.Itoa(sc.Min()), strconv.Itoa(sc.Max())}, "sheet.out-of-scale", in.ID, raw, sc.Min(), sc.Max())
	return 0, false
}

func labelIs(l rubric.Level, s string) bool {
	s = labelNorm(s)
	return s == labelNorm(l.Label) || l.LabelEN != "" && s == labelNorm(l.LabelEN)
}

// labelNorm reads "&" as "dan": "Terpadu & Terukur" is "Terpadu dan
// Terukur".
func labelNorm(s string) string {
	s = norm(strings.ReplaceAll(s, "&", " dan "))
	return strings.ReplaceAll(" "+s+" ", " and ", " dan ")
}

// wholeTolerance is how far a cached value may sit from a whole number
// and still be that number: a formula's 3.0000000000000004 is binary
// floating point noise, 3.00001 is not.
var wholeTolerance = big.NewRat(1, 1_000_000_000)

// nearWhole returns the whole number within wholeTolerance of x, or x.
func nearWhole(x *big.Rat) *big.Rat { return near(x, wholeTolerance) }

// floatNoise is how far a decimal value may stand from a whole number and
// still be that number: float64 arithmetic on values up to a few hundred
// errs by less, and no value is written with twelve decimals on purpose.
var floatNoise = big.NewRat(1, 1_000_000_000_000)

// near returns the whole number within tol of x, or x.
func near(x, tol *big.Rat) *big.Rat {
	n := new(big.Int).Quo(x.Num(), x.Denom()) // truncated
	for _, c := range []*big.Int{n, new(big.Int).Add(n, big.NewInt(1)), new(big.Int).Sub(n, big.NewInt(1))} {
		d := new(big.Rat).Sub(x, new(big.Rat).SetInt(c))
		if d.Abs(d).Cmp(tol) <= 0 {
			return new(big.Rat).SetInt(c)
		}
	}
	return x
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
