package json_test

import (
	"encoding/json"
	"os"
	"testing"

	jsonr "github.com/spbe-id/spbe/pkg/render/json"
)

// FuzzReadJSONResult feeds arbitrary bytes to the reader of the JSON
// results that explain, plan and compare accept: it must never panic, and
// a result it accepts must have what its callers rely on and read back the
// same after being written again.
func FuzzReadJSONResult(f *testing.F) {
	seed, err := os.ReadFile("testdata/dinkes-2024.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"schema_version":1,"rubric":{"id":"x"},"indicators":[{"id":"1","level":3}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := jsonr.ReadJSONResult(data)
		if err != nil {
			return
		}
		// Version 1 (no values beside the levels) is still read back.
		if (j.SchemaVersion != jsonr.SchemaVersion && j.SchemaVersion != 1) || j.Rubric.ID == "" || len(j.Indicators) == 0 {
			t.Fatalf("accepted a result with schema %d, rubric %q, %d indicators", j.SchemaVersion, j.Rubric.ID, len(j.Indicators))
		}
		again, err := json.Marshal(j)
		if err != nil {
			t.Fatalf("an accepted result cannot be written again: %v", err)
		}
		if _, err := jsonr.ReadJSONResult(again); err != nil {
			t.Fatalf("an accepted result, written again, is refused: %v", err)
		}
	})
}
