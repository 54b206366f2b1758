package stablezip

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash"
	"hash/crc32"
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

// parts is an excelize.ZipWriter that deflates every part as excelize
// writes it, each into a buffer of its own, for writeParts to put in order.
// Without it excelize deflates every part into a zip that Rewrite then has
// to read back. A consolidated workbook's streamed sheets are megabytes of
// XML: only their deflated form is kept.
type parts struct {
	list []*part
	// fw deflates the part being written; one compressor serves every
	// part in turn (a flate.Writer is about a megabyte of tables to
	// allocate and clear, more than most parts it compresses).
	fw  *flate.Writer
	err error
}

// part is one part of the package: its name, its CRC-32 and size, and
// its bytes deflated at Level ([Content_Types].xml is kept as written,
// for SortDefaults, and deflated last).
type part struct {
	name     string
	crc      hash.Hash32
	size     uint64
	deflated bytes.Buffer
	plain    *bytes.Buffer
}

// write adds p to the part, deflating it with fw.
func (pt *part) write(fw *flate.Writer, p []byte) (int, error) {
	pt.crc.Write(p)
	pt.size += uint64(len(p))
	return fw.Write(p)
}

// partWriter is the writer Create returns.
type partWriter struct {
	parts *parts
	part  *part
}

func (w partWriter) Write(p []byte) (int, error) {
	if w.part.plain != nil {
		return w.part.plain.Write(p)
	}
	return w.part.write(w.parts.fw, p)
}

// end finishes the part being written.
func (p *parts) end() {
	if n := len(p.list); n > 0 && p.list[n-1].plain == nil && p.err == nil {
		p.err = p.fw.Close()
	}
}

// Create starts the part name, ending the one before it.
func (p *parts) Create(name string) (io.Writer, error) {
	p.end()
	if p.err != nil {
		return nil, p.err
	}
	pt := &part{name: name, crc: crc32.NewIEEE()}
	p.list = append(p.list, pt)
	if name == contentTypes {
		pt.plain = new(bytes.Buffer)
	} else if p.fw == nil {
		if p.fw, p.err = flate.NewWriter(&pt.deflated, Level); p.err != nil {
			return nil, p.err
		}
	} else {
		p.fw.Reset(&pt.deflated)
	}
	return partWriter{p, pt}, nil
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
		w, err := p.Create(name)
		if err != nil {
			return err
		}
		_, err = w.Write(body)
		return err
	})
}

// Close ends the last part.
func (p *parts) Close() error {
	p.end()
	return p.err
}

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
	for _, pt := range p.list {
		if pt.plain == nil {
			continue
		}
		if p.fw == nil {
			if p.fw, p.err = flate.NewWriter(&pt.deflated, Level); p.err != nil {
				return p.err
			}
		} else {
			p.fw.Reset(&pt.deflated)
		}
		if _, err := pt.write(p.fw, SortDefaults(pt.plain.Bytes())); err != nil {
			return err
		}
		if err := p.fw.Close(); err != nil {
			return err
		}
	}
	list := slices.Clone(p.list)
	slices.SortStableFunc(list, func(a, b *part) int {
		x, y := a.name, b.name
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
	for _, pt := range list {
		out, err := zw.CreateRaw(&zip.FileHeader{Name: pt.name, Method: zip.Deflate,
			CRC32: pt.crc.Sum32(), CompressedSize64: uint64(pt.deflated.Len()), UncompressedSize64: pt.size})
		if err != nil {
			return fmt.Errorf("write the workbook: %w", err)
		}
		if _, err := out.Write(pt.deflated.Bytes()); err != nil {
			return fmt.Errorf("write the workbook: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write the workbook: %w", err)
	}
	return nil
}
