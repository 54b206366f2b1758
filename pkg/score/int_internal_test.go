package score

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// round gives what Rounding.Round gives, on every mode and number of
// decimals, and on ties (…5 exactly) above all, where half-up and
// half-even part.
func TestRoundIsRoundingRound(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		p := rubric.Rounding{Decimals: rng.IntN(7), Mode: []string{"half-up", "half-even"}[rng.IntN(2)]}
		var n, d uint64
		if i%2 == 0 {
			// A tie: (2k+1) / (2·10^decimals).
			s := uint64(1)
			for range p.Decimals {
				s *= 10
			}
			n, d = 2*rng.Uint64N(600*s)+1, 2*s
		} else {
			d = 1 + rng.Uint64N(1<<40)
			n = rng.Uint64N(6 * d)
		}
		q, s, ok := round(n, d, p)
		if !ok {
			t.Fatalf("round(%d/%d) does not fit", n, d)
		}
		want := p.Round(new(big.Rat).SetFrac(new(big.Int).SetUint64(n), new(big.Int).SetUint64(d)))
		if got := new(big.Rat).SetFrac(new(big.Int).SetUint64(q), new(big.Int).SetUint64(s)); got.Cmp(want) != 0 {
			t.Fatalf("%s to %d decimals of %d/%d: %s, want %s", p.Mode, p.Decimals, n, d, got.RatString(), want.RatString())
		}
	}
}

// plan.band gives what Rubric.Band gives, on the bounds themselves above
// all, and on the top band's end, which its band includes.
func TestBandOfIsRubricBand(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, name := range rubric.Builtins() {
		r, err := rubric.Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		var xs [][2]uint64
		for _, b := range r.Bands {
			for _, x := range []*big.Rat{b.From, b.To} {
				n, d, _ := frac(x)
				xs = append(xs, [2]uint64{n, d}, [2]uint64{n*1000 - 1, d * 1000}, [2]uint64{n*1000 + 1, d * 1000})
			}
		}
		for range 5000 {
			d := 1 + rng.Uint64N(10000)
			xs = append(xs, [2]uint64{rng.Uint64N(7 * d), d})
		}
		for _, x := range xs {
			got, ok := planOf(r).band(x[0], x[1])
			want := r.Band(new(big.Rat).SetFrac(new(big.Int).SetUint64(x[0]), new(big.Int).SetUint64(x[1])))
			if !ok || got != want {
				t.Fatalf("%s: band of %d/%d: %v, want %v", name, x[0], x[1], got, want)
			}
		}
	}
}
