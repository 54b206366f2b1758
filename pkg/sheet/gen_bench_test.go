package sheet_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/sheet"
)

// BenchmarkReadGenerated reads one sheet of the benchmark's folder (made
// by bench/gen), for profiling the reader alone:
//
//	go run ./bench/gen -n 1 -o /tmp/one
//	SPBE_BENCH_SHEET=/tmp/one/opd-00001.xlsx go test ./pkg/sheet -run - -bench ReadGenerated -cpuprofile cpu.out
func BenchmarkReadGenerated(b *testing.B) {
	path := os.Getenv("SPBE_BENCH_SHEET")
	if path == "" {
		b.Skip("SPBE_BENCH_SHEET names no sheet")
	}
	r := spbe2020(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sheet.ReadFile(path, r, sheet.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadFolder reads the sheets of a folder from memory, one after
// another on one goroutine, two ways: "inflate" opens each zip and
// inflates the parts a reader needs, as bench/inflate does (the floor);
// "read" reads each sheet as a batch does. One op is one sheet, so the
// ratio of the two is the reader's cost over the floor without process
// start, file system or scheduling, and steadier than whole runs on a
// shared machine:
//
//	go run ./bench/gen -n 2000 -o /tmp/g
//	SPBE_BENCH_DIR=/tmp/g go test ./pkg/sheet -run - -bench ReadFolder -count 5
func BenchmarkReadFolder(b *testing.B) {
	dir := os.Getenv("SPBE_BENCH_DIR")
	if dir == "" {
		b.Skip("SPBE_BENCH_DIR names no folder")
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.xlsx"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no sheets in %s: %v", dir, err)
	}
	files := make([][]byte, len(names))
	for i, n := range names {
		if files[i], err = os.ReadFile(n); err != nil {
			b.Fatal(err)
		}
	}
	r := spbe2020(b)
	b.Run("inflate", func(b *testing.B) {
		buf := make([]byte, 64<<10)
		i := 0
		for b.Loop() {
			data := files[i%len(files)]
			i++
			zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				b.Fatal(err)
			}
			for _, f := range zr.File {
				if !needed(f.Name) {
					continue
				}
				rc, err := f.Open()
				if err != nil {
					b.Fatal(err)
				}
				for err == nil {
					_, err = io.ReadFull(rc, buf)
				}
				if err != io.EOF && err != io.ErrUnexpectedEOF {
					b.Fatal(err)
				}
				rc.Close()
			}
		}
	})
	b.Run("read", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if _, err := sheet.Read(files[i%len(files)], names[i%len(files)], r, sheet.Options{}); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// needed is bench/inflate's choice of parts.
func needed(name string) bool {
	switch name {
	case "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "docProps/custom.xml":
		return true
	}
	return strings.HasPrefix(name, "xl/worksheets/") && !strings.Contains(name[len("xl/worksheets/"):], "/") && strings.HasSuffix(name, ".xml")
}
