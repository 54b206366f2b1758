package batch

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rat64"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Entries packed while a batch is read come back as they went in: every
// field, nil and empty ones included, and the very rubric and band
// pointers (a band is told by its pointer).
func TestPackedEntriesUnpackAsTheyWere(t *testing.T) {
	r, err := rubric.Open("", 0)
	if err != nil {
		t.Fatal(err)
	}
	other := &rubric.Band{Name: "x"}
	num := func(a, b int64) rat64.Number { return rat64.Of(big.NewRat(a, b)) }
	entries := []*doc.Entry{
		{SHA256: "ab12", OPD: "Dinas Kesehatan", Name: "Dinas Kesehatan", Year: "2024", Sheet: "Penilaian", Pemda: "Kota X",
			Index: num(21685, 10000), Band: r.Bands[1], Domains: []rat64.Number{num(11, 5), num(23, 10)}, Aspects: []rat64.Number{num(5, 2)},
			Levels: []uint16{1, 5, 65535}, Rubric: r, Chosen: "why", SelfIndex: num(3, 1), SelfBand: r.Bands[2], Verified: true},
		{Name: "dinkes", Index: num(0, 1), Domains: []rat64.Number{}, Aspects: []rat64.Number{}, Levels: []uint16{}, Rubric: r,
			Notes: []string{"a note", ""}, Values: []*big.Rat{big.NewRat(126, 100), big.NewRat(2, 1)}, Band: other},
		{OPD: "Bappeda", Name: "Bappeda", Year: "2023", Index: rat64.Of(new(big.Rat).SetFrac(new(big.Int).Lsh(big.NewInt(1), 80), big.NewInt(3))),
			Domains: []rat64.Number{num(1, 1)}, Aspects: []rat64.Number{}, Levels: []uint16{2}, Rubric: r, Chosen: "why"},
	}
	in := Inputs{}
	var p packed
	for i, e := range entries {
		in.Items = append(in.Items, Item{Path: e.Name + ".xlsx"})
		e.File = in.Items[i].Path
		p.add(i, e)
	}
	// Enough entries to fill more than one block.
	for i := 0; i < 2*blockSize/200; i++ {
		p.add(0, entries[0])
	}
	got := p.unpack(in)
	if len(got) != len(entries)+2*blockSize/200 {
		t.Fatalf("%d entries back, want %d", len(got), len(entries)+2*blockSize/200)
	}
	for i, e := range entries {
		if !reflect.DeepEqual(got[i], e) {
			t.Errorf("entry %d:\n got %+v\nwant %+v", i, got[i], e)
		}
		if got[i].Band != e.Band || got[i].Rubric != e.Rubric || got[i].SelfBand != e.SelfBand {
			t.Errorf("entry %d: a pointer differs", i)
		}
	}
	if last := got[len(got)-1]; !reflect.DeepEqual(last, entries[0]) {
		t.Errorf("last entry:\n got %+v\nwant %+v", last, entries[0])
	}
}
