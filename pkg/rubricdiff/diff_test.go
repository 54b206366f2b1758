package rubricdiff_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/rubricdiff"
)

// Each edit of a small rubric gives exactly the listed changes, printed
// one per line as KIND ID FIELD: OLD -> NEW.
func TestDiffNamesExactlyWhatChanged(t *testing.T) {
	base, err := os.ReadFile("../rubric/testdata/valid-no-domains.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		edits []string // pairs: old text, new text
		want  []string
	}{
		{"an identical rubric has no changes", nil, nil},
		{"comments and layout are not changes",
			[]string{"id: mini", "# a comment\nid:   mini", "{id: \"3\", name: Tiga, weight: 40}", "\n        id: \"3\"\n        name: Tiga\n        weight: 40.00"},
			nil},
		{"a weight moved between two indicators is two weight changes",
			[]string{`weight: 25}`, `weight: 20}`, `weight: 35}`, `weight: 40}`},
			[]string{"indicator 1 weight: 25.00 -> 20.00", "indicator 2 weight: 35.00 -> 40.00"}},
		{"a scale that takes decimals",
			[]string{"    name: Umum\n", "    name: Umum\n    values: decimal\n"},
			[]string{"scale umum values: levels -> decimal"}},
		{"an indicator valued from another index",
			[]string{`{id: "3", name: Tiga, weight: 40}`, "\n        id: \"3\"\n        name: Tiga\n        weight: 40\n        external: {source: S, agency: G, bands: [{from: 0, to: 5, value: 1}, {from: 5, to: 10, value: 3}], pending: {value: 1, reason: belum}}"},
			[]string{"indicator 3 external: -> S (G): bands [0, 5)→1, [5, 10]→3; pending 1"}},
		{"a renamed indicator keeps its id",
			[]string{`name: Dua,`, `name: Dua Baru,`},
			[]string{"indicator 2 name: Dua -> Dua Baru"}},
		{"a renumbered indicator keeps its name",
			[]string{`{id: "2", name: Dua`, `{id: "22", name: Dua`},
			[]string{"indicator 22 id: 2 -> 22"}},
		{"an indicator moved to another aspect",
			[]string{"      - {id: \"2\", name: Dua, weight: 35}\n", "", "    weight: 60", "    weight: 25", "    weight: 40\n", "    weight: 75\n", "{id: \"3\", name: Tiga, weight: 40}", "{id: \"3\", name: Tiga, weight: 40}\n      - {id: \"2\", name: Dua, weight: 35}"},
			[]string{"aspect X1 weight: 60.00 -> 25.00", "aspect X2 weight: 40.00 -> 75.00", "indicator 2 aspect: X1 -> X2"}},
		{"an added and a removed indicator",
			[]string{"{id: \"3\", name: Tiga, weight: 40}", "{id: \"4\", name: Empat, weight: 40}"},
			[]string{"indicator 3 removed: 40.00 -> ", "indicator 4 added: -> 40.00"}},
		{"a band bound and a level label",
			[]string{"to: 2}", "to: 2.25}", "from: 2,", "from: 2.25,", "label: Matang", "label: Mapan"},
			[]string{"level umum/3 label: Matang -> Mapan", "predicate Rendah to: 2.00 -> 2.25", "predicate Tinggi from: 2.00 -> 2.25"}},
		{"metadata and rounding",
			[]string{`version: "1"`, `version: "2"`, "status: draft", "status: official", "rounding: {decimals: 2}", "rounding: {decimals: 3}"},
			[]string{"rubric version: 1 -> 2", "rubric status: draft -> official", "rounding decimals: 2 -> 3"}},
		{"criteria are long text, reported by level",
			[]string{"{id: \"3\", name: Tiga, weight: 40}", "{id: \"3\", name: Tiga, weight: 40, criteria: {2: cukup}}"},
			[]string{"indicator 3 criteria 2: -> cukup (long)"}},
	}
	a, err := rubric.Parse(base, "old.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := string(base)
			for i := 0; i < len(c.edits); i += 2 {
				if !strings.Contains(s, c.edits[i]) {
					t.Fatalf("no %q to edit", c.edits[i])
				}
				s = strings.Replace(s, c.edits[i], c.edits[i+1], 1)
			}
			b, err := rubric.Parse([]byte(s), "new.yaml")
			if err != nil {
				t.Fatalf("the edited rubric does not load: %v", err)
			}
			var got []string
			for _, ch := range rubricdiff.Diff(a, b) {
				line := fmt.Sprintf("%s %s %s: %s -> %s", ch.Kind, ch.ID, ch.Field, ch.Old, ch.New)
				line = strings.ReplaceAll(line, "  ", " ")
				if ch.Long {
					line += " (long)"
				}
				got = append(got, line)
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// The two built-in rubrics differ in almost everything; the diff still
// names the indicator counts right: 47 old ids, 20 new ones, 20 shared.
func TestDiffOfTheBuiltins(t *testing.T) {
	a, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	b, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, ch := range rubricdiff.Diff(a, b) {
		if ch.Kind == "indicator" || ch.Kind == "domain" {
			count[ch.Kind+" "+ch.Field]++
		}
	}
	if count["indicator removed"] != 27 || count["indicator added"] != 0 || count["domain removed"] != 4 {
		t.Errorf("counts: %v", count)
	}
	if len(rubricdiff.Diff(a, a)) != 0 {
		t.Error("a rubric differs from itself")
	}
}
