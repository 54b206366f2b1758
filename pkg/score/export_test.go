package score

import "github.com/spbe-id/spbe/pkg/rubric"

// ComputeInt and ComputeRat expose the two ways of computing to the
// differential test; both take values ComputeValues has checked.
func ComputeInt(r *rubric.Rubric, values Values) *Result { return computeInt(r, values) }

// ComputeRat is the big.Rat reference.
func ComputeRat(r *rubric.Rubric, values Values) *Result { return computeRat(r, values) }
