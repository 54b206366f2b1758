package stablezip

import (
	"archive/zip"
	"bufio"
	"bytes"
	"cmp"
	"compress/flate"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"
)

// The deflate level of a part depends on its size. The parts of a
// single sheet's report are a few kilobytes of repetitive XML each, where
// the fastest level takes about half the time of the default one for a
// workbook a tenth larger; a consolidated workbook's streamed sheets are
// megabytes, where the fastest level would make the file 40% larger.
// Level 4 makes them 11% larger than level 5 in 30% less time (the six
// streamed sheets of a 2,000-sheet workbook: 707 KB in 35 ms against
// 637 KB in 51 ms, one core), which keeps that workbook within 1.5
// times the ranking alone now that reading the sheets takes less; level
// 2 is no faster there, and level 6 takes 30% longer than 5 for 0.5%.
const (
	// SmallLevel deflates a part of at most smallPart bytes.
	SmallLevel = flate.BestSpeed
	// LargeLevel deflates a larger part.
	LargeLevel = 4
	smallPart  = 256 << 10
)

// heldBudget bounds the bytes of large parts held as written, to be
// deflated on other goroutines while excelize hands over the next parts:
// the six streamed sheets of a 2,000-sheet workbook (6.5 MB) are deflated
// two at a time on two cores. A part that would go over it is deflated
// as it comes, on the calling goroutine, as every large part once was; so
// a workbook of 100,000 sheets holds no more. A variable for the tests.
var heldBudget = 32 << 20

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
// to read back. A part is held as written until it ends, then deflated
// on another goroutine while the next parts come, as long as the parts
// held stay within heldBudget; past it, a large part is deflated as it
// comes and a small one when it ends, so that a consolidated workbook of
// any size holds at most heldBudget of XML.
type parts struct {
	list []*part
	err  error
	// held is the bytes of the parts held so far for deflating on other
	// goroutines (see heldBudget); the large ones run at most GOMAXPROCS
	// at once, the small ones one at a time, and wait finishes them.
	held    int
	pending sync.WaitGroup
	slots   chan struct{}
	// smallSlot lets one small part at a time be deflated (see end).
	smallSlot chan struct{}
	mu        sync.Mutex
	lateErr   error
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
	fw       *flate.Writer // deflating the part as it is written
	level    int           // fw's level
}

// start makes pt deflate as it is written, at level, with a compressor
// from that level's pool; finish puts it back.
func (pt *part) start(level int) {
	pt.fw, pt.level = writersAt(level).Get().(*flate.Writer), level
	pt.fw.Reset(&pt.deflated)
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
	if pt.name != contentTypes && pt.plain.Len() > smallPart && w.parts.held+pt.plain.Len() > heldBudget {
		// A large part over the budget: deflate what came and what comes.
		pt.start(LargeLevel)
		if _, err := pt.fw.Write(pt.plain.Bytes()); err != nil {
			return 0, err
		}
		pt.plain = nil
	}
	return len(b), nil
}

// end deflates the part last created, unless it is the content types: a
// part held whole on another goroutine, within heldBudget; the others
// (a large part already being deflated as it came, or one past the
// budget) here.
func (p *parts) end() {
	n := len(p.list)
	if n == 0 || p.err != nil || p.list[n-1].name == contentTypes {
		return
	}
	pt := p.list[n-1]
	if pt.fw != nil || p.held+pt.plain.Len() > heldBudget {
		p.err = pt.finish()
		return
	}
	// Held whole (within heldBudget): deflated on another goroutine while
	// excelize marshals the next part. A small part too: a single sheet's
	// report is twenty parts whose deflating took as long as marshalling
	// them, and the second core is idle by then.
	//
	// The small parts take turns, one at a time, so that a run makes one
	// small compressor, not one per core: a compressor is half a megabyte
	// to allocate and clear, which a single sheet's report would pay again
	// in every process.
	p.held += pt.plain.Len()
	if p.slots == nil {
		p.slots = make(chan struct{}, runtime.GOMAXPROCS(0))
		p.smallSlot = make(chan struct{}, 1)
	}
	level, slots := levelFor(pt.plain.Len()), p.slots
	if level == SmallLevel {
		slots = p.smallSlot
	}
	p.pending.Add(1)
	go func() {
		defer p.pending.Done()
		slots <- struct{}{}
		defer func() { <-slots }()
		fw := writersAt(level).Get().(*flate.Writer)
		defer writersAt(level).Put(fw)
		fw.Reset(&pt.deflated)
		_, err := fw.Write(pt.plain.Bytes())
		if err == nil {
			err = fw.Close()
		}
		pt.plain = nil
		if err != nil {
			p.mu.Lock()
			p.lateErr = cmp.Or(p.lateErr, err)
			p.mu.Unlock()
		}
	}()
}

// wait waits for the parts deflated on other goroutines.
func (p *parts) wait() error {
	p.pending.Wait()
	return p.lateErr
}

// largeWriters and smallWriters are the compressors at LargeLevel and
// SmallLevel, kept between parts and workbooks: a flate.Writer is half a
// megabyte or more of tables to allocate and clear, more than most parts
// it compresses, and a run that makes one single sheet's report should
// make one.
var largeWriters, smallWriters = writers(LargeLevel), writers(SmallLevel)

// writersAt is the pool of compressors at level.
func writersAt(level int) *sync.Pool {
	if level == SmallLevel {
		return smallWriters
	}
	return largeWriters
}

// writers makes a pool of compressors at level.
func writers(level int) *sync.Pool {
	return &sync.Pool{New: func() any {
		fw, err := flate.NewWriter(io.Discard, level)
		if err != nil {
			panic(err) // the levels are valid
		}
		return fw
	}}
}

// finish deflates what the part holds as written and closes its stream.
func (pt *part) finish() error {
	if pt.fw == nil {
		pt.start(levelFor(pt.plain.Len()))
		if _, err := pt.fw.Write(pt.plain.Bytes()); err != nil {
			return err
		}
		pt.plain = nil
	}
	err := pt.fw.Close()
	writersAt(pt.level).Put(pt.fw)
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

// Close ends the last part. The parts deflated on other goroutines may
// still be running: wait finishes them.
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
	_, err := f.WriteToBuffer()
	if err2 := p.wait(); err == nil {
		err = err2
	}
	if err != nil {
		return err
	}
	for _, pt := range p.list {
		if pt.name != contentTypes {
			continue
		}
		sorted := SortDefaults(pt.plain.Bytes())
		pt.plain, pt.crc, pt.size = bytes.NewBuffer(sorted), crc32.NewIEEE(), uint64(len(sorted))
		pt.crc.Write(sorted)
		if err := pt.finish(); err != nil {
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
