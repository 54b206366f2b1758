package batch

import (
	"encoding/binary"
	"math/big"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rat64"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// packed holds a batch's entries while its sheets are read, as bytes in a
// few large blocks rather than as a handful of objects each.
//
// The collector marks everything live at every collection: at 100,000
// sheets the entries were about 500,000 objects, and collecting took a
// quarter of the batch's CPU time, each sheet three times what it cost at
// 2,000. Blocks of bytes hold no pointers and are a few objects however
// many entries they hold, so marking them costs next to nothing. The
// entries are unpacked once every sheet has been read, when nothing is
// allocated per sheet any more.
//
// What has pointers stays out of the bytes: the rubrics, the bands and
// the reasons a rubric was chosen (mostly the same words), which are few,
// are numbered; an entry's notes and exact values (rare: most sheets
// have neither) are kept aside by entry number.
type packed struct {
	blocks [][]byte
	// at holds each entry's block and offset: block<<32 | offset.
	at []uint64
	// item is each entry's place among the inputs, whose path is its File.
	item []int32

	rubrics []*rubric.Rubric
	bands   []*rubric.Band
	reasons []string
	ptrs    map[any]uint32

	notes  map[int32][]string
	values map[int32][]*big.Rat
}

// blockSize is the size of a block of packed entries; an entry of the
// built-in rubrics takes about 250 bytes.
const blockSize = 1 << 20

// number returns the number of a rubric, band or reason, numbering it
// when it is new; 0 stands for nil or "".
func (p *packed) number(x any) uint32 {
	switch v := x.(type) {
	case *rubric.Rubric:
		if v == nil {
			return 0
		}
	case *rubric.Band:
		if v == nil {
			return 0
		}
	case string:
		if v == "" {
			return 0
		}
	}
	if n, ok := p.ptrs[x]; ok {
		return n
	}
	if p.ptrs == nil {
		p.ptrs = map[any]uint32{}
	}
	var n uint32
	switch v := x.(type) {
	case *rubric.Rubric:
		p.rubrics = append(p.rubrics, v)
		n = uint32(len(p.rubrics))
	case *rubric.Band:
		p.bands = append(p.bands, v)
		n = uint32(len(p.bands))
	case string:
		p.reasons = append(p.reasons, v)
		n = uint32(len(p.reasons))
	}
	p.ptrs[x] = n
	return n
}

// add packs e, the entry of the input numbered item. e.File is that
// input's path and is not kept; Excluded and ExcludedBy are not set yet.
func (p *packed) add(item int, e *doc.Entry) {
	var buf [512]byte
	b := buf[:0]
	flags := byte(0)
	if e.Verified {
		flags |= 1
	}
	if e.Name != e.OPD {
		flags |= 2
	}
	if e.SelfIndex.IsSet() {
		flags |= 4
	}
	b = append(b, flags)
	b = binary.AppendUvarint(b, uint64(p.number(e.Rubric)))
	b = binary.AppendUvarint(b, uint64(p.number(e.Band)))
	b = binary.AppendUvarint(b, uint64(p.number(e.SelfBand)))
	b = binary.AppendUvarint(b, uint64(p.number(e.Chosen)))
	b = binary.LittleEndian.AppendUint64(b, e.Index.Bits())
	b = binary.LittleEndian.AppendUint64(b, e.SelfIndex.Bits())
	texts := [6]string{e.SHA256, e.OPD, e.Year, e.Sheet, e.Pemda, e.Name}
	nt := 5
	if flags&2 != 0 {
		nt = 6
	}
	for _, t := range texts[:nt] {
		b = binary.AppendUvarint(b, uint64(len(t)))
	}
	for _, t := range texts[:nt] {
		b = append(b, t...)
	}
	b = binary.AppendUvarint(b, uint64(len(e.Domains)))
	b = binary.AppendUvarint(b, uint64(len(e.Aspects)))
	for _, ns := range [][]rat64.Number{e.Domains, e.Aspects} {
		for _, n := range ns {
			b = binary.LittleEndian.AppendUint64(b, n.Bits())
		}
	}
	b = binary.AppendUvarint(b, uint64(len(e.Levels)))
	for _, v := range e.Levels {
		b = binary.LittleEndian.AppendUint16(b, v)
	}

	n := int32(len(p.at))
	if len(e.Notes) > 0 {
		if p.notes == nil {
			p.notes = map[int32][]string{}
		}
		p.notes[n] = e.Notes
	}
	if e.Values != nil {
		if p.values == nil {
			p.values = map[int32][]*big.Rat{}
		}
		p.values[n] = e.Values
	}
	last := len(p.blocks) - 1
	if last < 0 || len(p.blocks[last])+len(b) > cap(p.blocks[last]) {
		p.blocks = append(p.blocks, make([]byte, 0, max(blockSize, len(b))))
		last++
	}
	p.at = append(p.at, uint64(last)<<32|uint64(len(p.blocks[last])))
	p.blocks[last] = append(p.blocks[last], b...)
	p.item = append(p.item, int32(item))
}

// reader reads what add wrote.
type reader struct{ b []byte }

func (r *reader) uvarint() int {
	v, k := binary.Uvarint(r.b)
	r.b = r.b[k:]
	return int(v)
}

func (r *reader) word() uint64 {
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

// unpack returns the entries in the order they were added, each as
// compact as NewEntry makes it, with File the path of its input. The
// blocks are let go of as they are read.
func (p *packed) unpack(in Inputs) []*doc.Entry {
	out := make([]*doc.Entry, len(p.at))
	var r reader
	for i, at := range p.at {
		block := int(at >> 32)
		r.b = p.blocks[block][uint32(at):]
		e := &doc.Entry{File: in.Items[p.item[i]].Path}
		flags := r.b[0]
		r.b = r.b[1:]
		if k := r.uvarint(); k > 0 {
			e.Rubric = p.rubrics[k-1]
		}
		if k := r.uvarint(); k > 0 {
			e.Band = p.bands[k-1]
		}
		if k := r.uvarint(); k > 0 {
			e.SelfBand = p.bands[k-1]
		}
		if k := r.uvarint(); k > 0 {
			e.Chosen = p.reasons[k-1]
		}
		e.Index = rat64.FromBits(r.word())
		if self := rat64.FromBits(r.word()); flags&4 != 0 {
			e.SelfIndex = self
		}
		e.Verified = flags&1 != 0
		// The texts share one new string, as NewEntry's do.
		nt := 5
		if flags&2 != 0 {
			nt = 6
		}
		var lens [6]int
		total := 0
		for t := range nt {
			lens[t] = r.uvarint()
			total += lens[t]
		}
		all := string(r.b[:total])
		r.b = r.b[total:]
		var texts [6]string
		for t := range nt {
			texts[t], all = all[:lens[t]], all[lens[t]:]
		}
		e.SHA256, e.OPD, e.Year, e.Sheet, e.Pemda = texts[0], texts[1], texts[2], texts[3], texts[4]
		e.Name = e.OPD
		if flags&2 != 0 {
			e.Name = texts[5]
		}
		nd := r.uvarint()
		na := r.uvarint()
		nums := make([]rat64.Number, nd+na)
		for j := range nums {
			nums[j] = rat64.FromBits(r.word())
		}
		e.Domains, e.Aspects = nums[:nd:nd], nums[nd:]
		e.Levels = make([]uint16, r.uvarint())
		for j := range e.Levels {
			e.Levels[j] = binary.LittleEndian.Uint16(r.b)
			r.b = r.b[2:]
		}
		e.Notes = p.notes[int32(i)]
		e.Values = p.values[int32(i)]
		out[i] = e
		if i+1 == len(p.at) || int(p.at[i+1]>>32) != block {
			p.blocks[block] = nil
		}
	}
	p.blocks, p.at, p.item, p.notes, p.values = nil, nil, nil, nil, nil
	return out
}
