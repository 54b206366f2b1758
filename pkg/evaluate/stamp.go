package evaluate

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// StampMismatch compares the rubric stamp of a sheet made by spbe template
// with the rubric it is scored with. It returns the two descriptions when
// they differ, and ok false when they agree or the sheet has no stamp (a
// sheet not made by spbe template is not suspect).
//
// The id and the hash decide: the same id with another hash is a rubric
// edited since the template was made, whose indicators or weights may have
// moved.
func StampMismatch(a *sheet.Answers, r *rubric.Rubric) (made, used string, ok bool) {
	s := a.Stamp
	if s == nil {
		return "", "", false
	}
	if s.RubricID == r.ID && (s.Hash == "" || s.Hash == r.Hash) {
		return "", "", false
	}
	return describeRubric(s.RubricID, s.Version, s.Hash), describeRubric(r.ID, r.Version, r.Hash), true
}

// describeRubric names a rubric by id, version and the start of its hash.
func describeRubric(id, version, hash string) string {
	s := id
	if version != "" {
		s += " " + version
	}
	if len(hash) > 12 {
		hash = hash[:12]
	}
	if hash != "" {
		s += " (sha256 " + hash + "…)"
	}
	return s
}

// CheckStamp warns, on stderr and in the report, when the sheet was made
// from another rubric than the one scoring it; strict makes it an error.
// It runs after the report's language is set, so the report's warning is
// in that language.
func CheckStamp(errOut io.Writer, rep *doc.Report, r *rubric.Rubric, strict bool) error {
	made, used, ok := StampMismatch(rep.Answers, r)
	if !ok {
		return nil
	}
	file := rep.Answers.File
	if strict {
		return lang.Errorf("evaluate.sheet-was-made-from-2", file, made, used)
	}
	fmt.Fprint(errOut, lang.Sprintf("evaluate.stamp-warning", file, made, used))
	rep.Warnings = append(rep.Warnings, fmt.Sprintf(rep.Lang.T("stamp.mismatch"), made, used))
	return nil
}
