package score

import (
	"math/big"
	"math/bits"
	"sync/atomic"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// computeInt scores values as computeRat does, in unsigned 64-bit
// integers, and returns nil when a number does not fit or a value is not
// one its indicator's scale admits (computeValues then checks them and
// computeRat scores them).
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
//
// What depends on the rubric alone (W, c, e, f, the band bounds) is the
// rubric's plan, made once (planOf); what a sheet adds is V and the sums.
func computeInt(r *rubric.Rubric, values Values, brief bool) *Result {
	p := planOf(r)
	if !p.fits || len(values) != len(p.inds) {
		// A missing indicator, or an unknown one: computeValues says
		// which.
		return nil
	}
	nI, nA, nD := len(p.inds), len(p.aspects), len(p.domains)
	// The result's structs come first: each indicator's value is looked
	// up once, checked and kept there.
	is := make([]IndicatorScore, nI)
	// Each value as n/d, and below the sums and denominators of the
	// aspects and domains: on the stack for a rubric of real size.
	var ndBuf [64][2]uint64
	nd := ndBuf[:]
	if nI > len(ndBuf) {
		nd = make([][2]uint64, nI)
	}
	v := uint64(1) // V
	for i := range p.inds {
		pi := &p.inds[i]
		val, found := values[pi.in.ID]
		if !found || val.Rat == nil {
			return nil
		}
		n, d, fits := frac(val.Rat)
		if !fits || !pi.admits(n, d) {
			return nil
		}
		if d != 1 {
			if v, fits = lcm(v, d); !fits {
				return nil
			}
		}
		nd[i] = [2]uint64{n, d}
		if val.Text == "" {
			val.Text = rubric.Decimal(val.Rat)
		}
		// n/d is within the scale, so its whole part is a small level:
		// what val.Whole() gives.
		is[i] = IndicatorScore{Indicator: pi.in, Level: int(whole(n, d)), Value: val}
	}
	// Every indicator of the rubric has a value, and there are as many
	// values as indicators: as the rubric's ids are distinct (newPlan) and
	// a map's keys are too, no value is of an unknown indicator.

	vw, ok1 := mul(v, p.w)
	den, ok2 := mul(vw, 100)
	if !ok1 || !ok2 {
		return nil
	}
	var groupBuf [64]uint64
	groups := groupBuf[:]
	if 2*(nA+nD) > len(groupBuf) {
		groups = make([]uint64, 2*(nA+nD))
	}
	// S(A) and S(D); the denominators V·e and V·f of the indices.
	sumA, sumD := groups[:nA], groups[nA:nA+nD]
	eA, eD := groups[nA+nD:2*nA+nD], groups[2*nA+nD:2*(nA+nD)]
	var prod []uint64 // each indicator's p, kept for a full result
	if !brief {
		prod = make([]uint64, nI)
	}
	var total uint64
	ok := true
	i := 0
	for j, a := range p.aspects {
		var s uint64
		for ; i < a.end; i++ {
			n, d := nd[i][0], nd[i][1]
			nv := n // n·V/d, which is n when d is V (always for whole levels)
			if d != v {
				nv, ok1 = mul(n, v/d)
				ok = ok && ok1
			}
			pr, fits := mul(nv, p.inds[i].c)
			ok = ok && fits
			if prod != nil {
				prod[i] = pr
			}
			s, ok1 = add(s, pr)
			ok = ok && ok1
		}
		sumA[j] = s
		total, ok1 = add(total, s)
		ok = ok && ok1
	}
	for j, d := range p.domains {
		var s uint64
		for _, k := range d.aspects {
			s, ok1 = add(s, sumA[k])
			ok = ok && ok1
		}
		sumD[j] = s
	}
	if !ok {
		return nil
	}
	for j, a := range p.aspects {
		eA[j], ok1 = mul(a.e, v)
		ok = ok && ok1
	}
	for j, d := range p.domains {
		eD[j], ok1 = mul(d.e, v)
		ok = ok && ok1
	}
	if !ok {
		return nil
	}
	exact, okE := p.band(total, den)
	q, qs, okQ := round(total, den, r.Rounding)
	var rounded *rubric.Band
	if okQ {
		rounded, okQ = p.band(q, qs)
	}

	// Build the result: every struct and every big.Rat in slabs. A brief
	// result has the indices alone: no indicator's Product or
	// Contribution, and no aspect's or domain's Sum.
	perIndicator, perGroup := 2, 2
	if brief {
		perIndicator, perGroup = 0, 1
	}
	rats := newRatSlab(perIndicator*nI + perGroup*(nA+nD) + 1)
	res := &Result{Rubric: r, Index: rats.frac(total, den)}
	res.Indicators = make([]*IndicatorScore, nI)
	for i := range is {
		if !brief {
			is[i].Product, is[i].Contribution = rats.frac(prod[i], vw), rats.frac(prod[i], den)
		}
		res.Indicators[i] = &is[i]
	}
	as := make([]AspectScore, nA)
	res.Aspects = make([]*AspectScore, nA)
	for j, a := range r.Aspects {
		as[j] = AspectScore{Aspect: a, Index: rats.frac(sumA[j], eA[j])}
		if !brief {
			as[j].Sum = rats.frac(sumA[j], vw)
		}
		res.Aspects[j] = &as[j]
	}
	if nD > 0 {
		ds := make([]DomainScore, nD)
		res.Domains = make([]*DomainScore, nD)
		for j, d := range r.Domains {
			ds[j] = DomainScore{Domain: d, Index: rats.frac(sumD[j], eD[j])}
			if !brief {
				ds[j].Sum = rats.frac(sumD[j], vw)
			}
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

// plan is what computeInt needs of a rubric alone, made once per rubric
// (planOf) rather than for every sheet of a batch: the common scale of the
// weights, every weight on it, which indicators and aspects each aspect
// and domain sums, and the band bounds as integers.
type plan struct {
	// fits is false when computeInt cannot score against the rubric at
	// all: a weight that does not fit, or a hierarchy it does not expect
	// (computeRat then scores every sheet).
	fits bool
	// w is W, the common scale of every weight.
	w uint64
	// inds are the indicators in the order of the aspects' lists, which
	// is the order of r.Indicators.
	inds []planIndicator
	// aspects are r.Aspects, in order; domains r.Domains.
	aspects []planAspect
	domains []planDomain
	// bands are r.Bands with their bounds as fractions; bandsFit is false
	// when a bound does not fit (a band is then found in big.Rat).
	bands    []planBand
	bandsFit bool
}

// planBand is a band and its bounds From = fn/fd and To = tn/td.
type planBand struct {
	b              *rubric.Band
	fn, fd, tn, td uint64
}

// planIndicator is an indicator, its weight on the common scale and the
// range of its scale.
type planIndicator struct {
	in *rubric.Indicator
	// c is BI·W.
	c uint64
	// lo and hi are the scale's lowest and highest levels; decimal is
	// set when it admits decimals between them.
	lo, hi  int
	decimal bool
}

// admits reports whether the scale admits the value n/d (in lowest terms,
// d > 0), as Scale.CheckValue does: lo ≤ n/d ≤ hi, and a whole number on
// a scale of whole levels.
func (pi *planIndicator) admits(n, d uint64) bool {
	if !pi.decimal && d != 1 {
		return false
	}
	if pi.hi < 0 {
		return false // n/d ≥ 0
	}
	// With w the whole part of n/d: lo ≤ n/d exactly when lo ≤ w, and
	// n/d ≤ hi when w < hi, or w == hi and n/d is whole.
	w, hi := whole(n, d), uint64(pi.hi)
	if pi.lo > 0 && w < uint64(pi.lo) {
		return false
	}
	return w < hi || w == hi && d == 1
}

// whole is the whole part of n/d (d > 0), without dividing a whole
// number: a batch's values are mostly whole levels, and dividing is slow.
func whole(n, d uint64) uint64 {
	if d == 1 {
		return n
	}
	return n / d
}

// planAspect is an aspect: the end of its indicators in plan.inds, and
// its weight on the common scale (e = BA·W).
type planAspect struct {
	end int
	e   uint64
}

// planDomain is a domain: its weight on the common scale (f = BD·W) and
// the indices of its aspects in plan.aspects.
type planDomain struct {
	e       uint64
	aspects []int
}

// newPlan makes r's plan.
func newPlan(r *rubric.Rubric) *plan {
	p := &plan{w: 1}
	fits := true
	scale := func(x *big.Rat) {
		_, d, ok := frac(x)
		if ok {
			p.w, ok = lcm(p.w, d)
		}
		fits = fits && ok
	}
	for _, in := range r.Indicators {
		scale(in.Weight)
	}
	for _, a := range r.Aspects {
		scale(a.Weight)
	}
	for _, d := range r.Domains {
		scale(d.Weight)
	}
	if !fits {
		return p
	}
	// on returns x (exactly n/d) on the common scale: n·W/d.
	on := func(x *big.Rat) uint64 {
		n, d, _ := frac(x)
		m, ok := mul(n, p.w/d)
		fits = fits && ok
		return m
	}
	// Every indicator once, in the aspects' order, which is the order
	// of r.Indicators; and their ids distinct, so that as many values as
	// indicators, each found by its id, leave no value unknown.
	ids := make(map[string]bool, len(r.Indicators))
	for _, a := range r.Aspects {
		for _, in := range a.Indicators {
			k := len(p.inds)
			if k >= len(r.Indicators) || r.Indicators[k] != in || ids[in.ID] || in.Scale == nil || len(in.Scale.Levels) == 0 {
				return p
			}
			ids[in.ID] = true
			p.inds = append(p.inds, planIndicator{in: in, c: on(in.Weight), lo: in.Scale.Min(), hi: in.Scale.Max(), decimal: in.Scale.Decimal()})
		}
		p.aspects = append(p.aspects, planAspect{end: len(p.inds), e: on(a.Weight)})
	}
	if len(p.inds) != len(r.Indicators) {
		return p
	}
	k := 0
	for _, d := range r.Domains {
		pd := planDomain{e: on(d.Weight)}
		for _, a := range d.Aspects {
			// A domain's aspects come in the order of r.Aspects.
			if k = indexOf(r.Aspects, a, k); k < 0 {
				return p
			}
			pd.aspects = append(pd.aspects, k)
		}
		p.domains = append(p.domains, pd)
	}
	p.bandsFit = true
	for _, b := range r.Bands {
		fn, fd, ok1 := frac(b.From)
		tn, td, ok2 := frac(b.To)
		if !ok1 || !ok2 {
			p.bands, p.bandsFit = nil, false
			break
		}
		p.bands = append(p.bands, planBand{b, fn, fd, tn, td})
	}
	p.fits = fits
	return p
}

// planCacheSize is how many rubrics' plans are kept: a batch scores with
// one rubric, or a few when its sheets mix frameworks.
const planCacheSize = 8

// planEntry is a rubric and its plan.
type planEntry struct {
	r *rubric.Rubric
	p *plan
}

// plans holds the plans of the rubrics scored last, the latest first, at
// most planCacheSize: a process that loads rubric after rubric (a test,
// or a long-lived caller) keeps only a few. The list is never changed,
// only replaced, so the batch's workers read it without a lock. A rubric
// must not be changed once it has been scored with (rubrics are not).
var plans atomic.Pointer[[]planEntry]

// planOf returns r's plan, made on first use and kept among the last few.
func planOf(r *rubric.Rubric) *plan {
	if list := plans.Load(); list != nil {
		for _, e := range *list {
			if e.r == r {
				return e.p
			}
		}
	}
	p := newPlan(r)
	for {
		old := plans.Load()
		list := make([]planEntry, 1, planCacheSize)
		list[0] = planEntry{r, p}
		if old != nil {
			for _, e := range *old {
				if e.r == r {
					return e.p // made meanwhile by another goroutine
				}
				if len(list) < planCacheSize {
					list = append(list, e)
				}
			}
		}
		if plans.CompareAndSwap(old, &list) {
			return p
		}
	}
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

// band is r.Band of n/d, in integers; ok is false when a band bound
// does not fit.
func (p *plan) band(n, d uint64) (band *rubric.Band, ok bool) {
	if !p.bandsFit {
		return nil, false
	}
	last := len(p.bands) - 1
	for i, b := range p.bands {
		if cmpFrac(n, d, b.fn, b.fd) >= 0 {
			if c := cmpFrac(n, d, b.tn, b.td); c < 0 || i == last && c == 0 {
				return b.b, true
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
}

// half is a fraction for ratSlab.frac to copy; it is never changed.
var half = big.NewRat(1, 2)

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
		*x = *half
		x.Denom().SetBits(s.put(d))
	}
	x.Num().SetBits(s.put(n))
	return x
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
