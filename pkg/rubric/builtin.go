package rubric

import (
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	builtin "github.com/spbe-id/spbe/rubric"
)

// Default is the id of the rubric used when none is named.
const Default = "spbe-2020"

// Builtins returns the names of the built-in rubrics, sorted.
func Builtins() []string {
	entries, _ := fs.ReadDir(builtin.FS, ".")
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".yaml"); ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// BuiltinSource returns the YAML of the built-in rubric name.
func BuiltinSource(name string) ([]byte, error) {
	data, err := fs.ReadFile(builtin.FS, name+".yaml")
	if err != nil {
		return nil, errorf("no built-in rubric %q (built-in: %s)", name, strings.Join(Builtins(), ", "))
	}
	return data, nil
}

//go:generate go run -tags spbe_nogen ./internal/gen/genbuiltin

// Builtin returns the built-in rubric name, parsed. It is built from Go
// literals generated from the YAML (builtin_gen.go, by go generate),
// which is what parsing the YAML gives, 200 times faster: the tests
// compare the two, and the YAML stays the source of truth (BuiltinSource,
// and the rubric's Hash is the YAML's). A YAML file without a generated
// form is parsed.
func Builtin(name string) (*Rubric, error) {
	if r := generated(name); r != nil {
		return r, nil
	}
	data, err := BuiltinSource(name)
	if err != nil {
		return nil, err
	}
	return Parse(data, "builtin:"+name)
}

// Open resolves a --rubric argument: the name of a built-in rubric, or a path
// to a YAML file. An empty ref means Default. A ref that names an existing
// file, or that looks like a path, is read from disk.
func Open(ref string, maxSize int64) (*Rubric, error) {
	if ref == "" {
		ref = Default
	}
	if st, err := os.Stat(ref); err == nil && !st.IsDir() {
		return Load(ref, maxSize)
	}
	if strings.ContainsAny(ref, `/\`) || path.Ext(ref) == ".yaml" || path.Ext(ref) == ".yml" {
		return Load(ref, maxSize)
	}
	return Builtin(ref)
}
