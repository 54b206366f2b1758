package insight

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

func load(t *testing.T, ref string) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Open(ref, 0)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// spbeRounded is the 2020 rubric with its predicate reading the rounded
// index, to test the planner's other basis on real weights.
func spbeRounded(t *testing.T) *rubric.Rubric {
	t.Helper()
	src, err := rubric.BuiltinSource("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(src), "predicate_basis: exact", "predicate_basis: rounded", 1)
	r, err := rubric.Parse([]byte(s), "spbe-2020-rounded")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func compute(t *testing.T, r *rubric.Rubric, lv []int) *score.Result {
	t.Helper()
	levels := score.Levels{}
	for i, in := range r.Indicators {
		levels[in.ID] = lv[i]
	}
	res, err := score.Compute(r, levels)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// computeTo scores res with the indicators whose level in to differs from
// res's raised to that whole level, and the others at their exact values.
func computeTo(t *testing.T, res *score.Result, to []int) *score.Result {
	t.Helper()
	vs := score.Values{}
	for i, is := range res.Indicators {
		vs[is.Indicator.ID] = is.Value
		if to[i] != is.Level {
			vs[is.Indicator.ID] = rubric.WholeValue(to[i])
		}
	}
	out, err := score.ComputeValues(res.Rubric, vs)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// reaches is the brute force's own reading of a target, straight from the
// engine's result: the band the engine assigns, or the index the rubric's
// predicate reads. It shares nothing with the planner's threshold.
func reaches(res *score.Result, tg *Target) bool {
	r := res.Rubric
	if tg.Band != nil {
		return bandIndex(r, res.Band) >= bandIndex(r, tg.Band)
	}
	x := res.Index
	if r.Rounding.PredicateBasis == "rounded" {
		x = res.Rounded()
	}
	return x.Cmp(tg.Index) >= 0
}

type candidate struct {
	to    []int
	cost  *big.Rat
	steps int
}

// bruteForce tries every vector of final levels the options allow (with a
// total cost of at most budget, when budget is not nil) and returns the
// best that reaches the target, by the planner's documented order: least
// cost, then fewest steps, then the larger raise earlier in the rubric.
func bruteForce(t *testing.T, res *score.Result, o PlanOptions, tg *Target, budget *big.Rat) (*candidate, bool) {
	r := res.Rubric
	costs := o.Costs
	if costs == nil {
		costs = DefaultCosts()
	}
	allowed := map[*rubric.Indicator]bool{}
	for _, in := range r.Indicators {
		allowed[in] = o.Only == nil || slices.Contains(o.Only, in)
	}
	for _, in := range o.Exclude {
		allowed[in] = false
	}
	from := make([]int, len(r.Indicators))
	caps := make([]int, len(r.Indicators))
	for i, is := range res.Indicators {
		from[i], caps[i] = is.Level, is.Level
		if allowed[is.Indicator] {
			caps[i] = is.Indicator.Scale.Max()
			if o.MaxLevel > 0 {
				caps[i] = max(min(caps[i], o.MaxLevel), is.Level)
			}
		}
	}
	var all []candidate
	cur := slices.Clone(from)
	var walk func(i int, cost *big.Rat, steps int)
	walk = func(i int, cost *big.Rat, steps int) {
		if budget != nil && cost.Cmp(budget) > 0 {
			return
		}
		if i == len(cur) {
			all = append(all, candidate{slices.Clone(cur), new(big.Rat).Set(cost), steps})
			return
		}
		c := new(big.Rat).Set(cost)
		for lv := from[i]; lv <= caps[i]; lv++ {
			cur[i] = lv
			walk(i+1, c, steps+lv-from[i])
			if lv < caps[i] {
				c = new(big.Rat).Add(c, costs.Step(r.Indicators[i].Scale, lv))
				if budget != nil && c.Cmp(budget) > 0 {
					break
				}
			}
		}
		cur[i] = from[i]
	}
	walk(0, new(big.Rat), 0)
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if c := a.cost.Cmp(b.cost); c != 0 {
			return c < 0
		}
		if a.steps != b.steps {
			return a.steps < b.steps
		}
		return slices.Compare(a.to, b.to) > 0
	})
	for _, c := range all {
		if reaches(computeTo(t, res, c.to), tg) {
			return &c, true
		}
	}
	return nil, false
}

// checkAgainstBruteForce plans and compares the plan with brute force.
// With a budget, a brute force that finds nothing proves only that the
// optimum costs more than the budget.
func checkAgainstBruteForce(t *testing.T, name string, res *score.Result, o PlanOptions, budget *big.Rat) string {
	t.Helper()
	p, err := NewPlan(res, o)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	best, found := bruteForce(t, res, o, o.Target, budget)
	switch {
	case !found && budget != nil:
		if p.Status == Reached && p.Cost.Cmp(budget) <= 0 {
			t.Fatalf("%s: brute force finds nothing within cost %s, the planner claims %s", name, budget.RatString(), p.Cost.RatString())
		}
		return "beyond the budget"
	case !found:
		if p.Status != Unreachable {
			t.Fatalf("%s: brute force finds no way to the target, the planner says %v", name, p.Status)
		}
		if reaches(p.Result, o.Target) {
			t.Fatalf("%s: the best reachable result reaches the target", name)
		}
		return Unreachable.String()
	case best.cost.Sign() == 0:
		if p.Status != NothingToDo {
			t.Fatalf("%s: the target is already met, the planner says %v with %d raises", name, p.Status, len(p.Raises))
		}
		return NothingToDo.String()
	}
	if p.Status != Reached {
		t.Fatalf("%s: brute force reaches the target at cost %s, the planner says %v", name, best.cost.RatString(), p.Status)
	}
	got := levelsOf(p.Result)
	if p.Cost.Cmp(best.cost) != 0 || p.Steps != best.steps || !slices.Equal(got, best.to) {
		t.Fatalf("%s: planner: cost %s, %d steps, levels %v\nbrute force: cost %s, %d steps, levels %v",
			name, p.Cost.RatString(), p.Steps, got, best.cost.RatString(), best.steps, best.to)
	}
	return Reached.String()
}

// expectOutcomes fails a test whose random cases did not exercise every
// outcome it should: a comparison that never sees a plan proves nothing.
func expectOutcomes(t *testing.T, seen map[string]int, want ...string) {
	t.Helper()
	for _, w := range want {
		if seen[w] < 3 {
			t.Errorf("only %d cases ended %q: %v", seen[w], w, seen)
		}
	}
	t.Logf("outcomes: %v", seen)
}

func levelsOf(res *score.Result) []int {
	out := make([]int, len(res.Indicators))
	for i, is := range res.Indicators {
		out[i] = is.Level
	}
	return out
}

func randomLevels(rng *rand.Rand, r *rubric.Rubric) []int {
	lv := make([]int, len(r.Indicators))
	for i, in := range r.Indicators {
		lv[i] = in.Scale.Min() + rng.IntN(in.Scale.Max()-in.Scale.Min()+1)
	}
	return lv
}

func randomCosts(rng *rand.Rand) Costs {
	if rng.IntN(3) == 0 {
		return nil
	}
	c := Costs{}
	x := big.NewRat(int64(1+rng.IntN(3)), int64(1+rng.IntN(2)))
	for range 4 {
		c = append(c, x)
		x = new(big.Rat).Add(x, big.NewRat(int64(1+rng.IntN(4)), int64(1+rng.IntN(2))))
	}
	return c
}

func randomSubset(rng *rand.Rand, r *rubric.Rubric, n int) []*rubric.Indicator {
	idx := rng.Perm(len(r.Indicators))[:n]
	sort.Ints(idx)
	var out []*rubric.Indicator
	for _, i := range idx {
		out = append(out, r.Indicators[i])
	}
	return out
}

// randomTarget picks a band, or an index on a grid finer than the
// rounding, between the lowest and the highest index.
func randomTarget(t *testing.T, rng *rand.Rand, r *rubric.Rubric) *Target {
	if rng.IntN(2) == 0 {
		b := r.Bands[rng.IntN(len(r.Bands))]
		return &Target{Band: b, Index: b.From}
	}
	lo, hi, err := Extremes(r)
	if err != nil {
		t.Fatal(err)
	}
	steps := new(big.Rat).Mul(new(big.Rat).Sub(hi, lo), big.NewRat(400, 1))
	n := new(big.Int).Quo(steps.Num(), steps.Denom()).Int64()
	x := new(big.Rat).Add(lo, big.NewRat(rng.Int64N(n+1), 400))
	return &Target{Index: x}
}

func TestPlanIsTheBruteForceOptimumOnSmallRubrics(t *testing.T) {
	for _, file := range []string{"testdata/tiny.yaml", "testdata/tiny-rounded.yaml"} {
		r := load(t, file)
		rng := rand.New(rand.NewPCG(1, uint64(len(file))))
		seen := map[string]int{}
		for i := range 400 {
			lv := randomLevels(rng, r)
			o := PlanOptions{Target: randomTarget(t, rng, r), Costs: randomCosts(rng)}
			if rng.IntN(3) == 0 {
				o.MaxLevel = 2 + rng.IntN(3)
			}
			if rng.IntN(3) == 0 {
				o.Only = randomSubset(rng, r, 1+rng.IntN(len(r.Indicators)))
			}
			if rng.IntN(4) == 0 {
				o.Exclude = randomSubset(rng, r, 1)
			}
			name := fmt.Sprintf("%s case %d", file, i)
			seen[checkAgainstBruteForce(t, name, compute(t, r, lv), o, nil)]++
		}
		expectOutcomes(t, seen, "reached", "nothing-to-do", "unreachable")
	}
}

// The table of costs and steps in two arrays, which NewPlan uses when
// they do not fit one word, finds the same optima.
func TestPlanWithoutThePackedTableIsTheBruteForceOptimum(t *testing.T) {
	packTable = false
	defer func() { packTable = true }()
	TestPlanIsTheBruteForceOptimumOnSmallRubrics(t)
	TestPlanIsTheBruteForceOptimumOnSPBE2020Subsets(t)
}

func TestPlanIsTheBruteForceOptimumOnSPBE2020Subsets(t *testing.T) {
	for i, r := range []*rubric.Rubric{load(t, "spbe-2020"), spbeRounded(t)} {
		rng := rand.New(rand.NewPCG(2, uint64(i)))
		seen := map[string]int{}
		for range 40 {
			res := compute(t, r, randomLevels(rng, r))
			o := PlanOptions{Only: randomSubset(rng, r, 5), Costs: randomCosts(rng)}
			// A small gap above the current index, or the next band.
			if rng.IntN(2) == 0 {
				o.Target = &Target{Index: new(big.Rat).Add(res.Index, big.NewRat(int64(1+rng.IntN(150)), 2000))}
			} else if i := bandIndex(r, res.Band); i+1 < len(r.Bands) {
				o.Target = &Target{Band: r.Bands[i+1], Index: r.Bands[i+1].From}
			} else {
				continue
			}
			seen[checkAgainstBruteForce(t, r.File+" subset", res, o, nil)]++
		}
		expectOutcomes(t, seen, "reached", "unreachable")
	}
}

func TestPlanIsTheBruteForceOptimumOnSPBE2020SmallGaps(t *testing.T) {
	for i, r := range []*rubric.Rubric{load(t, "spbe-2020"), spbeRounded(t)} {
		rng := rand.New(rand.NewPCG(3, uint64(i)))
		seen := map[string]int{}
		for range 25 {
			// Levels of 2 and up keep every step's cost at 2 or more, so
			// brute force within a budget of 6 stays small over all 47
			// indicators.
			lv := make([]int, len(r.Indicators))
			for i := range lv {
				lv[i] = 2 + rng.IntN(4)
			}
			res := compute(t, r, lv)
			o := PlanOptions{Target: &Target{Index: new(big.Rat).Add(res.Index, big.NewRat(int64(1+rng.IntN(60)), 2000))}}
			seen[checkAgainstBruteForce(t, r.File+" small gap", res, o, big.NewRat(6, 1))]++
		}
		expectOutcomes(t, seen, "reached")
	}
}

// The threshold is the smallest exact index whose rounding reaches the
// target, for half-up and half-even alike.
func TestThresholdIsWhereRoundingReachesTheTarget(t *testing.T) {
	for _, file := range []string{"testdata/tiny-rounded.yaml", "testdata/tiny.yaml"} {
		r := load(t, file)
		for _, mode := range []string{"half-up", "half-even"} {
			r.Rounding.Mode = mode
			for tgt := 100; tgt <= 400; tgt += 5 {
				target := big.NewRat(int64(tgt), 100)
				thr, strict := threshold(r, target)
				p := &Plan{Threshold: thr, Strict: strict}
				for x := 1000; x <= 4000; x++ {
					v := big.NewRat(int64(x), 1000)
					read := v
					if r.Rounding.PredicateBasis == "rounded" {
						read = r.Rounding.Round(v)
					}
					if want := read.Cmp(target) >= 0; p.Meets(v) != want {
						t.Fatalf("%s %s: target %s, index %s: Meets = %v, the rounding says %v", file, mode, target.FloatString(2), v.FloatString(3), !want, want)
					}
				}
			}
		}
	}
}

func TestPlanToTheNextPredicateByDefault(t *testing.T) {
	r := load(t, "spbe-2020")
	lv := make([]int, 47)
	for i := range lv {
		lv[i] = 3
	}
	p, err := NewPlan(compute(t, r, lv), PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// From 3,00 (Baik) to Sangat Baik at 3,50: 50 points of weight must
	// climb one level. A step from 3 costs 3 and a second one 5, so the
	// fewest single steps win, and 17 steps give at most 48 points: 18
	// steps cost 54. Many sets of 18 reach 50; the tie-break raises the
	// earliest indicators it can: 11-14 (2,50 each), then 8 of the 2,75
	// and all 6 of the 3,00, exactly 50 points, 3,50.
	if p.Status != Reached || p.Target.Band.Name != "Sangat Baik" {
		t.Fatalf("status %v, target %v", p.Status, p.Target)
	}
	if p.Result.Index.Cmp(big.NewRat(350, 100)) != 0 || p.Result.Band.Name != "Sangat Baik" {
		t.Fatalf("the plan ends at %s (%s)", p.Result.Index.FloatString(4), p.Result.Band.Name)
	}
	var ids []string
	for _, rs := range p.Raises {
		if rs.From != 3 || rs.To != 4 {
			t.Fatalf("raise %s %d -> %d", rs.Indicator.ID, rs.From, rs.To)
		}
		ids = append(ids, rs.Indicator.ID)
	}
	want := "11 12 13 14 32 33 34 35 36 37 38 39 42 43 44 45 46 47"
	if strings.Join(ids, " ") != want || p.Steps != 18 || p.Cost.Cmp(big.NewRat(54, 1)) != 0 {
		t.Fatalf("raises %v, %d steps costing %s; want %s, 18 steps costing 54", ids, p.Steps, p.Cost.RatString(), want)
	}
}

func TestNothingToDoAtTheTopOrAtTheTarget(t *testing.T) {
	r := load(t, "spbe-2020")
	lv := make([]int, 47)
	for i := range lv {
		lv[i] = 5
	}
	p, err := NewPlan(compute(t, r, lv), PlanOptions{})
	if err != nil || p.Status != NothingToDo || p.Target != nil {
		t.Fatalf("top band: %v, %v", p, err)
	}
	for i := range lv {
		lv[i] = 3
	}
	baik := r.Bands[2]
	p, err = NewPlan(compute(t, r, lv), PlanOptions{Target: &Target{Band: baik, Index: baik.From}})
	if err != nil || p.Status != NothingToDo {
		t.Fatalf("target below the result: %v, %v", p, err)
	}
}

func TestUnreachableShowsTheBestReachable(t *testing.T) {
	r := load(t, "spbe-2020")
	lv := make([]int, 47)
	for i := range lv {
		lv[i] = 2
	}
	only, err := Select(r, []string{"A2"})
	if err != nil {
		t.Fatal(err)
	}
	tg, _ := ParseTarget(r, "Baik")
	p, err := NewPlan(compute(t, r, lv), PlanOptions{Target: tg, Only: only, MaxLevel: 4})
	if err != nil {
		t.Fatal(err)
	}
	// Aspect 2 (10 points) from 2 to 4 adds 0,20: 2,20, short of 2,60.
	if p.Status != Unreachable || p.Result.Index.Cmp(big.NewRat(22, 10)) != 0 || len(p.Raises) != 4 || p.Steps != 8 {
		t.Fatalf("status %v, index %s, %d raises, %d steps", p.Status, p.Result.Index.FloatString(4), len(p.Raises), p.Steps)
	}
}

func TestPlanRefusesAnAbsurdTable(t *testing.T) {
	r := load(t, "spbe-2020")
	lv := make([]int, 47)
	for i := range lv {
		lv[i] = 1
	}
	tg, _ := ParseTarget(r, "5")
	_, err := NewPlan(compute(t, r, lv), PlanOptions{Target: tg, MaxStates: 1000})
	if err == nil || !strings.Contains(err.Error(), "more than the planner's limit of 1000") {
		t.Fatalf("err = %v", err)
	}
}

func TestParseCosts(t *testing.T) {
	good := map[string]string{"1,2,3,5": "1,2,3,5", " 0.5, 1 ,1.25,9": "0.5,1,1.25,9"}
	for in, want := range good {
		c, err := ParseCosts(in)
		if err != nil || c.String() != want {
			t.Errorf("ParseCosts(%q) = %v, %v; want %s", in, c, err, want)
		}
	}
	bad := map[string]string{
		"1,2,2,5": "step 3 costs 2, not more than step 2 (2)",
		"3,2,1":   "step 2 costs 2, not more than step 1 (3)",
		"0,1,2,3": "the cost of step 1 is 0; every cost must be positive",
		"-1,1":    "the cost of step 1 is -1",
		"1,2,x":   `"x" is not a number`,
		"":        `"" is not a number`,
		"1,,3":    `"" is not a number`,
	}
	for in, want := range bad {
		if _, err := ParseCosts(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseCosts(%q): error %v, want %q", in, err, want)
		}
	}
	short, _ := ParseCosts("1,2")
	if err := short.Check(load(t, "spbe-2020")); err == nil || !strings.Contains(err.Error(), "has 2 steps, but scale proses of rubric spbe-2020 has 4") {
		t.Errorf("Check: %v", err)
	}
}

func TestParseTargetAndSelect(t *testing.T) {
	r := load(t, "spbe-2020")
	for in, want := range map[string]string{"Baik": "Baik", "sangat  baik": "Sangat Baik", "Very Good": "Sangat Baik"} {
		tg, err := ParseTarget(r, in)
		if err != nil || tg.Band == nil || tg.Band.Name != want {
			t.Errorf("ParseTarget(%q) = %v, %v", in, tg, err)
		}
	}
	if tg, err := ParseTarget(r, "3,25"); err != nil || tg.Band != nil || tg.Index.Cmp(big.NewRat(325, 100)) != 0 {
		t.Errorf("ParseTarget(3,25) = %v, %v", tg, err)
	}
	if _, err := ParseTarget(r, "5.01"); err == nil || !strings.Contains(err.Error(), "above the highest index rubric spbe-2020 can give (5,") && !strings.Contains(err.Error(), "(5, every") {
		t.Errorf("ParseTarget(5.01): %v", err)
	}
	if _, err := ParseTarget(r, "Istimewa"); err == nil || !strings.Contains(err.Error(), "neither a predicate of spbe-2020 (Kurang, Cukup, Baik, Sangat Baik, Memuaskan)") {
		t.Errorf("ParseTarget(Istimewa): %v", err)
	}
	sel, err := Select(r, []string{"D1", "12", "A4"})
	if err != nil || len(sel) != 13 || sel[10].ID != "12" || sel[12].ID != "20" {
		t.Errorf("Select = %d indicators, %v", len(sel), err)
	}
	if _, err := Select(r, []string{"48", "1", "A9"}); err == nil || err.Error() != `unknown indicators "48", "A9": rubric spbe-2020 has indicators 1 to 47, aspects A1 to A8 and domains D1 to D4` {
		t.Errorf("Select unknown: %v", err)
	}
}

// randomValues draws decimal values: whole levels, hundredths such as
// 1.26, halves, and a formula's cached 1.1666666666666667 (the decimal, not
// 7/6), each within its scale.
func randomValues(t *testing.T, rng *rand.Rand, r *rubric.Rubric) *score.Result {
	t.Helper()
	vs := score.Values{}
	for _, in := range r.Indicators {
		lo, hi := in.Scale.Min(), in.Scale.Max()
		var text string
		switch rng.IntN(4) {
		case 0:
			text = fmt.Sprint(lo + rng.IntN(hi-lo+1))
		case 1:
			text = fmt.Sprintf("%d.%02d", lo+rng.IntN(hi-lo), rng.IntN(100))
		case 2:
			text = fmt.Sprintf("%d.5", lo+rng.IntN(hi-lo))
		default:
			text = fmt.Sprintf("%d.1666666666666667", lo+rng.IntN(hi-lo))
		}
		v, err := in.Scale.ParseValue(text)
		if err != nil {
			t.Fatal(err)
		}
		vs[in.ID] = v
	}
	res, err := score.ComputeValues(r, vs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// On decimal values the planner (its table over costs) still finds the
// brute force's optimum: from 1,26 the first step reaches 2 and costs a
// step from level 1.
func TestPlanIsTheBruteForceOptimumOnDecimalValues(t *testing.T) {
	for _, file := range []string{"testdata/tiny-decimal.yaml", "pemdi-2026"} {
		r := load(t, file)
		rng := rand.New(rand.NewPCG(7, uint64(len(file))))
		seen := map[string]int{}
		for i := range 300 {
			res := randomValues(t, rng, r)
			o := PlanOptions{Target: randomTarget(t, rng, r), Costs: randomCosts(rng)}
			if len(r.Indicators) > 6 {
				// Brute force over 20 indicators is out of reach: plan
				// over a few, toward a target near the current index.
				o.Only = randomSubset(rng, r, 5)
				o.Target = &Target{Index: new(big.Rat).Add(res.Index, big.NewRat(int64(1+rng.IntN(150)), 1000))}
			}
			if rng.IntN(3) == 0 {
				o.MaxLevel = 2 + rng.IntN(3)
			}
			if rng.IntN(4) == 0 {
				o.Exclude = randomSubset(rng, r, 1)
			}
			seen[checkAgainstBruteForce(t, fmt.Sprintf("%s case %d", file, i), res, o, nil)]++
		}
		expectOutcomes(t, seen, "reached", "unreachable")
	}
}

// A worked case: indicator 1 of tiny at 1,26 (weight 12.35) and the rest
// at 1. Raising 1 to 2 gains (2 − 1.26) × 12.35 / 100 = 0.09139 at the cost
// of a step from level 1 (1), and is reported from 1,26.
func TestPlanRaisesADecimalToTheNextWholeLevel(t *testing.T) {
	r := load(t, "testdata/tiny-decimal.yaml")
	vs := score.Values{}
	for _, in := range r.Indicators {
		vs[in.ID] = rubric.WholeValue(1)
	}
	v, _ := r.Indicator("1").Scale.ParseValue("1.26")
	vs["1"] = v
	res, err := score.ComputeValues(r, vs)
	if err != nil {
		t.Fatal(err)
	}
	// Index before: (1.26 × 12.35 + 87.65) / 100 = 1.032111; a target of
	// 1.1 needs a gain of 0.067889, which one step from level 1 (cost 1)
	// of indicator 1 (0.09139), 2 (0.3), 3 (0.075), 4 or 5 gives; among
	// equal plans the earliest indicator is raised.
	p, err := NewPlan(res, PlanOptions{Target: &Target{Index: big.NewRat(11, 10)}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != Reached || len(p.Raises) != 1 {
		t.Fatalf("plan: %v, %+v", p.Status, p.Raises)
	}
	rs := p.Raises[0]
	if rs.Indicator.ID != "1" || rs.From != 1 || rs.To != 2 || rs.FromValue.Text != "1.26" ||
		rs.Cost.Cmp(big.NewRat(1, 1)) != 0 || rs.Gain.Cmp(big.NewRat(9139, 100000)) != 0 {
		t.Errorf("raise %+v", rs)
	}
	for _, g := range p.Gains {
		if g.Indicator.ID == "1" && (g.Gain.Cmp(big.NewRat(9139, 100000)) != 0 || g.Value.Text != "1.26") {
			t.Errorf("next step of indicator 1: %+v", g)
		}
	}
}

// cheapestRaises, with a table of bytes or of 16-bit words and with its
// costs packed or not, finds the cheapest options (then the fewest steps,
// then the most steps of the first indicator, of the second, ...) that
// brute force finds, also for indicators with more than 256 options.
func TestCheapestRaisesIsTheBruteForceOptimum(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for c := range 3000 {
		n := 1 + rng.IntN(4)
		opts := make([][]raiseOption, n)
		var total int64
		for i := range opts {
			m := 1 + rng.IntN(4)
			if c%100 == 0 && i == 0 {
				m = 257 + rng.IntN(60)
			}
			opts[i] = []raiseOption{{0, 0}}
			var g, cost int64
			for range m - 1 {
				g += int64(rng.IntN(4))
				cost += int64(rng.IntN(3))
				opts[i] = append(opts[i], raiseOption{g, cost})
			}
			total += g
		}
		G := rng.Int64N(total + 2)
		want, wantOK := bruteForceRaises(opts, G)
		for _, packed := range []bool{true, false} {
			packTable = packed
			var got [][]int
			var oks []bool
			ks, ok := cheapestRaises[uint16](opts, G)
			got, oks = append(got, ks), append(oks, ok)
			if len(opts[0]) <= 256 {
				ks, ok = cheapestRaises[uint8](opts, G)
				got, oks = append(got, ks), append(oks, ok)
			}
			packTable = true
			for j := range got {
				if oks[j] != wantOK || !slices.Equal(got[j], want) {
					t.Fatalf("case %d (packed %v, table %d): options %v, gain %d: got %v %v, brute force %v %v", c, packed, j, opts, G, got[j], oks[j], want, wantOK)
				}
			}
		}
	}
}

// bruteForceRaises tries every combination of options.
func bruteForceRaises(opts [][]raiseOption, G int64) ([]int, bool) {
	var best []int
	var bestCost, bestSteps int64
	ks := make([]int, len(opts))
	var try func(i int)
	try = func(i int) {
		if i == len(opts) {
			var gain, cost, steps int64
			for j, k := range ks {
				gain, cost, steps = gain+opts[j][k].gain, cost+opts[j][k].cost, steps+int64(k)
			}
			if gain < G {
				return
			}
			if best == nil || cost < bestCost || cost == bestCost && (steps < bestSteps || steps == bestSteps && slices.Compare(ks, best) > 0) {
				best, bestCost, bestSteps = slices.Clone(ks), cost, steps
			}
			return
		}
		for k := range opts[i] {
			ks[i] = k
			try(i + 1)
		}
	}
	try(0)
	return best, best != nil
}
