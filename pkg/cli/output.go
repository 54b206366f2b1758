package cli

import (
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/render"
)

// The -o files of spbe score are checked by outfile.Plan before any work
// is done; this file chooses each one's renderer, by --format when given,
// else by the file's extension.

func planOutputs(paths []string, format string, formatSet bool, inputs []string, force bool) ([]outfile.Planned[*render.Format], error) {
	return outfile.Plan(paths, inputs, force, func(p string) (*render.Format, error) {
		if formatSet {
			return render.FormatByName(format)
		}
		return render.FormatForPath(p)
	})
}

// planBatchOutputs is planOutputs for the consolidated report of a batch.
func planBatchOutputs(paths []string, format string, formatSet bool, inputs []string, force bool) ([]outfile.Planned[*render.BatchFormat], error) {
	return outfile.Plan(paths, inputs, force, func(p string) (*render.BatchFormat, error) {
		if formatSet {
			return render.BatchFormatByName(format)
		}
		return render.BatchFormatForPath(p)
	})
}
