package score

import "github.com/spbe-id/spbe/pkg/rubric"

// ComputeInt and ComputeRat expose the two ways of computing to the
// differential test; both take values ComputeValues has checked.
func ComputeInt(r *rubric.Rubric, values Values) *Result { return computeInt(r, values, false) }

// ComputeIntBrief is ComputeInt without each indicator's Product and
// Contribution (ComputeValuesBrief).
func ComputeIntBrief(r *rubric.Rubric, values Values) *Result { return computeInt(r, values, true) }

// ComputeRat is the big.Rat reference.
func ComputeRat(r *rubric.Rubric, values Values) *Result { return computeRat(r, values) }
