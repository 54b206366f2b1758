// Command inflate is the benchmark's true floor for reading a folder of
// answer sheets: for each .xlsx it reads the file, reads the zip directory
// and inflates the parts any reader of an answer sheet needs (the package
// and workbook relationships, xl/workbook.xml, the shared strings, every
// worksheet and docProps/custom.xml when present) into a reused buffer,
// with as many workers as spbe. It parses no XML: what a reader does beyond
// this (tokenising, finding the table, scoring, ranking) is its overhead
// over what no reader can avoid. It picks the parts by their usual names
// rather than by following the relationships, which would mean parsing
// XML; the generated sheets use the usual names.
//
// It prints how many files and parts it inflated and how many bytes they
// held, and exits 1 if any file failed (a CRC mismatch included).
//
// Usage: go run ./bench/inflate DIR
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: inflate DIR")
		os.Exit(2)
	}
	entries, err := os.ReadDir(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "inflate:", err)
		os.Exit(1)
	}
	jobs := make(chan string)
	var files, parts, bytesOut, failed atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte
			for p := range jobs {
				n, b, err := inflate(p, &buf)
				if err != nil {
					fmt.Fprintf(os.Stderr, "inflate: %s: %v\n", p, err)
					failed.Add(1)
					continue
				}
				files.Add(1)
				parts.Add(n)
				bytesOut.Add(b)
			}
		}()
	}
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".xlsx") {
			jobs <- filepath.Join(os.Args[1], e.Name())
		}
	}
	close(jobs)
	wg.Wait()
	fmt.Printf("%d files, %d parts, %d bytes inflated, %d failed\n", files.Load(), parts.Load(), bytesOut.Load(), failed.Load())
	if failed.Load() > 0 {
		os.Exit(1)
	}
}

// needed reports whether a reader of answer sheets needs the part.
func needed(name string) bool {
	switch name {
	case "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "docProps/custom.xml":
		return true
	}
	return strings.HasPrefix(name, "xl/worksheets/") && !strings.Contains(name[len("xl/worksheets/"):], "/") && strings.HasSuffix(name, ".xml")
}

// inflate reads one workbook and inflates the parts a reader needs into
// *buf, which is kept between files so that the floor pays for inflating,
// not for growing buffers. Each part is read until its reader says EOF,
// which is where archive/zip checks the CRC, as a reader does.
func inflate(path string, buf *[]byte) (parts, n int64, err error) {
	data, err := readFile(path)
	if err != nil {
		return 0, 0, err
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return 0, 0, err
	}
	for _, f := range zr.File {
		if !needed(f.Name) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return parts, n, err
		}
		if size := max(int(f.UncompressedSize64), 32<<10); cap(*buf) < size && size <= 64<<20 {
			*buf = make([]byte, size)
		}
		b := (*buf)[:cap(*buf)]
		for {
			m, err := io.ReadFull(rc, b)
			n += int64(m)
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				break
			}
			if err != nil {
				rc.Close()
				return parts, n, err
			}
		}
		rc.Close()
		parts++
	}
	return parts, n, nil
}

// readFile is os.ReadFile, but opens the file as spbe's reader does
// (openFlags). Opened without O_NONBLOCK, a file costs Go four fcntl
// calls: it makes the file non-blocking to try the poller, which refuses
// a regular file, and makes it blocking again. Those calls are not what a
// reader must make, so the floor does not make them either.
func readFile(path string) ([]byte, error) {
	f, err := os.OpenFile(path, openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	if st, err := f.Stat(); err == nil {
		size = int(st.Size())
	}
	data := make([]byte, 0, size+1) // one byte more, to see the end
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
