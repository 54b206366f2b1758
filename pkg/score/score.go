// Package score is the scoring engine: from a rubric and one level per
// indicator it computes every aspect and domain index, the overall index and
// its predicate, in exact rational arithmetic.
//
// The engine follows the regulation's formulas literally:
//
//	Indeks Aspek  = (1/BA) * sum(NI * BI)
//	Indeks Domain = (1/BD) * sum(NA * BA)
//	Indeks        = (1/100) * sum(ND * BD)   (or of the aspects, without domains)
//
// Nothing is rounded here; rounding belongs to whoever prints a number.
//
// The arithmetic is exact either way it is done: in 64-bit integers on a
// common scale when every number fits (see computeInt), which is what a
// batch of thousands of sheets needs, and in big.Rat otherwise.
package score

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// Levels holds one level per indicator id.
type Levels map[string]int

// Values holds one exact value per indicator id: what ComputeValues scores,
// for rubrics whose scales admit decimal values (Indeks Pemdi 2026: 1.26)
// as well as whole levels.
type Values map[string]rubric.Value

// Result is the scored evaluation of one answer sheet.
type Result struct {
	Rubric *rubric.Rubric
	// Index is the exact overall index.
	Index *big.Rat
	// Band is the predicate band, read from the exact or the rounded index
	// as the rubric's rounding policy says.
	Band *rubric.Band
	// ExactBand and RoundedBand are the bands of the exact and the printed
	// index; they differ only when rounding crosses a band boundary.
	ExactBand, RoundedBand *rubric.Band

	Domains    []*DomainScore
	Aspects    []*AspectScore
	Indicators []*IndicatorScore
}

// DomainScore is one domain's index.
type DomainScore struct {
	Domain *rubric.Domain
	// Sum is sum(NA * BA) over the domain's aspects.
	Sum   *big.Rat
	Index *big.Rat
}

// AspectScore is one aspect's index.
type AspectScore struct {
	Aspect *rubric.Aspect
	// Sum is sum(NI * BI) over the aspect's indicators.
	Sum   *big.Rat
	Index *big.Rat
}

// IndicatorScore is one indicator's value and what it adds.
type IndicatorScore struct {
	Indicator *rubric.Indicator
	// Level is the whole part of the value: the level whose label it
	// carries (1.26 is level 1, Rintisan). For a whole level it is the
	// value itself.
	Level int
	// Value is the exact value NI, its decimal text as the sheet wrote it,
	// and where it came from (a source score, or a pending rule's
	// assumption).
	Value rubric.Value
	// Product is NI * BI, the value times the weight.
	Product *big.Rat
	// Contribution is what the indicator adds to the overall index:
	// NI * BI / 100.
	Contribution *big.Rat
}

// LevelError reports indicators that have no level or a level outside their
// scale. The sheet reader reports these with cells; this is the engine's own
// guard.
type LevelError struct {
	Missing []string
	Invalid []string
	Unknown []string
}

func (e *LevelError) Error() string {
	var parts []string
	if len(e.Missing) > 0 {
		parts = append(parts, lang.Sprintf("score.no-level", strings.Join(e.Missing, ", ")))
	}
	if len(e.Invalid) > 0 {
		parts = append(parts, lang.Sprintf("score.outside", strings.Join(e.Invalid, ", ")))
	}
	if len(e.Unknown) > 0 {
		parts = append(parts, lang.Sprintf("score.unknown", strings.Join(e.Unknown, ", ")))
	}
	return strings.Join(parts, "; ")
}

// Compute scores whole levels against r. Every indicator of r must have a
// level of its scale, and no other indicator may appear.
func Compute(r *rubric.Rubric, levels Levels) (*Result, error) {
	values := make(Values, len(levels))
	// The values' big.Rats share two allocations (a batch scores one sheet
	// after another); they are what rubric.WholeValue gives.
	rats := make([]big.Rat, len(levels))
	words := make([]big.Word, len(levels))
	i := 0
	for id, lv := range levels {
		x := &rats[i]
		if lv >= 0 {
			words[i] = big.Word(lv)
			x.Num().SetBits(words[i : i+1 : i+1])
		} else {
			x.SetInt64(int64(lv))
		}
		values[id] = rubric.Value{Rat: x, Text: strconv.Itoa(lv)}
		i++
	}
	return ComputeValues(r, values)
}

// ComputeValues scores exact values against r. Every indicator of r must
// have a value its scale admits (a whole level, or any decimal within the
// range of a decimal scale), and no other indicator may appear.
func ComputeValues(r *rubric.Rubric, values Values) (*Result, error) {
	return computeValues(r, values, false)
}

// ComputeValuesBrief is ComputeValues for a caller that keeps the indices
// and the predicate but not how each indicator adds to them (a batch's
// ranking): each indicator's Product and Contribution, and each aspect's
// and domain's Sum, may be nil (Total needs the Products). The rest is the
// result ComputeValues gives.
func ComputeValuesBrief(r *rubric.Rubric, values Values) (*Result, error) {
	return computeValues(r, values, true)
}

func computeValues(r *rubric.Rubric, values Values, brief bool) (*Result, error) {
	// The integer scorer checks every value as it reads it, as below: a
	// batch's sheets are valid, and checking them twice cost more than
	// scoring them.
	if res := computeInt(r, values, brief); res != nil {
		return res, nil
	}
	var le LevelError
	for _, in := range r.Indicators {
		v, ok := values[in.ID]
		if !ok || v.Rat == nil {
			le.Missing = append(le.Missing, in.ID)
		} else if _, err := in.Scale.CheckValue(v); err != nil {
			le.Invalid = append(le.Invalid, fmt.Sprintf("%s (%s)", in.ID, v.Text))
		}
	}
	for id := range values {
		if r.Indicator(id) == nil {
			le.Unknown = append(le.Unknown, id)
		}
	}
	if len(le.Missing)+len(le.Invalid)+len(le.Unknown) > 0 {
		sort.Strings(le.Unknown)
		return nil, &le
	}
	// Valid values that do not fit the integer scorer's numbers.
	return computeRat(r, values), nil
}

// computeRat scores valid values in big.Rat arithmetic, following the
// regulation's formulas step by step. It is the engine's reference: every
// result computeInt gives is the one computeRat gives (see the
// differential test), and it is what ComputeValues falls back to when a
// number does not fit computeInt's integers.
func computeRat(r *rubric.Rubric, values Values) *Result {
	hundred := big.NewRat(100, 1)
	res := &Result{Rubric: r}
	aspects := map[*rubric.Aspect]*AspectScore{}
	for _, a := range r.Aspects {
		as := &AspectScore{Aspect: a, Sum: new(big.Rat)}
		for _, in := range a.Indicators {
			v := values[in.ID]
			if v.Text == "" {
				v.Text = rubric.Decimal(v.Rat)
			}
			p := new(big.Rat).Mul(v.Rat, in.Weight)
			as.Sum.Add(as.Sum, p)
			res.Indicators = append(res.Indicators, &IndicatorScore{
				Indicator: in, Level: v.Whole(), Value: v, Product: p,
				Contribution: new(big.Rat).Quo(p, hundred),
			})
		}
		as.Index = new(big.Rat).Quo(as.Sum, a.Weight)
		aspects[a] = as
		res.Aspects = append(res.Aspects, as)
	}

	total := new(big.Rat)
	if r.HasDomains() {
		for _, d := range r.Domains {
			ds := &DomainScore{Domain: d, Sum: new(big.Rat)}
			for _, a := range d.Aspects {
				ds.Sum.Add(ds.Sum, new(big.Rat).Mul(aspects[a].Index, a.Weight))
			}
			ds.Index = new(big.Rat).Quo(ds.Sum, d.Weight)
			total.Add(total, new(big.Rat).Mul(ds.Index, d.Weight))
			res.Domains = append(res.Domains, ds)
		}
	} else {
		for _, as := range res.Aspects {
			total.Add(total, new(big.Rat).Mul(as.Index, as.Aspect.Weight))
		}
	}
	res.Index = total.Quo(total, hundred)
	res.ExactBand = r.Band(res.Index)
	res.RoundedBand = r.Band(r.Rounding.Round(res.Index))
	res.Band = res.ExactBand
	if r.Rounding.PredicateBasis == "rounded" {
		res.Band = res.RoundedBand
	}
	return res
}

// Rounded returns the index as printed: rounded by the rubric's policy.
func (res *Result) Rounded() *big.Rat { return res.Rubric.Rounding.Round(res.Index) }

// RoundingCrossesBand reports whether the printed index lies in another
// predicate band than the exact one (2,5995 prints 2,60 but is below 2,6).
func (res *Result) RoundingCrossesBand() bool { return res.ExactBand != res.RoundedBand }

// Total returns sum(NI * BI) over every indicator: 100 times the index.
func (res *Result) Total() *big.Rat {
	t := new(big.Rat)
	for _, is := range res.Indicators {
		t.Add(t, is.Product)
	}
	return t
}

// Values returns the values the result was computed from.
func (res *Result) Values() Values {
	vs := make(Values, len(res.Indicators))
	for _, is := range res.Indicators {
		vs[is.Indicator.ID] = is.Value
	}
	return vs
}

// Decimal reports whether any value of the result is not a whole level.
func (res *Result) Decimal() bool {
	for _, is := range res.Indicators {
		if !is.Value.IsWhole() {
			return true
		}
	}
	return false
}

// Assumed returns the indicators whose value a pending rule supplied, in
// rubric order: every output must list them with their reason.
func (res *Result) Assumed() []*IndicatorScore {
	var out []*IndicatorScore
	for _, is := range res.Indicators {
		if is.Value.Assumed != nil {
			out = append(out, is)
		}
	}
	return out
}

// Levels returns the whole levels of the result's values (the whole part
// of a decimal value; see Values for the exact ones).
func (res *Result) Levels() Levels {
	lv := make(Levels, len(res.Indicators))
	for _, is := range res.Indicators {
		lv[is.Indicator.ID] = is.Level
	}
	return lv
}

// Aspect returns the score of the aspect with the given id, or nil.
func (res *Result) Aspect(id string) *AspectScore {
	for _, a := range res.Aspects {
		if a.Aspect.ID == id {
			return a
		}
	}
	return nil
}

// Domain returns the score of the domain with the given id, or nil.
func (res *Result) Domain(id string) *DomainScore {
	for _, d := range res.Domains {
		if d.Domain.ID == id {
			return d
		}
	}
	return nil
}
