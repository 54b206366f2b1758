package batch

import "testing"

// A year is taken from a path only where the path says it plainly: a
// folder named as the year, or a part of the file's own name.
func TestYearFromPath(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"opd/2024/dinkes.xlsx", "2024"},
		{"opd/dinkes-2024.xlsx", "2024"},
		{"2023/opd/dinkes 2024.xlsx", "2024"},
		{"2023/opd/dinkes.xlsx", "2023"},
		{"testdata/check/spbe-2020/tingkat-1.xlsx", ""},
		{"opd/batas-2-5995.xlsx", ""},
		{"opd/dinkes-12345.xlsx", ""},
	} {
		if got := yearFromPath(c.path); got != c.want {
			t.Errorf("yearFromPath(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}
