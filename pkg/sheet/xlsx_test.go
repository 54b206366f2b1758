package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/workbook"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// goodWorkbook returns the bytes of a realistic answer sheet (a cover
// sheet, then the table with every indicator at level 3).
func goodWorkbook(t *testing.T, r *rubric.Rubric) []byte {
	t.Helper()
	levels := fixture.ExpandLevels([]string{"3x47"})
	f, err := (&fixture.Sheet{Rubric: r, Levels: levels, Cover: true}).Build()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rezip copies the workbook data, with edit applied to each part's bytes
// (edit returns them unchanged to keep a part), and adds the parts of
// extra: the way a hostile file is made from a good one.
func rezip(t *testing.T, data []byte, edit func(name string, b []byte) []byte, extra map[string][]byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	put := func(name string, b []byte) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := b.ReadFrom(rc); err != nil {
			t.Fatal(err)
		}
		rc.Close()
		if _, replaced := extra[f.Name]; replaced {
			continue
		}
		if edit != nil {
			put(f.Name, edit(f.Name, b.Bytes()))
		} else {
			put(f.Name, b.Bytes())
		}
	}
	for name, b := range extra {
		put(name, b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A custom property whose value comes in many pieces (text split by
// comments) is gathered in linear time and cut at maxPropText: joining
// the pieces string by string made a 79 KB file take minutes.
func TestACustomPropertyInManyPiecesIsBounded(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	custom := `<?xml version="1.0" encoding="UTF-8"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="spbe.rubric"><vt:lpwstr>` +
		strings.Repeat("a<!---->", 20000) + `</vt:lpwstr></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="spbe.rubric.version"><vt:lpwstr>20<!-- -->20</vt:lpwstr></property>
</Properties>`
	data := rezip(t, goodWorkbook(t, r), nil, map[string][]byte{"docProps/custom.xml": []byte(custom)})
	a, err := Read(data, "custom.xlsx", r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Stamp == nil {
		t.Fatal("no stamp read")
	}
	if n := len(a.Stamp.RubricID); n != 1024 { // the bound on a custom property's text
		t.Errorf("the stamp's rubric id is %d bytes, want it cut at 1024", n)
	}
	if a.Stamp.Version != "2020" {
		t.Errorf("version %q from pieces, want 2020", a.Stamp.Version)
	}
}

// firstSheetID matches the relationship id of a workbook's first sheet.
var firstSheetID = regexp.MustCompile(`<sheet [^>]*r:id="([^"]+)"`)

// listSheets returns a workbook.xml edit that lists, before the workbook's
// own sheets, n more entries all pointing at the part of its first sheet.
func listSheets(n int) func(string, []byte) []byte {
	return func(name string, b []byte) []byte {
		if name != "xl/workbook.xml" {
			return b
		}
		id := string(firstSheetID.FindSubmatch(b)[1])
		var more strings.Builder
		for i := range n {
			fmt.Fprintf(&more, `<sheet name="Copy %d" sheetId="%d" r:id="%s"/>`, i, 100+i, id)
		}
		return bytes.Replace(b, []byte("<sheets>"), []byte("<sheets>"+more.String()), 1)
	}
}

// A worksheet part listed several times is searched once: a crafted
// workbook listed one part 200,000 times and kept the reader busy for
// half a minute.
func TestAWorksheetListedTwiceIsReadOnce(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	good := goodWorkbook(t, r)
	data := rezip(t, good, listSheets(50), nil)
	wb, err := workbook.Open(data, workbook.Options{MaxUnzipSize: DefaultMaxUnzipSize, MaxCols: DefaultMaxCols})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Sheets()) != 2 {
		t.Errorf("%d worksheets, want the cover and the answer sheet", len(wb.Sheets()))
	}
	a, err := Read(data, "copies.xlsx", r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Sheet != "Penilaian" {
		t.Errorf("table read from %q", a.Sheet)
	}
}

func TestAWorkbookListingTooManyWorksheetsIsRefused(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	data := rezip(t, goodWorkbook(t, r), listSheets(workbook.MaxSheets), nil)
	_, err = Read(data, "many.xlsx", r, Options{})
	if err == nil || !strings.Contains(err.Error(), "many.xlsx: the workbook lists more than 1000 worksheets, so it was not read") {
		t.Fatalf("got %v", err)
	}
}

// The shared string table is bounded by the unpacked-size limit, one
// string per 64 bytes: twelve million empty <si/>, 96 KB zipped, took
// 785 MB to hold.
func TestTooManySharedStringsAreRefused(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	const limit = 1000
	opt := Options{MaxUnzipSize: limit * 64} // 64 bytes of unpacked size per shared string
	good := goodWorkbook(t, r)
	if _, err := Read(good, "good.xlsx", r, opt); err != nil {
		t.Fatalf("the good workbook is not read under the test's limit: %v", err)
	}
	empties := func(n int) func(string, []byte) []byte {
		return func(name string, b []byte) []byte {
			if name != "xl/sharedStrings.xml" {
				return b
			}
			return bytes.Replace(b, []byte("<si>"), []byte(strings.Repeat("<si/>", n)+"<si>"), 1)
		}
	}
	_, err = Read(rezip(t, good, empties(limit), nil), "many.xlsx", r, opt)
	if err == nil || !strings.Contains(err.Error(), "the workbook holds more than 1000 shared strings, one per 64 bytes of the 62.5 KiB unpacked-size limit") {
		t.Fatalf("got %v", err)
	}
}
