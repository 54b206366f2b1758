package workbook

import "testing"

func TestUnescapeText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                 "plain",
		"a_x000D_\nb":           "a\nb",
		"tab_x0009_here":        "tab\there",
		"literal _x005F_x0041_": "literal _x0041_",
		"bell\x07 gone":         "bell gone",
		"_x00E9_t_x00E9_":       "été",
		"not an escape _xZZZZ_": "not an escape _xZZZZ_",
	} {
		if got := unescapeText(in); got != want {
			t.Errorf("unescapeText(%q) = %q, want %q", in, got, want)
		}
	}
}
