package score

import (
	"math/big"
	"math/bits"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// computeInt scores valid values as computeRat does, in unsigned 64-bit
// integers, and returns nil when a number does not fit (computeRat then
// scores them).
//
// Every weight is a decimal with few digits and every value a decimal or
// a small fraction, so all of them are integers on a common scale: W, the
// least common multiple of the weights' denominators, and V, that of the
// values'. With c = BI·W, e = BA·W, f = BD·W and n = NI·V:
//
//	p     = n·c            NI·BI         = p / (V·W)
//	S(A)  = Σ p            Sum of A      = S(A) / (V·W),  Index of A = S(A) / (V·e)
//	S(D)  = Σ S(A)         Sum of D      = S(D) / (V·W),  Index of D = S(D) / (V·f)
//	T     = Σ S            Index         = T / (100·V·W)
//
// because NA·BA is exactly the aspect's Sum, and ND·BD the domain's. The
// results are the same rationals computeRat gives; their big.Rat values
// are built at the end, reduced, in two allocations for all of them (a
// batch spent 23 % of its allocations on big.Rat temporaries).
func computeInt(r *rubric.Rubric, values Values, brief bool) *Result {
	// Each indicator's value, looked up once, in the order of the
	// aspects' lists: the three passes below looked each up by its id,
	// which cost more than the arithmetic.
	nI, nA, nD := len(r.Indicators), len(r.Aspects), len(r.Domains)
	vals := make([]rubric.Value, 0, nI)
	for _, a := range r.Aspects {
		for _, in := range a.Indicators {
			vals = append(vals, values[in.ID])
		}
	}
	if len(vals) != nI {
		// An indicator outside every aspect's list, which computeRat
		// handles as it always has.
		return nil
	}
	// The common scales.
	w := uint64(1)
	ok := true
	scale := func(x *big.Rat, to *uint64) {
		if _, d, fits := frac(x); !fits {
			ok = false
		} else if *to, fits = lcm(*to, d); !fits {
			ok = false
		}
	}
	for _, in := range r.Indicators {
		scale(in.Weight, &w)
	}
	for _, a := range r.Aspects {
		scale(a.Weight, &w)
	}
	for _, d := range r.Domains {
		scale(d.Weight, &w)
	}
	v := uint64(1)
	for _, val := range vals {
		scale(val.Rat, &v)
	}
	if !ok {
		return nil
	}
	vw, ok1 := mul(v, w)
	den, ok2 := mul(vw, 100)
	if !ok1 || !ok2 {
		return nil
	}
	// on returns x (exactly n/d) on the scale to: n·to/d.
	on := func(x *big.Rat, to uint64) uint64 {
		n, d, _ := frac(x)
		m, fits := mul(n, to/d)
		ok = ok && fits
		return m
	}

	sums := make([]uint64, nI+nA+nD)
	prod, sumA, sumD := sums[:nI], sums[nI:nI+nA], sums[nI+nA:]
	var total uint64
	i := 0
	for j, a := range r.Aspects {
		for _, in := range a.Indicators {
			p, fits := mul(on(vals[i].Rat, v), on(in.Weight, w))
			prod[i] = p
			ok = ok && fits
			sumA[j], ok1 = add(sumA[j], p)
			total, ok2 = add(total, p)
			ok = ok && ok1 && ok2
			i++
		}
	}
	if !ok {
		return nil
	}
	eA := make([]uint64, nA)
	for j, a := range r.Aspects {
		eA[j], ok1 = mul(on(a.Weight, w), v)
		ok = ok && ok1
	}
	eD := make([]uint64, nD)
	k := 0
	for j, d := range r.Domains {
		eD[j], ok1 = mul(on(d.Weight, w), v)
		ok = ok && ok1
		for _, a := range d.Aspects {
			// A domain's aspects come in the order of r.Aspects.
			k = indexOf(r.Aspects, a, k)
			if k < 0 {
				return nil
			}
			sumD[j], ok1 = add(sumD[j], sumA[k])
			ok = ok && ok1
		}
	}
	if !ok {
		return nil
	}
	exact, okE := bandOf(r, total, den)
	q, qs, okQ := round(total, den, r.Rounding)
	var rounded *rubric.Band
	if okQ {
		rounded, okQ = bandOf(r, q, qs)
	}

	// Build the result: every struct and every big.Rat in slabs.
	perIndicator := 2
	if brief {
		perIndicator = 0 // no Product or Contribution
	}
	rats := newRatSlab(perIndicator*nI + 2*nA + 2*nD + 1)
	res := &Result{Rubric: r, Index: rats.frac(total, den)}
	is := make([]IndicatorScore, nI)
	res.Indicators = make([]*IndicatorScore, nI)
	as := make([]AspectScore, nA)
	res.Aspects = make([]*AspectScore, nA)
	i = 0
	for j, a := range r.Aspects {
		for _, in := range a.Indicators {
			val := vals[i]
			if val.Text == "" {
				val.Text = rubric.Decimal(val.Rat)
			}
			is[i] = IndicatorScore{Indicator: in, Level: val.Whole(), Value: val}
			if !brief {
				is[i].Product, is[i].Contribution = rats.frac(prod[i], vw), rats.frac(prod[i], den)
			}
			res.Indicators[i] = &is[i]
			i++
		}
		as[j] = AspectScore{Aspect: a, Sum: rats.frac(sumA[j], vw), Index: rats.frac(sumA[j], eA[j])}
		res.Aspects[j] = &as[j]
	}
	if nD > 0 {
		ds := make([]DomainScore, nD)
		res.Domains = make([]*DomainScore, nD)
		for j, d := range r.Domains {
			ds[j] = DomainScore{Domain: d, Sum: rats.frac(sumD[j], vw), Index: rats.frac(sumD[j], eD[j])}
			res.Domains[j] = &ds[j]
		}
	}
	// A band bound that does not fit is compared in big.Rat.
	if !okE {
		exact = r.Band(res.Index)
	}
	if !okQ {
		rounded = r.Band(r.Rounding.Round(res.Index))
	}
	res.ExactBand, res.RoundedBand, res.Band = exact, rounded, exact
	if r.Rounding.PredicateBasis == "rounded" {
		res.Band = rounded
	}
	return res
}

// indexOf returns the index of a in list, looking from start on and then
// from the beginning, or -1.
func indexOf(list []*rubric.Aspect, a *rubric.Aspect, start int) int {
	for i := range list {
		if j := (start + i) % len(list); list[j] == a {
			return j
		}
	}
	return -1
}

// frac returns x as n/d in lowest terms, when x is not negative and both
// fit in a uint64. It does not allocate.
func frac(x *big.Rat) (n, d uint64, ok bool) {
	if x == nil || x.Sign() < 0 || !x.Num().IsUint64() {
		return 0, 0, false
	}
	if x.IsInt() {
		return x.Num().Uint64(), 1, true
	}
	// Not an integer: x holds its denominator, and Denom returns it
	// without allocating.
	if dd := x.Denom(); dd.IsUint64() {
		return x.Num().Uint64(), dd.Uint64(), true
	}
	return 0, 0, false
}

func mul(a, b uint64) (uint64, bool) {
	hi, lo := bits.Mul64(a, b)
	return lo, hi == 0
}

func add(a, b uint64) (uint64, bool) {
	s, carry := bits.Add64(a, b, 0)
	return s, carry == 0
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b uint64) (uint64, bool) {
	return mul(a/gcd(a, b), b)
}

// cmpFrac compares a/b with c/d (b, d > 0) exactly, in 128 bits.
func cmpFrac(a, b, c, d uint64) int {
	h1, l1 := bits.Mul64(a, d)
	h2, l2 := bits.Mul64(c, b)
	switch {
	case h1 != h2:
		return cmpUint(h1, h2)
	default:
		return cmpUint(l1, l2)
	}
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// bandOf is r.Band of n/d, in integers; ok is false when a band bound
// does not fit.
func bandOf(r *rubric.Rubric, n, d uint64) (band *rubric.Band, ok bool) {
	for i, b := range r.Bands {
		fn, fd, ok1 := frac(b.From)
		tn, td, ok2 := frac(b.To)
		if !ok1 || !ok2 {
			return nil, false
		}
		top := i == len(r.Bands)-1
		if cmpFrac(n, d, fn, fd) >= 0 {
			if c := cmpFrac(n, d, tn, td); c < 0 || top && c == 0 {
				return b, true
			}
		}
	}
	return nil, true
}

// round is p.Round of n/d, in integers: the rounded value is q/s. ok is
// false when the numbers do not fit.
func round(n, d uint64, p rubric.Rounding) (q, s uint64, ok bool) {
	if p.Decimals < 0 || p.Decimals > 19 {
		return 0, 0, false
	}
	s = 1
	for range p.Decimals {
		s *= 10
	}
	hi, lo := bits.Mul64(n, s)
	if hi >= d {
		return 0, 0, false
	}
	q, m := bits.Div64(hi, lo, d)
	// 2m against d, without overflowing: m against d−m.
	c := cmpUint(m, d-m)
	up := c > 0 || c == 0 && (p.Mode != "half-even" || q&1 == 1)
	if up && m != 0 {
		q++
	}
	return q, s, true
}

// wordsPerUint64 is how many big.Words hold a uint64: 1, or 2 where a
// Word has 32 bits.
const wordsPerUint64 = 64 / bits.UintSize

// ratSlab hands out big.Rats whose structs and digits live in two
// allocations shared by all of them.
type ratSlab struct {
	rats  []big.Rat
	words []big.Word
	tmpl  *big.Rat
}

func newRatSlab(n int) *ratSlab {
	return &ratSlab{rats: make([]big.Rat, 0, n), words: make([]big.Word, 0, 2*wordsPerUint64*n)}
}

// frac returns the big.Rat n/d (d > 0), reduced.
func (s *ratSlab) frac(n, d uint64) *big.Rat {
	g := gcd(n, d)
	n, d = n/g, d/g
	s.rats = append(s.rats, big.Rat{})
	x := &s.rats[len(s.rats)-1]
	if d != 1 {
		// A big.Rat's denominator can be set in place only once it is
		// stored (Denom returns a copy of an implicit 1): start from a
		// copy of a fraction, whose numerator and denominator are both
		// replaced below, and point them to the slab's words. No
		// normalisation runs: n/d is in lowest terms already.
		*x = *s.half()
		x.Denom().SetBits(s.put(d))
	}
	x.Num().SetBits(s.put(n))
	return x
}

// half returns the slab's 1/2, made once: a fraction to copy.
func (s *ratSlab) half() *big.Rat {
	if s.tmpl == nil {
		s.tmpl = big.NewRat(1, 2)
	}
	return s.tmpl
}

// put returns v's words in the slab, with no room to grow into a
// neighbour's: a caller doing arithmetic into a result reallocates.
func (s *ratSlab) put(v uint64) []big.Word {
	i := len(s.words)
	for range wordsPerUint64 {
		s.words = append(s.words, big.Word(v))
		v = v >> (bits.UintSize - 1) >> 1
	}
	return s.words[i:len(s.words):len(s.words)]
}
