package evaluate

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"slices"

	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// PlanOptions checks the flags of spbe plan against the rubric and turns
// them into the planner's options. Each error names its flag, and is the
// user's to fix.
func PlanOptions(r *rubric.Rubric, cost, target string, maxLevel int, only, exclude []string) (insight.PlanOptions, error) {
	opts := insight.PlanOptions{MaxLevel: maxLevel}
	var err error
	if opts.Costs, err = insight.ParseCosts(cost); err != nil {
		return insight.PlanOptions{}, fmt.Errorf("--cost: %v", err)
	}
	if err := opts.Costs.Check(r); err != nil {
		return insight.PlanOptions{}, fmt.Errorf("--cost: %v", err)
	}
	if target != "" {
		if opts.Target, err = insight.ParseTarget(r, target); err != nil {
			return insight.PlanOptions{}, fmt.Errorf("--target: %v", err)
		}
	}
	if lo, hi := r.LevelRange(); maxLevel != 0 && (maxLevel < lo || maxLevel > hi) {
		return insight.PlanOptions{}, lang.Errorf("evaluate.max-level-outside-levels", maxLevel, r.ID, lo, hi)
	}
	if only != nil {
		if opts.Only, err = insight.Select(r, only); err != nil {
			return insight.PlanOptions{}, fmt.Errorf("--only: %v", err)
		}
	}
	if opts.Exclude, err = insight.Select(r, exclude); err != nil {
		return insight.PlanOptions{}, fmt.Errorf("--exclude: %v", err)
	}
	if left := len(r.Indicators); opts.Only != nil || opts.Exclude != nil {
		if opts.Only != nil {
			left = len(opts.Only)
		}
		for _, ex := range opts.Exclude {
			if opts.Only == nil || slices.Contains(opts.Only, ex) {
				left--
			}
		}
		if left == 0 {
			return insight.PlanOptions{}, lang.Errorf("evaluate.only-and-exclude-leave")
		}
	}
	return opts, nil
}

// DefaultCosts is the default cost table of spbe plan, as --cost takes it.
func DefaultCosts() string { return insight.DefaultCosts().String() }

// CheckIndicator checks explain's --indicator against the rubric, before
// any input is read.
func CheckIndicator(r *rubric.Rubric, id string) error { return insight.CheckIndicator(r, id) }

// CheckEarly checks a flag before any input is read: against the rubric
// rs names, or, when each sheet will choose its own, against every
// built-in rubric; only a flag that no built-in rubric accepts is refused
// then, with the default rubric's words. The caller checks the flag again
// once the sheet has chosen.
func (rs Rubrics) CheckEarly(ok func(*rubric.Rubric) error) error {
	if rs.Named != nil {
		return ok(rs.Named)
	}
	var first error
	for _, name := range append([]string{rubric.Default}, rubric.Builtins()...) {
		r, err := rubric.Builtin(name)
		if err != nil {
			return err
		}
		err = ok(r)
		if err == nil {
			return nil
		}
		if first == nil {
			first = err
		}
	}
	return first
}
