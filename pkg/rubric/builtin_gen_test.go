package rubric_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/rubric/internal/gen"
)

// Every built-in rubric's generated form is what parsing its YAML gives,
// field for field: the YAML is the source of truth, and a change to it (or
// to the model) without "go generate ./pkg/rubric" fails here.
func TestGeneratedBuiltinsAreTheParsedYAML(t *testing.T) {
	for _, name := range rubric.Builtins() {
		data, err := rubric.BuiltinSource(name)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := rubric.Parse(data, "builtin:"+name)
		if err != nil {
			t.Fatal(err)
		}
		g := rubric.Generated(name)
		if g == nil {
			t.Errorf("built-in %s has no generated form: run go generate ./pkg/rubric", name)
			continue
		}
		if err := gen.Equal(parsed, g); err != nil {
			t.Errorf("built-in %s: the generated form disagrees with rubric/%s.yaml (run go generate ./pkg/rubric): %v", name, name, err)
		}
		sum := sha256.Sum256(data)
		if g.Hash != hex.EncodeToString(sum[:]) {
			t.Errorf("built-in %s: hash %s is not the YAML's", name, g.Hash)
		}
		b, err := rubric.Builtin(name)
		if err != nil || b.File != "builtin:"+name || len(b.Indicators) == 0 || b.Indicator(b.Indicators[0].ID) != b.Indicators[0] {
			t.Errorf("built-in %s: Builtin gives %v, %v", name, b, err)
		}
	}
}

// The committed builtin_gen.go is exactly what go generate writes now.
func TestGeneratedFileIsUpToDate(t *testing.T) {
	want, err := gen.Source()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(gen.File)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not what go generate writes: run go generate ./pkg/rubric", gen.File)
	}
}

// Each call builds a rubric of its own, as parsing did: a caller may not
// see another's rubric.
func TestBuiltinReturnsAFreshRubric(t *testing.T) {
	a, _ := rubric.Builtin(rubric.Default)
	b, _ := rubric.Builtin(rubric.Default)
	if a == b || a.Indicators[0] == b.Indicators[0] || a.Indicators[0].Weight == b.Indicators[0].Weight {
		t.Error("two calls share a rubric")
	}
}
