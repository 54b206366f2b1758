// The JSON renderer's types are documented by docs/result.schema.json;
// these tests keep the two together.
package json_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/render/internal/rendertest"
	jsonr "github.com/spbe-id/spbe/pkg/render/json"
)

// The schema documents exactly the fields jsonr.JSONResult writes, with
// their types and which may be left out: a change to the format without a
// change to the schema fails here.
func TestSchemaDocumentsEveryFieldOfJSONResult(t *testing.T) {
	s := rendertest.LoadSchema(t)
	for _, p := range s.Compare("result", reflect.TypeOf(jsonr.JSONResult{})) {
		t.Error(p)
	}
}

// The schema's version is the code's: changing the format means bumping
// jsonr.SchemaVersion and the schema's const together.
func TestSchemaVersionIsTheCodesVersion(t *testing.T) {
	s := rendertest.LoadSchema(t)
	props := s.Root()["properties"].(map[string]any)
	v, ok := props["schema_version"].(map[string]any)["const"].(float64)
	if !ok || int(v) != jsonr.SchemaVersion {
		t.Errorf("schema_version const in %s is %v, jsonr.SchemaVersion is %d", rendertest.SchemaPath, props["schema_version"], jsonr.SchemaVersion)
	}
}

// The comparison finds a field the schema lacks, one it has too many, and
// a type that does not match: the pin can fail.
func TestSchemaComparisonFindsDrift(t *testing.T) {
	s := rendertest.LoadSchema(t)
	ind := s.Def("indicator")["properties"].(map[string]any)
	delete(ind, "note")
	ind["stale"] = map[string]any{"type": "string"}
	ind["level"] = map[string]any{"type": "string"}
	got := strings.Join(s.Compare("result", reflect.TypeOf(jsonr.JSONResult{})), "\n")
	for _, want := range []string{
		"result.indicators[].note: in Go (JSONIndItem) but not in the schema",
		"result.indicators[].stale: in the schema but not in Go (JSONIndItem)",
		`result.indicators[].level: Go int, schema type "string"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("comparison does not say %q; it says:\n%s", want, got)
		}
	}
}

// What spbe score writes as JSON is valid against the schema: for a
// rubric with domains, for a sheet with self-assessed and verified levels,
// in English, and for a rubric without domains or target level.
func TestJSONOutputFollowsTheSchema(t *testing.T) {
	s := rendertest.LoadSchema(t)
	for _, c := range rendertest.SampleRuns(t) {
		t.Run(c.Name, func(t *testing.T) {
			out := rendertest.RunCLI(t, append(append([]string{"score", "--format", "json"}, c.Args...), c.Sheet)...)
			var v any
			if err := json.Unmarshal(out, &v); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			for _, p := range s.Validate("result", v) {
				t.Error(p)
			}
		})
	}
}

// The validator rejects a result with a missing, an unknown and a
// mistyped field: the check above can fail.
func TestSchemaValidationRejectsBadResults(t *testing.T) {
	s := rendertest.LoadSchema(t)
	runs := rendertest.SampleRuns(t)
	out := rendertest.RunCLI(t, "score", "--format", "json", runs[0].Sheet)
	var v map[string]any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatal(err)
	}
	delete(v, "index")
	v["extra"] = 1.0
	v["indicators"].([]any)[0].(map[string]any)["level"] = "3"
	v["rubric"].(map[string]any)["sha256"] = "not a hash"
	got := strings.Join(s.Validate("result", v), "\n")
	for _, want := range []string{
		`result: required "index" is missing`,
		`result: "extra" is not allowed`,
		`result.indicators[0].level: string is not a number`,
		`result.rubric.sha256: "not a hash" does not match`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("validation does not say %q; it says:\n%s", want, got)
		}
	}
}
