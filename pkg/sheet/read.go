package sheet

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

type reader struct {
	name   string
	rubric *rubric.Rubric
	opt    Options
	wb     *workbook

	problems []Problem
	opd      string
	year     string
	// assessor and pemda are the "Nama Penilai" and "Pemerintah Daerah"
	// labels above the table, when present.
	assessor string
	pemda    string
	// seen is how many indicators the last table read named.
	seen int
}

func (rd *reader) problem(sheet, cell, format string, args ...any) {
	rd.problems = append(rd.problems, Problem{Sheet: sheet, Cell: cell, Msg: fmt.Sprintf(format, args...)})
}

func (rd *reader) read(data []byte) (*Answers, error) {
	wb, err := openWorkbook(data, rd.opt)
	if err != nil {
		return nil, fileError(rd.name, "%s", describeOpenWorkbookError(err, rd.opt))
	}
	rd.wb = wb
	var scanned []string
	// legend holds the problems of a table that names fewer than half of
	// the rubric's indicators: the levels listed as "No | Tingkat" on an
	// instructions sheet look like an answer table, and must not hide the
	// real one on a later sheet. They are reported when no later sheet
	// has a table.
	var legend error
	for _, s := range wb.sheets {
		t, err := rd.findTable(s)
		if err != nil {
			return nil, &Error{File: rd.name, Problems: append(rd.problems, Problem{Sheet: s.name, Msg: err.Error()})}
		}
		scanned = append(scanned, s.name)
		if t == nil {
			continue
		}
		a, err := rd.readTable(t)
		if err != nil && 2*rd.seen < len(rd.rubric.Indicators) {
			if legend == nil {
				legend = err
			}
			rd.problems = nil
			continue
		}
		if err != nil {
			return nil, err
		}
		if a == nil {
			continue // a header with no indicator rows under it: look further
		}
		if s.hidden {
			a.Warnings = append(a.Warnings, fmt.Sprintf("the answer table is on sheet %q, which is hidden: check that it holds the levels meant to be scored", s.name))
		}
		a.Stamp = readStamp(wb.custom)
		return a, nil
	}
	if legend != nil {
		return nil, legend
	}
	return nil, fileError(rd.name, "no answer table found: no worksheet (%s) has, in its first %d rows and %d columns, a header row with an indicator column (No, Nomor, ID, Kode or Indikator) and a level column (Tingkat, Tingkat Kematangan, Level, Nilai or Skor) (raise the limits with --scan-rows and --max-cols)",
		strings.Join(quoteAll(scanned), ", "), rd.opt.ScanRows, rd.opt.MaxCols)
}

func quoteAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strconv.Quote(n)
	}
	return out
}

func describeOpenWorkbookError(err error, opt Options) string {
	switch {
	case errors.Is(err, errZipBomb):
		return fmt.Sprintf("the workbook unpacks to more than %s (a zip bomb?), so it was not read (raise the limit with --max-unzip-size)", byteSize(opt.MaxUnzipSize))
	case errors.Is(err, errTooManyRels):
		return fmt.Sprintf("the workbook lists more than %d relationships between its parts, so it was not read: an answer sheet needs a few; save it again as .xlsx", maxRels)
	case errors.Is(err, errTooManySheets):
		return fmt.Sprintf("the workbook lists more than %d worksheets, so it was not read: an answer sheet needs a few; copy the answer table into a workbook of its own", maxSheets)
	case strings.HasPrefix(err.Error(), "zip:"):
		return fmt.Sprintf("the file is not a readable .xlsx workbook (%v): it may be damaged or cut short; save it again as .xlsx", err)
	}
	return fmt.Sprintf("the workbook is malformed: %v; save it again as .xlsx", err)
}

// table is a located answer table.
type table struct {
	sheet     string
	headerRow int
	idCol     int
	level     column // the headline level column
	self      column // the self-assessed column, when verified is the headline
	note      int    // explanation column, or -1
	evaluator int    // the evaluator's note column, or -1
	evidence  int    // the evidence (Data Dukung) column, or -1
	rows      *rowIter
	warnings  []string
	levelCols []column // every level-like column, for messages
}

type column struct {
	index  int // 0-based; -1 when absent
	header string
	role   role
}

type role int

const (
	rolePlain role = iota
	roleSelf
	roleVerified
)

func norm(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Map(func(r rune) rune {
		switch r {
		case '.', ':', '*', '(', ')', '_', '\n', '\r', '\t', '#':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

var strongID = map[string]bool{
	"no": true, "nomor": true, "id": true, "kode": true, "no urut": true,
	"no indikator": true, "nomor indikator": true, "kode indikator": true, "id indikator": true,
	"number": true, "code": true, "indicator no": true, "indicator id": true, "nr": true,
}

var weakID = map[string]bool{"indikator": true, "indicator": true}

var levelWords = []string{"tingkat", "level", "nilai", "skor", "score"}

func classifyLevel(h string) (role, bool) {
	found := false
	for _, w := range strings.Fields(h) {
		for _, lw := range levelWords {
			if w == lw {
				found = true
			}
		}
	}
	if !found || strings.Contains(h, "bobot") || strings.Contains(h, "weight") || strings.Contains(h, "indeks") || strings.Contains(h, "index") {
		return 0, false
	}
	switch {
	case containsAny(h, "verifikasi", "verified", "verification", "evaluator", "validasi"):
		return roleVerified, true
	case containsAny(h, "mandiri", "self"):
		return roleSelf, true
	}
	return rolePlain, true
}

// A bare "Verifikasi" or "Mandiri" header is a level column in a sheet that
// has a pair of them.
func classifyBare(h string) (role, bool) {
	switch h {
	case "verifikasi", "hasil verifikasi", "evaluator", "verified":
		return roleVerified, true
	case "mandiri", "penilaian mandiri", "self-assessment", "self assessment":
		return roleSelf, true
	}
	return 0, false
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var noteHeaders = map[string]bool{"penjelasan": true, "keterangan": true, "explanation": true, "catatan": true, "notes": true, "note": true}

// The evaluator's note and the evidence columns, which the verified
// template writes beside the explanation.
var (
	evaluatorHeaders = map[string]bool{"catatan evaluator": true, "catatan verifikasi": true, "catatan verifikator": true, "evaluator note": true, "evaluator notes": true, "evaluator's note": true}
	evidenceHeaders  = map[string]bool{"data dukung": true, "bukti": true, "bukti dukung": true, "tautan bukti": true, "evidence": true, "supporting data": true}
)

// extraCols are the columns of an answer table beside the levels: the
// evaluator's note and the evidence, each -1 when absent.
type extraCols struct{ evaluator, evidence int }

// extras finds the evaluator's note and evidence columns of a header row.
func extras(cols []string) extraCols {
	x := extraCols{-1, -1}
	for i, c := range cols {
		switch h := norm(c); {
		case evaluatorHeaders[h] && x.evaluator < 0:
			x.evaluator = i
		case evidenceHeaders[h] && x.evidence < 0:
			x.evidence = i
		}
	}
	return x
}

// header inspects one row as a candidate header row.
func header(cols []string) (idCol int, levels []column, note int, ok bool) {
	idCol, weak, note := -1, -1, -1
	for i, c := range cols {
		h := norm(c)
		if h == "" {
			continue
		}
		switch {
		case strongID[h]:
			if idCol < 0 {
				idCol = i
			}
		case weakID[h]:
			if weak < 0 {
				weak = i
			}
		case noteHeaders[h]:
			if note < 0 {
				note = i
			}
		default:
			if r, ok := classifyLevel(h); ok {
				levels = append(levels, column{index: i, header: strings.TrimSpace(c), role: r})
			} else if r, ok := classifyBare(h); ok {
				levels = append(levels, column{index: i, header: strings.TrimSpace(c), role: r})
			}
		}
	}
	if idCol < 0 {
		idCol = weak
	}
	return idCol, levels, note, idCol >= 0 && len(levels) > 0
}

var (
	opdLabels  = map[string]bool{"nama instansi": true, "instansi": true, "nama opd": true, "opd": true, "perangkat daerah": true, "nama perangkat daerah": true, "unit kerja": true, "nama unit kerja": true, "satuan kerja": true, "agency": true, "instansi/opd": true, "nama instansi/opd": true, "work unit": true}
	yearLabels = map[string]bool{"tahun": true, "tahun evaluasi": true, "tahun penilaian": true, "year": true, "periode": true}
	// assessorLabels and pemdaLabels name the assessor and the local
	// government (Pemda) the OPD belongs to.
	assessorLabels = map[string]bool{"nama penilai": true, "penilai": true, "nama evaluator": true, "assessor": true, "assessor name": true}
	pemdaLabels    = map[string]bool{"pemerintah daerah": true, "pemda": true, "nama pemda": true, "nama pemerintah daerah": true, "local government": true}
)

// labels picks up "Nama OPD | Dinas X" and "Tahun: 2024" pairs from a row
// above the table.
func (rd *reader) labels(cols []string) {
	for i, c := range cols {
		if c == "" {
			continue
		}
		label, value := c, ""
		if k, v, ok := strings.Cut(c, ":"); ok {
			label, value = k, strings.TrimSpace(v)
		}
		h := norm(label)
		isOPD, isYear := opdLabels[h], yearLabels[h]
		isAssessor, isPemda := assessorLabels[h], pemdaLabels[h]
		if !isOPD && !isYear && !isAssessor && !isPemda {
			continue
		}
		if value == "" {
			for _, next := range cols[i+1:] {
				if v := strings.TrimSpace(next); v != "" && v != ":" {
					value = strings.TrimSpace(strings.TrimPrefix(v, ":"))
					break
				}
			}
		}
		if value == "" {
			continue
		}
		if isOPD && rd.opd == "" {
			rd.opd = oneLine(value)
		}
		if isAssessor && rd.assessor == "" {
			rd.assessor = oneLine(value)
		}
		if isPemda && rd.pemda == "" {
			rd.pemda = oneLine(value)
		}
		if isYear && rd.year == "" {
			if y, ok := wholeNumber(value); ok && y >= 1900 && y <= 2999 {
				rd.year = strconv.Itoa(y)
			}
		}
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// findTable scans the first rows of a worksheet for the header row.
func (rd *reader) findTable(s sheetRef) (*table, error) {
	rows, err := rd.wb.rows(s)
	if err != nil {
		return nil, fmt.Errorf("cannot read the worksheet: %v", err)
	}
	for rows.Next() && rows.num <= rd.opt.ScanRows {
		cols := rows.cols
		idCol, levels, note, ok := header(cols)
		if !ok {
			rd.labels(cols)
			continue
		}
		ex := extras(cols)
		t := &table{sheet: s.name, headerRow: rows.num, idCol: idCol, note: note, evaluator: ex.evaluator, evidence: ex.evidence, rows: rows, levelCols: levels}
		t.pick(levels)
		return t, nil
	}
	rows.Close()
	if rows.err != nil {
		return nil, rows.err
	}
	return nil, nil
}

// pick chooses the headline level column, and the self-assessed one when
// the sheet has both.
func (t *table) pick(levels []column) {
	t.self = column{index: -1}
	var plain, self, verified []column
	for _, c := range levels {
		switch c.role {
		case roleVerified:
			verified = append(verified, c)
		case roleSelf:
			self = append(self, c)
		default:
			plain = append(plain, c)
		}
	}
	switch {
	case len(verified) > 0:
		t.level = verified[0]
		if len(self) > 0 {
			t.self = self[0]
		} else if len(plain) > 0 {
			t.self = plain[0]
		}
	case len(self) > 0:
		t.level = self[0]
		if len(plain) > 0 {
			// "Nilai Mandiri | Nilai Akhir": the other column may well be
			// the evaluators' level, but nothing says so; say which was
			// scored rather than pick in silence.
			t.warnings = append(t.warnings, fmt.Sprintf("sheet %q has a self-assessed level column %s and other level columns (%s), none headed as verified; the self-assessed levels are scored (head the evaluators' column \"Verifikasi\" to score both)", t.sheet, headers(self[:1]), headers(plain)))
		}
	default:
		t.level = plain[0]
		if len(plain) > 1 {
			t.warnings = append(t.warnings, fmt.Sprintf("sheet %q has several level columns (%s); using %q", t.sheet, headers(plain), plain[0].header))
		}
	}
}

func headers(cs []column) string {
	var hs []string
	for _, c := range cs {
		hs = append(hs, fmt.Sprintf("%s %q", colName(c.index), c.header))
	}
	return strings.Join(hs, ", ")
}

func cellName(col, row int) string { return fmt.Sprintf("%s%d", colName(col), row) }

// readTable reads the rows under a header. It returns nil, nil when no row
// under the header names an indicator.
func (rd *reader) readTable(t *table) (*Answers, error) {
	defer t.rows.Close()
	a := &Answers{
		File: rd.name, Sheet: t.sheet, HeaderRow: t.headerRow,
		Levels: score.Levels{}, Cells: map[string]string{}, Notes: map[string]string{},
		EvaluatorNotes: map[string]string{}, Evidence: map[string]string{},
		LevelColumn: fmt.Sprintf("%s %q", colName(t.level.index), t.level.header),
		Warnings:    t.warnings,
	}
	if t.self.index >= 0 {
		a.Self = score.Levels{}
		a.SelfColumn = fmt.Sprintf("%s %q", colName(t.self.index), t.self.header)
	}
	seen := map[string]string{} // id -> cell of its id
	pair := t.self.index >= 0
	p := &pairState{selfCells: map[string]string{}}
	for read := 1; t.rows.Next(); read++ {
		rowNum, cols := t.rows.num, t.rows.cols
		if read > rd.opt.MaxRows {
			rd.problem(t.sheet, "", "the table goes on past row %d: only %d rows under the header are read (raise the limit with --max-rows)", rowNum-1, rd.opt.MaxRows)
			break
		}
		for _, c := range t.rows.dups {
			rd.problem(t.sheet, c, "the cell is written twice in the worksheet XML: the file was altered or damaged")
		}
		get := func(i int) string {
			if i < 0 || i >= len(cols) {
				return ""
			}
			return strings.TrimSpace(cols[i])
		}
		idText := get(t.idCol)
		if idText == "" {
			continue
		}
		idCell := cellName(t.idCol, rowNum)
		in, skip := rd.indicator(idText, t.sheet, idCell)
		if skip {
			continue
		}
		if in == nil {
			continue // a problem was recorded
		}
		if first, dup := seen[in.ID]; dup {
			rd.problem(t.sheet, idCell, "indicator %s is listed twice (first at %s)", in.ID, first)
			continue
		}
		seen[in.ID] = idCell
		lvCell := cellName(t.level.index, rowNum)
		a.Cells[in.ID] = lvCell
		if raw := get(t.level.index); pair && raw == "" {
			p.blanks = append(p.blanks, blank{at: len(rd.problems), in: in, cell: lvCell})
		} else {
			if pair {
				p.headFilled = true
			}
			if lv, ok := rd.level(raw, in, t.sheet, lvCell); ok {
				a.Levels[in.ID] = lv
			}
		}
		if pair {
			selfCell := cellName(t.self.index, rowNum)
			p.selfCells[in.ID] = selfCell
			if raw := get(t.self.index); raw == "" {
				p.blanks = append(p.blanks, blank{at: len(rd.problems), in: in, cell: selfCell, self: true})
			} else {
				p.selfFilled = true
				if lv, ok := rd.level(raw, in, t.sheet, selfCell); ok {
					a.Self[in.ID] = lv
				}
			}
		}
		if t.note >= 0 {
			if n := get(t.note); n != "" {
				a.Notes[in.ID] = n
			}
		}
		if n := get(t.evaluator); n != "" {
			a.EvaluatorNotes[in.ID] = n
		}
		if n := get(t.evidence); n != "" {
			a.Evidence[in.ID] = n
		}
	}
	if t.rows.err != nil {
		rd.problem(t.sheet, "", "%v", t.rows.err)
	}
	rd.seen = len(seen)
	if len(seen) == 0 && len(rd.problems) == 0 {
		return nil, nil
	}
	if pair {
		rd.settlePair(t, a, p)
	}
	var missing []string
	for _, in := range rd.rubric.Indicators {
		if _, ok := seen[in.ID]; !ok {
			missing = append(missing, in.ID)
		}
	}
	if len(missing) > 0 {
		rd.problem(t.sheet, "", "%s missing from the table (every indicator of %s needs a level)", plural(missing, "indicator"), rd.rubric.ID)
	}
	if len(rd.problems) > 0 {
		return nil, &Error{File: rd.name, Problems: rd.problems}
	}
	a.OPD, a.Year = rd.opd, rd.year
	a.Assessor, a.Pemda = rd.assessor, rd.pemda
	return a, nil
}

// pairState is what a table with a verified and a self-assessed level
// column needs to know after its last row: which level cells were empty,
// and whether each column was filled anywhere.
type pairState struct {
	blanks                 []blank
	headFilled, selfFilled bool
	selfCells              map[string]string
}

// blank is an empty level cell of a pair of level columns. Whether it is a
// problem depends on the rest of its column, so its problem is made after
// the last row and put back where it would have been (at), keeping every
// problem in row order.
type blank struct {
	at   int
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
func (rd *reader) settlePair(t *table, a *Answers, p *pairState) {
	head, self := a.LevelColumn, a.SelfColumn
	msg := func(b blank) string {
		return fmt.Sprintf("indicator %s has no level (expected %d..%d)", b.in.ID, b.in.Scale.Min(), b.in.Scale.Max())
	}
	keep := func(selfCells bool) (out []blank) {
		for _, b := range p.blanks {
			if b.self == selfCells {
				out = append(out, b)
			}
		}
		return out
	}
	var deferred []blank
	switch {
	case !p.headFilled && p.selfFilled:
		a.Warnings = append(a.Warnings, fmt.Sprintf("sheet %q: the verified column %s is empty, so the self-assessed levels in column %s are scored", t.sheet, head, self))
		a.Levels, a.Self, a.Cells = a.Self, nil, p.selfCells
		a.LevelColumn, a.SelfColumn = self, ""
		deferred = keep(true)
	case !p.selfFilled:
		a.Self, a.SelfColumn = nil, ""
		deferred = keep(false)
	default:
		deferred = p.blanks
		msg = func(b blank) string {
			if b.self {
				return fmt.Sprintf("indicator %s has no self-assessed level (expected %d..%d), but other indicators have one in column %s", b.in.ID, b.in.Scale.Min(), b.in.Scale.Max(), self)
			}
			return fmt.Sprintf("indicator %s has no verified level (expected %d..%d), but other indicators have one in column %s (fill all of them, or none to score the self-assessment alone)", b.in.ID, b.in.Scale.Min(), b.in.Scale.Max(), head)
		}
	}
	if len(deferred) == 0 {
		return
	}
	out := make([]Problem, 0, len(rd.problems)+len(deferred))
	j := 0
	for i := 0; i <= len(rd.problems); i++ {
		for ; j < len(deferred) && deferred[j].at == i; j++ {
			out = append(out, Problem{Sheet: t.sheet, Cell: deferred[j].cell, Msg: msg(deferred[j])})
		}
		if i < len(rd.problems) {
			out = append(out, rd.problems[i])
		}
	}
	rd.problems = out
}

func plural(ids []string, noun string) string {
	if len(ids) == 1 {
		return noun + " " + ids[0] + " is"
	}
	return noun + "s " + strings.Join(ids, ", ") + " are"
}

// idPrefix is tried longest word first: RE2 takes the first alternative
// that matches, and "no" would leave "mor 5" of "Nomor 5".
var idPrefix = regexp.MustCompile(`^(?i)(indikator|indicator|ind|nomor|no)\s*[.:#-]?\s*`)

// indicator resolves the text of an id cell. skip is true for rows that
// are not indicator rows (section titles such as "Domain 1"); a nil
// indicator without skip means a problem was recorded.
func (rd *reader) indicator(text, sheet, cell string) (in *rubric.Indicator, skip bool) {
	if in := rd.rubric.Indicator(text); in != nil {
		return in, false
	}
	rest := idPrefix.ReplaceAllString(text, "")
	prefixed := rest != text
	if in := rd.rubric.Indicator(rest); in != nil {
		return in, false
	}
	n, ok := wholeNumber(rest)
	if !ok {
		if prefixed && strings.HasPrefix(strings.ToLower(text), "ind") {
			rd.problem(sheet, cell, "%q is not an indicator number", text)
			return nil, false
		}
		return nil, true
	}
	id := strconv.Itoa(n)
	if in := rd.rubric.Indicator(id); in != nil {
		return in, false
	}
	rd.problem(sheet, cell, "unknown indicator %q: rubric %s has indicators %s to %s", text, rd.rubric.ID,
		rd.rubric.Indicators[0].ID, rd.rubric.Indicators[len(rd.rubric.Indicators)-1].ID)
	return nil, false
}

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
	rangeText := fmt.Sprintf("%d..%d", sc.Min(), sc.Max())
	if raw == "" {
		rd.problem(sheet, cell, "indicator %s has no level (expected %s)", in.ID, rangeText)
		return 0, false
	}
	// Most levels are a plain digit: that needs neither the prefix pattern
	// nor a rational (a batch reads millions of them).
	if n, ok := plainInt(raw); ok {
		if n >= sc.Min() && n <= sc.Max() {
			return n, true
		}
		return rd.inScale(big.NewRat(int64(n), 1), raw, in, sheet, cell)
	}
	s := strings.TrimSpace(levelPrefix.ReplaceAllString(raw, ""))
	if x, ok := rubric.ParseDecimal(s); ok {
		if !x.IsInt() {
			rd.problem(sheet, cell, "indicator %s: level %q is not a whole number (expected %s)", in.ID, raw, rangeText)
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
			rd.problem(sheet, cell, "indicator %s: level %q is contradictory: level %d of scale %s is %q", in.ID, raw, n, sc.ID, l.Label)
			return 0, false
		}
		return n, true
	}
	for _, l := range sc.Levels {
		if labelIs(l, s) {
			return l.Value, true
		}
	}
	rd.problem(sheet, cell, "indicator %s: %q is not a level: expected %s or a label of scale %s (%s)", in.ID, raw, rangeText, sc.ID, strings.Join(sc.Labels(), ", "))
	return 0, false
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
	rd.problem(sheet, cell, "indicator %s: level %q is outside %d..%d", in.ID, raw, sc.Min(), sc.Max())
	return 0, false
}

func labelIs(l rubric.Level, s string) bool {
	s = norm(s)
	return s == norm(l.Label) || l.LabelEN != "" && s == norm(l.LabelEN)
}

// The custom document properties of the rubric stamp.
const (
	propRubric  = "spbe.rubric"
	propVersion = "spbe.rubric.version"
	propHash    = "spbe.rubric.hash"
)

// stampProps are the only custom properties the reader keeps: their names
// come from the sheet, and keeping every one let a 6 MB file listing
// millions of empty properties take over 500 MB.
var stampProps = map[string]bool{propRubric: true, propVersion: true, propHash: true}

// readStamp reads the rubric stamp that `spbe template` writes into the
// workbook's custom document properties.
func readStamp(props map[string]string) *Stamp {
	s := Stamp{RubricID: props[propRubric], Version: props[propVersion], Hash: props[propHash]}
	if s.RubricID == "" {
		return nil
	}
	return &s
}
