package insight

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"math"
	"math/big"
	"sort"
	"strings"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// Costs is what one step up a scale costs, by where it starts: Costs[0] is
// the step from a scale's first level to its second (1 → 2 on a 1..5
// scale), Costs[1] the next step, and so on. The numbers are effort in any
// unit a team likes; only their ratios matter to the plan.
type Costs []*big.Rat

// DefaultCosts is the documented default: a step costs 1 from level 1,
// 2 from level 2, 3 from level 3 and 5 from level 4, because each level's
// criteria include the level below and ask more (a policy drafted, then
// set, then integrated and measured, then reviewed and renewed).
func DefaultCosts() Costs {
	return Costs{big.NewRat(1, 1), big.NewRat(2, 1), big.NewRat(3, 1), big.NewRat(5, 1)}
}

// ParseCosts reads a cost table such as "1,2,3,5" or "0.5,1,2,4": decimal
// numbers separated by commas, each positive and each larger than the one
// before.
func ParseCosts(s string) (Costs, error) {
	parts := strings.Split(s, ",")
	var c Costs
	for i, p := range parts {
		p = strings.TrimSpace(p)
		x, ok := rubric.ParseDecimal(p)
		if !ok {
			return nil, lang.Errorf("insight.cost-table-not-number", s, p)
		}
		if x.Sign() <= 0 {
			return nil, lang.Errorf("insight.cost-table-cost-step", s, i+1, lang.Dec(rubric.Exact(x)))
		}
		if i > 0 && x.Cmp(c[i-1]) <= 0 {
			return nil, lang.Errorf("insight.cost-table-step-costs", s, i+1, lang.Dec(rubric.Exact(x)), i, lang.Dec(rubric.Exact(c[i-1])))
		}
		c = append(c, x)
	}
	return c, nil
}

// String writes the table as ParseCosts reads it.
func (c Costs) String() string {
	parts := make([]string, len(c))
	for i, x := range c {
		parts[i] = rubric.Exact(x)
	}
	return strings.Join(parts, ",")
}

// Check reports whether the table has a cost for every step of every scale
// of r.
func (c Costs) Check(r *rubric.Rubric) error {
	for _, s := range r.Scales {
		if n := s.Max() - s.Min(); n > len(c) {
			return lang.Errorf("insight.cost-table-has-steps", c, len(c), s.ID, r.ID, n, s.Min(), s.Max())
		}
	}
	return nil
}

// Step returns the cost of the step from level lv up one level of scale s.
func (c Costs) Step(s *rubric.Scale, lv int) *big.Rat { return c[lv-s.Min()] }

// Target is what a plan aims for: a predicate band, or an index.
type Target struct {
	// Band is the predicate asked for; nil when the target is an index.
	Band *rubric.Band
	// Index is the band's lower bound, or the index asked for.
	Index *big.Rat
}

// ParseTarget reads a --target value: the name of a predicate band of r
// (in Indonesian or English, any case: "Baik", "sangat baik", "Good") or an
// index ("3.5", "3,50"). An index above the highest r can give is an error.
func ParseTarget(r *rubric.Rubric, s string) (*Target, error) {
	name := strings.Join(strings.Fields(s), " ")
	for _, b := range r.Bands {
		if strings.EqualFold(name, b.Name) || b.NameEN != "" && strings.EqualFold(name, b.NameEN) {
			return &Target{Band: b, Index: b.From}, nil
		}
	}
	x, ok := rubric.ParseDecimal(s)
	if !ok {
		var names []string
		for _, b := range r.Bands {
			names = append(names, b.Name)
		}
		return nil, lang.Errorf("insight.target-neither-predicate-nor", s, r.ID, strings.Join(names, ", "))
	}
	_, hi, err := Extremes(r)
	if err != nil {
		return nil, err
	}
	if x.Cmp(hi) > 0 {
		return nil, lang.Errorf("insight.target-above-highest-index", lang.Dec(rubric.Exact(x)), r.ID, lang.Dec(rubric.Exact(hi)))
	}
	return &Target{Index: x}, nil
}

// Extremes returns the lowest and the highest index r can give: every
// indicator at the bottom, and at the top, of its scale.
func Extremes(r *rubric.Rubric) (lo, hi *big.Rat, err error) {
	min, max := score.Levels{}, score.Levels{}
	for _, in := range r.Indicators {
		min[in.ID], max[in.ID] = in.Scale.Min(), in.Scale.Max()
	}
	a, err := score.Compute(r, min)
	if err != nil {
		return nil, nil, err
	}
	b, err := score.Compute(r, max)
	if err != nil {
		return nil, nil, err
	}
	return a.Index, b.Index, nil
}

// Select returns the indicators that ids name, in rubric order. An id may
// name an indicator, an aspect (all its indicators) or a domain; an
// indicator id is tried first. Every unknown id is reported at once.
func Select(r *rubric.Rubric, ids []string) ([]*rubric.Indicator, error) {
	want := map[*rubric.Indicator]bool{}
	var unknown []string
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if in := r.Indicator(id); in != nil {
			want[in] = true
			continue
		}
		found := false
		for _, a := range r.Aspects {
			if a.ID == id || a.Domain != nil && a.Domain.ID == id {
				found = true
				for _, in := range a.Indicators {
					want[in] = true
				}
			}
		}
		if !found {
			unknown = append(unknown, fmt.Sprintf("%q", id))
		}
	}
	if len(unknown) > 0 {
		what := lang.S("insight.indicator")
		if len(unknown) > 1 {
			what = lang.S("insight.indicators")
		}
		return nil, lang.Errorf("insight.unknown-rubric-has-indicators", what, strings.Join(unknown, ", "), r.ID, idRange(r), groupRange(r))
	}
	var out []*rubric.Indicator
	for _, in := range r.Indicators {
		if want[in] {
			out = append(out, in)
		}
	}
	return out, nil
}

func groupRange(r *rubric.Rubric) string {
	s := lang.Sprintf("insight.aspects", r.Aspects[0].ID, r.Aspects[len(r.Aspects)-1].ID)
	if r.HasDomains() {
		s += lang.Sprintf("insight.and-domains", r.Domains[0].ID, r.Domains[len(r.Domains)-1].ID)
	}
	return s
}

// DefaultMaxStates bounds the planner's table: (raisable indicators + 1) ×
// (needed gain in the rubric's weight units + 1). The SPBE 2020 rubric
// needs at most 48 × 8001; a rubric with absurdly fine weights is refused
// rather than left to exhaust memory.
const DefaultMaxStates = 8_000_000

// PlanOptions constrain a plan.
type PlanOptions struct {
	// Target is what to reach; nil means the next predicate up.
	Target *Target
	// MaxLevel caps every final level; 0 means the top of each scale.
	MaxLevel int
	// Only, when not nil, are the indicators that may be raised; Exclude
	// are indicators that may not.
	Only    []*rubric.Indicator
	Exclude []*rubric.Indicator
	// Costs are the step costs; nil means DefaultCosts.
	Costs Costs
	// MaxStates bounds the planner's table; 0 means DefaultMaxStates.
	MaxStates int
}

// Status is the outcome of a plan.
type Status int

// Outcomes of a plan.
const (
	// Reached: the raises reach the target.
	Reached Status = iota
	// NothingToDo: the result already reaches the target, or is in the
	// highest predicate and no target was given.
	NothingToDo
	// Unreachable: no raise allowed by the options reaches the target;
	// the plan holds the best reachable result instead.
	Unreachable
)

// String is the status as JSON and tests name it.
func (s Status) String() string {
	switch s {
	case Reached:
		return "reached"
	case NothingToDo:
		return "nothing-to-do"
	}
	return "unreachable"
}

// Raise is one indicator's change in a plan. From is the level the raise
// starts in: the whole part of a decimal value (1,26 starts in level 1, and
// its first step reaches 2 at the cost of a step from level 1); FromValue
// is the exact value.
type Raise struct {
	Indicator *rubric.Indicator
	From, To  int
	FromValue rubric.Value
	// Cost is the sum of the steps' costs; Gain is what the raise adds to
	// the index.
	Cost, Gain *big.Rat
}

// Steps is how many levels the raise climbs.
func (r Raise) Steps() int { return r.To - r.From }

// StepGain is what the next step of one indicator costs and adds.
type StepGain struct {
	Indicator *rubric.Indicator
	// Level is the level the step starts in, Value the exact value (a
	// decimal value's next step reaches the next whole level).
	Level int
	Value rubric.Value
	Cost  *big.Rat
	// Gain is what reaching the next level adds to the index; PerCost is
	// Gain/Cost.
	Gain, PerCost *big.Rat
}

// Plan is the cheapest set of level raises that reaches a target.
type Plan struct {
	Current *score.Result
	// Target is what the plan aims for; nil when the current result is in
	// the highest predicate and no target was given.
	Target *Target
	// Threshold is the smallest exact index that reaches the target: the
	// target itself when the predicate reads the exact index, or the
	// smallest value that rounds to it when it reads the rounded one. When
	// Strict, the index must be above Threshold (a half-even tie).
	Threshold *big.Rat
	Strict    bool
	Status    Status
	// Raises are in rubric order; Cost and Steps are their totals.
	Raises []Raise
	Cost   *big.Rat
	Steps  int
	// Result is the result after the raises (the current one when there
	// is nothing to do).
	Result *score.Result
	// Gains lists the next step of every indicator that may still be
	// raised, the largest gain per cost first, so a team can choose
	// differently.
	Gains []StepGain
	// Costs, MaxLevel (0: the top of each scale) and Allowed (the
	// indicators that may be raised, in rubric order) are the options the
	// plan was made under.
	Costs    Costs
	MaxLevel int
	Allowed  []*rubric.Indicator
}

// Meets reports whether an exact index reaches the plan's target.
func (p *Plan) Meets(x *big.Rat) bool {
	c := x.Cmp(p.Threshold)
	return c > 0 || c == 0 && !p.Strict
}

// threshold returns the smallest exact index whose predicate reading
// reaches t, and whether it must be exceeded rather than met.
func threshold(r *rubric.Rubric, t *big.Rat) (*big.Rat, bool) {
	if r.Rounding.PredicateBasis != "rounded" {
		return t, false
	}
	// The rounded index is a multiple of u; it is at least t when it is at
	// least m, the first multiple of u not below t, that is when x is at
	// least m − u/2 (the midpoint rounds up under half-up, and to the even
	// neighbour under half-even).
	u := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(r.Rounding.Decimals)), nil))
	q := new(big.Rat).Quo(t, u)
	k := ceil(q)
	m := new(big.Rat).Mul(new(big.Rat).SetInt(k), u)
	thr := new(big.Rat).Sub(m, new(big.Rat).Quo(u, big.NewRat(2, 1)))
	strict := r.Rounding.Mode == "half-even" && k.Bit(0) == 1
	return thr, strict
}

func ceil(q *big.Rat) *big.Int {
	z, m := new(big.Int).DivMod(q.Num(), q.Denom(), new(big.Int))
	if m.Sign() != 0 {
		z.Add(z, big.NewInt(1))
	}
	return z
}

// NewPlan finds the cheapest set of level raises on res's indicators that
// brings the index to the target.
//
// It is exact, not greedy. The index is Σ(BI × NI)/100, so after scaling
// every weight to an integer by the least common multiple of the weights'
// denominators, each indicator offers a few choices (its final level) with
// an integer gain and a cost: a multiple-choice knapsack. A table over the
// needed gain (capped at the need) holds the cheapest completion for every
// suffix of the indicators. Among plans of equal cost the one with the
// fewest steps wins, and among those the one that raises indicators
// earlier in the rubric more. The result is then scored by the engine and
// checked against the target.
func NewPlan(res *score.Result, o PlanOptions) (*Plan, error) {
	r := res.Rubric
	costs := o.Costs
	if costs == nil {
		costs = DefaultCosts()
	}
	if err := costs.Check(r); err != nil {
		return nil, err
	}
	p := &Plan{Current: res, Target: o.Target, Result: res, Cost: new(big.Rat), Costs: costs, MaxLevel: o.MaxLevel}

	// Which indicators may move, and how far.
	allowed := map[*rubric.Indicator]bool{}
	if o.Only != nil {
		for _, in := range o.Only {
			allowed[in] = true
		}
	} else {
		for _, in := range r.Indicators {
			allowed[in] = true
		}
	}
	for _, in := range o.Exclude {
		delete(allowed, in)
	}
	for _, in := range r.Indicators {
		if allowed[in] {
			p.Allowed = append(p.Allowed, in)
		}
	}
	type item struct {
		is  *score.IndicatorScore
		cap int
	}
	var items []item
	for _, is := range res.Indicators {
		in := is.Indicator
		cp := in.Scale.Max()
		if o.MaxLevel > 0 && o.MaxLevel < cp {
			cp = o.MaxLevel
		}
		if allowed[in] && is.Level < cp {
			items = append(items, item{is, cp})
			g := gainTo(is, is.Level+1)
			c := costs.Step(in.Scale, is.Level)
			p.Gains = append(p.Gains, StepGain{Indicator: in, Level: is.Level, Value: is.Value, Cost: c, Gain: g, PerCost: new(big.Rat).Quo(g, c)})
		}
	}
	sort.SliceStable(p.Gains, func(i, j int) bool {
		a, b := p.Gains[i], p.Gains[j]
		if c := a.PerCost.Cmp(b.PerCost); c != 0 {
			return c > 0
		}
		return a.Gain.Cmp(b.Gain) > 0
	})

	if p.Target == nil {
		i := bandIndex(r, res.Band)
		if i < 0 || i == len(r.Bands)-1 {
			p.Status = NothingToDo
			return p, nil
		}
		b := r.Bands[i+1]
		p.Target = &Target{Band: b, Index: b.From}
	}
	p.Threshold, p.Strict = threshold(r, p.Target.Index)
	if p.Meets(res.Index) {
		p.Status = NothingToDo
		return p, nil
	}

	// Integer units: W = BI × S, total = Σ W × NI = 100 × S × index.
	s := big.NewInt(1)
	for _, in := range r.Indicators {
		s = lcm(s, in.Weight.Denom())
	}
	sr := new(big.Rat).SetInt(s)
	units := func(x *big.Rat) (int64, error) {
		v := new(big.Rat).Mul(x, sr)
		if !v.IsInt() || !v.Num().IsInt64() || v.Num().Int64() > math.MaxInt64/1024 {
			return 0, lang.Errorf("insight.plan-weights-rubric-are", r.ID)
		}
		return v.Num().Int64(), nil
	}
	need := new(big.Rat).Sub(new(big.Rat).Mul(p.Threshold, hundred), res.Total())
	needExact := new(big.Rat).Set(need)
	need.Mul(need, sr)
	var g *big.Int
	if p.Strict {
		g = new(big.Int).Quo(need.Num(), need.Denom()) // floor, need > 0
		g.Add(g, big.NewInt(1))
	} else {
		g = ceil(need)
	}

	// Step costs as integers too: C × cost.
	cs := big.NewInt(1)
	for _, c := range costs {
		cs = lcm(cs, c.Denom())
	}
	csr := new(big.Rat).SetInt(cs)
	icost := make([]int64, len(costs))
	for i, c := range costs {
		v := new(big.Rat).Mul(c, csr)
		if !v.Num().IsInt64() || v.Num().Int64() > math.MaxInt32 {
			return nil, lang.Errorf("insight.plan-cost-table-too", costs)
		}
		icost[i] = v.Num().Int64()
	}

	values := res.Values()
	raise := func(to []int) error {
		for i, it := range items {
			if to[i] == it.is.Level {
				continue
			}
			in := it.is.Indicator
			rs := Raise{Indicator: in, From: it.is.Level, FromValue: it.is.Value, To: to[i], Cost: new(big.Rat)}
			for lv := rs.From; lv < rs.To; lv++ {
				rs.Cost.Add(rs.Cost, costs.Step(in.Scale, lv))
			}
			rs.Gain = gainTo(it.is, to[i])
			p.Raises = append(p.Raises, rs)
			p.Cost.Add(p.Cost, rs.Cost)
			p.Steps += rs.Steps()
			values[in.ID] = rubric.WholeValue(to[i])
		}
		var err error
		p.Result, err = score.ComputeValues(r, values)
		return err
	}

	maxStates := o.MaxStates
	if maxStates <= 0 {
		maxStates = DefaultMaxStates
	}
	if res.Decimal() {
		// A decimal value's first step gains a fraction of a weight
		// (1,26 → 2 gains 0,74 × BI): gains in fine units would need a
		// table as wide as 10^16. Search over costs instead, which stay
		// few.
		var its []*score.IndicatorScore
		var caps []int
		for _, it := range items {
			its, caps = append(its, it.is), append(caps, it.cap)
		}
		to, ok, err := planByCost(its, caps, icost, needExact, p.Strict, maxStates)
		if err != nil {
			return nil, err
		}
		if !ok {
			p.Status = Unreachable
			return p, raise(caps)
		}
		if err := raise(to); err != nil {
			return nil, err
		}
		if !p.Meets(p.Result.Index) {
			return nil, lang.Errorf("insight.plan-internal-error-plan", lang.Dec(rubric.Exact(p.Result.Index)), lang.Dec(rubric.Exact(p.Threshold)))
		}
		p.Status = Reached
		return p, nil
	}
	opts := make([][]raiseOption, len(items))
	var maxGain int64
	for i, it := range items {
		in := it.is.Indicator
		w, err := units(in.Weight)
		if err != nil {
			return nil, err
		}
		var cost int64
		opts[i] = []raiseOption{{0, 0}}
		for lv := it.is.Level; lv < it.cap; lv++ {
			cost += icost[lv-in.Scale.Min()]
			opts[i] = append(opts[i], raiseOption{int64(lv+1-it.is.Level) * w, cost})
		}
		maxGain += opts[i][len(opts[i])-1].gain
	}

	if !g.IsInt64() || g.Int64() > maxGain {
		// Out of reach: the best reachable result raises everything allowed
		// to its cap, and nothing cheaper reaches that index.
		p.Status = Unreachable
		to := make([]int, len(items))
		for i, it := range items {
			to[i] = it.cap
		}
		return p, raise(to)
	}
	G := g.Int64()
	if states := (int64(len(items)) + 1) * (G + 1); states > int64(maxStates) {
		return nil, lang.Errorf("insight.plan-reaching-target-needs", G, len(items), states, maxStates)
	}

	var maxOpts int
	for i := range opts {
		maxOpts = max(maxOpts, len(opts[i]))
	}
	var ks []int
	var ok bool
	if maxOpts <= 1<<8 {
		ks, ok = cheapestRaises[uint8](opts, G)
	} else {
		ks, ok = cheapestRaises[uint16](opts, G) // rubric.MaxLevel keeps it within 1<<16
	}
	if !ok {
		return nil, lang.Errorf("insight.plan-internal-error-no")
	}
	to := make([]int, len(items))
	for i, k := range ks {
		to[i] = items[i].is.Level + k
	}
	if err := raise(to); err != nil {
		return nil, err
	}
	if !p.Meets(p.Result.Index) {
		return nil, lang.Errorf("insight.plan-internal-error-plan-2", lang.Dec(rubric.Exact(p.Result.Index)), lang.Dec(rubric.Exact(p.Threshold)))
	}
	p.Status = Reached
	return p, nil
}

// raiseOption is one way to raise an indicator in the planner's table:
// the gain, in weight units, and what it costs. An indicator's options
// are in order of its levels: the first raises nothing.
type raiseOption struct {
	gain, cost int64
}

// cheapestRaises returns, for each indicator, which of its options (its
// number of steps) the cheapest way to gain at least G takes: the least
// cost, then the fewest steps, then, among equals, the most steps of the
// first indicator, then of the second, and so on. ok is false when G
// cannot be gained.
//
// best(i, need) is the cheapest (cost, steps) for indicators i.. to gain at
// least need, worked out from the last indicator to the first. Only two
// rows of it are kept; each (i, need) keeps the option it chose, in a
// table of C (a byte while no indicator has more than 256 options), from
// which the plan is read from the first indicator down. (The whole table
// of costs, (indicators + 1) × (G + 1) words, was 330 KB of memory to
// touch page by page for the example sheet's plan; this is 55 KB.)
func cheapestRaises[C uint8 | uint16](opts [][]raiseOption, G int64) (ks []int, ok bool) {
	const inf = math.MaxInt64
	n, width := len(opts), int(G+1)
	var maxCost, maxSteps int64
	for i := range opts {
		last := opts[i][len(opts[i])-1]
		maxCost, maxSteps = maxCost+last.cost, maxSteps+int64(len(opts[i])-1)
	}
	choice := make([]C, n*width)
	if packTable && maxCost < 1<<(62-stepBits) && maxSteps < 1<<stepBits {
		// Cost and steps in one word, cost above steps: comparing words
		// compares (cost, steps) in that order. Real cost tables and
		// rubrics always fit. A need that cannot be met is worth unmet:
		// adding any option's word to it stays below 1<<63 and above
		// unmet, so no option is taken for it and the loops need not
		// test for it. Each row starts as the first option (no raise,
		// the need unchanged) and takes each further option where it is
		// as cheap or cheaper: among equals, the option with more steps.
		const unmet = 1 << 62
		cur, next := make([]int64, width), make([]int64, width)
		for need := 1; need < width; need++ {
			next[need] = unmet
		}
		for i := n - 1; i >= 0; i-- {
			row := choice[i*width : (i+1)*width]
			copy(cur, next)
			clear(row)
			for k := 1; k < len(opts[i]); k++ {
				c := opts[i][k]
				add := c.cost<<stepBits + int64(k)
				// Needs up to the option's gain are met by it alone
				// (best(i+1, 0) is 0); the others need the rest.
				g := int(min(c.gain, int64(width-1)))
				met, metRow := cur[:g+1], row[:g+1]
				for j, v := range met {
					if add <= v {
						met[j], metRow[j] = add, C(k)
					}
				}
				rest := next[1 : width-g]
				dst, dstRow := cur[g+1:], row[g+1:]
				dst, dstRow = dst[:len(rest)], dstRow[:len(rest)]
				for j, v := range rest {
					if t := v + add; t <= dst[j] {
						dst[j], dstRow[j] = t, C(k)
					}
				}
			}
			cur, next = next, cur
		}
		if next[G] == unmet {
			return nil, false
		}
	} else {
		cost, next := make([]int64, width), make([]int64, width)
		steps, nextSteps := make([]int64, width), make([]int64, width)
		for need := 1; need < width; need++ {
			next[need] = inf
		}
		for i := n - 1; i >= 0; i-- {
			row := choice[i*width : (i+1)*width]
			for need := range width {
				bc, bs, bk := int64(inf), int64(0), 0
				for k, c := range opts[i] {
					rest := max(int64(need)-c.gain, 0)
					nc := next[rest]
					if nc == inf {
						continue
					}
					tc, ts := nc+c.cost, nextSteps[rest]+int64(k)
					if tc < bc || tc == bc && ts <= bs {
						bc, bs, bk = tc, ts, k
					}
				}
				cost[need], steps[need], row[need] = bc, bs, C(bk)
			}
			cost, next = next, cost
			steps, nextSteps = nextSteps, steps
		}
		if next[G] == inf {
			return nil, false
		}
	}
	ks = make([]int, n)
	left := G
	for i := range n {
		k := int(choice[i*width+int(left)])
		ks[i] = k
		left = max(left-opts[i][k].gain, 0)
	}
	return ks, true
}

// stepBits is how many low bits of a packed table entry count steps.
const stepBits = 20

// packTable lets NewPlan pack its table when costs and steps fit; a test
// turns it off to check the unpacked table against brute force too.
var packTable = true

func bandIndex(r *rubric.Rubric, b *rubric.Band) int {
	for i, x := range r.Bands {
		if x == b {
			return i
		}
	}
	return -1
}

func lcm(a, b *big.Int) *big.Int {
	g := new(big.Int).GCD(nil, nil, a, b)
	return new(big.Int).Mul(new(big.Int).Quo(a, g), b)
}

// gainTo is what raising an indicator from its value to the whole level
// `to` adds to the index: (to − NI) × BI / 100.
func gainTo(is *score.IndicatorScore, to int) *big.Rat {
	g := new(big.Rat).Sub(big.NewRat(int64(to), 1), is.Value.Rat)
	g.Mul(g, is.Indicator.Weight)
	return g.Quo(g, hundred)
}

// planByCost is the planner for decimal values: the same optimum as the
// table over gains (least cost, then fewest steps, then the larger raise
// earlier in the rubric), found by a table over total cost and steps that
// keeps, for each, the largest exact gain (in units of NI × BI) that the
// indicators from i on can make. Costs are small integers, so the table
// stays small however fine the values are. It returns the final level of
// each item, or ok false when even raising everything to its cap falls
// short of need (more than need when strict).
func planByCost(items []*score.IndicatorScore, caps []int, icost []int64, need *big.Rat, strict bool, maxStates int) (to []int, ok bool, err error) {
	n := len(items)
	type choice struct {
		gain  *big.Rat
		cost  int
		steps int
	}
	opts := make([][]choice, n)
	var maxCost, maxSteps int
	for i, is := range items {
		in := is.Indicator
		opts[i] = []choice{{new(big.Rat), 0, 0}}
		cost := 0
		for lv := is.Level; lv < caps[i]; lv++ {
			cost += int(icost[lv-in.Scale.Min()])
			g := new(big.Rat).Sub(big.NewRat(int64(lv+1), 1), is.Value.Rat)
			opts[i] = append(opts[i], choice{g.Mul(g, in.Weight), cost, lv + 1 - is.Level})
		}
		last := opts[i][len(opts[i])-1]
		maxCost += last.cost
		maxSteps += last.steps
	}
	meets := func(g, need *big.Rat) bool {
		c := g.Cmp(need)
		return c > 0 || c == 0 && !strict
	}
	C, S := maxCost+1, maxSteps+1
	if states := int64(n+1) * int64(C) * int64(S); states > int64(maxStates) {
		return nil, false, lang.Errorf("insight.plan-indicators-with-decimal", n, maxCost, states, maxStates)
	}
	// best[at(i, c, s)] is the largest gain items i.. make at a total cost
	// of exactly c in exactly s steps; nil when no choice does.
	best := make([]*big.Rat, (n+1)*C*S)
	at := func(i, c, s int) int { return (i*C+c)*S + s }
	best[at(n, 0, 0)] = new(big.Rat)
	// Cells are never changed once written, so a cell may share the value
	// of the cell it extends without a raise; a sum is copied out of the
	// scratch value only when it is the best so far.
	sum := new(big.Rat)
	for i := n - 1; i >= 0; i-- {
		for c := 0; c < C; c++ {
			for s := 0; s < S; s++ {
				var b *big.Rat
				owned := false
				for _, ch := range opts[i] {
					if ch.cost > c || ch.steps > s {
						continue
					}
					rest := best[at(i+1, c-ch.cost, s-ch.steps)]
					if rest == nil {
						continue
					}
					if ch.steps == 0 {
						if b == nil || rest.Cmp(b) > 0 {
							b, owned = rest, false
						}
						continue
					}
					sum.Add(rest, ch.gain)
					if b == nil || sum.Cmp(b) > 0 {
						if !owned {
							b, owned = new(big.Rat), true
						}
						b.Set(sum)
					}
				}
				best[at(i, c, s)] = b
			}
		}
	}
	bc, bs := -1, -1
	for c := 0; c < C && bc < 0; c++ {
		for s := 0; s < S; s++ {
			if g := best[at(0, c, s)]; g != nil && meets(g, need) {
				bc, bs = c, s
				break
			}
		}
	}
	if bc < 0 {
		return nil, false, nil
	}
	// Walk forward taking, at each indicator, the largest raise that still
	// completes to the optimum's cost and steps.
	to = make([]int, n)
	left := new(big.Rat).Set(need)
	for i := 0; i < n; i++ {
		found := false
		for k := len(opts[i]) - 1; k >= 0; k-- {
			ch := opts[i][k]
			if ch.cost > bc || ch.steps > bs {
				continue
			}
			rest := best[at(i+1, bc-ch.cost, bs-ch.steps)]
			if rest == nil || !meets(new(big.Rat).Add(rest, ch.gain), left) {
				continue
			}
			to[i] = items[i].Level + ch.steps
			left.Sub(left, ch.gain)
			bc, bs = bc-ch.cost, bs-ch.steps
			found = true
			break
		}
		if !found {
			return nil, false, lang.Errorf("insight.plan-internal-error-no-2")
		}
	}
	return to, true, nil
}
