package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// An element that closes itself at one level deeper than maxXMLDepth is
// one level too deep for encoding/xml (it counts <b/> as a start), so the
// fast path must decline the part too rather than read it.
func TestReviewSelfClosingPastTheDepthLimit(t *testing.T) {
	data := []byte(strings.Repeat("<a>", maxXMLDepth) + "<b/>" + strings.Repeat("</a>", maxXMLDepth))
	if got := viaXML(data); got[len(got)-1] != "error" {
		t.Fatalf("encoding/xml read it: %v", got[len(got)-3:])
	}
	for _, general := range []bool{false, true} {
		if _, ok := tokensOf(data, general); ok {
			t.Errorf("onlyGeneral %v: the fast path took a part encoding/xml refuses as too deep", general)
		}
	}
	// One level less is as deep as encoding/xml reads, and taken.
	data = []byte(strings.Repeat("<a>", maxXMLDepth-1) + "<b/>" + strings.Repeat("</a>", maxXMLDepth-1))
	for _, general := range []bool{false, true} {
		onlyGeneral = general
		if !checkSame(t, "deepest", data) {
			t.Errorf("onlyGeneral %v: declined <b/> at depth %d", general, maxXMLDepth)
		}
		onlyGeneral = false
	}
}

// sstLimited is sstOf with a given unpacked size limit, which bounds the
// number of strings.
func sstLimited(t *testing.T, data []byte, limit int64, slow bool) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("xl/sharedStrings.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write(data)
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	wb := &workbook{files: map[string]*zip.File{"xl/sharedStrings.xml": zr.File[0]}, sstAt: "xl/sharedStrings.xml", opt: Options{MaxUnzipSize: limit}}
	xmlOnly = slow
	defer func() { xmlOnly = false }()
	sst, err := wb.sharedStrings()
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprintf("%q", sst)
}

// The limit on the number of shared strings is kept alike in memory and
// through encoding/xml, whichever way the string at the limit is written.
func TestReviewSharedStringLimitBothWays(t *testing.T) {
	refused := 0
	forms := []string{`<si><t>p</t></si>`, `<si><r><t>q</t></r></si>`, `<si/>`, `<si><t>a&amp;b</t></si>`, `<si><t/></si>`}
	for n := 1; n <= 6; n++ {
		for _, last := range forms {
			for _, other := range forms {
				var sb strings.Builder
				sb.WriteString(`<sst>`)
				for range n - 1 {
					sb.WriteString(other)
				}
				sb.WriteString(last)
				sb.WriteString(`</sst>`)
				data := []byte(sb.String())
				if p := (&fastPart{buf: data}); !p.tokenise() {
					t.Fatalf("%s: declined", data)
				}
				for _, k := range []int64{3, 4, 5} {
					limit := k * bytesPerSharedString
					if limit < int64(len(data)) {
						continue // encoding/xml would read a part cut short
					}
					if fast, slow := sstLimited(t, data, limit, false), sstLimited(t, data, limit, true); fast != slow {
						t.Errorf("%s, limit %d strings: in memory %s, through encoding/xml %s", data, k, fast, slow)
					} else if strings.HasPrefix(fast, "error") {
						refused++
					}
				}
			}
		}
	}
	if refused == 0 {
		t.Error("no table was over its limit")
	}
}

// reviewCells are worksheets of the edge cases of cells and rows.
var reviewCells = []string{
	`<c r="A1" r="B1"><v>1</v></c>`,
	`<c x:r="B1" r="A1"><v>1</v></c>`,
	`<c ref="B1"><v>1</v></c><c row="1"><v>2</v></c>`,
	`<c t="s" r="B1"><v>2</v></c><c t='s' r='A1'><v>1</v></c>`,
	"<c\tr=\"B1\"\nt = 's'><v>0</v></c>",
	"<c r\t=\t\"C1\"><v>7</v></c>",
	`<x:c r="A1"><x:v>5</x:v></x:c>`,
	`<c r="A1"><v/></c><c r="B1"><v></v></c><c r="C1"/>`,
	`<c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><r><t>b</t></r><r><t xml:space="preserve"> c </t></r></is></c>`,
	`<c r="A1"><v>&#49;</v></c><c r="B1" t="s"><v>&#x32;</v></c><c r="C1" t="str"><v>a&lt;b</v></c>`,
	`<c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c>`,
	`<c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>4</v></c><c r="A1"><v>9</v></c>`,
	`<c r="XFD1"><v>1</v></c>`, `<c r="XFE1"><v>1</v></c>`, `<c r="A1048577"><v>1</v></c>`, `<c r="AAAA1"><v>1</v></c>`,
	`<c r="a1"><v>1</v></c>`, `<c r="$B$1"><v>1</v></c>`, `<c r="B1 "><v>1</v></c>`, `<c r="B01"><v>1</v></c>`, `<c r="B0"><v>1</v></c>`,
	`<c r="B"><v>1</v></c>`, `<c r="1"><v>1</v></c>`, `<c r=""><v>1</v></c>`, `<c r="B2"><v>1</v></c>`, `<c r="ZZ1"><v>1</v></c>`,
	`<c r="A1" t="s"><v> 1 </v></c><c r="B1" t="s"><v>+1</v></c><c r="C1" t="s"><v>0001</v></c><c r="D1" t="s"><v>-0</v></c>`,
	`<c r="A1" t="s"><v>99999999999999999999</v></c>`, `<c r="A1" t="s"><v>3</v></c>`, `<c r="A1" t="s"><v>123456789</v></c>`,
	`<c r="A1"><v>1</v><v>2</v></c>`, `<c r="A1"><f>B1</f><v>3</v></c><c r="B1"><f>1</f></c><c r="C1"><f>1</f><v></v></c>`,
	`<c r="A1"><v>1</v></c><c r="A1"><v></v></c><c r="A1"><v>2</v></c>`,
	`<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c>`,
	`<c r="A1" t="str"><v>_x000D_a_x005F_x</v></c>`,
	`<c r="A1"><is><t>x</t></is><v>2</v></c>`,
	`<c r="A1"><c r="B1"><v>2</v></c></c>`,
	`<c r="A1"><v>1` + "\n" + `</v></c>`,
	`<c r="A1"><v>1.50</v></c><c r="B1"><v>1E-3</v></c><c r="C1"><v>07</v></c>`,
}

// Every edge case reads alike both ways, in rows whose number is given,
// missing or odd, and the plain ones are taken by the fast path.
func TestReviewCellsBothWays(t *testing.T) {
	for _, cells := range reviewCells {
		for _, row := range []string{`<row r="1">`, `<row>`, `<row r="2">`, `<row r="01" hidden="1">`, `<row spans="1:3" r="1" x:r="3">`} {
			data := []byte(`<worksheet xmlns:x="urn:x"><sheetData>` + row + cells + `</row></sheetData></worksheet>`)
			if !checkSameRows(t, cells, data) {
				t.Errorf("%s: declined", data)
			}
			checkSame(t, cells, data)
		}
	}
}

// reviewStrings are shared-string tables of the edge cases.
var reviewStrings = []string{
	`<sst><si><t>a</t></si><si><t xml:space="preserve"> b </t></si><si><t/></si><si></si><si/></sst>`,
	`<sst><si><r><t>a</t></r><r><rPr><b/></rPr><t>b</t></r></si><si><t>c</t><rPh sb="0" eb="1"><t>d</t></rPh><phoneticPr fontId="1"/></si></sst>`,
	`<sst><si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;&#xE9;</t></si><si><t>_x000D_&#9;x&#10;</t></si></sst>`,
	`<x:sst xmlns:x="urn:x"><x:si><x:t>a</x:t></x:si><x:si><x:r><x:t>b</x:t></x:r></x:si></x:sst>`,
	`<sst><si><t>a</t><t>b</t></si><si><t>` + strings.Repeat("Tingkat Kematangan ", 3000) + `</t></si></sst>`,
	`<sst><si><si><t>a</t></si></si><si><rPh><si><t>b</t></si></rPh></si></sst>`,
	`<sst><t>outside</t><si><t>a</t></si>tail</sst>`,
	"<sst>\n<si>\n<t>a\n\tb</t>\n</si>\n</sst>\n",
	`<sst><si><t>é ü 中文 😀</t></si><si><t>_x</t></si><si><t>x_</t></si><si><t>` + "\x7f" + `</t></si></sst>`,
	`<sst><si><t>a</t></si ><si ><t >b</t ></si></sst>`,
}

func TestReviewStringsBothWays(t *testing.T) {
	for _, s := range reviewStrings {
		if p := (&fastPart{buf: []byte(s)}); !p.tokenise() {
			t.Errorf("%.60s: declined", s)
		}
		checkSameStrings(t, s[:min(len(s), 60)], []byte(s))
		checkSame(t, s[:min(len(s), 60)], []byte(s))
	}
}
