package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// A part nested deeper than maxXMLDepth is refused before memory grows, in
// the fast path (a small part) and in encoding/xml (a part too large for
// the fast path): 20 million levels took 3.2 GB and 17 s before.
func TestADeeplyNestedPartIsRefused(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	good := goodWorkbook(t, r)
	deep := func(levels int) string {
		return strings.Repeat("<x>", levels) + strings.Repeat("</x>", levels)
	}
	cases := []struct {
		name, part, at, want string
		levels               int
	}{
		{"a worksheet, small enough for the fast path", "xl/worksheets/", "<sheetData>", "the worksheet XML is malformed", 1000},
		{"a worksheet too large for the fast path", "xl/worksheets/", "<sheetData>", "the worksheet XML is malformed", 2_000_000},
		{"the shared strings", "xl/sharedStrings.xml", "<si>", "the shared-strings part is malformed", 2_000_000},
		{"the workbook part", "xl/workbook.xml", "<sheets>", "its workbook part is malformed", 2_000_000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := false
			edit := func(name string, b []byte) []byte {
				if !strings.HasPrefix(name, c.part) || !bytes.Contains(b, []byte(c.at)) || found {
					return b
				}
				found = true
				return bytes.Replace(b, []byte(c.at), []byte(c.at+deep(c.levels)), 1)
			}
			data := rezip(t, good, edit, nil)
			if !found {
				t.Fatalf("no %s in %s to nest under", c.at, c.part)
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := Read(data, "deep.xlsx", r, Options{})
			runtime.ReadMemStats(&after)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "nested more than 256 deep") {
				t.Fatalf("got %v, want %q and the depth named", err, c.want)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 100<<20 {
				t.Errorf("allocated %d MB reading it", grew>>20)
			}
		})
	}
}

// Nesting up to the limit is read as before.
func TestNestingWithinTheLimitIsRead(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	edit := func(name string, b []byte) []byte {
		if !strings.HasPrefix(name, "xl/worksheets/") {
			return b
		}
		// worksheet > extLst > 200 levels: well under 256.
		return bytes.Replace(b, []byte("</worksheet>"), []byte("<extLst>"+strings.Repeat("<x>", 200)+strings.Repeat("</x>", 200)+"</extLst></worksheet>"), 1)
	}
	if _, err := Read(rezip(t, goodWorkbook(t, r), edit, nil), "ok.xlsx", r, Options{}); err != nil {
		t.Fatal(err)
	}
}

// A zip entry that fails its checksum is a damaged file, not malformed XML.
func TestADamagedZipEntryIsNotCalledMalformedXML(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	good := goodWorkbook(t, r)
	zr, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	damaged := ""
	for _, f := range zr.File {
		if damaged != "" || !strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		raw, err := f.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		h := f.FileHeader
		h.CRC32 ^= 0xffff // the data inflates, then fails its checksum
		w, err := zw.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, raw); err != nil {
			t.Fatal(err)
		}
		damaged = f.Name
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = Read(buf.Bytes(), "damaged.xlsx", r, Options{})
	if err == nil || strings.Contains(err.Error(), "malformed") || !strings.Contains(err.Error(), "damaged") || !errors.Is(err, zip.ErrChecksum) && !strings.Contains(err.Error(), "checksum") {
		t.Fatalf("%s damaged: got %v, want a damaged file named, not malformed XML", damaged, err)
	}
}
