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
