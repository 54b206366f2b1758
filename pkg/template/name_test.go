package template

import (
	"strings"
	"testing"
)

func TestDefaultName(t *testing.T) {
	for _, c := range []struct {
		opt  Options
		want string
	}{
		{Options{}, "lembar-kerja-spbe-2020.xlsx"},
		{Options{OPD: "Dinas Kominfo & Statistik", Year: 2025}, "lembar-kerja-spbe-2020-dinas-kominfo-statistik-2025.xlsx"},
		{Options{OPD: "  ../Dinas/Kesehatan\\  "}, "lembar-kerja-spbe-2020-dinas-kesehatan.xlsx"},
		{Options{OPD: "Øst — ‮"}, "lembar-kerja-spbe-2020-st.xlsx"},
		{Options{OPD: "***"}, "lembar-kerja-spbe-2020.xlsx"},
		{Options{OPD: strings.Repeat("ab ", 40)}, "lembar-kerja-spbe-2020-" + strings.TrimRight(strings.Repeat("ab-", 20), "-") + ".xlsx"},
	} {
		if got := DefaultName("spbe-2020", c.opt); got != c.want {
			t.Errorf("DefaultName(%q) = %s, want %s", c.opt.OPD, got, c.want)
		}
	}
}
