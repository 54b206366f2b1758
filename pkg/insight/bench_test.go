package insight

import (
	"testing"
)

// BenchmarkPlanNextPredicate is the plan every Markdown report makes: from
// a realistic sheet (the example's levels, 2,1685) to the next predicate.
func BenchmarkPlanNextPredicate(b *testing.B) {
	t := &testing.T{}
	r := load(t, "spbe-2020")
	lv := []int{3, 2, 3, 2, 2, 3, 1, 2, 1, 3, 4, 3, 1, 2, 3, 3, 2, 1, 2, 2, 1, 2, 2, 1, 2, 1, 1, 2, 1, 1, 1,
		3, 2, 3, 2, 3, 2, 2, 1, 3, 2, 3, 2, 3, 2, 1, 4}
	res := compute(t, r, lv)
	b.ResetTimer()
	for b.Loop() {
		if _, err := NewPlan(res, PlanOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlanWorstCase is the largest table the 2020 rubric can ask for:
// every indicator at 1, aiming at 5,00 (400 points of weight, 8000 units,
// 47 indicators with five choices each).
func BenchmarkPlanWorstCase(b *testing.B) {
	t := &testing.T{}
	r := load(t, "spbe-2020")
	lv := make([]int, 47)
	for i := range lv {
		lv[i] = 1
	}
	res := compute(t, r, lv)
	tg, err := ParseTarget(r, "5")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		p, err := NewPlan(res, PlanOptions{Target: tg})
		if err != nil || p.Status != Reached {
			b.Fatal(p.Status, err)
		}
	}
}
