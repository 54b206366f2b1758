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
	// edits change the package as it is written (see Edits); changed
	// records the parts Change found.
	edits   Edits
	changed map[string]bool
	// held is the bytes of the parts held so far for deflating on other
	// goroutines (see heldBudget); the large ones run at most GOMAXPROCS
	// at once, the small ones in turn on one goroutine (see queueSmall),
	// and wait finishes them.
	held    int
	pending sync.WaitGroup
	slots   chan struct{}
	mu      sync.Mutex
	lateErr error
	// small is the queue of small parts held whole, next the first not
	// yet taken, and smallRunning whether a goroutine is taking them.
	small        []*part
	next         int
	smallRunning bool
}

// part is one part of the package: its name, its CRC-32 and size, its
// bytes as written while it may be small (all of [Content_Types].xml's,
// for SortDefaults), and its bytes deflated.
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
	if pt.name != contentTypes && w.parts.edits.Change[pt.name] == nil && pt.plain.Len() > smallPart && w.parts.held+pt.plain.Len() > heldBudget {
		// A large part over the budget: deflate what came and what comes.
		pt.start(LargeLevel)
		if _, err := pt.fw.Write(pt.plain.Bytes()); err != nil {
			return 0, err
		}
		pt.plain = nil
	}
	return len(b), nil
}

// end deflates the part last created: a part held whole on another
// goroutine, within heldBudget; the others (a large part already being
// deflated as it came, or one past the budget) here. The content types
// have their <Default> elements sorted first (see SortDefaults).
func (p *parts) end() {
	n := len(p.list)
	if n == 0 || p.err != nil {
		return
	}
	pt := p.list[n-1]
	if change := p.edits.Change[pt.name]; change != nil {
		body, err := change(pt.plain.Bytes())
		if err != nil {
			p.err = fmt.Errorf("write the workbook: %s: %w", pt.name, err)
			return
		}
		if p.changed == nil {
			p.changed = map[string]bool{}
		}
		p.changed[pt.name] = true
		pt.setPlain(body)
	}
	if pt.name == contentTypes {
		pt.setPlain(SortDefaults(pt.plain.Bytes()))
	}
	if pt.fw != nil || p.held+pt.plain.Len() > heldBudget {
		p.err = pt.finish()
		return
	}
	// Held whole (within heldBudget): deflated on another goroutine while
	// excelize marshals the next part. A small part too: a single sheet's
	// report is twenty parts whose deflating took as long as marshalling
	// them.
	p.held += pt.plain.Len()
	if levelFor(pt.plain.Len()) == SmallLevel {
		p.queueSmall(pt)
		return
	}
	if p.slots == nil {
		p.slots = make(chan struct{}, runtime.GOMAXPROCS(0))
	}
	p.pending.Add(1)
	go func() {
		defer p.pending.Done()
		p.slots <- struct{}{}
		defer func() { <-p.slots }()
		fw := writersAt(LargeLevel).Get().(*flate.Writer)
		defer writersAt(LargeLevel).Put(fw)
		p.deflateHeld(pt, fw)
	}()
}

// queueSmall queues a small part held whole, starting a goroutine to take
// the queue if none is. The small parts are taken in turn by one goroutine
// rather than one each, so that a run makes one small compressor while
// excelize hands the parts over: a compressor is a megabyte to allocate,
// of which deflating touches a few hundred kilobytes page by page, and a
// single sheet's report would pay for each in every process. excelize
// hands a report's parts over in a burst, though, faster than one core
// deflates them: wait then takes its share of what is left (see
// takeSmall).
func (p *parts) queueSmall(pt *part) {
	p.mu.Lock()
	p.small = append(p.small, pt)
	start := !p.smallRunning
	p.smallRunning = true
	p.mu.Unlock()
	if start {
		p.pending.Add(1)
		go func() {
			defer p.pending.Done()
			p.takeSmall(true)
		}()
	}
}

// takeSmall deflates the queued small parts until none is left. The
// goroutine queueSmall started (queued) marks when it stops, so that the
// next part queued starts another.
func (p *parts) takeSmall(queued bool) {
	var fw *flate.Writer
	for {
		p.mu.Lock()
		if p.next == len(p.small) {
			if queued {
				p.smallRunning = false
			}
			p.mu.Unlock()
			break
		}
		pt := p.small[p.next]
		p.small[p.next] = nil
		p.next++
		p.mu.Unlock()
		if fw == nil {
			fw = smallWriters.Get().(*flate.Writer)
		}
		p.deflateHeld(pt, fw)
	}
	if fw != nil {
		smallWriters.Put(fw)
	}
}

// deflateHeld deflates a part held whole with fw, keeping the first error
// for wait.
func (p *parts) deflateHeld(pt *part, fw *flate.Writer) {
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
}

// wait waits for the parts deflated on other goroutines.
//
// The caller first deflates what small parts are still queued, beside the
// goroutine taking them, with a second compressor: excelize hands a single
// sheet's report over in a burst, and one core would otherwise deflate
// its last parts while the other waits (a second compressor costs less
// than that: 4% of such a report's time, measured in turns).
func (p *parts) wait() error {
	p.takeSmall(false)
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
	for _, a := range p.edits.Add {
		if a.Name == name {
			p.err = fmt.Errorf("write the workbook: %s is written, and added", name)
			return nil, p.err
		}
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
	for i, a := range p.edits.Add {
		if p.err != nil {
			break
		}
		if slices.ContainsFunc(p.edits.Add[:i], func(b Part) bool { return b.Name == a.Name }) {
			p.err = fmt.Errorf("write the workbook: %s is added twice", a.Name)
			break
		}
		pt := &part{name: a.Name, crc: crc32.NewIEEE()}
		pt.setPlain(a.Body)
		p.list = append(p.list, pt)
		p.end()
	}
	for name := range p.edits.Change {
		if p.err == nil && !p.changed[name] {
			p.err = fmt.Errorf("write the workbook: no part %s to change", name)
		}
	}
	return p.err
}

// setPlain makes body the part's bytes as written, with their CRC-32 and
// size.
func (pt *part) setPlain(body []byte) {
	pt.plain, pt.size = bytes.NewBuffer(body), uint64(len(body))
	pt.crc.Reset()
	pt.crc.Write(body)
}

// writeParts writes f's parts to w in the order Rewrite gives them
// ([Content_Types].xml first, then by name, its <Default> elements
// sorted), each deflated once, at the level its size calls for.
func writeParts(w io.Writer, f *excelize.File, edits Edits) error {
	p := &parts{edits: edits}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return p })
	defer f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	_, err := f.WriteToBuffer()
	if err2 := p.wait(); err == nil {
		err = err2
	}
	if err != nil {
		return err
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
	// writes through a buffer of 4 KiB, a system call each. A file written
	// through a buffer of its own that holds it all (as reports are, see
	// pkg/outfile) needs no second one.
	size := 1024
	for _, pt := range list {
		size += pt.deflated.Len() + 2*len(pt.name) + 128
	}
	bw, ok := w.(*bufio.Writer)
	if !ok || bw.Available() < size {
		bw = bufio.NewWriterSize(w, min(size, 1<<20))
	}
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
