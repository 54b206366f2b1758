package evaluate

import (
	"errors"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// Inspect builds spbe inspect's document for the workbook at path. Without
// a named rubric the sheet chooses, as spbe score lets it; when it cannot,
// fallback (the default rubric) reads it and the inspection says why. The
// error is for a file that cannot be opened at all; a sheet the reader
// refuses is described, with its problems, in the document.
func Inspect(path string, rs Rubrics, limits sheet.Options, fallback func() (*rubric.Rubric, error)) (*doc.Inspection, error) {
	r, choice, cerr := rs.Choose(path, limits)
	var note string
	switch {
	case choice != nil:
		note = lang.Sprintf("evaluate.inspect-rubric-chosen", r.ID, lang.UI().Name(choice.Reason, choice.ReasonEN))
	case cerr != nil || r == nil:
		var err error
		if r, err = fallback(); err != nil {
			return nil, err
		}
		var de *DetectError
		if errors.As(cerr, &de) {
			note = lang.Sprintf("evaluate.inspect-read-with", de, r.ID)
		}
	}
	in, err := sheet.Inspect(path, r, limits)
	if err != nil {
		return nil, err
	}
	return doc.NewInspection(in, note), nil
}
