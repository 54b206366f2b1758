// Package insight reads meaning into scored results: it explains how an
// index was reached (Explain, ExplainIndicator), finds the cheapest way to
// the next predicate (NewPlan) and says what changed between two
// evaluations (Compare).
//
// It knows only the rubric and the engine. Every index it shows is computed
// by score.Compute, in exact arithmetic; the planner works in exact integers
// scaled from the rubric's weights and checks its answer with the engine.
package insight

import (
	"github.com/spbe-id/spbe/pkg/lang"
	"math/big"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// Step kinds.
const (
	KindAspect = "aspect"
	KindDomain = "domain"
	KindIndex  = "index"
)

// Term is one line of a weighted sum, as the regulation's tables print it:
// a value (an indicator's level NI, an aspect's index NA or a domain's index
// ND) times a weight (BI, BA or BD).
type Term struct {
	ID     string
	Name   string
	NameEN string
	// Indicator, Level and NI are set for the terms of an aspect: Level is
	// the whole part of the value (its label's level), NI the value as the
	// sheet wrote it. Value is the exact value in every term.
	Indicator *rubric.Indicator
	Level     int
	NI        rubric.Value
	Value     *big.Rat
	Weight    *big.Rat
	Product   *big.Rat
}

// Step is one of the regulation's divisions: Index = 1/Divisor × Sum of the
// terms' products.
type Step struct {
	Kind    string
	ID      string
	Name    string
	NameEN  string
	Divisor *big.Rat
	Terms   []Term
	Sum     *big.Rat
	Index   *big.Rat
}

// Explanation is the whole arithmetic of one result, in the regulation's
// order: every aspect from its indicators, every domain from its aspects,
// the index from the domains (or from the aspects when the rubric has no
// domain layer), then the rounding and the predicate.
type Explanation struct {
	Result  *score.Result
	Aspects []*Step
	Domains []*Step
	Index   *Step
	// Rounded is the index as printed.
	Rounded *big.Rat
	// Basis is the value the predicate reads: the exact index or Rounded.
	Basis *big.Rat
}

var hundred = big.NewRat(100, 1)

// Explain lays out the arithmetic of res. It recomputes nothing the engine
// did not: every sum and index is the engine's, arranged as the
// regulation's worked examples (Tabel 10, 11 and 12 of PermenPANRB
// 59/2020) arrange them.
func Explain(res *score.Result) *Explanation {
	r := res.Rubric
	e := &Explanation{Result: res, Rounded: res.Rounded(), Basis: res.Index}
	if r.Rounding.PredicateBasis == "rounded" {
		e.Basis = e.Rounded
	}
	byInd := map[*rubric.Indicator]*score.IndicatorScore{}
	for _, is := range res.Indicators {
		byInd[is.Indicator] = is
	}
	for _, as := range res.Aspects {
		a := as.Aspect
		st := &Step{Kind: KindAspect, ID: a.ID, Name: a.Name, NameEN: a.NameEN, Divisor: a.Weight, Sum: as.Sum, Index: as.Index}
		for _, in := range a.Indicators {
			is := byInd[in]
			st.Terms = append(st.Terms, Term{ID: in.ID, Name: in.Name, NameEN: in.NameEN, Indicator: in, Level: is.Level,
				NI: is.Value, Value: is.Value.Rat, Weight: in.Weight, Product: is.Product})
		}
		e.Aspects = append(e.Aspects, st)
	}
	top := &Step{Kind: KindIndex, ID: r.ID, Name: r.Title, NameEN: r.TitleEN, Divisor: hundred, Sum: new(big.Rat), Index: res.Index}
	if r.HasDomains() {
		for _, ds := range res.Domains {
			d := ds.Domain
			st := &Step{Kind: KindDomain, ID: d.ID, Name: d.Name, NameEN: d.NameEN, Divisor: d.Weight, Sum: ds.Sum, Index: ds.Index}
			for _, a := range d.Aspects {
				as := res.Aspect(a.ID)
				st.Terms = append(st.Terms, groupTerm(a.ID, a.Name, a.NameEN, as.Index, a.Weight))
			}
			e.Domains = append(e.Domains, st)
			top.Terms = append(top.Terms, groupTerm(d.ID, d.Name, d.NameEN, ds.Index, d.Weight))
		}
	} else {
		for _, as := range res.Aspects {
			a := as.Aspect
			top.Terms = append(top.Terms, groupTerm(a.ID, a.Name, a.NameEN, as.Index, a.Weight))
		}
	}
	for _, t := range top.Terms {
		top.Sum.Add(top.Sum, t.Product)
	}
	e.Index = top
	return e
}

func groupTerm(id, name, nameEN string, index, weight *big.Rat) Term {
	return Term{ID: id, Name: name, NameEN: nameEN, Value: index, Weight: weight, Product: new(big.Rat).Mul(index, weight)}
}

// Effect is what one change does to one index above an indicator.
type Effect struct {
	Kind          string
	ID            string
	Name          string
	NameEN        string
	Before, After *big.Rat
}

// Delta is After − Before.
func (e Effect) Delta() *big.Rat { return new(big.Rat).Sub(e.After, e.Before) }

// IndicatorExplanation is one indicator's part in a result, and what one
// more level would add to each index above it.
type IndicatorExplanation struct {
	Result    *score.Result
	Indicator *rubric.Indicator
	// Level is the whole part of the value, Value the exact value.
	Level int
	Value rubric.Value
	// Product is NI × BI; Contribution is what it adds to the index.
	Product, Contribution *big.Rat
	// Next is the next whole level (2 from 1,26), or 0 when the indicator
	// is at the top of its
	// scale; then Effects is empty and NextResult nil.
	Next       int
	NextResult *score.Result
	// Effects are the aspect, the domain (when the rubric has domains) and
	// the index, in that order.
	Effects []Effect
}

// ExplainIndicator explains indicator id of res. The effect of one more
// level is computed by scoring the raised levels with the engine.
func ExplainIndicator(res *score.Result, id string) (*IndicatorExplanation, error) {
	r := res.Rubric
	if err := CheckIndicator(r, id); err != nil {
		return nil, err
	}
	in := r.Indicator(id)
	var is *score.IndicatorScore
	for _, x := range res.Indicators {
		if x.Indicator == in {
			is = x
		}
	}
	ie := &IndicatorExplanation{Result: res, Indicator: in, Level: is.Level, Value: is.Value, Product: is.Product, Contribution: is.Contribution}
	if is.Level >= in.Scale.Max() {
		return ie, nil
	}
	ie.Next = is.Level + 1
	vs := res.Values()
	vs[in.ID] = rubric.WholeValue(ie.Next)
	next, err := score.ComputeValues(r, vs)
	if err != nil {
		return nil, err
	}
	ie.NextResult = next
	a := in.Aspect
	ie.Effects = append(ie.Effects, Effect{Kind: KindAspect, ID: a.ID, Name: a.Name, NameEN: a.NameEN,
		Before: res.Aspect(a.ID).Index, After: next.Aspect(a.ID).Index})
	if d := a.Domain; d != nil {
		ie.Effects = append(ie.Effects, Effect{Kind: KindDomain, ID: d.ID, Name: d.Name, NameEN: d.NameEN,
			Before: res.Domain(d.ID).Index, After: next.Domain(d.ID).Index})
	}
	ie.Effects = append(ie.Effects, Effect{Kind: KindIndex, ID: r.ID, Name: r.Title, NameEN: r.TitleEN,
		Before: res.Index, After: next.Index})
	return ie, nil
}

// CheckIndicator reports an error naming the rubric's indicators when id
// is not one of them.
func CheckIndicator(r *rubric.Rubric, id string) error {
	if r.Indicator(id) == nil {
		return lang.Errorf("insight.unknown-indicator-rubric-has", id, r.ID, idRange(r))
	}
	return nil
}

// idRange names a rubric's indicators for a message: "1 to 47", or the
// list when it is short.
func idRange(r *rubric.Rubric) string {
	ids := r.Indicators
	if len(ids) <= 6 {
		s := ""
		for i, in := range ids {
			if i > 0 {
				s += ", "
			}
			s += in.ID
		}
		return s
	}
	return lang.Sprintf("insight.range", ids[0].ID, ids[len(ids)-1].ID)
}
