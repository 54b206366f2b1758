package score_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// sameResult reports the first difference between two results: the index,
// the three bands, and every domain, aspect and indicator number, exactly.
func sameResult(a, b *score.Result) error { return sameResultBrief(a, b, false) }

// sameResultBrief is sameResult; with brief, a's indicators must have no
// Product or Contribution and its aspects and domains no Sum, and the rest
// must agree.
func sameResultBrief(a, b *score.Result, brief bool) error {
	eq := func(what string, x, y *big.Rat) error {
		if brief && strings.HasSuffix(what, " sum") {
			if x != nil {
				return fmt.Errorf("%s: a brief result with a sum", what)
			}
			return nil
		}
		if x.Cmp(y) != 0 || x.RatString() != y.RatString() {
			return fmt.Errorf("%s: %s against %s", what, x.RatString(), y.RatString())
		}
		return nil
	}
	if err := eq("index", a.Index, b.Index); err != nil {
		return err
	}
	if a.Band != b.Band || a.ExactBand != b.ExactBand || a.RoundedBand != b.RoundedBand {
		return fmt.Errorf("bands %v/%v/%v against %v/%v/%v", a.Band, a.ExactBand, a.RoundedBand, b.Band, b.ExactBand, b.RoundedBand)
	}
	if len(a.Domains) != len(b.Domains) || len(a.Aspects) != len(b.Aspects) || len(a.Indicators) != len(b.Indicators) {
		return fmt.Errorf("shapes differ")
	}
	for i, d := range a.Domains {
		e := b.Domains[i]
		if d.Domain != e.Domain {
			return fmt.Errorf("domain %d: %s against %s", i, d.Domain.ID, e.Domain.ID)
		}
		if err := eq("domain "+d.Domain.ID+" sum", d.Sum, e.Sum); err != nil {
			return err
		}
		if err := eq("domain "+d.Domain.ID+" index", d.Index, e.Index); err != nil {
			return err
		}
	}
	for i, s := range a.Aspects {
		t := b.Aspects[i]
		if s.Aspect != t.Aspect {
			return fmt.Errorf("aspect %d: %s against %s", i, s.Aspect.ID, t.Aspect.ID)
		}
		if err := eq("aspect "+s.Aspect.ID+" sum", s.Sum, t.Sum); err != nil {
			return err
		}
		if err := eq("aspect "+s.Aspect.ID+" index", s.Index, t.Index); err != nil {
			return err
		}
	}
	for i, s := range a.Indicators {
		t := b.Indicators[i]
		if s.Indicator != t.Indicator || s.Level != t.Level || s.Value.Text != t.Value.Text || s.Value.Rat.Cmp(t.Value.Rat) != 0 {
			return fmt.Errorf("indicator %d: %s %d %q against %s %d %q", i, s.Indicator.ID, s.Level, s.Value.Text, t.Indicator.ID, t.Level, t.Value.Text)
		}
		if brief {
			if s.Product != nil || s.Contribution != nil {
				return fmt.Errorf("indicator %s: a brief result with a product or contribution", s.Indicator.ID)
			}
			continue
		}
		if err := eq("indicator "+s.Indicator.ID+" product", s.Product, t.Product); err != nil {
			return err
		}
		if err := eq("indicator "+s.Indicator.ID+" contribution", s.Contribution, t.Contribution); err != nil {
			return err
		}
	}
	return nil
}

// differ scores values both ways and fails on any difference. It returns
// whether the integer scorer took the values (rather than handing them to
// big.Rat).
func differ(t *testing.T, r *rubric.Rubric, vs score.Values) bool {
	t.Helper()
	if _, err := score.ComputeValues(r, vs); err != nil {
		t.Fatalf("values refused: %v", err)
	}
	want := score.ComputeRat(r, vs)
	got := score.ComputeInt(r, vs)
	if got == nil {
		return false
	}
	err := sameResult(got, want)
	if err == nil {
		err = sameResultBrief(score.ComputeIntBrief(r, vs), want, true)
	}
	if err != nil {
		var b strings.Builder
		for _, in := range r.Indicators {
			fmt.Fprintf(&b, " %s=%s", in.ID, vs[in.ID].Rat.RatString())
		}
		t.Fatalf("%s: the integer scorer disagrees with big.Rat: %v\nvalues:%s", r.ID, err, b.String())
	}
	return true
}

// randomDecimal is a value of the scale with up to digits decimals.
func randomDecimal(rng *rand.Rand, s *rubric.Scale, digits int) rubric.Value {
	lo, hi := s.Min(), s.Max()
	whole := lo + rng.IntN(hi-lo+1)
	text := fmt.Sprint(whole)
	if whole < hi && digits > 0 {
		n := 1 + rng.IntN(digits)
		var b strings.Builder
		for range n {
			b.WriteByte(byte('0' + rng.IntN(10)))
		}
		text += "." + b.String()
	}
	v, err := s.ParseValue(text)
	if err != nil {
		panic(err)
	}
	return v
}

// The integer scorer gives exactly what big.Rat gives, on random whole
// levels for both built-in rubrics and on random decimals (up to 17
// digits; a formula's cached value has up to 16) and fractions (a
// converted score) for Indeks Pemdi; and it takes all but the 17-digit
// ones.
func TestIntegerScorerAgreesWithBigRat(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 2026))
	for _, name := range []string{"spbe-2020", "pemdi-2026"} {
		r, err := rubric.Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		for range 1000 {
			vs := score.Values{}
			for _, in := range r.Indicators {
				vs[in.ID] = rubric.WholeValue(in.Scale.Min() + rng.IntN(in.Scale.Max()-in.Scale.Min()+1))
			}
			if !differ(t, r, vs) {
				t.Fatalf("%s: whole levels fell back to big.Rat", name)
			}
		}
	}
	r, _ := rubric.Builtin("pemdi-2026")
	for _, digits := range []int{1, 2, 4, 16, 17} {
		for range 1000 {
			vs := score.Values{}
			for _, in := range r.Indicators {
				vs[in.ID] = randomDecimal(rng, in.Scale, digits)
			}
			// Up to 16 decimals (all that a value of 1..5 written by a
			// spreadsheet's shortest float has) fit in 64 bits; 17 may
			// not, and are then scored in big.Rat.
			if !differ(t, r, vs) && digits <= 16 {
				t.Fatalf("pemdi-2026: decimals of %d digits fell back to big.Rat", digits)
			}
		}
	}
	for i := range 1000 {
		vs := score.Values{}
		// A converted score: a fraction in 1..5, of a denominator a
		// conversion gives (a step of 12.5 over 25 points), or of any
		// denominator up to 1000, whose common multiple may not fit.
		small := i%2 == 0
		for _, in := range r.Indicators {
			d := []int64{1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 50}[rng.IntN(13)]
			if !small {
				d = int64(1 + rng.IntN(1000))
			}
			vs[in.ID] = rubric.RatValue(big.NewRat(d+rng.Int64N(4*d+1), d))
		}
		if !differ(t, r, vs) && small {
			t.Fatal("pemdi-2026: fractions of small denominators fell back to big.Rat")
		}
	}
}

// decimalText is k/10^digits as a decimal.
func decimalText(k int64, digits int) string {
	return new(big.Rat).SetFrac(big.NewInt(k), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil)).FloatString(digits)
}

// partition cuts total into n positive parts at random.
func partition(rng *rand.Rand, total int64, n int) []int64 {
	cuts := map[int64]bool{}
	for len(cuts) < n-1 {
		cuts[1+rng.Int64N(total-1)] = true
	}
	points := []int64{0, total}
	for c := range cuts {
		points = append(points, c)
	}
	slices.Sort(points)
	parts := make([]int64, n)
	for i := range parts {
		parts[i] = points[i+1] - points[i]
	}
	return parts
}

// stressRubric is a random rubric whose weights have the given number of
// decimals (up to 16: a common scale of 10^16), with random band bounds of
// as many decimals and a random rounding, on a whole or a decimal scale of
// lo..hi, with or without domains.
func stressRubric(t *testing.T, rng *rand.Rand, digits, lo, hi int, decimal, domains bool) *rubric.Rubric {
	t.Helper()
	unit := int64(1)
	for range digits {
		unit *= 10
	}
	var b strings.Builder
	values := "levels"
	if decimal {
		values = "decimal"
	}
	modes := []string{"half-up", "half-even"}
	bases := []string{"exact", "rounded"}
	fmt.Fprintf(&b, "id: stress\ntitle: Stress\nversion: \"1\"\nstatus: draft\nrounding: {decimals: %d, mode: %s, predicate_basis: %s}\n",
		rng.IntN(7), modes[rng.IntN(2)], bases[rng.IntN(2)])
	fmt.Fprintf(&b, "scales:\n  - id: s\n    values: %s\n    levels:\n", values)
	for lv := lo; lv <= hi; lv++ {
		fmt.Fprintf(&b, "      - {value: %d, label: L%d}\n", lv, lv)
	}
	// Bands: lo..hi cut at random points with as many decimals.
	span := int64(hi-lo) * unit
	nBands := 1 + rng.IntN(int(min(5, span)))
	bounds := []int64{int64(lo) * unit}
	for _, p := range partition(rng, span, nBands) {
		bounds = append(bounds, bounds[len(bounds)-1]+p)
	}
	b.WriteString("predicates:\n")
	for i := 0; i < nBands; i++ {
		fmt.Fprintf(&b, "  - {name: P%d, from: %s, to: %s}\n", i, decimalText(bounds[i], digits), decimalText(bounds[i+1], digits))
	}
	// Weights: 100·10^digits cut into indicators, grouped in aspects and
	// domains.
	nInd := 2 + rng.IntN(20)
	weights := partition(rng, 100*unit, nInd)
	var aspects [][]int64
	for i := 0; i < nInd; {
		n := 1 + rng.IntN(min(4, nInd-i))
		aspects = append(aspects, weights[i:i+n])
		i += n
	}
	sum := func(ws []int64) int64 {
		var s int64
		for _, w := range ws {
			s += w
		}
		return s
	}
	id := 0
	writeAspect := func(j int, ws []int64, indent string) {
		fmt.Fprintf(&b, "%s- id: A%d\n%s  weight: %s\n%s  indicators:\n", indent, j, indent, decimalText(sum(ws), digits), indent)
		for _, w := range ws {
			id++
			fmt.Fprintf(&b, "%s    - {id: \"%d\", name: I%d, weight: %s}\n", indent, id, id, decimalText(w, digits))
		}
	}
	if domains && len(aspects) > 1 {
		b.WriteString("domains:\n")
		for i, j := 0, 0; i < len(aspects); {
			n := 1 + rng.IntN(len(aspects)-i)
			var dw int64
			for _, a := range aspects[i : i+n] {
				dw += sum(a)
			}
			fmt.Fprintf(&b, "  - id: D%d\n    weight: %s\n    aspects:\n", i, decimalText(dw, digits))
			for _, a := range aspects[i : i+n] {
				writeAspect(j, a, "      ")
				j++
			}
			i += n
		}
	} else {
		b.WriteString("aspects:\n")
		for j, a := range aspects {
			writeAspect(j, a, "  ")
		}
	}
	r, err := rubric.Parse([]byte(b.String()), "stress.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	return r
}

// On rubrics chosen to stress the integer scorer (weights and band bounds
// of up to 16 decimals, values of up to 17, scales up to 0..1000, every
// rounding), it still gives exactly what big.Rat gives, or hands the
// values to big.Rat when a number does not fit; both happen.
func TestIntegerScorerAgreesWithBigRatUnderStress(t *testing.T) {
	rng := rand.New(rand.NewPCG(59, 2020))
	took, fell := 0, 0
	for i := range 600 {
		digits := []int{0, 1, 2, 3, 6, 9, 12, 15, 16}[i%9]
		lo, hi := 1, 5
		switch rng.IntN(3) {
		case 1:
			lo, hi = 0, 4
		case 2:
			lo, hi = 0, 1000
			digits = min(digits, 15) // band bounds in an int64
		}
		decimal := rng.IntN(2) == 0
		r := stressRubric(t, rng, digits, lo, hi, decimal, rng.IntN(2) == 0)
		for range 20 {
			vs := score.Values{}
			vdigits := []int{0, 2, 8, 17}[rng.IntN(4)]
			all := rng.IntN(4) == 0 // every value alike: an index on a band bound
			first := randomDecimal(rng, r.Scales[0], 0)
			for _, in := range r.Indicators {
				switch {
				case all:
					vs[in.ID] = first
				case decimal:
					vs[in.ID] = randomDecimal(rng, in.Scale, vdigits)
				default:
					vs[in.ID] = randomDecimal(rng, in.Scale, 0)
				}
			}
			if differ(t, r, vs) {
				took++
			} else {
				fell++
			}
		}
	}
	t.Logf("integer scorer took %d, handed %d to big.Rat", took, fell)
	if took == 0 || fell == 0 {
		t.Errorf("integer scorer took %d and handed %d to big.Rat: the test no longer exercises both", took, fell)
	}
}
