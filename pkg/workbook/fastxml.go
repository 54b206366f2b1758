package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"github.com/spbe-id/spbe/pkg/lang"
	"io"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"
)

// Reading a worksheet and the shared strings with encoding/xml costs most of
// the time spent on an answer sheet: the decoder boxes every token and
// checks every byte through an interface. The parts that Excel and
// LibreOffice write use a small, plain subset of XML, so this file
// tokenises that subset directly from the unpacked bytes.
//
// The fast path is all or nothing: a part is tokenised completely before
// anything reads it, and the first thing outside the subset — a comment,
// CDATA, a DOCTYPE, a processing instruction other than the declaration, an
// encoding other than UTF-8, a carriage return, a control character,
// invalid UTF-8, an entity other than the five predefined ones and
// character references, unquoted attributes, a name with an odd colon,
// mismatched or unclosed elements, or a part too large to hold — sends the
// whole part to encoding/xml instead, which remains the reference. So the
// fast path never produces a result or an error of its own: on what it
// accepts, the rows read are the same (fastxml_test.go checks this on every
// fixture and by fuzzing); on anything else, encoding/xml decides.
//
// Inside the subset, most tokens are plain — short tags written the way
// spreadsheets write them, texts of ASCII — and one loop (plainTokens)
// takes those without calling anything, a word of eight bytes at a time
// where it can; another (oneToken) takes any token of the subset, one at
// a time. Both read a token alike, which the tests check token by token.

// maxFastPart is the largest unpacked part tokenised in memory; larger
// parts are streamed through encoding/xml.
const maxFastPart = 1 << 20

type tokenKind uint8

const (
	tokOther tokenKind = iota
	tokStart
	tokEnd
	tokText
)

// token is one XML token as the sheet reader needs it: the local name of a
// start or end element with its attributes, or text. Its slices are valid
// until the next token is read.
type token struct {
	kind tokenKind
	name []byte
	text []byte
	// raw holds a fast token's attributes as written; xattrs those of an
	// encoding/xml token.
	raw    []byte
	xattrs []xml.Attr
}

// attr returns the value of the attribute with the given local name, or "".
func (t *token) attr(name string) string {
	if t.xattrs != nil {
		for _, a := range t.xattrs {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	return rawAttr(t.raw, name)
}

// attrBytes is attr without a copy for a fast token: its bytes are valid
// until the next token is read.
func (t *token) attrBytes(name string) []byte {
	if t.xattrs != nil {
		return []byte(t.attr(name))
	}
	return attrOf(t.raw, name)
}

// prefixedAttr returns the value of the last attribute with the given
// local name and a namespace prefix (r:id), or "".
func (t *token) prefixedAttr(name string) string {
	v := ""
	if t.xattrs != nil {
		for _, a := range t.xattrs {
			if a.Name.Local == name && a.Name.Space != "" {
				v = a.Value
			}
		}
		return v
	}
	eachRawAttr(t.raw, func(prefixed bool, local, value []byte) {
		if prefixed && string(local) == name {
			v = string(value)
		}
	})
	return v
}

// ftok is a token of the fast path: offsets into the part's bytes.
type ftok struct {
	kind   tokenKind
	amp    bool  // a text holds an entity to decode
	n0, n1 int32 // the local name, or the text
	// a1 ends a start tag's attributes as written, which start at n1.
	a1 int32
	// r0, r1 and t0, t1 are the value of a start tag's first attribute
	// with the local name r and t, or 0, 0 when it has none: a cell's
	// reference and type, a row's number, read without going through its
	// attributes again.
	r0, r1, t0, t1 int32
}

// tokenSource yields the tokens of a part: a fastPart, or encoding/xml
// through xmlSource.
type tokenSource interface {
	next() (token, error)
}

// xmlSource adapts encoding/xml's decoder to tokenSource.
type xmlSource struct {
	d     *xml.Decoder
	name  []byte
	depth int
}

// maxXMLDepth bounds how deeply a part's elements may nest. A worksheet
// nests five levels (worksheet, sheetData, row, c, is/t); encoding/xml keeps
// a record of every open element, so a 60 KB part nested 20 million deep
// took 3.2 GB before this limit. The fast path leaves a deeper part to
// encoding/xml, which refuses it here.
const maxXMLDepth = 256

// errTooDeep is the error of a part nested deeper than maxXMLDepth.
var errTooDeep = lang.Errorf("wb.too-deep", maxXMLDepth)

// partReadError is an error of unpacking a part (a damaged zip entry),
// told apart from malformed XML so the message names the right cause.
type partReadError struct{ err error }

func (e *partReadError) Error() string { return e.err.Error() }
func (e *partReadError) Unwrap() error { return e.err }

// badPart words an error of reading part what (where says in which row,
// or is empty): a damaged zip entry or malformed XML.
func badPart(what, where string, err error) error {
	var re *partReadError
	if errors.As(err, &re) {
		return lang.Errorf("wb.part-damaged", lang.Words{lang.ID.T(what), lang.EN.T(what)}, where, re.err)
	}
	return lang.Errorf("wb.part-malformed", lang.Words{lang.ID.T(what), lang.EN.T(what)}, where, err)
}

func (s *xmlSource) next() (token, error) {
	tok, err := s.d.Token()
	if err != nil {
		var se *xml.SyntaxError
		if err != io.EOF && !errors.As(err, &se) {
			// Not the XML: the zip entry under it failed to inflate or
			// to match its checksum.
			err = &partReadError{err}
		}
		return token{}, err
	}
	switch t := tok.(type) {
	case xml.StartElement:
		if s.depth++; s.depth > maxXMLDepth {
			return token{}, errTooDeep
		}
		s.name = append(s.name[:0], t.Name.Local...)
		return token{kind: tokStart, name: s.name, xattrs: t.Attr}, nil
	case xml.EndElement:
		s.depth--
		s.name = append(s.name[:0], t.Name.Local...)
		return token{kind: tokEnd, name: s.name}, nil
	case xml.CharData:
		return token{kind: tokText, text: t}, nil
	}
	return token{kind: tokOther}, nil
}

// skip reads to the end of the element whose start was just read.
func skip(src tokenSource) error {
	for depth := 1; depth > 0; {
		t, err := src.next()
		if err != nil {
			return err
		}
		switch t.kind {
		case tokStart:
			depth++
		case tokEnd:
			depth--
		}
	}
	return nil
}

// fastPart is a part tokenised in memory.
type fastPart struct {
	buf     []byte
	toks    []ftok
	stack   []open // tokenise's scratch
	i       int
	scratch []byte
}

var fastPool = sync.Pool{New: func() any { return new(fastPart) }}

// openFast unpacks and tokenises a part, or returns nil when the part must
// go through encoding/xml.
func openFast(f *zip.File) *fastPart {
	if f.UncompressedSize64 > maxFastPart {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	p := fastPool.Get().(*fastPart)
	buf := p.buf[:0]
	if cap(buf) < int(f.UncompressedSize64)+1 {
		buf = make([]byte, 0, int(f.UncompressedSize64)+512)
	}
	// Read to the end so that the zip reader checks the size and CRC.
	for {
		if len(buf) == cap(buf) {
			if len(buf) > maxFastPart {
				p.release()
				return nil
			}
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := rc.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil || len(buf) > maxFastPart {
			p.buf = buf
			p.release()
			return nil
		}
	}
	p.buf, p.i = buf, 0
	if !p.tokenise() {
		p.release()
		return nil
	}
	return p
}

// release returns the part's buffers to the pool.
func (p *fastPart) release() {
	if p == nil {
		return
	}
	if cap(p.buf) > 256<<10 || cap(p.toks) > 64<<10 {
		return // let a rare large part go rather than keep it
	}
	p.toks = p.toks[:0]
	p.stack = p.stack[:0]
	fastPool.Put(p)
}

// next returns the next token, or io.EOF.
func (p *fastPart) next() (token, error) {
	if p.i >= len(p.toks) {
		return token{}, io.EOF
	}
	t := p.toks[p.i]
	p.i++
	switch t.kind {
	case tokText:
		text := p.buf[t.n0:t.n1]
		if t.amp {
			p.scratch = unescape(p.scratch[:0], text)
			text = p.scratch
		}
		return token{kind: tokText, text: text}, nil
	case tokStart:
		return token{kind: tokStart, name: p.buf[t.n0:t.n1], raw: p.buf[t.n1:t.a1]}, nil
	}
	return token{kind: t.kind, name: p.buf[t.n0:t.n1]}, nil
}

// textStop and attrStop mark the bytes at which tokenise looks closer,
// in a text and in an attribute's value: the end of the run, an entity,
// a character outside ASCII, a control character (and ">" in a text, for
// "]]>"). Every other byte is taken as it is.
var textStop, attrStop = func() (text, attr [256]bool) {
	for c := range 256 {
		special := c == '<' || c == '&' || c >= utf8.RuneSelf || c < 0x20 && c != '\t' && c != '\n'
		text[c] = special || c == '>'
		attr[c] = special || c == '"' || c == '\''
	}
	return text, attr
}()

// Runs of plain bytes are skipped eight at a time: a shared-string table
// is mostly long runs of ASCII text, which a byte at a time cost six
// instructions a byte. The masks below set the high bit of every byte of
// a little-endian word that may stop a run; the lowest set bit is always
// exact (a borrow only carries upwards), bits above it may not be, so a
// scan takes the first one and looks at that byte itself.
const (
	lows  = 0x0101010101010101
	highs = 0x8080808080808080
)

// zeroBytes sets the high bit of the bytes of w that are zero (with the
// caveat above), and other bits that mean nothing: the masks built of it
// clear them once, at the end.
func zeroBytes(w uint64) uint64 { return (w - lows) &^ w }

// textMask marks the bytes of w that textStop marks, and also tab and
// newline, which a run then steps over. "<" and ">" differ in one bit
// only, so one test takes both: with that bit set, they and only they
// read ">".
func textMask(w uint64) uint64 {
	return (w | (w-0x20*lows)&^w | zeroBytes((w|0x02*lows)^'>'*lows) | zeroBytes(w^'&'*lows)) & highs
}

// valueMask is textMask for an attribute value in quotes q (a repeated
// byte): the other quote does not stop the run here.
func valueMask(w, q uint64) uint64 {
	return (w | (w-0x20*lows)&^w | zeroBytes(w^'<'*lows) | zeroBytes(w^'&'*lows) | zeroBytes(w^q)) & highs
}

// looseValueMask marks, in an attribute's value, the bytes valueMask
// marks and a few more, with fewer operations: every byte below "(",
// which takes in both quotes, "&", the control characters and also
// " !#$%", which looseValueStep lets the scan step over.
func looseValueMask(w uint64) uint64 {
	return (w | (w-'('*lows)&^w | zeroBytes(w^'<'*lows)) & highs
}

// looseValueStep marks the bytes looseValueMask marks that an attribute
// value may hold as they are (but the quote that ends it).
var looseValueStep = func() (t [256]bool) {
	for c := range byte('(') {
		t[c] = c >= ' ' && c != '&' || c == '\t' || c == '\n'
	}
	return t
}()

// textRun returns the first byte at or after j that textStop marks, or
// len(b).
func textRun(b []byte, j int) int {
	for j+8 <= len(b) {
		if m := textMask(binary.LittleEndian.Uint64(b[j:])); m != 0 {
			j += bits.TrailingZeros64(m) >> 3
			if c := b[j]; c != '\t' && c != '\n' {
				return j
			}
			j++
			continue
		}
		j += 8
	}
	for j < len(b) && !textStop[b[j]] {
		j++
	}
	return j
}

// valueRun returns the first byte at or after j that may end a run of
// an attribute value in quotes q: q itself or a byte attrStop marks (the
// other quote too, past the last eight bytes, which the caller steps
// over); or len(b).
func valueRun(b []byte, j int, q byte) int {
	qs := uint64(q) * lows
	for j+8 <= len(b) {
		if m := valueMask(binary.LittleEndian.Uint64(b[j:]), qs); m != 0 {
			j += bits.TrailingZeros64(m) >> 3
			if c := b[j]; c != '\t' && c != '\n' {
				return j
			}
			j++
			continue
		}
		j += 8
	}
	for j < len(b) && !attrStop[b[j]] {
		j++
	}
	return j
}

func isNameStart(c byte) bool { return nameByte[c]&1 != 0 }
func isNameRest(c byte) bool  { return nameByte[c] != 0 }

// nameByte classifies the bytes of the names the fast path reads: 1 for
// a letter or "_" (a name's first byte), 2 for a digit, "." or "-" (the
// others), 0 for the rest. A table: names are read at every tag and
// attribute.
var nameByte = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_':
			t[c] = 1
		case '0' <= c && c <= '9' || c == '.' || c == '-':
			t[c] = 2
		}
	}
	return t
}()

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// name reads an element or attribute name at b[i:] and returns the offsets
// of its local part and the end; ok is false outside the subset.
func name(b []byte, i int) (l0, l1, end int, ok bool) {
	if i >= len(b) || !isNameStart(b[i]) {
		return 0, 0, 0, false
	}
	j := i + 1
	for j < len(b) && isNameRest(b[j]) {
		j++
	}
	if j < len(b) && b[j] == ':' {
		l0, j, ok = localName(b, j)
		return l0, j, j, ok
	}
	return i, j, j, true
}

// localName reads the local part of a prefixed name whose colon is at
// b[j], and returns its offsets; ok is false outside the subset (no
// local part, or a second colon).
func localName(b []byte, j int) (l0, l1 int, ok bool) {
	if j+1 >= len(b) || !isNameStart(b[j+1]) {
		return 0, 0, false
	}
	l0 = j + 1
	j += 2
	for j < len(b) && isNameRest(b[j]) {
		j++
	}
	if j < len(b) && b[j] == ':' {
		return 0, 0, false
	}
	return l0, j, true
}

// tokenise splits the part into tokens, checking as it goes that it stays
// inside the subset; it reports false at the first thing that does not.
func (p *fastPart) tokenise() bool {
	var ok bool
	p.toks, p.stack, ok = tokenise(p.buf, p.toks[:0], p.stack[:0])
	return ok
}

// open is an element tokenise has not seen the end of: the offsets of its
// name and of the name's local part.
type open struct{ f0, l0, l1 int32 }

// tokenise appends the tokens of b to toks; stack is scratch space.
//
// Two loops share the work. plainTokens takes the tokens nearly every
// part is made of — a text of plain characters, a tag without a prefix
// whose attributes are written name="value" — and stops at anything
// else, which oneToken takes, one token, before plainTokens goes on.
// plainTokens calls no function: Go keeps no register across a call, so
// a call anywhere in a loop, however rare, had the loop store its
// variables to memory at every token, and the rare paths (an entity, a
// character outside ASCII, growing a slice) now live in oneToken. Both
// are functions of locals rather than methods appending to p.toks: a
// field appended to is loaded and stored at every token.
//
// plainTokens only ever takes a token that oneToken would take, giving
// it the same offsets; fastxml_test.go checks the pair against
// encoding/xml and oneToken alone against the pair.
func tokenise(b []byte, toks []ftok, stack []open) ([]ftok, []open, bool) {
	i := 0
	if bytes.HasPrefix(b, []byte("<?xml")) && len(b) > 5 && isSpace(b[5]) {
		end := bytes.Index(b, []byte("?>"))
		if end < 0 || !declOK(b[5:end]) {
			return toks, stack, false
		}
		i = end + 2
	}
	if cap(stack) < maxXMLDepth {
		stack = make([]open, 0, maxXMLDepth)
	}
	stack = stack[:0:maxXMLDepth] // plainTokens stops at a full stack, the depth limit
	// A token takes 8 to 9 bytes of a sheet's part; growing toks takes
	// oneToken, a token at a time.
	if n := len(b)/8 + 16; cap(toks) < n {
		toks = make([]ftok, 0, n)
	}
	for i < len(b) {
		if !onlyGeneral {
			i, toks, stack = plainTokens(b, i, toks, stack)
			if i == len(b) {
				break
			}
		}
		var ok bool
		if i, toks, stack, ok = oneToken(b, i, toks, stack); !ok {
			return toks, stack, false
		}
	}
	return toks, stack, len(stack) == 0
}

// onlyGeneral has tokenise take every token with oneToken; tests set it
// to compare the two loops.
var onlyGeneral = false

// plainTokens appends the tokens at b[i:] while they are plain, and
// returns where it stopped: at the end of b, or at the start of a token
// for oneToken. It needs room for two tokens in toks (a tag that closes
// itself makes two) and for one more element in stack.
func plainTokens(b []byte, i int, toks []ftok, stack []open) (int, []ftok, []open) {
	// A token is written in place in all, and counted in n once it is
	// whole.
	all, n := toks[:cap(toks)], len(toks)
	for i < len(b) && n+2 <= len(all) {
		t := &all[n]
		if b[i] != '<' {
			// A text: a worksheet's are short (an index, a level), the
			// shared strings' are sentences; a word at a time either way.
			j := i
			for {
				if j+8 > len(b) {
					for j < len(b) && !textStop[b[j]] {
						j++
					}
					break
				}
				m := textMask(binary.LittleEndian.Uint64(b[j : j+8]))
				if m == 0 {
					j += 8
					continue
				}
				j += bits.TrailingZeros64(m) >> 3
				if c := b[j]; c != '\t' && c != '\n' {
					break
				}
				j++
			}
			if j == len(b) || b[j] != '<' {
				return i, all[:n], stack // an entity, a character outside ASCII, "]]>"...
			}
			t.kind, t.amp = tokText, false
			t.n0, t.n1 = int32(i), int32(j)
			n++
			i = j
			// A tag follows: on to it, without going round the loop.
			if n+2 > len(all) {
				return i, all[:n], stack
			}
			t = &all[n]
		}
	tag: // at a "<", with room for two tokens at t
		if i+2 >= len(b) {
			return i, all[:n], stack
		}
		if b[i+1] == '/' {
			// An end tag: the name of the element it closes, then ">".
			// Those bytes and ">" are what reading the name and
			// comparing it would take, since the element's name was
			// read as one when it opened.
			d := len(stack) - 1
			if d < 0 {
				return i, all[:n], stack
			}
			top := &stack[d]
			n0, size := int(top.f0), int(top.l1-top.f0)
			j := i + 2 + size
			if j >= len(b) || b[j] != '>' {
				return i, all[:n], stack
			}
			if size <= 8 && i+10 <= len(b) {
				x := binary.LittleEndian.Uint64(b[i+2:i+10]) ^ binary.LittleEndian.Uint64(b[n0:n0+8])
				if x<<((64-8*size)&63) != 0 {
					return i, all[:n], stack
				}
			} else {
				for k := 0; k < size; k++ {
					if b[i+2+k] != b[n0+k] {
						return i, all[:n], stack
					}
				}
			}
			stack = stack[:d]
			t.kind, t.amp = tokEnd, false
			t.n0, t.n1 = top.l0, top.l1
			n++
			i = j + 1
			if i < len(b) && b[i] == '<' && n+2 <= len(all) {
				t = &all[n]
				goto tag // the next tag, without going round the loop
			}
			continue
		}
		// A start tag.
		j := i + 1
		if !isNameStart(b[j]) {
			return i, all[:n], stack
		}
		j++
		for j < len(b) && isNameRest(b[j]) {
			j++
		}
		l1 := j
		t.r0, t.r1, t.t0, t.t1 = 0, 0, 0, 0
		self := false
		for {
			if j >= len(b) {
				return i, all[:n], stack
			}
			c := b[j]
			if c == '>' {
				break
			}
			if c != ' ' {
				if c == '/' && j+1 < len(b) && b[j+1] == '>' {
					self = true
					break
				}
				return i, all[:n], stack
			}
			j++
			if j >= len(b) || !isNameStart(b[j]) {
				return i, all[:n], stack
			}
			an0, k := j, j+1
			for k < len(b) && isNameRest(b[k]) {
				k++
			}
			if k < len(b) && b[k] == ':' {
				if string(b[j:k]) == "xmlns" {
					return i, all[:n], stack // it may unbind a prefix (see oneToken)
				}
				k++
				if k >= len(b) || !isNameStart(b[k]) {
					return i, all[:n], stack
				}
				an0 = k
				k++
				for k < len(b) && isNameRest(b[k]) {
					k++
				}
			}
			if k+1 >= len(b) || b[k] != '=' || b[k+1] != '"' && b[k+1] != '\'' {
				return i, all[:n], stack
			}
			one := byte(0) // a one-letter local name
			if k-an0 == 1 {
				one = b[an0]
			}
			q := b[k+1]
			k += 2
			v0 := k
			for {
				if k+8 > len(b) {
					for k < len(b) && !attrStop[b[k]] {
						k++
					}
					break
				}
				m := looseValueMask(binary.LittleEndian.Uint64(b[k : k+8]))
				if m == 0 {
					k += 8
					continue
				}
				k += bits.TrailingZeros64(m) >> 3
				if c := b[k]; c == q || !looseValueStep[c] {
					break
				}
				k++
			}
			if k >= len(b) || b[k] != q {
				return i, all[:n], stack
			}
			switch one {
			case 'r':
				if t.r1 == 0 {
					t.r0, t.r1 = int32(v0), int32(k)
				}
			case 't':
				if t.t1 == 0 {
					t.t0, t.t1 = int32(v0), int32(k)
				}
			}
			j = k + 1
		}
		if len(stack) == cap(stack) {
			// One level too deep, for an element that closes itself too:
			// encoding/xml counts its start.
			return i, all[:n], stack
		}
		t.kind, t.amp = tokStart, false
		t.n0, t.n1, t.a1 = int32(i+1), int32(l1), int32(j)
		n++
		if self {
			e := &all[n]
			e.kind, e.amp = tokEnd, false
			e.n0, e.n1 = int32(i+1), int32(l1)
			n++
			i = j + 2
		} else {
			stack = stack[:len(stack)+1]
			stack[len(stack)-1] = open{int32(i + 1), int32(i + 1), int32(l1)}
			i = j + 1
		}
	}
	return i, all[:n], stack
}

// oneToken appends the token at b[i:], whatever it is, and returns where
// the next one starts; ok is false when it is outside the subset.
func oneToken(b []byte, i int, toks []ftok, stack []open) (next int, _ []ftok, _ []open, ok bool) {
	if b[i] != '<' {
		j := i
		amp := false
		for {
			j = textRun(b, j)
			if j == len(b) || b[j] == '<' {
				break
			}
			c := b[j]
			switch {
			case c == '&':
				n, ok := entityLen(b[j:])
				if !ok {
					return 0, toks, stack, false
				}
				amp = true
				j += n
				continue
			case c == '>' && j >= i+2 && b[j-1] == ']' && b[j-2] == ']':
				return 0, toks, stack, false
			case c >= utf8.RuneSelf:
				r, size := utf8.DecodeRune(b[j:])
				if r == utf8.RuneError && size == 1 || !inCharRange(r) {
					return 0, toks, stack, false
				}
				j += size
				continue
			case c < 0x20:
				return 0, toks, stack, false
			}
			j++
		}
		return j, push(toks, tokText, amp, i, j, 0), stack, true
	}
	i++
	if i >= len(b) {
		return 0, toks, stack, false
	}
	if b[i] == '/' {
		// An end tag must repeat the name of the element it closes,
		// which was read as a name when it opened: the same bytes, then
		// neither a byte that would lengthen the name nor a colon, is
		// what reading it as a name and comparing would take.
		if len(stack) == 0 {
			return 0, toks, stack, false
		}
		top := stack[len(stack)-1]
		n0, n1 := int(top.f0), int(top.l1)
		j := i + 1 + n1 - n0
		if j >= len(b) || !bytes.Equal(b[i+1:j], b[n0:n1]) || isNameRest(b[j]) || b[j] == ':' {
			return 0, toks, stack, false
		}
		for isSpace(b[j]) {
			if j++; j == len(b) {
				return 0, toks, stack, false
			}
		}
		if b[j] != '>' {
			return 0, toks, stack, false
		}
		return j + 1, push(toks, tokEnd, false, int(top.l0), n1, 0), stack[:len(stack)-1], true
	}
	if !isNameStart(b[i]) {
		return 0, toks, stack, false // comments, CDATA, DOCTYPE, instructions, odd names
	}
	l0, j := i, i+1
	for j < len(b) && isNameRest(b[j]) {
		j++
	}
	if j < len(b) && b[j] == ':' {
		if l0, j, ok = localName(b, j); !ok {
			return 0, toks, stack, false
		}
	}
	l1 := j
	var r0, r1, t0, t1 int
	self := false
	for {
		sp := j
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if j >= len(b) {
			return 0, toks, stack, false
		}
		if b[j] == '>' {
			break
		}
		if b[j] == '/' {
			if j+1 < len(b) && b[j+1] == '>' {
				self = true
				break
			}
			return 0, toks, stack, false
		}
		if sp == j || !isNameStart(b[j]) {
			return 0, toks, stack, false // attributes run together, or an odd name
		}
		an0, k := j, j+1
		for k < len(b) && isNameRest(b[k]) {
			k++
		}
		unbind := false
		if k < len(b) && b[k] == ':' {
			// xmlns:p="" unbinds a prefix in encoding/xml, which then
			// reads p:id as unprefixed; leave that to encoding/xml.
			unbind = string(b[j:k]) == "xmlns"
			if an0, k, ok = localName(b, k); !ok {
				return 0, toks, stack, false
			}
		}
		local := k - an0
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k >= len(b) || b[k] != '=' {
			return 0, toks, stack, false
		}
		k++
		for k < len(b) && isSpace(b[k]) {
			k++
		}
		if k >= len(b) || b[k] != '"' && b[k] != '\'' {
			return 0, toks, stack, false
		}
		q := b[k]
		k++
		v0 := k
		for {
			k = valueRun(b, k, q)
			if k == len(b) || b[k] == q {
				break
			}
			c := b[k]
			switch {
			case c == '<' || c == '&':
				// Entities in attribute values are rare; leave them to
				// encoding/xml.
				return 0, toks, stack, false
			case c >= utf8.RuneSelf:
				r, size := utf8.DecodeRune(b[k:])
				if r == utf8.RuneError && size == 1 || !inCharRange(r) {
					return 0, toks, stack, false
				}
				k += size
				continue
			case c < 0x20:
				return 0, toks, stack, false
			}
			k++ // the other quote
		}
		if k >= len(b) || unbind && k == v0 {
			return 0, toks, stack, false
		}
		if local == 1 {
			switch b[an0] {
			case 'r':
				if r1 == 0 {
					r0, r1 = v0, k
				}
			case 't':
				if t1 == 0 {
					t0, t1 = v0, k
				}
			}
		}
		j = k + 1
	}
	toks = push(toks, tokStart, false, l0, l1, j)
	t := &toks[len(toks)-1]
	t.r0, t.r1, t.t0, t.t1 = int32(r0), int32(r1), int32(t0), int32(t1)
	if len(stack) == maxXMLDepth {
		// encoding/xml refuses it, with a message; an element that
		// closes itself too, whose start it counts.
		return 0, toks, stack, false
	}
	if self {
		return j + 2, push(toks, tokEnd, false, l0, l1, 0), stack, true
	}
	return j + 1, toks, append(stack, open{int32(i), int32(l0), int32(l1)}), true
}

// push appends a token to toks. It stores the fields one by one into the
// slice: append(toks, ftok{...}) built the token on the stack with
// narrow stores and copied it with wide loads, which stall (the loads
// cannot take the bytes from the pending stores), and that copy was 40 %
// of tokenising.
func push(toks []ftok, kind tokenKind, amp bool, n0, n1, a1 int) []ftok {
	if len(toks) == cap(toks) {
		toks = append(toks, ftok{})[:len(toks)]
	}
	toks = toks[:len(toks)+1]
	t := &toks[len(toks)-1]
	t.kind, t.amp = kind, amp
	t.n0, t.n1, t.a1 = int32(n0), int32(n1), int32(a1)
	return toks
}

// declOK checks an XML declaration's attributes: only version (1.0),
// encoding (UTF-8) and standalone, written plainly. Anything else is left
// to encoding/xml, which reads declarations its own lenient way.
func declOK(attrs []byte) bool {
	version, encoding := "", ""
	i := 0
	for {
		j := i
		for j < len(attrs) && isSpace(attrs[j]) {
			j++
		}
		if j == len(attrs) {
			break
		}
		if j == i {
			return false
		}
		l0, l1, k, ok := name(attrs, j)
		if !ok || l0 != j || k+1 >= len(attrs) || attrs[k] != '=' || attrs[k+1] != '"' && attrs[k+1] != '\'' {
			return false
		}
		end := bytes.IndexByte(attrs[k+2:], attrs[k+1])
		if end < 0 {
			return false
		}
		val := attrs[k+2 : k+2+end]
		for _, c := range val {
			if !isNameRest(c) {
				return false
			}
		}
		switch string(attrs[j:l1]) {
		case "version":
			version = string(val)
		case "encoding":
			encoding = string(val)
		case "standalone":
		default:
			return false
		}
		i = k + 2 + end + 1
	}
	return (version == "" || version == "1.0") && (encoding == "" || strings.EqualFold(encoding, "utf-8"))
}

// inCharRange reports whether r may appear in an XML document.
func inCharRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

var entities = map[string]byte{"lt": '<', "gt": '>', "amp": '&', "apos": '\'', "quot": '"'}

// entityLen returns the length of the entity or character reference at the
// start of b, and false for anything else (unknown names, references to
// characters XML does not allow, a missing semicolon).
func entityLen(b []byte) (int, bool) {
	end := bytes.IndexByte(b[:min(len(b), 12)], ';')
	if end < 2 {
		return 0, false
	}
	body := b[1:end]
	if body[0] != '#' {
		_, ok := entities[string(body)]
		return end + 1, ok
	}
	r, ok := charRef(body[1:])
	return end + 1, ok && inCharRange(r)
}

// charRef parses the digits of &#...; or &#x...;.
func charRef(d []byte) (rune, bool) {
	base := 10
	if len(d) > 0 && d[0] == 'x' {
		base, d = 16, d[1:]
	}
	if len(d) == 0 || len(d) > 8 {
		return 0, false
	}
	var n rune
	for _, c := range d {
		var v byte
		switch {
		case '0' <= c && c <= '9':
			v = c - '0'
		case base == 16 && 'a' <= c && c <= 'f':
			v = c - 'a' + 10
		case base == 16 && 'A' <= c && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		n = n*rune(base) + rune(v)
	}
	return n, n <= utf8.MaxRune
}

// unescape appends text with its (already checked) entities decoded.
func unescape(dst, text []byte) []byte {
	for {
		i := bytes.IndexByte(text, '&')
		if i < 0 {
			return append(dst, text...)
		}
		dst = append(dst, text[:i]...)
		end := bytes.IndexByte(text[i:], ';') + i
		body := text[i+1 : end]
		if body[0] == '#' {
			r, _ := charRef(body[1:])
			dst = utf8.AppendRune(dst, r)
		} else {
			dst = append(dst, entities[string(body)])
		}
		text = text[end+1:]
	}
}

// rawAttr finds the first attribute with the given local name in
// attributes as written, or "".
func rawAttr(b []byte, want string) string { return string(attrOf(b, want)) }

// attrOf is rawAttr without a copy: the value's bytes in b, or nil. It
// stops at the first attribute it wants (a relationship's Type is looked
// up in three).
func attrOf(b []byte, want string) []byte {
	for i := 0; ; {
		_, local, value, next, ok := nextRawAttr(b, i)
		if !ok {
			return nil
		}
		if string(local) == want {
			return value
		}
		i = next
	}
}

// eachRawAttr calls fn for every attribute in attributes as written
// (checked by tokenise: names, quoted values, no entities).
func eachRawAttr(b []byte, fn func(prefixed bool, local, value []byte)) {
	for i := 0; ; {
		prefixed, local, value, next, ok := nextRawAttr(b, i)
		if !ok {
			return
		}
		fn(prefixed, local, value)
		i = next
	}
}

// nextRawAttr reads the attribute at b[i:] (after any spaces): whether
// its name has a prefix, its local name, its value and where the next
// one starts; ok is false when there is none.
func nextRawAttr(b []byte, i int) (prefixed bool, local, value []byte, next int, ok bool) {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	l0, l1, j, ok := name(b, i)
	if !ok {
		return false, nil, nil, 0, false
	}
	for j < len(b) && b[j] != '"' && b[j] != '\'' {
		j++
	}
	if j >= len(b) {
		return false, nil, nil, 0, false
	}
	k := bytes.IndexByte(b[j+1:], b[j])
	if k < 0 {
		return false, nil, nil, 0, false
	}
	return l0 != i, b[l0:l1], b[j+1 : j+1+k], j + 1 + k + 1, true
}
