package xlsx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/spbe-id/spbe/pkg/render/internal/rendertest"
)

// parts reads every part of a workbook.
func parts(t *testing.T, path string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = data
	}
	return out
}

// contentTypes lists the entries of [Content_Types].xml, sorted: excelize
// writes them in map order, the one part of a workbook with charts whose
// bytes vary between runs.
func contentTypes(t *testing.T, data []byte) []string {
	t.Helper()
	var types struct {
		Entries []struct {
			XMLName                          xml.Name
			Extension, PartName, ContentType string `xml:",attr"`
		} `xml:",any"`
	}
	if err := xml.Unmarshal(data, &types); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range types.Entries {
		out = append(out, e.XMLName.Local+" "+e.Extension+e.PartName+" "+e.ContentType)
	}
	sort.Strings(out)
	return out
}

// A report is reproducible: the same sheet gives the same workbook, part
// for part, and no part holds the date it was made (the document
// properties carry a fixed date instead of excelize's or the clock's).
func TestWorkbookIsReproducible(t *testing.T) {
	run := rendertest.SampleRuns(t)[1]
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.xlsx"), filepath.Join(dir, "b.xlsx")
	rendertest.RunCLI(t, append(append([]string{"score"}, run.Args...), "-o", a, run.Sheet)...)
	rendertest.RunCLI(t, append(append([]string{"score"}, run.Args...), "-o", b, run.Sheet)...)
	pa, pb := parts(t, a), parts(t, b)
	if len(pa) != len(pb) {
		t.Fatalf("%d parts, then %d", len(pa), len(pb))
	}
	today := []byte(time.Now().UTC().Format("2006-01-02"))
	for name, da := range pa {
		db, ok := pb[name]
		switch {
		case !ok:
			t.Errorf("part %s only in the first run", name)
		case name == "[Content_Types].xml":
			ca, cb := contentTypes(t, da), contentTypes(t, db)
			if len(ca) == 0 || !slices.Equal(ca, cb) {
				t.Errorf("content types differ:\n%v\n%v", ca, cb)
			}
		case !bytes.Equal(da, db):
			t.Errorf("part %s differs between two runs", name)
		}
		if bytes.Contains(da, today) {
			t.Errorf("part %s holds today's date", name)
		}
	}
	core := pa["docProps/core.xml"]
	for _, want := range []string{
		`<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created>`,
		`<dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:modified>`,
	} {
		if !bytes.Contains(core, []byte(want)) {
			t.Errorf("docProps/core.xml lacks %s:\n%s", want, core)
		}
	}
}
