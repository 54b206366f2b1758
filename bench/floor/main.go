// Command floor is the benchmark's tokenising floor: it only unzips each
// .xlsx and tokenises its worksheet XML with encoding/xml, using as many
// workers as spbe does, and prints how many files and tokens it saw.
// encoding/xml costs nearly what a whole fast reader does, so this is not
// the true limit; bench/inflate (inflating the parts, parsing nothing) is.
// It is kept beside it to show what a reader built on encoding/xml could
// at best reach.
//
// Usage: go run ./bench/floor DIR
package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
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
		fmt.Fprintln(os.Stderr, "usage: floor DIR")
		os.Exit(2)
	}
	entries, err := os.ReadDir(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	jobs := make(chan string)
	var files, tokens, failed atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				n, err := tokenise(p)
				if err != nil {
					failed.Add(1)
					continue
				}
				files.Add(1)
				tokens.Add(n)
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
	fmt.Printf("%d files, %d tokens, %d failed\n", files.Load(), tokens.Load(), failed.Load())
}

// tokenise reads one workbook and counts the XML tokens of its worksheets.
func tokenise(path string) (int64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return 0, err
	}
	var n int64
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") || !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return n, err
		}
		d := xml.NewDecoder(rc)
		for {
			_, err := d.RawToken()
			if err == io.EOF {
				break
			}
			if err != nil {
				rc.Close()
				return n, err
			}
			n++
		}
		rc.Close()
	}
	return n, nil
}
