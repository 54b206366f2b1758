package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rowsOf reads every row of a worksheet part through src, as text: the
// row numbers, cells, hidden flags, formulas without a value, cells given
// twice and the error that ends it, if any.
func rowsOf(src tokenSource, maxCols int) []string {
	wb := &workbook{sstOK: true, sst: []string{"nol", "satu", "dua"}}
	it := &rowIter{wb: wb, src: src, release: func() {}, maxCols: maxCols}
	var out []string
	for it.Next() {
		out = append(out, fmt.Sprintf("%d hidden=%v %q novalue=%v dups=%v", it.num, it.hidden, it.cols, it.noValue, it.dups))
	}
	if it.err != nil {
		out = append(out, "error: "+it.err.Error())
	}
	out = append(out, fmt.Sprintf("hidden columns %v", it.hiddenCols))
	return out
}

// checkSameRows fails when the row iterator reads a worksheet tokenised
// in memory otherwise than the same worksheet through encoding/xml.
func checkSameRows(t *testing.T, what string, data []byte) bool {
	t.Helper()
	for _, maxCols := range []int{3, 50} {
		p := &fastPart{buf: data}
		if !p.tokenise() {
			return false
		}
		fast := rowsOf(p, maxCols)
		d := xml.NewDecoder(bytes.NewReader(data))
		d.Strict = false
		slow := rowsOf(&xmlSource{d: d}, maxCols)
		if f, s := strings.Join(fast, "\n"), strings.Join(slow, "\n"); f != s {
			t.Fatalf("%s, %d columns: in memory:\n%s\nthrough encoding/xml:\n%s", what, maxCols, f, s)
		}
	}
	return true
}

// allFixtures lists every workbook of the fixtures, the layouts and the
// example.
func allFixtures() []string {
	files, _ := filepath.Glob("../../testdata/fixtures/*.xlsx")
	layouts, _ := filepath.Glob("../../testdata/fixtures/layouts/*.xlsx")
	return append(append(files, layouts...), "../../testdata/example/dinkes-2024.xlsx")
}

// Every worksheet of every fixture is read the same way both ways.
func TestFastRowsReadFixturesAsEncodingXMLDoes(t *testing.T) {
	taken := 0
	eachPart(t, allFixtures(), func(name string) bool {
		return strings.Contains(name, "worksheets/") && strings.HasSuffix(name, ".xml")
	}, func(what, _ string, data []byte) {
		if checkSameRows(t, what, data) {
			taken++
		}
	})
	if taken < 40 {
		t.Errorf("only %d worksheets were read in memory", taken)
	}
}

// The row iterator reads what the fast path takes as it reads the same
// part through encoding/xml: cells out of order, given twice, past the
// last column, inline strings with phonetic runs, formulas with and
// without a value, hidden rows and columns, bad references.
func FuzzFastRowsMatchEncodingXML(f *testing.F) {
	f.Add([]byte(`<worksheet><cols><col min="2" max="3" hidden="1"/></cols><sheetData><row r="1" hidden="true"><c r="B1" t="s"><v>1</v></c><c r="A1"><v>3</v></c><c r="A1"><v>4</v></c></row><row><c t="inlineStr"><is><t>x &amp; y</t><rPh><t>z</t></rPh></is></c><c t="str"><f>A1</f><v>_x000D_a</v></c><c><f>B2</f></c></row></sheetData></worksheet>`))
	f.Add([]byte(`<worksheet><sheetData><row r="007"><c r="A7" t="b"><v>1</v></c><c r="BZ7"><v>12</v></c><c r="C8"><v>1</v></c></row></sheetData></worksheet>`))
	f.Add([]byte(`<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row x:r="2"><x:c x:r="A2" x:t="s"><x:v> 2 </x:v></x:c><x:c t="s"><x:v>9</x:v></x:c></x:row><x:row r="-1"/></x:sheetData></x:worksheet>`))
	if data, err := os.ReadFile("../../testdata/fixtures/out-of-order.xlsx"); err == nil {
		if zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err == nil {
			for _, zf := range zr.File {
				if rc, err := zf.Open(); err == nil && strings.Contains(zf.Name, "worksheets/") {
					b, _ := io.ReadAll(rc)
					rc.Close()
					f.Add(b)
				}
			}
		}
	}
	for _, cells := range reviewCells {
		f.Add([]byte(`<worksheet xmlns:x="urn:x"><sheetData><row r="1">` + cells + `</row></sheetData></worksheet>`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSameRows(t, "fuzz", data)
	})
}

// sstOf reads data as a workbook's shared-string table, in memory or
// through encoding/xml, within the default unpacked size limit.
func sstOf(t *testing.T, data []byte, slow bool) string {
	t.Helper()
	return sstLimited(t, data, 64<<20, slow)
}

// checkSameStrings fails when a shared-string table tokenised in memory
// reads otherwise than through encoding/xml.
func checkSameStrings(t *testing.T, what string, data []byte) {
	t.Helper()
	if p := (&fastPart{buf: data}); !p.tokenise() {
		return
	}
	if fast, slow := sstOf(t, data, false), sstOf(t, data, true); fast != slow {
		t.Fatalf("%s: shared strings in memory:\n%s\nthrough encoding/xml:\n%s", what, fast, slow)
	}
}

// Every shared-string table of the fixtures, and fuzzed ones, read the
// same both ways: rich runs, phonetic runs, escapes, empty strings.
func TestFastStringsReadFixturesAsEncodingXMLDoes(t *testing.T) {
	seen := 0
	eachPart(t, allFixtures(), func(name string) bool { return name == "xl/sharedStrings.xml" }, func(what, _ string, data []byte) {
		checkSameStrings(t, what, data)
		seen++
	})
	if seen < 10 {
		t.Errorf("only %d shared-string tables were compared", seen)
	}
}

func FuzzFastStringsMatchEncodingXML(f *testing.F) {
	f.Add([]byte(`<sst><si><t xml:space="preserve"> a </t><rPh><t>b</t></rPh></si><si><r><t>c</t></r><r><t>d &amp; e</t></r></si><si/><si><t>_x000D_x&#13;</t></si></sst>`))
	f.Add([]byte(`<x:sst xmlns:x="urn:x"><x:si><x:t>a</x:t><x:phoneticPr/></x:si><x:si><x:t>b</x:t><x:t>c</x:t></x:si></x:sst>`))
	for _, s := range reviewStrings {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSameStrings(t, "fuzz", data)
	})
}

// tokenise notes the first r and t attributes of every start tag, which
// the row iterator reads rather than the attributes: they are those
// eachRawAttr finds, both when plainTokens takes the tag and when it
// leaves it to oneToken.
func TestStartTagsNoteTheirRAndT(t *testing.T) {
	for _, raw := range []string{
		` r="B2" s="3" t="s"`, ` t='n' r='C7'`, ` x:r="A1" r="B1" t="str" t="s"`, ` rr="1" tt="2"`,
		` s="1"`, ``, ` r="A1"  t = "b" `, ` xr:uid="{1}" r="D4"`, ` r=""`, ` r="" r="A1"`,
		` r="a long reference, longer than eight bytes" t="ä"`, ` r="A1"` + "\t" + `t="s"`,
	} {
		var ref, typ []byte
		foundR, foundT := false, false
		eachRawAttr([]byte(raw), func(_ bool, local, value []byte) {
			switch {
			case !foundR && string(local) == "r":
				ref, foundR = value, true
			case !foundT && string(local) == "t":
				typ, foundT = value, true
			}
		})
		for _, general := range []bool{false, true} {
			for _, doc := range []string{"<c" + raw + "/>", "<c" + raw + "></c>"} {
				onlyGeneral = general
				p := &fastPart{buf: []byte(doc)}
				ok := p.tokenise()
				onlyGeneral = false
				if !ok {
					t.Fatalf("%s: the fast path declined it", doc)
				}
				tk := p.toks[0]
				if got, gotT := doc[tk.r0:tk.r1], doc[tk.t0:tk.t1]; got != string(ref) || gotT != string(typ) {
					t.Errorf("%s (general %v): r %q, t %q; want %q, %q", doc, general, got, gotT, ref, typ)
				}
			}
		}
	}
}

// quickRef reads what it takes as splitRef does, and takes the
// references spreadsheets write: every string of up to five bytes made of
// letters, digits and the signs a reference may hold, and longer ones.
func TestQuickRefReadsAsSplitRef(t *testing.T) {
	const alphabet = "AZa`[$+-019 /:"
	var check func(ref []byte)
	taken := 0
	check = func(ref []byte) {
		if c, r, ok := quickRef(ref); ok {
			taken++
			if sc, sr, sok := splitRef(ref); !sok || sc != c || sr != r {
				t.Fatalf("quickRef(%q) = %d, %d; splitRef reads %d, %d, %v", ref, c, r, sc, sr, sok)
			}
		}
		if len(ref) < 5 {
			for _, c := range []byte(alphabet) {
				check(append(ref, c))
			}
		}
	}
	check(nil)
	for _, ref := range []string{"A1048576", "A1048577", "ZZ1048576", "ZZ99999999", "AB0000001", "XFD12", "G17"} {
		check([]byte(ref))
	}
	for _, ref := range []string{"A1", "G17", "ZZ1048576", "A007", "AB12"} {
		if _, _, ok := quickRef([]byte(ref)); !ok {
			t.Errorf("quickRef(%q) declined it", ref)
		}
	}
	if taken < 300 {
		t.Errorf("quickRef took only %d references", taken)
	}
}
