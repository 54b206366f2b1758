package stablezip

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Level is the deflate level of the parts Write compresses. The parts of
// a report are a few kilobytes of repetitive XML: the fastest level takes
// about a third of the time of the default one and the workbook comes out
// a few per cent larger.
const Level = flate.BestSpeed

// parts is an excelize.ZipWriter that keeps every part it is given,
// uncompressed, for writeParts to order and compress once. Without it
// excelize deflates every part into a zip that Rewrite then has to read
// back.
type parts struct {
	names  []string
	bodies []*bytes.Buffer
}

// Create starts the part name.
func (p *parts) Create(name string) (io.Writer, error) {
	b := new(bytes.Buffer)
	p.names, p.bodies = append(p.names, name), append(p.bodies, b)
	return b, nil
}

// AddFS adds every regular file of fsys as a part (excelize does not call
// it when writing a workbook; it is here for the interface).
func (p *parts) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		w, _ := p.Create(name)
		_, err = w.Write(body)
		return err
	})
}

// Close ends the parts; writeParts writes them.
func (p *parts) Close() error { return nil }

// writeParts writes f's parts to w in the order Rewrite gives them
// ([Content_Types].xml first, then by name, its <Default> elements
// sorted), each deflated once at Level.
func writeParts(w io.Writer, f *excelize.File) error {
	p := &parts{}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return p })
	defer f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	if _, err := f.WriteToBuffer(); err != nil {
		return err
	}
	order := make([]int, len(p.names))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		x, y := p.names[a], p.names[b]
		switch {
		case x == y:
			return 0
		case x == contentTypes:
			return -1
		case y == contentTypes:
			return 1
		}
		return strings.Compare(x, y)
	})
	zw := zip.NewWriter(w)
	// One compressor for every part, reset between them: a flate.Writer
	// is about a megabyte of tables to allocate and clear, more than most
	// parts it compresses.
	var fw *flate.Writer
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			var err error
			fw, err = flate.NewWriter(out, Level)
			return fw, err
		}
		fw.Reset(out)
		return fw, nil
	})
	for _, i := range order {
		body := p.bodies[i].Bytes()
		if p.names[i] == contentTypes {
			body = SortDefaults(body)
		}
		out, err := zw.CreateHeader(&zip.FileHeader{Name: p.names[i], Method: zip.Deflate})
		if err != nil {
			return fmt.Errorf("write the workbook: %w", err)
		}
		if _, err := out.Write(body); err != nil {
			return fmt.Errorf("write the workbook: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write the workbook: %w", err)
	}
	return nil
}
