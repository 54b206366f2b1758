package insight

import (
	"github.com/spbe-id/spbe/pkg/lang"
	"math/big"
	"sort"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// Change is how one index moved between two evaluations.
type Change struct {
	Kind     string
	ID       string
	Name     string
	NameEN   string
	Weight   *big.Rat
	Old, New *big.Rat
}

// Delta is New − Old.
func (c Change) Delta() *big.Rat { return new(big.Rat).Sub(c.New, c.Old) }

// LevelChange is an indicator whose value moved.
type LevelChange struct {
	Indicator *rubric.Indicator
	// Old and New are the whole levels (the labels' levels); OldValue and
	// NewValue the exact values, which may move within a level (1,26 to
	// 1,5).
	Old, New           int
	OldValue, NewValue rubric.Value
	// Delta is what the move changed the index by: (New − Old) × BI / 100,
	// on the exact values.
	Delta *big.Rat
}

// Comparison is what changed between an older and a newer evaluation of
// the same rubric.
type Comparison struct {
	Old, New *score.Result
	Index    Change
	// Domains and Aspects list every domain and aspect, the largest change
	// (up or down) first, then in rubric order.
	Domains []Change
	Aspects []Change
	// Indicators lists the indicators whose level changed, the largest
	// effect on the index first, then in rubric order.
	Indicators []LevelChange
	// Unchanged counts the indicators whose level stayed.
	Unchanged int
}

// Compare compares two results. They must come from the same rubric: there
// is no official crosswalk between frameworks, so anything else is refused.
func Compare(old, cur *score.Result) (*Comparison, error) {
	ro, rn := old.Rubric, cur.Rubric
	if ro.ID != rn.ID {
		return nil, lang.Errorf("insight.evaluations-use-different-rubrics", ro.ID, rn.ID)
	}
	c := &Comparison{Old: old, New: cur,
		Index: Change{Kind: KindIndex, ID: rn.ID, Name: rn.Title, NameEN: rn.TitleEN, Weight: hundred, Old: old.Index, New: cur.Index}}
	for _, d := range cur.Domains {
		od := old.Domain(d.Domain.ID)
		if od == nil {
			return nil, lang.Errorf("insight.domain-newer-evaluation-not", d.Domain.ID)
		}
		c.Domains = append(c.Domains, Change{Kind: KindDomain, ID: d.Domain.ID, Name: d.Domain.Name, NameEN: d.Domain.NameEN, Weight: d.Domain.Weight, Old: od.Index, New: d.Index})
	}
	for _, a := range cur.Aspects {
		oa := old.Aspect(a.Aspect.ID)
		if oa == nil {
			return nil, lang.Errorf("insight.aspect-newer-evaluation-not", a.Aspect.ID)
		}
		c.Aspects = append(c.Aspects, Change{Kind: KindAspect, ID: a.Aspect.ID, Name: a.Aspect.Name, NameEN: a.Aspect.NameEN, Weight: a.Aspect.Weight, Old: oa.Index, New: a.Index})
	}
	oldVs := old.Values()
	for _, is := range cur.Indicators {
		in := is.Indicator
		ov, ok := oldVs[in.ID]
		if !ok {
			return nil, lang.Errorf("insight.indicator-newer-evaluation-not", in.ID)
		}
		if ov.Rat.Cmp(is.Value.Rat) == 0 {
			c.Unchanged++
			continue
		}
		d := new(big.Rat).Sub(is.Value.Rat, ov.Rat)
		d.Mul(d, in.Weight)
		c.Indicators = append(c.Indicators, LevelChange{Indicator: in, Old: ov.Whole(), New: is.Level,
			OldValue: ov, NewValue: is.Value, Delta: d.Quo(d, hundred)})
	}
	byChange := func(xs []Change) {
		sort.SliceStable(xs, func(i, j int) bool {
			return new(big.Rat).Abs(xs[i].Delta()).Cmp(new(big.Rat).Abs(xs[j].Delta())) > 0
		})
	}
	byChange(c.Domains)
	byChange(c.Aspects)
	sort.SliceStable(c.Indicators, func(i, j int) bool {
		return new(big.Rat).Abs(c.Indicators[i].Delta).Cmp(new(big.Rat).Abs(c.Indicators[j].Delta)) > 0
	})
	return c, nil
}
