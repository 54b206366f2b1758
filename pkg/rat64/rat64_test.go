package rat64

import (
	"math/big"
	"testing"
)

// A rational too large for two int64s is kept exactly, and compares
// exactly with one that fits.
func TestNumberKeepsARationalBeyondInt64(t *testing.T) {
	huge, _ := new(big.Rat).SetString("123456789012345678901234567890/7")
	small := big.NewRat(3, 4)
	h, s := Of(huge), Of(small)
	if !h.IsSet() || !s.IsSet() || (Number{}).IsSet() {
		t.Fatalf("IsSet: huge %v, small %v, zero %v", h.IsSet(), s.IsSet(), (Number{}).IsSet())
	}
	if h.Rat().Cmp(huge) != 0 || s.Rat().Cmp(small) != 0 {
		t.Fatalf("round trip: %v, %v", h.Rat(), s.Rat())
	}
	if h.Cmp(s) != 1 || s.Cmp(h) != -1 || h.Cmp(Of(huge)) != 0 {
		t.Fatalf("Cmp: %d %d %d", h.Cmp(s), s.Cmp(h), h.Cmp(Of(huge)))
	}
}
