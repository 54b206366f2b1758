package cli

import "github.com/spbe-id/spbe/pkg/render"

// showsPlan reports whether any report of this run shows the plan to the
// next predicate: the -o files' formats, or the one printed when there
// are none.
func showsPlan(format *render.Format, outs []output) bool {
	if len(outs) == 0 {
		return format.ShowsPlan
	}
	for _, o := range outs {
		if o.format.ShowsPlan {
			return true
		}
	}
	return false
}
