package evaluate

import (
	"os"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

func TestMain(m *testing.M) {
	lang.SetUI(lang.EN)
	os.Exit(m.Run())
}

func TestTarget(t *testing.T) {
	r, err := rubric.Builtin(rubric.Default)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want string }{
		{"", "<nil>"},
		{"2,60", "13/5"},
		{" 2.6 ", "13/5"},
		{"5", "5/1"},
		{"2.600,5", `"2.600,5" has more than one decimal separator`},
		{"2,6,0", "more than one decimal separator"},
		{"-1", `"-1" is not a number`},
		{".", `"." is not a number`},
		{"abc", "is not a number"},
		{"5,01", "--target-index: 5,01 is outside the index's range 1..5"},
		{"0", "outside the index's range"},
	} {
		got, err := Target(c.in, r)
		s := "<nil>"
		if got != nil {
			s = got.String()
		}
		if err != nil {
			s = err.Error()
		}
		if !strings.Contains(s, c.want) {
			t.Errorf("Target(%q) = %s, want %s", c.in, s, c.want)
		}
	}
}

func TestSigner(t *testing.T) {
	if s, err := Signer("", "", "", ""); s != nil || err != nil {
		t.Errorf("no signer: %v, %v", s, err)
	}
	if _, err := Signer("", "", "Palopo", ""); err == nil || !strings.Contains(err.Error(), "give --signer NAME too") {
		t.Errorf("--place without --signer: %v", err)
	}
	if _, err := Signer("A", "", "", "30-11-2026"); err == nil || !strings.Contains(err.Error(), `"30-11-2026" is not a date`) {
		t.Errorf("a date the other way round: %v", err)
	}
	s, err := Signer("A", "1977", "Palopo", "2026-11-30")
	if err != nil || s.Name != "A" || s.ID != "1977" || s.Place != "Palopo" || s.Date.Format("2006-01-02") != "2026-11-30" {
		t.Errorf("Signer = %+v, %v", s, err)
	}
}
