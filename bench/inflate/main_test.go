package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The example sheet holds ten parts; a reader needs six of them: the
// package and workbook relationships, the workbook, the shared strings
// and both worksheets (not the styles, core and app properties or the
// content types).
func TestInflateReadsTheNeededPartsOnly(t *testing.T) {
	var buf []byte
	parts, n, err := inflate("../../testdata/example/dinkes-2024.xlsx", &buf)
	if err != nil {
		t.Fatal(err)
	}
	const want = 571 + 690 + 943 + 7198 + 3170 + 18832
	if parts != 6 || n != want {
		t.Errorf("inflated %d parts, %d bytes; want 6 parts, %d bytes", parts, n, want)
	}
}

// A floor that stopped before the end of a part would skip the CRC check
// every reader pays for; a part whose bytes do not match its CRC must fail.
func TestInflateChecksTheCRC(t *testing.T) {
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	content := []byte("<worksheet>levels 3 3 3</worksheet>")
	w.Write(content)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	data := zbuf.Bytes()
	at := bytes.Index(data, content)
	data[at+len("<worksheet>levels ")] = '4' // stored, so still readable, but the CRC no longer matches
	path := filepath.Join(t.TempDir(), "bad.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var buf []byte
	if _, _, err := inflate(path, &buf); err != zip.ErrChecksum {
		t.Errorf("inflate of a part with a wrong CRC: got %v, want %v", err, zip.ErrChecksum)
	}
}
