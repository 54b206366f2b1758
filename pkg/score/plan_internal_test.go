package score

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// admits says of every value what Scale.CheckValue says: on scales of
// whole levels and of decimals, starting at 0, at 1 or below 0, on their
// bounds above all (hi itself, a hair above hi, lo, a hair below lo).
func TestPlanAdmitsWhatCheckValueAdmits(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	scale := func(values string, levels ...int) *rubric.Scale {
		s := &rubric.Scale{ID: "s", Values: values}
		for _, lv := range levels {
			s.Levels = append(s.Levels, rubric.Level{Value: lv})
		}
		return s
	}
	var scales []*rubric.Scale
	for _, values := range []string{rubric.ValuesWhole, rubric.ValuesDecimal} {
		scales = append(scales, scale(values, 1, 2, 3, 4, 5), scale(values, 0, 1, 2, 3, 4),
			scale(values, 0, 1000), scale(values, -3, -1, 2), scale(values, -5, -2), scale(values, 7))
	}
	checked := 0
	for _, s := range scales {
		pi := planIndicator{lo: s.Min(), hi: s.Max(), decimal: s.Decimal()}
		var xs []*big.Rat
		for _, b := range []int64{int64(s.Min()), int64(s.Max())} {
			for _, dd := range []int64{0, 1, -1} {
				xs = append(xs, big.NewRat(b*1000+dd, 1000), big.NewRat(b+dd, 1))
			}
		}
		for range 2000 {
			d := 1 + rng.Int64N(12)
			xs = append(xs, big.NewRat(int64(s.Min())*d-3*d+rng.Int64N(int64(s.Max()-s.Min()+6)*d+1), d))
		}
		for _, x := range xs {
			n, d, ok := frac(x)
			if !ok {
				continue // a negative value: never taken by computeInt
			}
			_, err := s.CheckValue(rubric.Value{Rat: x, Text: x.RatString()})
			if got := pi.admits(n, d); got != (err == nil) {
				t.Fatalf("scale %s %d..%d: admits(%s) = %v, CheckValue says %v", s.Values, s.Min(), s.Max(), x.RatString(), got, err)
			}
			checked++
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d values checked", checked)
	}
}

// A rubric whose indicator ids repeat (which the loader refuses) is not
// scored by computeInt: its reasoning that as many values as indicators,
// each found, leave no unknown one needs the ids distinct.
func TestPlanRefusesRepeatedIDs(t *testing.T) {
	s := &rubric.Scale{ID: "s", Values: rubric.ValuesWhole, Levels: []rubric.Level{{Value: 1}, {Value: 2}}}
	a := &rubric.Aspect{ID: "A", Weight: big.NewRat(100, 1)}
	for range 2 {
		in := &rubric.Indicator{ID: "1", Weight: big.NewRat(50, 1), Scale: s, Aspect: a}
		a.Indicators = append(a.Indicators, in)
	}
	r := &rubric.Rubric{ID: "dup", Scales: []*rubric.Scale{s}, Aspects: []*rubric.Aspect{a}, Indicators: a.Indicators,
		Rounding: rubric.Rounding{Decimals: 2, Mode: "half-up", PredicateBasis: "exact"}}
	if res := computeInt(r, Values{"1": rubric.WholeValue(1), "x": rubric.WholeValue(1)}, false); res != nil {
		t.Fatalf("computeInt scored a rubric with a repeated id: index %s", res.Index.RatString())
	}
}

// Sheets scored at once with two rubrics, by several goroutines, each get
// their own rubric's result, the one big.Rat gives, while the plans are
// made; and however many rubrics are scored, only the last few plans are
// kept.
func TestPlansOfSeveralRubricsAtOnce(t *testing.T) {
	var rs []*rubric.Rubric
	for _, name := range []string{"spbe-2020", "pemdi-2026"} {
		r, err := rubric.Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	// Values of each rubric, and what big.Rat makes of them.
	const perRubric = 8
	type job struct {
		r    *rubric.Rubric
		vs   Values
		want *Result
	}
	var jobs []job
	rng := rand.New(rand.NewPCG(2, 3))
	for _, r := range rs {
		for range perRubric {
			vs := Values{}
			for _, in := range r.Indicators {
				vs[in.ID] = rubric.WholeValue(in.Scale.Min() + rng.IntN(in.Scale.Max()-in.Scale.Min()+1))
			}
			jobs = append(jobs, job{r, vs, computeRat(r, vs)})
		}
	}
	plans.Store(nil) // the plans are made while the goroutines run
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Go(func() {
			for k := range 200 {
				j := jobs[(g+k*3)%len(jobs)]
				brief := k%2 == 0
				// The integer scorer itself, with the rubric's plan:
				// computeValues would fall back to big.Rat on a wrong one.
				res := computeInt(j.r, j.vs, brief)
				switch {
				case res == nil:
					errs <- fmt.Errorf("%s: the integer scorer did not take whole levels", j.r.ID)
				case res.Rubric != j.r || res.Index.Cmp(j.want.Index) != 0 || res.Band != j.want.Band || len(res.Aspects) != len(j.want.Aspects):
					errs <- fmt.Errorf("%s: index %s band %v, want %s %v", j.r.ID, res.Index.RatString(), res.Band.Name, j.want.Index.RatString(), j.want.Band.Name)
				default:
					for i, a := range res.Aspects {
						if a.Aspect != j.want.Aspects[i].Aspect || a.Index.Cmp(j.want.Aspects[i].Index) != 0 {
							errs <- fmt.Errorf("%s: aspect %s index %s, want %s", j.r.ID, a.Aspect.ID, a.Index.RatString(), j.want.Aspects[i].Index.RatString())
							break
						}
					}
					continue
				}
				return
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for _, r := range rs {
		if p := planOf(r); !p.fits || len(p.inds) != len(r.Indicators) {
			t.Errorf("%s: the plan does not fit (%v) or has %d indicators", r.ID, p.fits, len(p.inds))
		}
	}

	// Rubric after rubric: the plans kept stay few, the latest first.
	for range 3 * planCacheSize {
		r, err := rubric.Builtin("spbe-2020") // a new *Rubric each time
		if err != nil {
			t.Fatal(err)
		}
		if res, err := computeValues(r, jobs[0].vs, true); err != nil || res.Index.Cmp(jobs[0].want.Index) != 0 {
			t.Fatalf("a new rubric: %v", err)
		}
		list := *plans.Load()
		if len(list) > planCacheSize || list[0].r != r {
			t.Fatalf("%d plans kept, the latest first: %v", len(list), list[0].r == r)
		}
	}
}
