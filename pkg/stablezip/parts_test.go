package stablezip

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func book(t *testing.T) *excelize.File {
	t.Helper()
	f := excelize.NewFile()
	st, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		t.Fatal(err)
	}
	for s := range 3 {
		name := fmt.Sprintf("Lembar %d", s)
		if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r := 1; r <= 20; r++ {
			cell, _ := excelize.CoordinatesToCellName(1+r%4, r)
			f.SetCellValue(name, cell, fmt.Sprintf("indikator %d", r))
			f.SetCellStyle(name, cell, cell, st)
		}
	}
	return f
}

// unzip returns an archive's entry names in order and their contents.
func unzip(t *testing.T, data []byte) ([]string, map[string]string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	bodies := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, f.Name)
		bodies[f.Name] = string(b)
	}
	return names, bodies
}

// An excelize workbook written from its parts holds the same entries, in
// the same order and with the same contents, as the workbook excelize
// zips itself and Rewrite puts in order; and it is the same bytes every
// time.
func TestAWorkbookWrittenFromItsPartsIsTheRewrittenOne(t *testing.T) {
	f := book(t)
	var direct, again, rewritten bytes.Buffer
	if err := Write(&direct, f); err != nil {
		t.Fatal(err)
	}
	if err := Write(&again, f); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(direct.Bytes(), again.Bytes()) {
		t.Error("two writes of the same workbook differ")
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	if err := Rewrite(&rewritten, buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	n1, b1 := unzip(t, direct.Bytes())
	n2, b2 := unzip(t, rewritten.Bytes())
	if !equal(n1, n2) {
		t.Fatalf("entries %v, rewritten %v", n1, n2)
	}
	if n1[0] != contentTypes {
		t.Errorf("first entry %s, want %s", n1[0], contentTypes)
	}
	for _, n := range n1 {
		if b1[n] != b2[n] {
			t.Errorf("%s differs from the rewritten workbook's", n)
		}
	}
	// Each part was deflated once, by Write itself, at the level its size
	// calls for (not by excelize at the default level).
	zr, err := zip.NewReader(bytes.NewReader(direct.Bytes()), int64(direct.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range zr.File {
		if want := deflate(b1[e.Name], levelFor(len(b1[e.Name]))); e.Method != zip.Deflate || e.CompressedSize64 != uint64(len(want)) {
			t.Errorf("%s: %d bytes by method %d, want %d deflated at level %d", e.Name, e.CompressedSize64, e.Method, len(want), levelFor(len(b1[e.Name])))
		}
	}
	// The workbook still opens, and says what was written.
	g, err := excelize.OpenReader(bytes.NewReader(direct.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := g.GetCellValue("Lembar 2", "B1"); v != "indikator 1" {
		t.Errorf("Lembar 2!B1 = %q, want %q", v, "indikator 1")
	}
}

func deflate(s string, level int) []byte {
	var z bytes.Buffer
	fw, _ := flate.NewWriter(&z, level)
	io.WriteString(fw, s)
	fw.Close()
	return z.Bytes()
}

// A small part is deflated at the fastest level, a large one (written in
// pieces, as a streamed sheet is) at LargeLevel, each exactly as deflating
// it whole would, with its CRC-32 and size: parts held whole and deflated
// on other goroutines, and, past heldBudget, deflated as they come (or,
// small, when they end).
func TestPartsAreDeflatedAtTheLevelTheirSizeCallsFor(t *testing.T) {
	small := strings.Repeat("<c r=\"A1\"><v>1</v></c>", 100)
	var large, large2 strings.Builder
	for i := 0; large.Len() <= 3*smallPart; i++ {
		fmt.Fprintf(&large, "<row r=\"%d\"><c r=\"A%d\" t=\"s\"><v>%d</v></c></row>", i, i, i%97)
		fmt.Fprintf(&large2, "<row r=\"%d\"><c r=\"B%d\"><v>%d.5</v></c></row>", i, i, i%89)
	}
	for _, budget := range []int{heldBudget, 0, len(small) + large.Len() + 1} {
		t.Run(fmt.Sprint("budget ", budget), func(t *testing.T) {
			defer func(b int) { heldBudget = b }(heldBudget)
			heldBudget = budget
			p := &parts{}
			parts := []struct {
				name, body string
				level      int
			}{
				{"xl/small.xml", small, SmallLevel}, {"xl/large.xml", large.String(), LargeLevel},
				{"xl/large2.xml", large2.String(), LargeLevel}, {"xl/after.xml", small, SmallLevel},
			}
			for _, e := range parts {
				w, err := p.Create(e.name)
				if err != nil {
					t.Fatal(err)
				}
				for b := e.body; b != ""; {
					n := min(len(b), 4096)
					if _, err := io.WriteString(w, b[:n]); err != nil {
						t.Fatal(err)
					}
					b = b[n:]
				}
			}
			if err := p.Close(); err != nil {
				t.Fatal(err)
			}
			if err := p.wait(); err != nil {
				t.Fatal(err)
			}
			for i, want := range parts {
				pt := p.list[i]
				if !bytes.Equal(pt.deflated.Bytes(), deflate(want.body, want.level)) {
					t.Errorf("%s: not the %d bytes deflated at level %d", pt.name, len(want.body), want.level)
				}
				if pt.size != uint64(len(want.body)) || pt.crc.Sum32() != crc32.ChecksumIEEE([]byte(want.body)) {
					t.Errorf("%s: size %d, CRC %x; want %d, %x", pt.name, pt.size, pt.crc.Sum32(), len(want.body), crc32.ChecksumIEEE([]byte(want.body)))
				}
			}
			want := 2*len(small) + large.Len() + large2.Len() // all held
			switch budget {
			case 0:
				want = 0 // none
			case len(small) + large.Len() + 1:
				want = len(small) + large.Len() // the first two; the others go over
			}
			if p.held != want {
				t.Errorf("held %d bytes for other goroutines with a budget of %d, want %d", p.held, budget, want)
			}
		})
	}
}

// Edits add their parts and change those excelize writes, the content
// types before their defaults are sorted; adding a part excelize writes,
// changing one it does not, and a change that fails are errors, and
// nothing is written.
func TestEditsAddAndChangePartsOrRefuse(t *testing.T) {
	keep := func(b []byte) ([]byte, error) { return b, nil }
	var b bytes.Buffer
	err := WriteEdited(&b, book(t), Edits{
		Add: []Part{{Name: "xl/added.xml", Body: []byte("<added/>")}},
		Change: map[string]func([]byte) ([]byte, error){
			"xl/workbook.xml": func(b []byte) ([]byte, error) { return append(b, "<!--changed-->"...), nil },
			contentTypes: func(b []byte) ([]byte, error) {
				i := bytes.Index(b, []byte("<Default"))
				return append(append(b[:i:i], `<Default Extension="zz" ContentType="z"/>`...), b[i:]...), nil
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	names, bodies := unzip(t, b.Bytes())
	if bodies["xl/added.xml"] != "<added/>" || !strings.HasSuffix(bodies["xl/workbook.xml"], "<!--changed-->") {
		t.Errorf("parts %v: added %q, workbook ending %q", names, bodies["xl/added.xml"], bodies["xl/workbook.xml"][max(0, len(bodies["xl/workbook.xml"])-20):])
	}
	if ct := bodies[contentTypes]; !strings.Contains(ct, `<Default Extension="zz"`) || string(SortDefaults([]byte(ct))) != ct {
		t.Errorf("content types not changed, or not sorted after the change: %s", ct)
	}
	for _, c := range []struct {
		name  string
		edits Edits
		want  string
	}{
		{"a part excelize writes is not added", Edits{Add: []Part{{Name: "xl/workbook.xml", Body: []byte("x")}}}, "xl/workbook.xml is written, and added"},
		{"a sheet excelize writes is not added", Edits{Add: []Part{{Name: "xl/worksheets/sheet4.xml", Body: []byte("x")}}}, "xl/worksheets/sheet4.xml is written, and added"},
		{"a part is not added twice", Edits{Add: []Part{{Name: "xl/extra.xml", Body: []byte("x")}, {Name: "xl/extra.xml", Body: []byte("y")}}}, "xl/extra.xml is added twice"},
		{"a part excelize does not write is not changed", Edits{Change: map[string]func([]byte) ([]byte, error){"xl/none.xml": keep}}, "no part xl/none.xml to change"},
		{"a change that fails fails the workbook", Edits{Change: map[string]func([]byte) ([]byte, error){"xl/styles.xml": func([]byte) ([]byte, error) { return nil, fmt.Errorf("boom") }}}, "xl/styles.xml: boom"},
	} {
		var b bytes.Buffer
		err := WriteEdited(&b, book(t), c.edits)
		if err == nil || !strings.Contains(err.Error(), c.want) || b.Len() != 0 {
			t.Errorf("%s: error %v, %d bytes written; want an error naming %q and nothing written", c.name, err, b.Len(), c.want)
		}
	}
}
