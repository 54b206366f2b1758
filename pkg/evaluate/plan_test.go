package evaluate

import (
	"errors"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// A flag is refused early only when no rubric the sheet could choose
// takes it, and then with the default rubric's words.
func TestCheckEarly(t *testing.T) {
	var seen []string
	only := func(id string) func(*rubric.Rubric) error {
		return func(r *rubric.Rubric) error {
			seen = append(seen, r.ID)
			if r.ID == id {
				return nil
			}
			return errors.New("not " + r.ID)
		}
	}
	if err := (Rubrics{}).CheckEarly(only("pemdi-2026")); err != nil {
		t.Errorf("a flag pemdi-2026 takes: %v", err)
	}
	if err := (Rubrics{}).CheckEarly(only("none")); err == nil || err.Error() != "not "+rubric.Default {
		t.Errorf("a flag no rubric takes: %v, want the default rubric's refusal", err)
	}
	pemdi, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		t.Fatal(err)
	}
	seen = nil
	if err := (Rubrics{Named: pemdi}).CheckEarly(only(rubric.Default)); err == nil || len(seen) != 1 {
		t.Errorf("with --rubric, only the named rubric is asked: %v, asked %v", err, seen)
	}
}
