// Package rat64 stores an exact rational in two int64s when it fits, and
// in a *big.Rat only when it does not: the consolidated report keeps a
// dozen indices for every sheet of a batch of tens of thousands, and a
// Number holds no pointer for the collector to scan.
//
// rat64 imports only the standard library.
package rat64

import (
	"math/big"
	"math/bits"
	"sync"
)

// Number is an exact rational stored as two int64s when it fits, and as a
// *big.Rat only when it does not. Indices of real rubrics always fit; a
// batch keeps a dozen per sheet, and a Number holds no pointer, so the
// collector never scans them however many sheets there are.
type Number struct {
	// num/den, den > 0, when set and it fits; den == 0 and num > 0 for
	// the (num-1)th rational of bigs.
	num, den int64
}

// bigs holds the rationals that do not fit two int64s. None of a real
// rubric's indices needs it, so it stays empty; it is never emptied, since
// a Number may be kept for as long as the process runs.
var bigs struct {
	sync.Mutex
	list []*big.Rat
}

// Of stores x.
func Of(x *big.Rat) Number {
	if x.Num().IsInt64() && x.Denom().IsInt64() {
		return Number{num: x.Num().Int64(), den: x.Denom().Int64()}
	}
	bigs.Lock()
	defer bigs.Unlock()
	bigs.list = append(bigs.list, new(big.Rat).Set(x))
	return Number{num: int64(len(bigs.list))}
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

// Rat returns the number as a new *big.Rat.
func (n Number) Rat() *big.Rat {
	if b := n.big(); b != nil {
		return new(big.Rat).Set(b)
	}
	return big.NewRat(n.num, n.den)
}

// Cmp compares n and m exactly: -1, 0 or +1.
func (n Number) Cmp(m Number) int {
	if n.den == 0 || m.den == 0 {
		return n.Rat().Cmp(m.Rat())
	}
	// Compare n.num*m.den with m.num*n.den in 128 bits; the denominators
	// are positive.
	sn, sm := sign(n.num), sign(m.num)
	if sn != sm {
		if sn < sm {
			return -1
		}
		return 1
	}
	h1, l1 := bits.Mul64(absU64(n.num), uint64(m.den))
	h2, l2 := bits.Mul64(absU64(m.num), uint64(n.den))
	c := 0
	switch {
	case h1 < h2 || h1 == h2 && l1 < l2:
		c = -1
	case h1 > h2 || l1 > l2:
		c = 1
	}
	return c * sn
}

func sign(x int64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func absU64(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}
