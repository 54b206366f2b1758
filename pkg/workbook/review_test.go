package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
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

// randomSheet builds a worksheet from pieces spreadsheets and hostile
// files write, with texts that hold every kind of byte a scan stops at.
func randomSheet(r *rand.Rand) []byte {
	pick := func(s ...string) string { return s[r.IntN(len(s))] }
	text := func() string {
		var sb strings.Builder
		for range r.IntN(30) {
			switch r.IntN(12) {
			case 0:
				sb.WriteString(pick("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#49;", "&#x41;", "&#233;", "&#0;", "&bogus;", "&", "&#xD;", "&#13;"))
			case 1:
				sb.WriteString(pick("é", "中", "😀", "\xc3", "\xff", "\xef\xbf\xbe", "\u00a0"))
			case 2:
				sb.WriteByte(pick("\t", "\n", "\r", "\x00", "\x1f", "\x7f", ">", "]]>", "]", "'", `"`, "_x000D_", "_x")[0])
			default:
				sb.WriteString(pick("1", "2", "0", "12", " ", "Tingkat", "Kematangan ", "abcdefgh", "x", "Dinas Kesehatan"))
			}
		}
		return sb.String()
	}
	sp := func() string { return pick(" ", " ", " ", "  ", "\t", "\n", " \n ") }
	q := func(v string) string {
		if r.IntN(4) == 0 {
			return "'" + v + "'"
		}
		return `"` + v + `"`
	}
	ref := func(row int) string {
		return pick("A", "B", "C", "D", "Z", "AA", "XFD", "XFE", "a", "$B", "ZZZZ") + pick(fmt.Sprint(row), fmt.Sprint(row+1), "0", "01", fmt.Sprint(row)+" ", "", "1048577")
	}
	var sb strings.Builder
	sb.WriteString(pick(``, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n", `<?xml version='1.0'?>`))
	pre := pick("", "", "x:")
	el := func(name string) string { return pre + name }
	sb.WriteString("<" + el("worksheet") + ` xmlns="urn:m" xmlns:x="urn:x"><` + el("cols") + `><` + el("col") + ` min="2" max="3" hidden="1"/></` + el("cols") + `><` + el("sheetData") + `>`)
	for row := 1; row <= 1+r.IntN(6); row++ {
		sb.WriteString("<" + el("row"))
		for range r.IntN(3) {
			sb.WriteString(sp() + pick("r", "x:r", "spans", "hidden", "ht", "r") + sp()[:r.IntN(2)] + "=" + q(pick(fmt.Sprint(row), "1:3", "1", "true", "0", "")))
		}
		sb.WriteString(pick(">", " >", "\n>"))
		for range r.IntN(6) {
			sb.WriteString("<" + el("c"))
			attrs := []string{"r=" + q(ref(row)), "t=" + q(pick("s", "str", "inlineStr", "b", "n", "e", "")), "s=" + q("3"), "x:r=" + q(ref(row)), "ref=" + q("A1")}
			r.Shuffle(len(attrs), func(i, j int) { attrs[i], attrs[j] = attrs[j], attrs[i] })
			for _, a := range attrs[:r.IntN(len(attrs)+1)] {
				if r.IntN(8) == 0 {
					a = strings.Replace(a, "=", sp()+"="+sp(), 1)
				}
				sb.WriteString(sp() + a)
			}
			switch r.IntN(8) {
			case 0:
				sb.WriteString("/>")
				continue
			case 1:
				sb.WriteString("><" + el("v") + "/></" + el("c") + ">")
				continue
			case 2:
				sb.WriteString("><" + el("is") + "><" + el("t") + pick("", ` xml:space="preserve"`) + ">" + text() + "</" + el("t") + "><" + el("rPh") + "><" + el("t") + ">p</" + el("t") + "></" + el("rPh") + "><" + el("r") + "><" + el("t") + ">" + text() + "</" + el("t") + "></" + el("r") + "></" + el("is") + "></" + el("c") + ">")
				continue
			case 3:
				sb.WriteString("><" + el("f") + ">A1</" + el("f") + ">" + pick("", "<"+el("v")+">"+text()+"</"+el("v")+">") + "</" + el("c") + ">")
				continue
			}
			sb.WriteString("><" + el("v") + ">" + pick(text(), "0", "1", "2", "3", "12", " 1 ", "007", "1.5") + "</" + el("v") + ">" + pick("", "", "<"+el("v")+">9</"+el("v")+">") + "</" + el("c") + ">")
		}
		sb.WriteString("</" + el("row") + ">")
	}
	sb.WriteString("</" + el("sheetData") + "></" + el("worksheet") + ">")
	return []byte(sb.String())
}

// randomStrings builds a shared-string table in the same way.
func randomStrings(r *rand.Rand) []byte {
	b := randomSheet(r) // for its texts: the cells' <v> and <t> become strings
	s := string(b)
	s = strings.NewReplacer("worksheet", "sst", "<c", "<si", "</c>", "</si>", "<x:c", "<x:si", "</x:c>", "</x:si>", "<v>", "<t>", "</v>", "</t>", "x:v>", "x:t>").Replace(s)
	return []byte(s)
}

// Random sheets and tables, built of the pieces spreadsheets write, read
// alike both ways; REVIEW_N sets how many, REVIEW_SEED the seed.
func TestReviewRandomSheetsBothWays(t *testing.T) {
	n := 3000
	if s := os.Getenv("REVIEW_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	seed := uint64(1)
	if s := os.Getenv("REVIEW_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	r := rand.New(rand.NewPCG(1, seed))
	taken := 0
	for range n {
		sheet := randomSheet(r)
		checkSame(t, string(sheet), sheet)
		if checkSameRows(t, string(sheet), sheet) {
			taken++
		}
		sst := randomStrings(r)
		checkSame(t, string(sst), sst)
		checkSameStrings(t, string(sst), sst)
	}
	t.Logf("%d of %d sheets taken by the fast path", taken, n)
}
