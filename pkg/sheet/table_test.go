package sheet

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet/cell"
)

// nameNumberAt reads what NumberInName reads of the cleaned cell, for
// every name, also those it does not clean.
func TestNameNumberAtIsTheCleanedName(t *testing.T) {
	texts := []string{"", " ", "Tingkat Kematangan", "Indikator 14 - Arsitektur", "indikator 3", " 14. Tingkat", "14. Tingkat",
		"\u00a03 - Data", "I 5", "Ind 7", "é 3", "3 - x", "(3) x", "\t12 - y", "A", "i", "9"}
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"1", "4", " ", "\t", "\u00a0", "I", "i", "n", "d", "T", ".", "-", "–", ")", "é", ":"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		row := []string{"x", s}
		if got, want := nameNumberAt(row, 1), cell.NumberInName(cell.At(row, 1)); got != want {
			t.Errorf("nameNumberAt(%q) = %d, want %d", s, got, want)
		}
	}
	if got := nameNumberAt([]string{"x"}, 1); got != 0 {
		t.Errorf("a row without the name cell: %d", got)
	}
}

// A scratch given back holds on to no text of the sheet it read, and
// keeps no slice larger than its bounds.
func TestScratchIsClearedWhenGivenBack(t *testing.T) {
	sc := &scratch{arena: make([]string, 3, 8), inds: make([]*rubric.Indicator, 2), places: make([]int32, 2)}
	copy(sc.arena[:cap(sc.arena)], []string{"a", "b", "c", "d"}) // "d" past its length, from an earlier table
	sc.inds[1] = &rubric.Indicator{ID: "1"}
	sc.put()
	if slices.ContainsFunc(sc.arena[:cap(sc.arena)], func(s string) bool { return s != "" }) || sc.inds[1] != nil {
		t.Errorf("given back holding %q and %v", sc.arena[:cap(sc.arena)], sc.inds)
	}
	big := &scratch{arena: make([]string, 0, maxScratchArena+1), inds: make([]*rubric.Indicator, maxScratchRows+1), places: make([]int32, maxScratchRows+1)}
	big.put()
	if big.arena != nil || big.inds != nil || big.places != nil {
		t.Errorf("a scratch past its bounds is kept: %d, %d, %d", cap(big.arena), cap(big.inds), cap(big.places))
	}
}
