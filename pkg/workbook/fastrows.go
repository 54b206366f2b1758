package workbook

import (
	"io"

	"github.com/spbe-id/spbe/pkg/lang"
)

// A worksheet is mostly cells of five tokens each (<c>, <v>, the text,
// </v>, </c>). When the part was tokenised in memory (fastxml.go), the
// row iterator walks its tokens directly rather than through tokenSource,
// token by token. The decisions are those of readRow and cellValue: a
// cell's are made once, by the cell type in xlsx.go, which both loops
// feed; only a cell of those five tokens, most of a sheet, is taken
// whole by plainCell, with the steps the cell type would take. A cell's
// reference and type are those tokenise noted in its start tag's token
// (fastrows_test.go reads every fixture and fuzzed worksheets both ways
// and compares).

// nextFast is the token loop of Next over a part in memory: it stops at
// the next <row>, noting <col> elements on the way.
func (it *rowIter) nextFast(p *fastPart) (row *ftok, err error) {
	b := p.buf
	for p.i < len(p.toks) {
		t := &p.toks[p.i]
		p.i++
		if t.kind != tokStart {
			continue
		}
		switch string(b[t.n0:t.n1]) {
		case "col":
			raw := b[t.n1:t.a1]
			it.noteCol(rawAttr(raw, "min"), rawAttr(raw, "max"), rawAttr(raw, "hidden"))
		case "row":
			return t, nil
		}
	}
	return nil, io.EOF
}

// readRowFast is readRow over a part in memory.
func (it *rowIter) readRowFast(p *fastPart) error {
	it.cols = it.cols[:0]
	it.dups, it.dupCols = it.dups[:0], it.dupCols[:0]
	it.noValue = it.noValue[:0]
	col := 0
	b := p.buf
	for p.i < len(p.toks) {
		t := &p.toks[p.i]
		p.i++
		switch t.kind {
		case tokEnd:
			if string(b[t.n0:t.n1]) == "row" {
				return nil
			}
		case tokStart:
			if t.n1-t.n0 != 1 || b[t.n0] != 'c' {
				continue
			}
			col++
			ref, typ := b[t.r0:t.r1], b[t.t0:t.t1]
			if len(ref) != 0 {
				c, r, ok := quickRef(ref)
				if !ok {
					c, r, ok = splitRef(ref)
				}
				if !ok {
					return lang.Errorf("wb.bad-cell-ref", ref)
				}
				if r != 0 && r != it.num {
					return lang.Errorf("wb.cell-outside-row", ref, it.num)
				}
				col = c
			}
			var val string
			var err error
			if v := plainCell(b, p.toks[p.i:]); v != nil {
				p.i += 4
				it.formula = false
				text := b[v.n0:v.n1]
				val, err = it.resolve(typ, text[:min(len(text), maxCellText)], nil)
			} else {
				val, err = it.cellValueFast(p, typ)
			}
			if err != nil {
				return err
			}
			if col == len(it.cols)+1 && col <= it.maxCols && val != "" && !it.formula {
				it.cols = append(it.cols, val) // the next column, as most are: place's steps
			} else if err := it.place(col, val); err != nil {
				return err
			}
		}
	}
	return badPart("wb.part.sheet", lang.Sprintf("wb.in-row", it.num), io.EOF)
}

// quickRef is splitRef for a reference as spreadsheets write them, one
// or two capital letters then a row number, and false for any other (for
// splitRef to read): splitRef is written for every form and for strings
// as well as bytes, and reading every cell's reference took a hundred
// instructions.
func quickRef(ref []byte) (col, row int, ok bool) {
	if len(ref) < 2 || len(ref) > 9 {
		return 0, 0, false
	}
	c := ref[0] - 'A'
	if c >= 26 {
		return 0, 0, false
	}
	col, digits := int(c)+1, ref[1:]
	if c := ref[1] - 'A'; c < 26 {
		col, digits = col*26+int(c)+1, ref[2:]
	}
	if len(digits) == 0 {
		return 0, 0, false
	}
	for _, d := range digits {
		if d -= '0'; d > 9 {
			return 0, 0, false
		}
		row = row*10 + int(d)
	}
	if row < 1 || row > maxSheetRow {
		return 0, 0, false
	}
	return col, row, true
}

// plainCell reports whether toks, which follow a <c>, start with
// <v>text</v></c>, the rest of most cells, and returns the text's token;
// the caller passes the text on without a copy (resolve copies what it
// keeps). The two end tags need no look at their names: in a part
// tokenise took, they close the <v> and the <c>.
func plainCell(b []byte, toks []ftok) *ftok {
	if len(toks) < 4 || toks[0].kind != tokStart || toks[0].n1-toks[0].n0 != 1 || b[toks[0].n0] != 'v' ||
		toks[1].kind != tokText || toks[1].amp || toks[2].kind != tokEnd || toks[3].kind != tokEnd {
		return nil
	}
	return &toks[1]
}

// cellValueFast is cellValue over a part in memory.
func (it *rowIter) cellValueFast(p *fastPart, typ []byte) (string, error) {
	b := p.buf
	c := it.startCell()
	for p.i < len(p.toks) {
		t := &p.toks[p.i]
		p.i++
		switch t.kind {
		case tokStart:
			if c.start(it, b[t.n0:t.n1]) {
				if err := skip(p); err != nil {
					c.keep(it)
					return "", err
				}
			}
		case tokEnd:
			if c.end(b[t.n0:t.n1]) {
				c.keep(it)
				return it.resolve(typ, c.v, c.inline)
			}
		case tokText:
			if !c.wants() {
				continue // no text to decode
			}
			text := b[t.n0:t.n1]
			if t.amp {
				p.scratch = unescape(p.scratch[:0], text)
				text = p.scratch
			}
			c.text(text)
		}
	}
	c.keep(it)
	return "", badPart("wb.part.sheet", lang.Sprintf("wb.in-row", it.num), io.EOF)
}

// smallNumber returns the text of a cell holding a whole number below 100
// without allocating: most numbers on an answer sheet are indicator
// numbers and levels.
func smallNumber(v []byte) (string, bool) {
	switch {
	case len(v) == 1 && '0' <= v[0] && v[0] <= '9':
		n := int(v[0] - '0')
		return twoDigits[2*n+1 : 2*n+2], true
	case len(v) == 2 && '1' <= v[0] && v[0] <= '9' && '0' <= v[1] && v[1] <= '9':
		n := int(v[0]-'0')*10 + int(v[1]-'0')
		return twoDigits[2*n : 2*n+2], true
	}
	return "", false
}

// twoDigits holds 00 to 99, two characters each.
const twoDigits = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
