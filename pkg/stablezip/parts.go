package stablezip

import (
	"archive/zip"
	"bufio"
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

// The deflate level of a part depends on its size. The parts of a
// single sheet's report are a few kilobytes of repetitive XML each, where
// the fastest level takes about half the time of the default one for a
// workbook a tenth larger; a consolidated workbook's streamed sheets are
// megabytes, where the fastest level would make the file 40% larger and
// the default one costs little beside building them.
const (
	// SmallLevel deflates a part of at most smallPart bytes.
	SmallLevel = flate.BestSpeed
	// LargeLevel deflates a larger part.
	LargeLevel = flate.DefaultCompression
	smallPart  = 256 << 10
)

// levelFor is the level of a part of n bytes.
func levelFor(n int) int {
	if n <= smallPart {
		return SmallLevel
	}
	return LargeLevel
}

// parts is an excelize.ZipWriter that deflates every part as excelize
// writes it, each into a buffer of its own, for writeParts to put in order.
// Without it excelize deflates every part into a zip that Rewrite then has
// to read back. A part is held as written until it is known to be small
// (it ends) or large (it passes smallPart); a large one is deflated as it
// comes, so a consolidated workbook's streamed sheets, megabytes of XML,
// are kept only deflated.
type parts struct {
	list []*part
	// fw deflates at each level; one compressor per level serves every
	// part in turn (a flate.Writer is up to a megabyte of tables to
	// allocate and clear, more than most parts it compresses).
	fw  map[int]*flate.Writer
	err error
}

// part is one part of the package: its name, its CRC-32 and size, its
// bytes as written while it may be small (and [Content_Types].xml's until
// the end, for SortDefaults), and its bytes deflated.
type part struct {
	name     string
	crc      hash.Hash32
	size     uint64
	plain    *bytes.Buffer
	deflated bytes.Buffer
	fw       *flate.Writer // deflating a large part as it is written
}

// compressor returns the compressor for level, reset to write to w.
func (p *parts) compressor(level int, w io.Writer) (*flate.Writer, error) {
	if fw := p.fw[level]; fw != nil {
		fw.Reset(w)
		return fw, nil
	}
	fw, err := flate.NewWriter(w, level)
	if err != nil {
		return nil, err
	}
	if p.fw == nil {
		p.fw = map[int]*flate.Writer{}
	}
	p.fw[level] = fw
	return fw, nil
}

// partWriter is the writer Create returns.
type partWriter struct {
	parts *parts
	part  *part
}

func (w partWriter) Write(b []byte) (int, error) {
	pt := w.part
	pt.crc.Write(b)
	pt.size += uint64(len(b))
	if pt.fw != nil {
		return pt.fw.Write(b)
	}
	pt.plain.Write(b)
	if pt.name != contentTypes && pt.plain.Len() > smallPart {
		// A large part: deflate what came and what comes.
		fw, err := w.parts.compressor(LargeLevel, &pt.deflated)
		if err != nil {
			return 0, err
		}
		if _, err := fw.Write(pt.plain.Bytes()); err != nil {
			return 0, err
		}
		pt.fw, pt.plain = fw, nil
	}
	return len(b), nil
}

// end deflates the part last created, unless it is the content types.
func (p *parts) end() {
	if n := len(p.list); n > 0 && p.err == nil && p.list[n-1].name != contentTypes {
		p.err = p.list[n-1].finish(p)
	}
}

// finish deflates what the part holds as written and closes its stream.
func (pt *part) finish(p *parts) error {
	if pt.fw == nil {
		fw, err := p.compressor(levelFor(pt.plain.Len()), &pt.deflated)
		if err != nil {
			return err
		}
		if _, err := fw.Write(pt.plain.Bytes()); err != nil {
			return err
		}
		pt.fw, pt.plain = fw, nil
	}
	err := pt.fw.Close()
	pt.fw = nil
	return err
}

// Create starts the part name, ending the one before it.
func (p *parts) Create(name string) (io.Writer, error) {
	p.end()
	if p.err != nil {
		return nil, p.err
	}
	pt := &part{name: name, crc: crc32.NewIEEE(), plain: new(bytes.Buffer)}
	p.list = append(p.list, pt)
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
// sorted), each deflated once, at the level its size calls for.
func writeParts(w io.Writer, f *excelize.File) error {
	p := &parts{}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return p })
	defer f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	if _, err := f.WriteToBuffer(); err != nil {
		return err
	}
	for _, pt := range p.list {
		if pt.name != contentTypes {
			continue
		}
		sorted := SortDefaults(pt.plain.Bytes())
		pt.plain, pt.crc, pt.size = bytes.NewBuffer(sorted), crc32.NewIEEE(), uint64(len(sorted))
		pt.crc.Write(sorted)
		if err := pt.finish(p); err != nil {
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
	// The archive goes out in one write when it is not large: archive/zip
	// writes through a buffer of 4 KiB, a system call each.
	size := 0
	for _, pt := range list {
		size += pt.deflated.Len() + 2*len(pt.name) + 128
	}
	bw := bufio.NewWriterSize(w, min(size+1024, 1<<20))
	zw := zip.NewWriter(bw)
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
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write the workbook: %w", err)
	}
	return nil
}
