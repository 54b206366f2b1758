package sheet

import (
	"fmt"
	"strings"
	"testing"

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
	wb, err := openWorkbook(data, Options{}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.custom) != 1 || wb.custom["spbe.rubric"] != "spbe-2020" {
		t.Errorf("kept %d custom properties (spbe.rubric %q), want only spbe.rubric", len(wb.custom), wb.custom["spbe.rubric"])
	}
}
