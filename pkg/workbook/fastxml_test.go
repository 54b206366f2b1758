package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"fmt"
	"io"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tokens lists every token of a part read through src, as text, with the
// attributes the reader asks for; the error, if any, ends the list.
func tokens(src tokenSource) []string {
	var out []string
	for {
		t, err := src.next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			return append(out, "error")
		}
		switch t.kind {
		case tokStart:
			out = append(out, fmt.Sprintf("<%s r=%q t=%q name=%q Id=%q Type=%q Target=%q TargetMode=%q r:id=%q>", t.name,
				t.attr("r"), t.attr("t"), t.attr("name"), t.attr("Id"), t.attr("Type"), t.attr("Target"), t.attr("TargetMode"), t.prefixedAttr("id")))
		case tokEnd:
			out = append(out, fmt.Sprintf("</%s>", t.name))
		case tokText:
			out = append(out, fmt.Sprintf("%q", t.text))
		}
	}
}

// viaXML tokenises with encoding/xml, as the reader does when the fast
// path declines.
func viaXML(data []byte) []string {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) {
		if strings.EqualFold(label, "utf-8") {
			return input, nil
		}
		return nil, fmt.Errorf("unsupported encoding %q", label)
	}
	return tokens(&xmlSource{d: d})
}

// viaFast tokenises with the fast path, or reports that it declined.
func viaFast(data []byte) ([]string, bool) {
	p := &fastPart{buf: data}
	if !p.tokenise() {
		return nil, false
	}
	return tokens(p), true
}

// tokensOf tokenises data with plainTokens and oneToken, or with
// oneToken alone, and lists the tokens with the fields their kind uses.
func tokensOf(data []byte, general bool) ([]ftok, bool) {
	onlyGeneral = general
	defer func() { onlyGeneral = false }()
	p := &fastPart{buf: data}
	ok := p.tokenise()
	toks := slices.Clone(p.toks)
	for i := range toks {
		if toks[i].kind != tokStart {
			toks[i].a1, toks[i].r0, toks[i].r1, toks[i].t0, toks[i].t1 = 0, 0, 0, 0, 0
		}
	}
	return toks, ok
}

// checkSame fails when the fast path accepts data but reads it otherwise
// than encoding/xml, or when its two loops disagree.
func checkSame(t *testing.T, what string, data []byte) bool {
	t.Helper()
	both, okBoth := tokensOf(data, false)
	general, okGeneral := tokensOf(data, true)
	if okBoth != okGeneral || okBoth && !slices.Equal(both, general) {
		t.Fatalf("%s: plainTokens and oneToken took it: %v\n%v\noneToken alone: %v\n%v", what, okBoth, both, okGeneral, general)
	}
	fast, ok := viaFast(data)
	if !ok {
		return false
	}
	slow := viaXML(data)
	if strings.Join(fast, "\n") != strings.Join(slow, "\n") {
		for i := range max(len(fast), len(slow)) {
			var f, s string
			if i < len(fast) {
				f = fast[i]
			}
			if i < len(slow) {
				s = slow[i]
			}
			if f != s {
				t.Fatalf("%s: token %d: fast path %s, encoding/xml %s", what, i, f, s)
			}
		}
	}
	return true
}

// TestFastPathReadsFixturesAsEncodingXMLDoes compares the two ways of
// reading every XML part of every workbook in the fixtures, and checks
// that the fast path does take the parts Excel, LibreOffice and excelize
// write.
func TestFastPathReadsFixturesAsEncodingXMLDoes(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/fixtures/*.xlsx")
	files = append(files, "../../testdata/example/dinkes-2024.xlsx")
	taken := 0
	eachPart(t, files, func(name string) bool {
		return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels")
	}, func(what, name string, data []byte) {
		if checkSame(t, what, data) {
			taken++
		} else if strings.Contains(name, "worksheets/") || strings.Contains(name, "sharedStrings") {
			t.Errorf("%s: the fast path declined an ordinary part", what)
		}
	})
	if taken < 20 {
		t.Errorf("the fast path took only %d parts", taken)
	}
}

// eachPart calls fn with every part of the workbooks in files that want
// names and that is small enough for the fast path; what names the file
// and the part. A file that is not a zip (the hostile corpus) is passed
// over.
func eachPart(t testing.TB, files []string, want func(name string) bool, fn func(what, name string, data []byte)) {
	t.Helper()
	for _, file := range files {
		zr, err := zip.OpenReader(file)
		if err != nil {
			continue
		}
		for _, f := range zr.File {
			if !want(f.Name) || f.UncompressedSize64 > maxFastPart {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			fn(filepath.Base(file)+":"+f.Name, f.Name, data)
		}
		zr.Close()
	}
}

// The fast path declines everything outside its subset (and encoding/xml
// then decides), and reads what it takes exactly as encoding/xml does.
func TestFastPathSubset(t *testing.T) {
	for _, tc := range []struct {
		name string
		xml  string
		take bool
	}{
		{"a plain sheet row", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row></sheetData></worksheet>`, true},
		{"prefixed names", `<x:worksheet xmlns:x="u"><x:row r="2"><x:c r="A2"><x:v>3</x:v></x:c></x:row></x:worksheet>`, true},
		{"the five entities and character references", `<t>a &lt;b&gt; &amp; &apos;c&quot; &#65;&#x42; &#x1F600;</t>`, true},
		{"single quotes and spaces around =", `<c r = 'A1'  t= "s" ><v>1</v></c>`, true},
		{"non-ASCII text", `<t>Dinas Pendidikan – Kota Tepian · 2024 ✓</t>`, true},
		{"tabs and newlines in text", "<t>a\tb\nc</t>", true},
		{"a relationship", `<Relationships><Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/></Relationships>`, true},
		{"a sheet with r:id", `<sheets><sheet name="Penilaian" sheetId="1" r:id="rId2"/></sheets>`, true},
		{"a comment", `<a><!-- x --><b/></a>`, false},
		{"CDATA", `<t><![CDATA[<si>]]></t>`, false},
		{"a DOCTYPE", `<!DOCTYPE x [<!ENTITY e "v">]><t>&e;</t>`, false},
		{"a processing instruction", `<a><?pi x?></a>`, false},
		{"UTF-16 declared", `<?xml version="1.0" encoding="UTF-16"?><a/>`, false},
		{"a byte order mark, which both read as text", "\xEF\xBB\xBF<a/>", true},
		{"a carriage return", "<t>a\r\nb</t>", false},
		{"a control character", "<t>a\x01b</t>", false},
		{"a reference to a control character", "<t>a&#1;b</t>", false},
		{"invalid UTF-8", "<t>a\xffb</t>", false},
		{"an unknown entity", "<t>&nbsp;</t>", false},
		{"an ampersand alone", "<t>a & b</t>", false},
		{"]]> in text", "<t>a]]>b</t>", false},
		{"an entity in an attribute", `<sheet name="R&amp;D"/>`, false},
		{"an unquoted attribute", `<c r=A1/>`, false},
		{"attributes run together", `<c r="A1"t="s"/>`, false},
		{"a name with two colons", `<a:b:c/>`, false},
		{"a name starting with a digit", `<1a/>`, false},
		{"mismatched elements", `<a><b></a></b>`, false},
		{"an unclosed element", `<a><b></b>`, false},
		{"a stray end", `</a>`, false},
		{"a tag cut short", `<a><b r="1"`, false},
		{"< in an attribute", `<a b="<"/>`, false},
		{"a prefix bound to no namespace, which encoding/xml reads as no prefix", `<sheets xmlns:r=""><sheet name="a" r:id="rId2"/></sheets>`, false},
		{"a prefix unbound on the element itself", `<sheets xmlns:r="u"><sheet r:id="rId2" xmlns:r=''/></sheets>`, false},
		{"a prefix bound to a namespace", `<sheets xmlns:r="u"><sheet r:id="rId2"/></sheets>`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			took := checkSame(t, tc.name, []byte(tc.xml))
			if took != tc.take {
				t.Errorf("fast path took it: %v, want %v", took, tc.take)
			}
		})
	}
}

// FuzzFastPathMatchesEncodingXML: whatever the fast path accepts, it reads
// as encoding/xml does. Run with go test -fuzz=FuzzFastPath ./pkg/sheet.
func FuzzFastPathMatchesEncodingXML(f *testing.F) {
	f.Add([]byte(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x &amp; y</t></is></c></row></sheetData></worksheet>`))
	f.Add([]byte(`<sst><si><t xml:space="preserve"> a </t><rPh><t>b</t></rPh></si><si><r><t>c</t></r><r><t>d</t></r></si></sst>`))
	f.Add([]byte(`<?xml version="1.0" encoding="utf-8"?><a b='1' c = "2"><d/>t&#233;xt</a>`))
	if data, err := os.ReadFile("../../testdata/fixtures/out-of-order.xlsx"); err == nil {
		if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			for _, zf := range zr.File {
				if rc, err := zf.Open(); err == nil {
					b, _ := io.ReadAll(rc)
					rc.Close()
					f.Add(b)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSame(t, "fuzz", data)
	})
}

// lowestMarked returns the index of the lowest byte a mask marks, or 8.
func lowestMarked(m uint64) int {
	if m == 0 {
		return 8
	}
	return bits.TrailingZeros64(m) >> 3
}

// The masks mark, first, the first byte that the byte loop they replace
// stops at (or that the run steps over, a tab or a newline): for every
// byte value at every place in a word, followed by every byte value.
func TestMasksMarkTheFirstStop(t *testing.T) {
	textStops := func(c byte) bool { return textStop[c] || c == '\t' || c == '\n' }
	valueStops := func(q byte) func(c byte) bool {
		return func(c byte) bool { return attrStop[c] && (c == q || c != '"' && c != '\'') || c == '\t' || c == '\n' }
	}
	for _, tc := range []struct {
		name  string
		mask  func(uint64) uint64
		stops func(byte) bool
	}{
		{"text", textMask, textStops},
		{`value in "`, func(w uint64) uint64 { return valueMask(w, '"'*lows) }, valueStops('"')},
		{"value in '", func(w uint64) uint64 { return valueMask(w, '\''*lows) }, valueStops('\'')},
		{"loose value", looseValueMask, func(c byte) bool { return c < '(' || c == '<' || c >= 0x80 }},
	} {
		var w [8]byte
		for p := range 8 {
			for c := range 256 {
				for d := range 256 {
					for k := range w {
						switch {
						case k < p:
							w[k] = 'a' + byte(k)
						case k == p:
							w[k] = byte(c)
						default:
							w[k] = byte(d)
						}
					}
					want := 8
					for k, x := range w {
						if tc.stops(x) {
							want = k
							break
						}
					}
					if got := lowestMarked(tc.mask(binary.LittleEndian.Uint64(w[:]))); got != want {
						t.Fatalf("%s mask of %q: first mark at %d, want %d", tc.name, w, got, want)
					}
				}
			}
		}
	}
}

// textRun and valueRun stop where the byte loop stops, for every byte
// value at every place of a run and wherever the run starts (so at every
// alignment of the words), near the end of the bytes too.
func TestRunsStopWhereTheByteLoopStops(t *testing.T) {
	ref := func(b []byte, j int, stop func(c byte) bool) int {
		for j < len(b) && !stop(b[j]) {
			j++
		}
		return j
	}
	buf := make([]byte, 24)
	for n := range len(buf) + 1 {
		b := buf[:n]
		for p := range n {
			for c := range 256 {
				for k := range b {
					b[k] = "Dinas Kesehatan Kota 24 "[k]
				}
				b[p] = byte(c)
				for j := range min(n, 9) + 1 {
					if got, want := textRun(b, j), ref(b, j, func(c byte) bool { return textStop[c] }); got != want {
						t.Fatalf("textRun(%q, %d) = %d, want %d", b, j, got, want)
					}
					for _, q := range []byte{'"', '\''} {
						// valueRun may also stop at the other quote, in
						// the last bytes, which its caller steps over.
						got := valueRun(b, j, q)
						want := ref(b, j, func(c byte) bool { return attrStop[c] && c != '"' && c != '\'' || c == q })
						if got != want && !(got < want && (b[got] == '"' || b[got] == '\'') && ref(b, got+1, func(c byte) bool {
							return attrStop[c] && c != '"' && c != '\'' || c == q
						}) == want) {
							t.Fatalf("valueRun(%q, %d, %c) = %d, want %d", b, j, q, got, want)
						}
					}
				}
			}
		}
	}
}

// plainTokens' own copies of the runs, and its end tags compared eight
// bytes at a time, read as oneToken and encoding/xml do: every byte value
// at every place of a text and of an attribute value, and end tags that
// differ from their start at every place, near the end of the part too.
func TestPlainTokensReadAsOneToken(t *testing.T) {
	const text = "Tingkat Kematangan 1"
	for p := range len(text) {
		for c := range 256 {
			s := []byte(text)
			s[p] = byte(c)
			checkSame(t, "text", []byte("<t>"+string(s)+"</t>"))
			checkSame(t, "value", []byte(`<a b="`+string(s)+`"/>`))
			checkSame(t, "value", []byte(`<a b='`+string(s)+`'></a>`))
		}
	}
	for n := 1; n <= 12; n++ {
		name := "abcdefghijkl"[:n]
		for _, tail := range []string{"", "<x/>"} {
			doc := "<r><" + name + ">1</" + name + ">" + tail + "</r>"
			if !checkSame(t, "end tag", []byte(doc)) {
				t.Errorf("%s: declined", doc)
			}
			for p := range n + 1 {
				for _, c := range []byte{'X', ':', '-', ' ', '>'} {
					end := []byte(name + ">")
					end = slices.Insert(end, p, c)
					bad := "<r><" + name + ">1</" + string(end) + tail + "</r>"
					checkSame(t, "end tag", []byte(bad))
				}
				wrong := []byte(name)
				wrong[min(p, n-1)] ^= 1
				if bad := "<r><" + name + ">1</" + string(wrong) + ">" + tail + "</r>"; checkSame(t, "end tag", []byte(bad)) {
					t.Errorf("%s: taken", bad)
				}
			}
		}
	}
}

// BenchmarkTokenise tokenises the worksheets and shared strings of the
// example and the fixtures, one part after another; the bytes are those
// of the parts.
func BenchmarkTokenise(b *testing.B) {
	var parts [][]byte
	eachPart(b, allFixtures(), func(name string) bool {
		return strings.Contains(name, "worksheets/") && strings.HasSuffix(name, ".xml") || name == "xl/sharedStrings.xml"
	}, func(_, _ string, data []byte) {
		if p := (&fastPart{buf: data}); p.tokenise() {
			parts = append(parts, data)
		}
	})
	size := 0
	for _, p := range parts {
		size += len(p)
	}
	b.SetBytes(int64(size))
	p := &fastPart{}
	for b.Loop() {
		for _, data := range parts {
			p.buf = data
			if !p.tokenise() {
				b.Fatal("declined")
			}
		}
	}
}

// Both loops take elements nested as deep as encoding/xml reads them
// (maxXMLDepth), and decline one level more, a stack left from a deeper
// part or not.
func TestTokeniseKeepsTheDepthLimit(t *testing.T) {
	nested := func(depth int) []byte {
		return []byte(strings.Repeat("<a>", depth) + "x" + strings.Repeat("</a>", depth))
	}
	for _, general := range []bool{false, true} {
		for _, stack := range [][]open{nil, make([]open, 0, 4*maxXMLDepth)} {
			onlyGeneral = general
			p := &fastPart{buf: nested(maxXMLDepth), stack: stack}
			deepest := p.tokenise()
			p = &fastPart{buf: nested(maxXMLDepth + 1), stack: stack}
			deeper := p.tokenise()
			onlyGeneral = false
			if !deepest || deeper {
				t.Errorf("general %v, stack of %d: took %d levels: %v, %d: %v", general, cap(stack), maxXMLDepth, deepest, maxXMLDepth+1, deeper)
			}
		}
	}
	if got := viaXML(nested(maxXMLDepth + 1)); got[len(got)-1] != "error" {
		t.Errorf("encoding/xml read %d levels", maxXMLDepth+1)
	}
}
