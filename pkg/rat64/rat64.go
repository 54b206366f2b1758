// Package rat64 stores an exact rational in two int32s when it fits, and
// in a *big.Rat only when it does not: the consolidated report keeps a
// dozen indices for every sheet of a batch of tens of thousands, and a
// Number holds no pointer for the collector to scan. (A rational that does
// not fit, such as an index computed from a formula's cached decimal, is
// kept exactly in a side table for as long as the process runs.)
//
// rat64 imports only the standard library.
package rat64

import (
	"math"
	"math/big"
	"sync"
)

// Number is an exact rational stored as two int32s when it fits, and as a
// *big.Rat only when it does not. The indices of real rubrics fit (their
// denominators are a few thousand at most); a batch keeps a dozen per
// sheet, so eight bytes each rather than sixteen is a tenth of a batch's
// memory at 100,000 sheets, and a Number holds no pointer, so the
// collector never scans them however many sheets there are.
type Number struct {
	// num/den, den > 0, when set and it fits; den == 0 and num > 0 for
	// the (num-1)th rational of bigs.
	num, den int32
}

// bigs holds the rationals that do not fit two int32s. None of a real
// rubric's indices needs it, so it stays empty; it is never emptied, since
// a Number may be kept for as long as the process runs.
var bigs struct {
	sync.Mutex
	list []*big.Rat
}

// Of stores x.
func Of(x *big.Rat) Number {
	if n, d := x.Num(), x.Denom(); n.IsInt64() && d.IsInt64() {
		if n, d := n.Int64(), d.Int64(); n >= math.MinInt32 && n <= math.MaxInt32 && d <= math.MaxInt32 {
			return Number{num: int32(n), den: int32(d)}
		}
	}
	bigs.Lock()
	defer bigs.Unlock()
	bigs.list = append(bigs.list, new(big.Rat).Set(x))
	return Number{num: int32(len(bigs.list))}
}

// big returns the stored big.Rat of a number that does not fit, or nil.
func (n Number) big() *big.Rat {
	if n.den != 0 || n.num <= 0 {
		return nil
	}
	bigs.Lock()
	defer bigs.Unlock()
	return bigs.list[n.num-1]
}

// IsSet reports whether the number holds a value; the zero Number does
// not.
func (n Number) IsSet() bool { return n.den != 0 || n.num > 0 }

// Rat returns the number as a new *big.Rat. n must be set (IsSet): the
// zero Number is no value, and Rat panics on it.
func (n Number) Rat() *big.Rat {
	if b := n.big(); b != nil {
		return new(big.Rat).Set(b)
	}
	return big.NewRat(int64(n.num), int64(n.den))
}

// Cmp compares n and m exactly: -1, 0 or +1.
func (n Number) Cmp(m Number) int {
	if n.den == 0 || m.den == 0 {
		return n.Rat().Cmp(m.Rat())
	}
	// n.num*m.den against m.num*n.den: each product of two int32s fits
	// an int64, and the denominators are positive.
	a, b := int64(n.num)*int64(m.den), int64(m.num)*int64(n.den)
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Bits is n in one word, for a store that keeps numbers compactly (a
// batch's entries while its sheets are read); FromBits restores it.
func (n Number) Bits() uint64 { return uint64(uint32(n.num))<<32 | uint64(uint32(n.den)) }

// FromBits is the Number whose Bits are b.
func FromBits(b uint64) Number { return Number{num: int32(b >> 32), den: int32(uint32(b))} }
