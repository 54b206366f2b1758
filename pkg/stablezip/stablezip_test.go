package stablezip

import (
	"archive/zip"
	"bytes"
	"io"
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func mkzip(t *testing.T, entries [][2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e[0], Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, e[1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Two archives with the same entries in different orders, and the same
// content types listed in different orders, come out byte for byte equal.
func TestTheSameContentGivesTheSameBytes(t *testing.T) {
	ct1 := `<Types><Default Extension="png" ContentType="image/png"></Default><Default Extension="xml" ContentType="application/xml"></Default><Override PartName="/a" ContentType="x"></Override></Types>`
	ct2 := `<Types><Default Extension="xml" ContentType="application/xml"></Default><Default Extension="png" ContentType="image/png"></Default><Override PartName="/a" ContentType="x"></Override></Types>`
	a := mkzip(t, [][2]string{{"xl/b.xml", "b"}, {"xl/a.xml", "a"}, {contentTypes, ct1}})
	b := mkzip(t, [][2]string{{"xl/a.xml", "a"}, {contentTypes, ct2}, {"xl/b.xml", "b"}})
	var ra, rb bytes.Buffer
	if err := Rewrite(&ra, a); err != nil {
		t.Fatal(err)
	}
	if err := Rewrite(&rb, b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ra.Bytes(), rb.Bytes()) {
		t.Fatal("the rewritten archives differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(ra.Bytes()), int64(ra.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	if want := []string{contentTypes, "xl/a.xml", "xl/b.xml"}; !equal(names, want) {
		t.Errorf("entries %v, want %v", names, want)
	}
	rc, _ := zr.File[0].Open()
	got, _ := io.ReadAll(rc)
	want := `<Types><Default Extension="png" ContentType="image/png"></Default><Default Extension="xml" ContentType="application/xml"></Default><Override PartName="/a" ContentType="x"></Override></Types>`
	if string(got) != want {
		t.Errorf("content types\n%s\nwant\n%s", got, want)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// defaultElems finds what the regular expression it stands for finds, on
// content types as excelize writes them and on pieces of them put
// together at random.
func TestDefaultElemsFindWhatTheRegularExpressionFinds(t *testing.T) {
	re := regexp.MustCompile(`<Default\s[^>]*?(?:/>|>\s*</Default>)`)
	pieces := []string{"<Default", "<Default ", "<Default\t", "<Default\n", "<Defaults ", " ", "\f", "\v", "/", ">", "/>",
		"</Default>", "</Default >", "<Override PartName=\"/x\"/>", "Extension=\"xml\"", "é", "\xff", "<", "Default"}
	cases := []string{
		`<Types><Default Extension="xml" ContentType="application/xml"></Default><Default Extension="png" ContentType="image/png"/></Types>`,
		`<Default Extension="a"/><Default/><Default  >  </Default><Default x="/>"/>`,
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, c := range cases {
		var got [][]int
		for _, l := range defaultElems([]byte(c)) {
			got = append(got, []int{l[0], l[1]})
		}
		if want := re.FindAllIndex([]byte(c), -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: found %v, the regular expression %v", c, got, want)
		}
	}
}
