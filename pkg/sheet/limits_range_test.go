package sheet

import (
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/lang"
)

func TestRangeClamp(t *testing.T) {
	defer lang.SetUI(lang.UI())
	lang.SetUI(lang.EN)
	r := Range{1, 1 << 20, "rows"}
	for _, c := range []struct {
		in     string
		v      int64
		notice string
	}{
		{"200", 200, ""},
		{"0x10", 16, ""},
		{"1048576", 1 << 20, ""},
		{"0", 1, "spbe: --max-rows 0 is outside 1..1048576 rows; using 1\n"},
		{"9999999999", 1 << 20, "spbe: --max-rows 9999999999 is outside 1..1048576 rows; using 1048576\n"},
		{"99999999999999999999", 1 << 20, "spbe: --max-rows 99999999999999999999 is outside 1..1048576 rows; using 1048576\n"},
		{"-99999999999999999999", 1, "spbe: --max-rows -99999999999999999999 is outside 1..1048576 rows; using 1\n"},
	} {
		v, notice, err := r.Clamp("max-rows", c.in)
		if err != nil || v != c.v || notice != c.notice {
			t.Errorf("Clamp(%q) = %d, %q, %v; want %d, %q", c.in, v, notice, err, c.v, c.notice)
		}
	}
	if _, _, err := r.Clamp("max-rows", "2,5"); err == nil || !strings.Contains(err.Error(), `"2,5" is not a whole number`) {
		t.Errorf("Clamp(2,5): %v", err)
	}
	lang.SetUI(lang.ID)
	if _, notice, _ := (Range{0, 1024, "workers"}).Clamp("jobs", "-1"); notice != "spbe: --jobs -1 di luar 0..1024 pekerja; dipakai 0\n" {
		t.Errorf("Indonesian notice: %q", notice)
	}
}
