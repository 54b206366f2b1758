package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"io"
	"math"
	"math/bits"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// This file is a small, streaming reader of the parts of an .xlsx that an
// answer sheet needs: the sheet list, shared strings, cell values (cached
// values for formulas) and custom document properties. It reads worksheets
// row by row, places every cell by its reference (so cells written out of
// order land where they belong), and bounds everything it unpacks.
//
// Reports and templates are written with excelize; reading is done here
// because answer sheets are hostile input read in bulk: a streaming reader
// keeps memory flat, refuses a zip bomb from the sizes in the archive before
// inflating anything, and costs little more than unzipping.

// maxCellText is the longest text a cell can hold in Excel; longer shared
// strings are cut there.
const maxCellText = 32767

// maxSheetRow is the last row of a worksheet in Excel.
const maxSheetRow = 1 << 20

type workbook struct {
	files  map[string]*zip.File
	sheets []sheetRef
	sst    []string
	sstErr error
	sstOK  bool
	sstAt  string
	custom map[string]string
	opt    Options
}

type sheetRef struct {
	name string
	path string
	// hidden is true for a worksheet hidden from the person who opens the
	// workbook (state hidden or veryHidden).
	hidden bool
}

// errZipBomb reports a workbook whose parts unpack to more than the limit.
var errZipBomb = errors.New("unpacked size over the limit")

// errTooManyRels reports a workbook with a relationships part listing more
// than maxRels relationships.
var errTooManyRels = errors.New("too many relationships")

// errTooManySheets reports a workbook that lists more than maxSheets
// worksheets.
var errTooManySheets = errors.New("too many worksheets")

func openWorkbook(data []byte, opt Options) (*workbook, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("zip: %v", strings.TrimPrefix(err.Error(), "zip: "))
	}
	wb := &workbook{files: map[string]*zip.File{}, opt: opt}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(opt.MaxUnzipSize) || f.UncompressedSize64 > uint64(opt.MaxUnzipSize) {
			return nil, errZipBomb
		}
		wb.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	wbPath := "xl/workbook.xml"
	if rels, err := wb.rels("_rels/.rels", ""); err == nil {
		for _, r := range rels {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				wbPath = r.target
			}
		}
	} else if errors.Is(err, errTooManyRels) {
		return nil, err
	}
	if _, ok := wb.files[wbPath]; !ok {
		return nil, lang.Errorf("wb.no-workbook-part", wbPath)
	}
	relsPath := path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels")
	rels, err := wb.rels(relsPath, path.Dir(wbPath))
	if errors.Is(err, errTooManyRels) {
		return nil, err
	}
	targets := map[string]string{}
	for _, r := range rels {
		targets[r.id] = r.target
		if strings.HasSuffix(r.typ, "/sharedStrings") {
			wb.sstAt = r.target
		}
	}
	if wb.sstAt == "" {
		wb.sstAt = path.Join(path.Dir(wbPath), "sharedStrings.xml")
	}
	if err := wb.readSheetList(wbPath, targets); err != nil {
		return nil, err
	}
	wb.custom = wb.readCustomProps()
	return wb, nil
}

type rel struct{ id, typ, target string }

// maxRels bounds the relationships a part may list. A workbook has one per
// worksheet and a few more; every one is kept, and 1.4 million of them (a
// 4 MB file) took 320 MB.
const maxRels = 2 * maxSheets

// rels reads a relationships part; targets are resolved against base.
func (wb *workbook) rels(name, base string) ([]rel, error) {
	src, release, err := wb.source(name)
	if err != nil {
		return nil, err
	}
	defer release()
	var out []rel
	for {
		t, err := src.next()
		if err != nil {
			break
		}
		if t.kind != tokStart || string(t.name) != "Relationship" {
			continue
		}
		if string(t.attrBytes("TargetMode")) == "External" {
			continue
		}
		r := rel{id: t.attr("Id"), typ: relType(t.attrBytes("Type")), target: t.attr("Target")}
		if strings.HasPrefix(r.target, "/") {
			r.target = strings.TrimPrefix(r.target, "/")
		} else {
			r.target = path.Join(base, r.target)
		}
		if len(out) == maxRels {
			return nil, errTooManyRels
		}
		out = append(out, r)
	}
	return out, nil
}

// relTypes are the usual relationship types, kept as they are rather
// than made anew for every relationship of every workbook of a batch.
var relTypes = func() map[string]string {
	m := map[string]string{}
	for _, t := range []string{"officeDocument", "worksheet", "sharedStrings", "styles", "theme",
		"custom-properties", "extended-properties", "chartsheet", "calcChain", "drawing", "printerSettings"} {
		u := "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + t
		m[u] = u
	}
	m["http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"] = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	return m
}()

// relType is a relationship's type as a string.
func relType(b []byte) string {
	if t, ok := relTypes[string(b)]; ok {
		return t
	}
	return string(b)
}

// maxSheets bounds the worksheets a workbook may list. An answer sheet has
// a few; every one listed is opened and searched, so a crafted workbook
// listing a hundred thousand would keep the reader busy for minutes.
const maxSheets = 1000

// readSheetList lists the workbook's worksheets in order. A part listed
// twice is kept once: searching it again finds nothing new, and a crafted
// workbook could list one large part thousands of times.
func (wb *workbook) readSheetList(wbPath string, targets map[string]string) error {
	src, release, err := wb.source(wbPath)
	if err != nil {
		return err
	}
	defer release()
	listed, parts := 0, map[string]bool{}
	for {
		t, err := src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return badPart("wb.part.workbook", "", err)
		}
		if t.kind != tokStart || string(t.name) != "sheet" {
			continue
		}
		if listed++; listed > maxSheets {
			return errTooManySheets
		}
		target, ok := targets[t.prefixedAttr("id")]
		if !ok || parts[target] {
			continue // a chart sheet, a dangling reference, or a part already listed
		}
		parts[target] = true
		state := t.attr("state")
		wb.sheets = append(wb.sheets, sheetRef{name: t.attr("name"), path: target, hidden: state == "hidden" || state == "veryHidden"})
	}
	if len(wb.sheets) == 0 {
		return lang.Errorf("wb.no-sheets")
	}
	// Visible worksheets are searched first: a person checks the levels
	// they see, so a hidden sheet placed in front with other levels must
	// not be what is scored.
	slices.SortStableFunc(wb.sheets, func(a, b sheetRef) int {
		switch {
		case a.hidden == b.hidden:
			return 0
		case b.hidden:
			return -1
		}
		return 1
	})
	return nil
}

// decoder opens a part for streaming XML decoding.
func (wb *workbook) decoder(name string) (*xml.Decoder, io.Closer, error) {
	f, ok := wb.files[name]
	if !ok {
		return nil, nil, fmt.Errorf("no part %s", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, err
	}
	d := xml.NewDecoder(io.LimitReader(rc, wb.opt.MaxUnzipSize))
	d.Strict = false
	d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") {
			return input, nil
		}
		return nil, fmt.Errorf("unsupported encoding %q", label)
	}
	return d, rc, nil
}

// xmlOnly sends every part through encoding/xml; tests set it to compare
// the two ways of reading a part.
var xmlOnly = false

// source opens a part for reading its tokens: tokenised in memory when it
// can be (fastxml.go), else streamed through encoding/xml. release must be
// called when done.
func (wb *workbook) source(name string) (src tokenSource, release func(), err error) {
	f, ok := wb.files[name]
	if !ok {
		return nil, nil, fmt.Errorf("no part %s", name)
	}
	if !xmlOnly {
		if fp := openFast(f); fp != nil {
			return fp, fp.release, nil
		}
	}
	d, closer, err := wb.decoder(name)
	if err != nil {
		return nil, nil, err
	}
	return &xmlSource{d: d}, func() { closer.Close() }, nil
}

// bytesPerSharedString bounds the shared string table by the unpacked size
// limit: a table may hold one string per 64 bytes of it (a million at the
// default 64 MiB). A real answer sheet holds a few thousand; twelve million
// empty <si/>, 96 KB zipped, took 785 MB as a []string.
const bytesPerSharedString = 64

// sstScratch is the scratch space of reading a shared string table.
type sstScratch struct {
	all  []byte
	ends []int
}

var sstPool = sync.Pool{New: func() any { return new(sstScratch) }}

// sharedStrings loads the shared string table on first use.
func (wb *workbook) sharedStrings() ([]string, error) {
	if wb.sstOK {
		return wb.sst, wb.sstErr
	}
	wb.sstOK = true
	src, release, err := wb.source(wb.sstAt)
	if err != nil {
		return nil, nil // no shared strings part: no shared strings
	}
	defer release()
	// Every string goes into one buffer, and the table holds substrings of
	// one copy of it: one allocation instead of one per string. The
	// buffer and the ends are scratch kept from workbook to workbook (a
	// batch reads one table after another).
	sc := sstPool.Get().(*sstScratch)
	defer sstPool.Put(sc)
	all, ends := sc.all[:0], sc.ends[:0]
	defer func() {
		if cap(all) <= 1<<20 && cap(ends) <= 64<<10 {
			sc.all, sc.ends = all, ends // a rare large table is let go
		}
	}()
	r := sstReader{all: all, ends: ends, limit: int(min(wb.opt.MaxUnzipSize/bytesPerSharedString, math.MaxInt32))}
	full := false
	if fp, fast := src.(*fastPart); fast {
		// A part in memory: its tokens are read directly, not through
		// tokenSource (see fastrows.go).
		b, toks := fp.buf, fp.toks
		for i := 0; i < len(toks); i++ {
			t := &toks[i]
			if i+4 < len(toks) && plainString(b, toks[i:i+5]) {
				// <si><t>text</t></si>, as most strings are written: the
				// steps of the five tokens, taken at once.
				r.inSI, r.all = true, r.all[:r.start]
				r.inT = r.skip == 0
				text := b[toks[i+2].n0:toks[i+2].n1]
				if toks[i+2].amp {
					fp.scratch = unescape(fp.scratch[:0], text)
					text = fp.scratch
				}
				r.text(text)
				r.inT, r.inSI = false, false
				if full = len(r.ends) == r.limit; full {
					break
				}
				r.ends = append(r.ends, len(r.all))
				r.start = len(r.all)
				i += 4
				continue
			}
			switch t.kind {
			case tokStart:
				r.startTag(b[t.n0:t.n1])
			case tokEnd:
				full = r.endTag(b[t.n0:t.n1])
			case tokText:
				if r.inT {
					text := b[t.n0:t.n1]
					if t.amp {
						fp.scratch = unescape(fp.scratch[:0], text)
						text = fp.scratch
					}
					r.text(text)
				}
			}
			if full {
				break
			}
		}
	} else {
		for !full {
			t, err := src.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				all, ends = r.all, r.ends
				wb.sstErr = badPart("wb.part.sst", "", err)
				return nil, wb.sstErr
			}
			switch t.kind {
			case tokStart:
				r.startTag(t.name)
			case tokEnd:
				full = r.endTag(t.name)
			case tokText:
				r.text(t.text)
			}
		}
	}
	all, ends = r.all, r.ends
	if full {
		wb.sstErr = lang.Errorf("wb.too-many-strings", r.limit, bytesPerSharedString, byteSize(wb.opt.MaxUnzipSize))
		return nil, wb.sstErr
	}
	start := r.start
	text := string(all[:start])
	wb.sst = make([]string, len(ends))
	// One look at the whole text tells whether any string needs decoding:
	// most tables hold no escape and no control character.
	plain := !needsUnescape(all[:start])
	from := 0
	for i, end := range ends {
		if plain {
			wb.sst[i] = text[from:end]
		} else {
			wb.sst[i] = unescapeText(text[from:end])
		}
		from = end
	}
	return wb.sst, nil
}

// sstReader gathers the strings of a shared string table from its
// tokens: the text of every <t> of an <si> but those of its phonetic runs,
// each string ending at an offset in ends.
type sstReader struct {
	all       []byte
	ends      []int
	start     int // where in all the string being read starts
	limit     int // how many strings the table may hold
	inSI, inT bool
	skip      int // the depth of phonetic runs
}

// plainString reports whether t, five tokens, are <si><t>text</t></si>.
// The two end tags need no look at their names: in a part tokenise took,
// they close the <t> and the <si>.
func plainString(b []byte, t []ftok) bool {
	_ = t[4]
	return t[0].kind == tokStart && string(b[t[0].n0:t[0].n1]) == "si" &&
		t[1].kind == tokStart && t[1].n1-t[1].n0 == 1 && b[t[1].n0] == 't' &&
		t[2].kind == tokText && t[3].kind == tokEnd && t[4].kind == tokEnd
}

func (r *sstReader) startTag(name []byte) {
	switch string(name) {
	case "si":
		r.inSI = true
		r.all = r.all[:r.start]
	case "t":
		r.inT = r.inSI && r.skip == 0
	case "rPh", "phoneticPr":
		r.skip++
	}
}

// endTag reports whether the table holds more strings than its limit.
func (r *sstReader) endTag(name []byte) (full bool) {
	switch string(name) {
	case "si":
		r.inSI = false
		if len(r.ends) == r.limit {
			return true
		}
		r.ends = append(r.ends, len(r.all))
		r.start = len(r.all)
	case "t":
		r.inT = false
	case "rPh", "phoneticPr":
		r.skip--
	}
	return false
}

func (r *sstReader) text(t []byte) {
	if n := len(r.all) - r.start; r.inT && n < maxCellText {
		r.all = append(r.all, t[:min(len(t), maxCellText-n)]...)
	}
}

// maxPropText bounds the value kept of a custom document property: the
// rubric stamp's values are an id, a version and a 64-digit hash.
const maxPropText = 1024

// readCustomProps reads the custom document properties of the rubric
// stamp (stampProps) and ignores the others. A value may come
// in many pieces (text split by comments), so each is gathered in a
// builder, up to maxPropText: concatenating strings piece by piece made a
// small crafted file take quadratic time.
func (wb *workbook) readCustomProps() map[string]string {
	const part = "docProps/custom.xml"
	if _, ok := wb.files[part]; !ok {
		// Most workbooks have none: say so without making an error
		// that would be dropped.
		return nil
	}
	src, release, err := wb.source(part)
	if err != nil {
		return nil
	}
	defer release()
	values := map[string]*strings.Builder{}
	var cur *strings.Builder
	depth := 0
	for {
		t, err := src.next()
		if err != nil {
			break
		}
		switch t.kind {
		case tokStart:
			depth++
			if string(t.name) == "property" {
				name := t.attr("name")
				if !stampProps[name] {
					cur = nil
				} else if cur = values[name]; cur == nil {
					cur = &strings.Builder{}
					values[name] = cur
				}
			}
		case tokEnd:
			depth--
			if string(t.name) == "property" {
				cur = nil
			}
		case tokText:
			if cur != nil && depth >= 3 && cur.Len() < maxPropText {
				cur.Write(t.text[:min(len(t.text), maxPropText-cur.Len())])
			}
		}
	}
	props := make(map[string]string, len(values))
	for name, v := range values {
		props[name] = v.String()
	}
	return props
}

// rowIter streams a worksheet's rows. Every row's cells are placed by
// their reference into a slice of at most maxCols values.
type rowIter struct {
	extra

	wb      *workbook
	src     tokenSource
	release func()
	maxCols int
	num     int // number of the current row
	cols    []string
	err     error
	dups    []string
	dupCols []int  // the columns of dups: each is reported once a row
	v, is   []byte // a cell's value and inline text, reused
}

func (wb *workbook) rows(s sheetRef) (*rowIter, error) {
	src, release, err := wb.source(s.path)
	if err != nil {
		return nil, err
	}
	return &rowIter{wb: wb, src: src, release: release, maxCols: wb.opt.MaxCols}, nil
}

// Close releases the worksheet; it may be called more than once.
func (it *rowIter) Close() {
	if it.release != nil {
		it.release()
		it.release, it.src = nil, nil
	}
}

// Next advances to the next row element in the worksheet. Rows that are
// absent from the file are not visited; Num tells a row's number.
func (it *rowIter) Next() bool {
	if it.err != nil || it.src == nil {
		return false
	}
	fp, fast := it.src.(*fastPart)
	var hidden, r []byte
	if fast {
		t, err := it.nextFast(fp)
		if err != nil {
			return false // io.EOF: a part in memory is checked whole
		}
		if raw := fp.buf[t.n1:t.a1]; bytes.Contains(raw, hiddenName) {
			hidden = attrOf(raw, "hidden") // rare: most rows have no such attribute
		}
		r = fp.buf[t.r0:t.r1]
	} else {
		for {
			t, err := it.src.next()
			if err == io.EOF {
				return false
			}
			if err != nil {
				it.err = badPart("wb.part.sheet", "", err)
				return false
			}
			if t.kind == tokStart && string(t.name) == "col" {
				it.noteCol(t.attr("min"), t.attr("max"), t.attr("hidden"))
			}
			if t.kind == tokStart && string(t.name) == "row" {
				hidden, r = []byte(t.attr("hidden")), []byte(t.attr("r"))
				break
			}
		}
	}
	it.hidden = isTrue(string(hidden))
	n := it.num + 1
	if len(r) != 0 {
		v, ok := rowNumber(r)
		if !ok {
			it.err = lang.Errorf("wb.bad-row-number", string(r))
			return false
		}
		n = v
	}
	it.num = n
	if fast {
		it.err = it.readRowFast(fp)
	} else {
		it.err = it.readRow()
	}
	return it.err == nil
}

// hiddenName is the name of a row's hidden attribute, which a row
// without those bytes cannot have.
var hiddenName = []byte("hidden")

// rowNumber reads a row's r attribute as strconv.Atoi would, within
// 1..maxSheetRow, without converting it to a string.
func rowNumber(r []byte) (int, bool) {
	i := 0
	if len(r) > 0 && (r[0] == '+' || r[0] == '-') {
		i = 1
	}
	if len(r)-i > 7 {
		v, err := strconv.Atoi(string(r)) // leading zeros, or too long
		return v, err == nil && v >= 1 && v <= maxSheetRow
	}
	if i == len(r) {
		return 0, false
	}
	n := 0
	for _, c := range r[i:] {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if r[0] == '-' || n < 1 || n > maxSheetRow {
		return 0, false
	}
	return n, true
}

// readRow reads the cells of the current row element.
func (it *rowIter) readRow() error {
	it.cols = it.cols[:0]
	it.dups, it.dupCols = it.dups[:0], it.dupCols[:0]
	it.noValue = it.noValue[:0]
	col := 0
	for {
		t, err := it.src.next()
		if err != nil {
			return badPart("wb.part.sheet", lang.Sprintf("wb.in-row", it.num), err)
		}
		switch t.kind {
		case tokEnd:
			if string(t.name) == "row" {
				return nil
			}
		case tokStart:
			if string(t.name) != "c" {
				continue
			}
			col++
			if ref := t.attrBytes("r"); len(ref) != 0 {
				c, r, ok := splitRef(ref)
				if !ok {
					return lang.Errorf("wb.bad-cell-ref", ref)
				}
				if r != 0 && r != it.num {
					return lang.Errorf("wb.cell-outside-row", ref, it.num)
				}
				col = c
			}
			val, err := it.cellValue([]byte(t.attr("t")))
			if err != nil {
				return err
			}
			if err := it.place(col, val); err != nil {
				return err
			}
		}
	}
}

// place puts the value of the cell just read into column col (1-based).
func (it *rowIter) place(col int, val string) error {
	if it.formula && val == "" && col <= it.maxCols {
		it.noValue = append(it.noValue, col-1)
	}
	if col > it.maxCols || val == "" {
		return nil
	}
	for len(it.cols) < col {
		it.cols = append(it.cols, "")
	}
	if it.cols[col-1] != "" && !slices.Contains(it.dupCols, col) {
		it.dupCols = append(it.dupCols, col)
		it.dups = append(it.dups, colName(col-1)+strconv.Itoa(it.num))
	}
	it.cols[col-1] = val
	return nil
}

// cellValue reads a <c> element of type typ to its end and returns its
// value: the shared or inline string, or the cached value of a formula.
func (it *rowIter) cellValue(typ []byte) (string, error) {
	c := it.startCell()
	defer c.keep(it)
	for {
		t, err := it.src.next()
		if err != nil {
			return "", badPart("wb.part.sheet", lang.Sprintf("wb.in-row", it.num), err)
		}
		switch t.kind {
		case tokStart:
			if c.start(it, t.name) {
				if err := skip(it.src); err != nil {
					return "", err
				}
			}
		case tokEnd:
			if c.end(t.name) {
				return it.resolve(typ, c.v, c.inline)
			}
		case tokText:
			c.text(t.text)
		}
	}
}

// cell is what reading one <c> element has seen so far. cellValue and
// cellValueFast (fastrows.go) feed it the same tokens, so the decisions
// are made in one place.
type cell struct {
	where     int // 1 inside <v>, 2 inside <is>…<t>
	inIS      bool
	v, inline []byte // the value and the inline text, in the row iterator's buffers
}

// startCell begins a cell in the iterator's reused buffers.
func (it *rowIter) startCell() cell {
	it.formula = false
	return cell{v: it.v[:0], inline: it.is[:0]}
}

// keep hands the buffers, perhaps grown, back to the iterator.
func (c *cell) keep(it *rowIter) { it.v, it.is = c.v, c.inline }

// start takes a start tag; it reports true for a phonetic run inside an
// inline string, which the caller skips.
func (c *cell) start(it *rowIter, name []byte) (skipIt bool) {
	switch string(name) {
	case "v":
		c.where = 1
	case "f":
		it.formula = true
	case "is":
		c.inIS = true
	case "t":
		if c.inIS {
			c.where = 2
		}
	case "rPh":
		return c.inIS
	}
	return false
}

// end takes an end tag and reports whether it ends the cell.
func (c *cell) end(name []byte) bool {
	switch string(name) {
	case "c":
		return true
	case "v", "t":
		c.where = 0
	case "is":
		c.inIS = false
	}
	return false
}

// wants reports whether a text here is part of the value.
func (c *cell) wants() bool { return c.where != 0 }

// text adds a text to the value or the inline string it is inside, up to
// maxCellText.
func (c *cell) text(t []byte) {
	switch {
	case c.where == 1 && len(c.v) < maxCellText:
		c.v = append(c.v, t[:min(len(t), maxCellText-len(c.v))]...)
	case c.where == 2 && len(c.inline) < maxCellText:
		c.inline = append(c.inline, t[:min(len(t), maxCellText-len(c.inline))]...)
	}
}

func (it *rowIter) resolve(typ, v, inline []byte) (string, error) {
	switch string(typ) {
	case "s":
		i, ok := sstIndex(v)
		if !ok {
			return "", lang.Errorf("wb.bad-sst-index", it.num, v)
		}
		sst, err := it.wb.sharedStrings()
		if err != nil {
			return "", err
		}
		if i < 0 || i >= len(sst) {
			return "", lang.Errorf("wb.sst-out-of-range", it.num, i, len(sst))
		}
		return sst[i], nil
	case "inlineStr":
		return unescapeText(string(inline)), nil
	case "str":
		return unescapeText(string(v)), nil
	case "b":
		if string(v) == "1" {
			return "TRUE", nil
		}
		return "FALSE", nil
	}
	if s, ok := smallNumber(v); ok {
		return s, nil
	}
	return string(v), nil
}

// sstIndex reads a shared string's index as strconv.Atoi would after
// trimming spaces.
func sstIndex(v []byte) (int, bool) {
	if n := len(v); n > 0 && n <= 9 {
		// Plain digits, as nearly every index is written, read here.
		i := 0
		for _, c := range v {
			if c -= '0'; c > 9 {
				goto atoi
			}
			i = i*10 + int(c)
		}
		return i, true
	}
atoi:
	i, err := strconv.Atoi(string(bytes.TrimSpace(v)))
	return i, err == nil
}

// splitRef splits "AB12" into column 28 and row 12. A reference with no
// row ("AB") gives row 0. The row is read as strconv.Atoi would, after an
// optional "$": an optional "+", then digits. It takes the bytes of an
// attribute as well as a string, so that a cell's reference is read
// without copying it.
func splitRef[S string | []byte](ref S) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && i < 3 {
		ch := ref[i] | 0x20
		if ch < 'a' || ch > 'z' {
			break
		}
		col = col*26 + int(ch-'a'+1)
		i++
	}
	if i == 0 || col > 16384 {
		return 0, 0, false
	}
	if i < len(ref) {
		if ref[i] == '$' {
			i++
		}
		if i < len(ref) && ref[i] == '+' {
			i++
		}
		if i == len(ref) {
			return 0, 0, false
		}
		n := 0
		for ; i < len(ref); i++ {
			if ref[i] < '0' || ref[i] > '9' {
				return 0, 0, false
			}
			if n = n*10 + int(ref[i]-'0'); n > maxSheetRow {
				return 0, 0, false
			}
		}
		if n < 1 {
			return 0, 0, false
		}
		row = n
	}
	return col, row, true
}

// colName returns the letters of the 0-based column i.
func colName(i int) string {
	n := i + 1
	var b [8]byte // filled from the end: one allocation, for the string
	k := len(b)
	for n > 0 {
		n--
		k--
		b[k] = byte('A' + n%26)
		n /= 26
	}
	return string(b[k:])
}

// unescapeText decodes the _xHHHH_ escapes that spreadsheet files use for
// characters XML cannot hold (a carriage return is written _x000D_; a
// literal "_x" is _x005F_x), and drops control characters other than tab
// and newline, which have no business in a cell a report shows.
func unescapeText(s string) string {
	if !strings.Contains(s, "_x") && strings.IndexFunc(s, isDroppedControl) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				if r := rune(n); !isDroppedControl(r) {
					b.WriteRune(r)
				}
				i += 7
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDroppedControl(r) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// needsUnescape reports whether unescapeText could change some part of
// b: it holds "_x" or a control character it drops. Control characters
// are ASCII, so looking at bytes is enough. It looks at eight bytes at a
// time (see textMask): a shared string table is read whole, and was
// looked at a byte at a time.
func needsUnescape(b []byte) bool {
	i := 0
	for i+8 <= len(b) {
		if i+16 <= len(b) && unescapeMask(binary.LittleEndian.Uint64(b[i:i+8]))|unescapeMask(binary.LittleEndian.Uint64(b[i+8:i+16])) == 0 {
			i += 16 // two words at once: most have nothing to look at
			continue
		}
		m := unescapeMask(binary.LittleEndian.Uint64(b[i:]))
		if m == 0 {
			i += 8
			continue
		}
		i += bits.TrailingZeros64(m) >> 3
		if c := b[i]; c != '_' && c != '\t' && c != '\n' || c == '_' && i+1 < len(b) && b[i+1] == 'x' {
			return true
		}
		i++
	}
	for ; i < len(b); i++ {
		if c := b[i]; unescapeCandidate[c] && (c != '_' || i+1 < len(b) && b[i+1] == 'x') {
			return true
		}
	}
	return false
}

// unescapeMask marks the bytes of w (as textMask does) that
// unescapeCandidate marks, and also tab and newline. "_" and DEL differ
// in one bit only, so one test takes both.
func unescapeMask(w uint64) uint64 {
	return ((w-0x20*lows)&^w | zeroBytes((w|0x20*lows)^0x7f*lows)) & highs
}

// unescapeCandidate marks the bytes needsUnescape looks closer at: the
// underscore of an escape and the control characters unescapeText drops.
var unescapeCandidate = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c == '_' || isDroppedControl(rune(c))
	}
	return t
}()

func isDroppedControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' || r == 0x7f
}
