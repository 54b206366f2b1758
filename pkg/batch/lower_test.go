package batch

import (
	"strings"
	"testing"
)

// compareLower orders names as comparing their strings.ToLower would,
// for capitals, accented and other scripts' letters, prefixes and
// invalid UTF-8.
func TestCompareLowerOrdersAsToLowerDoes(t *testing.T) {
	names := []string{"", "a", "A", "ab", "Ab", "aB", "b", "Dinas Kesehatan", "dinas kesehatan", "DINAS KESEHATAN 2",
		"Dinas", "Émile", "émile", "Zebra", "zebra", "İstanbul", "istanbul", "ΣΑΣ", "σας", "Straße", "STRASSE",
		"a\xffb", "A\xffB", "a\xfe", "\xff", "ǅ", "ǆ", "Ǆ", "x\u0130", "X\u0131"}
	for _, a := range names {
		for _, b := range names {
			want := strings.Compare(strings.ToLower(a), strings.ToLower(b))
			if got := compareLower(a, b); got != want {
				t.Errorf("compareLower(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}
