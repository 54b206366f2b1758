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

// A rational that fits two int64s but not two int32s is kept exactly too,
// and numbers either side of the int32 range compare exactly.
func TestNumberKeepsARationalBeyondInt32(t *testing.T) {
	cases := []*big.Rat{
		big.NewRat(5_000_000_000, 3), big.NewRat(-5_000_000_000, 3), big.NewRat(1, 3_000_000_000),
		big.NewRat(2147483647, 2147483646), big.NewRat(-2147483648, 1), big.NewRat(21685, 10000), big.NewRat(0, 1),
	}
	for _, x := range cases {
		for _, y := range cases {
			nx, ny := Of(x), Of(y)
			if nx.Rat().Cmp(x) != 0 {
				t.Fatalf("round trip of %v: %v", x, nx.Rat())
			}
			if got, want := nx.Cmp(ny), x.Cmp(y); got != want {
				t.Errorf("Cmp(%v, %v) = %d, want %d", x, y, got, want)
			}
		}
	}
}
