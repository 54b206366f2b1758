package rubric

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// roundBig is Round entirely in big.Int, as it was before roundSmall: the
// reference roundSmall must agree with wherever it answers.
func roundBig(p Rounding, x *big.Rat) *big.Rat {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(p.Decimals)), nil)
	num := new(big.Int).Mul(x.Num(), scale)
	den := x.Denom()
	quo, m := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
	c := twice.Cmp(den)
	up := c > 0 || c == 0 && (p.Mode != "half-even" || quo.Bit(0) == 1)
	if up && m.Sign() != 0 {
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return new(big.Rat).SetFrac(quo, scale)
}

func TestRoundInMachineWordsIsRoundInBigInt(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var xs []*big.Rat
	// Ties and near-ties at every number of decimals, the largest
	// numerators and denominators, and random fractions of every size.
	for d := int64(0); d <= 20; d++ {
		for _, n := range []int64{1, 5, 15, 25, 35, 45, 125, 995, 1005, 2675, 8335, 9995, 99995} {
			x := new(big.Rat).SetFrac(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(d), nil))
			xs = append(xs, x, new(big.Rat).Add(x, big.NewRat(1, 1<<40)), new(big.Rat).Sub(x, big.NewRat(1, 1<<40)))
		}
	}
	maxU := new(big.Int).SetUint64(^uint64(0))
	xs = append(xs, new(big.Rat), big.NewRat(1, 3), big.NewRat(2, 3), big.NewRat(1, 6),
		new(big.Rat).SetFrac(maxU, big.NewInt(1)), new(big.Rat).SetFrac(big.NewInt(1), maxU),
		new(big.Rat).SetFrac(maxU, new(big.Int).Sub(maxU, big.NewInt(1))), big.NewRat(-5, 2))
	for range 200000 {
		n := rng.Uint64() >> rng.UintN(64)
		d := rng.Uint64()>>rng.UintN(64) | 1
		xs = append(xs, new(big.Rat).SetFrac(new(big.Int).SetUint64(n), new(big.Int).SetUint64(d)))
	}
	for _, x := range xs {
		for _, mode := range []string{"half-up", "half-even"} {
			for _, dec := range []int{0, 1, 2, 3, 4, 6, 9, 12, 18, 19} {
				p := Rounding{Decimals: dec, Mode: mode}
				want := roundBig(p, x)
				if got := p.Round(x); got.Cmp(want) != 0 {
					t.Fatalf("Round(%s) to %d decimals, %s: %s, want %s", x.RatString(), dec, mode, got.RatString(), want.RatString())
				}
				if got, want := p.RoundFloat(x), floatOf(want); got != want {
					t.Fatalf("RoundFloat(%s) to %d decimals, %s: %v, want %v", x.RatString(), dec, mode, got, want)
				}
			}
		}
	}
}

func floatOf(x *big.Rat) float64 {
	f, _ := x.Float64()
	return f
}
