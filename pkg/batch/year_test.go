package batch

import (
	"testing"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// A year is taken from a path only where the path says it plainly: a
// folder named as the year; never from a file's name, which may carry a
// rubric's (lembar-kerja-spbe-2020-bappeda.xlsx).
func TestYearFromPath(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"opd/2024/dinkes.xlsx", "2024"},
		{"opd/dinkes-2024.xlsx", ""},
		{"opd/lembar-kerja-spbe-2020-bappeda.xlsx", ""},
		{"2023/opd/dinkes 2024.xlsx", "2023"},
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

// An OPD's previous year is of the same rubric: its SPBE 2020 index of
// 2024 is not the previous year of its Pemdi index of 2026.
func TestHistoryKeepsRubricsApart(t *testing.T) {
	spbe, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	pemdi, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		t.Fatal(err)
	}
	var h History
	if p := h.Previous(&doc.Entry{OPD: "Dinas Kesehatan", Year: "2024", Rubric: spbe, File: "2024/dinkes.xlsx"}, &doc.Result{}); p != nil {
		t.Fatalf("the first year has a previous one: %+v", p)
	}
	if p := h.Previous(&doc.Entry{OPD: "Dinas Kesehatan", Year: "2026", Rubric: pemdi, File: "2026/dinkes.xlsx"}, &doc.Result{}); p != nil {
		t.Errorf("the Pemdi year 2026 took the SPBE year %s as its previous one", p.Year)
	}
	if p := h.Previous(&doc.Entry{OPD: "Dinas Kesehatan", Year: "2025", Rubric: spbe, File: "2025/dinkes.xlsx"}, &doc.Result{}); p == nil || p.Year != "2024" {
		t.Errorf("the SPBE year 2025 has previous %+v, want 2024", p)
	}
}
