package sheet

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/workbook"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// Only the stamp's custom properties are kept: a file listing millions of
// other, empty properties (6 MB zipped) took over 500 MB when every name
// was kept in a map.
func TestOnlyTheStampsCustomPropertiesAreKept(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><Properties xmlns:vt="v">`)
	for i := range 50000 {
		fmt.Fprintf(&b, `<property name="%x"/>`, i)
	}
	b.WriteString(`<property name="spbe.rubric"><vt:lpwstr>spbe-2020</vt:lpwstr></property></Properties>`)
	data := rezip(t, goodWorkbook(t, r), nil, map[string][]byte{"docProps/custom.xml": []byte(b.String())})
	wb, err := workbook.Open(data, workbook.Options{MaxUnzipSize: DefaultMaxUnzipSize, MaxCols: DefaultMaxCols})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.CustomProps()) != 1 || wb.CustomProps()["spbe.rubric"] != "spbe-2020" {
		t.Errorf("kept %d custom properties (spbe.rubric %q), want only spbe.rubric", len(wb.CustomProps()), wb.CustomProps()["spbe.rubric"])
	}
}

// A relationships part listing more than workbook.MaxRels relationships is refused
// with a message saying so: every one was kept, and 1.4 million (a 4 MB
// file) took 320 MB.
func TestTooManyRelationshipsAreRefused(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	good := goodWorkbook(t, r)
	for _, part := range []string{"_rels/.rels", "xl/_rels/workbook.xml.rels"} {
		edit := func(name string, b []byte) []byte {
			if name != part {
				return b
			}
			var more strings.Builder
			for i := range workbook.MaxRels {
				fmt.Fprintf(&more, `<Relationship Id="x%d" Type="t" Target="a"/>`, i)
			}
			return []byte(strings.Replace(string(b), "</Relationships>", more.String()+"</Relationships>", 1))
		}
		_, err := Read(rezip(t, good, edit, nil), "rels.xlsx", r, Options{})
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("lists more than %d relationships", workbook.MaxRels)) {
			t.Errorf("%s with %d more relationships: got error %v", part, workbook.MaxRels, err)
		}
	}
	if _, err := Read(good, "good.xlsx", r, Options{}); err != nil {
		t.Errorf("a good workbook: %v", err)
	}
}

// A cell written many times over in one row is reported once: each copy
// was a problem of its own, so a few kilobytes zipped made an error of a
// million lines.
func TestACellWrittenManyTimesIsReportedOnce(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	copies := strings.Repeat(`<c r="Z"><v>1</v></c>`, 1000)
	edit := func(name string, b []byte) []byte {
		if !strings.HasPrefix(name, "xl/worksheets/") {
			return b
		}
		return []byte(strings.ReplaceAll(string(b), "</row>", copies+"</row>"))
	}
	_, err = Read(rezip(t, goodWorkbook(t, r), edit, nil), "dups.xlsx", r, Options{MaxCols: 26})
	var se *Error
	if !errors.As(err, &se) {
		t.Fatalf("got %v, want the duplicated cells reported", err)
	}
	if n := len(se.Problems); n < len(r.Indicators) || n > 2*len(r.Indicators)+10 {
		t.Errorf("%d problems for a cell written 1000 times in each of about %d rows, want one a row", n, len(r.Indicators))
	}
	if !strings.Contains(se.Problems[0].Msg, "written twice") {
		t.Errorf("first problem %q, want the duplicated cell", se.Problems[0].Msg)
	}
}
