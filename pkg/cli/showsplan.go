package cli

import (
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/render"
)

// showsPlan reports whether any report of this run shows the plan to the
// next predicate: the -o files' formats, or the one printed when there
// are none.
func showsPlan(format *render.Format, outs []outfile.Planned[*render.Format]) bool {
	if len(outs) == 0 {
		return format.ShowsPlan
	}
	for _, o := range outs {
		if o.Format.ShowsPlan {
			return true
		}
	}
	return false
}
