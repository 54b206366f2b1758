// Package rendertest holds what the renderers' tests share: the JSON
// Schema of a result with a validator, sample answer sheets covering every
// shape of report, and a way to run the command in process. Only tests
// import it.
package rendertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/cli"
	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// SchemaPath is the documented JSON result format.
const SchemaPath = "../../../docs/result.schema.json"

type node = map[string]any

// Schema is the JSON Schema of a result, with its definitions.
type Schema struct {
	root node
	defs map[string]node
}

// LoadSchema reads the documented JSON result format.
func LoadSchema(t *testing.T) *Schema {
	t.Helper()
	data, err := os.ReadFile(SchemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var root node
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatalf("%s: %v", SchemaPath, err)
	}
	s := &Schema{root: root, defs: map[string]node{}}
	defs, _ := root["$defs"].(map[string]any)
	for k, v := range defs {
		s.defs[k] = v.(map[string]any)
	}
	return s
}

// resolve follows a node's $ref into $defs.
func (s *Schema) resolve(n node) node {
	for {
		ref, ok := n["$ref"].(string)
		if !ok {
			return n
		}
		d, ok := s.defs[strings.TrimPrefix(ref, "#/$defs/")]
		if !ok {
			return node{"unresolved": ref}
		}
		n = d
	}
}

// jsonField is a field as encoding/json writes it.
type jsonField struct {
	name      string
	omitempty bool
	typ       reflect.Type
}

// jsonFields lists a struct's fields as encoding/json sees them, with
// embedded structs flattened.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		if f.Anonymous && !hasTag {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		if !f.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		out = append(out, jsonField{name, strings.Contains(opts, "omitempty"), f.Type})
	}
	return out
}

var jsonNumber = reflect.TypeOf(json.Number(""))

// compare walks a Go type and its schema together and lists every
// difference: a field missing from either side, a field required in one
// and optional in the other, a type that does not match.
func (s *Schema) compare(path string, t reflect.Type, n node) []string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	n = s.resolve(n)
	if ref, ok := n["unresolved"]; ok {
		return []string{fmt.Sprintf("%s: $ref %v does not resolve", path, ref)}
	}
	typ, _ := n["type"].(string)
	switch {
	case t == jsonNumber:
		if typ != "number" {
			return []string{fmt.Sprintf("%s: Go json.Number, schema type %q", path, typ)}
		}
	case t.Kind() == reflect.String:
		if typ != "string" && !allStrings(n["enum"]) {
			return []string{fmt.Sprintf("%s: Go string, schema type %q", path, typ)}
		}
	case t.Kind() == reflect.Int:
		if _, isConst := n["const"].(float64); typ != "integer" && !isConst {
			return []string{fmt.Sprintf("%s: Go int, schema type %q", path, typ)}
		}
	case t.Kind() == reflect.Bool:
		if typ != "boolean" {
			return []string{fmt.Sprintf("%s: Go bool, schema type %q", path, typ)}
		}
	case t.Kind() == reflect.Slice:
		if typ != "array" {
			return []string{fmt.Sprintf("%s: Go slice, schema type %q", path, typ)}
		}
		items, _ := n["items"].(map[string]any)
		return s.compare(path+"[]", t.Elem(), items)
	case t.Kind() == reflect.Struct:
		return s.compareObject(path, t, n)
	default:
		return []string{fmt.Sprintf("%s: Go type %s has no rule here", path, t)}
	}
	return nil
}

func (s *Schema) compareObject(path string, t reflect.Type, n node) []string {
	var probs []string
	if n["type"] != "object" || n["additionalProperties"] != false {
		probs = append(probs, fmt.Sprintf("%s: want an object with additionalProperties false", path))
	}
	props, _ := n["properties"].(map[string]any)
	required := map[string]bool{}
	if req, ok := n["required"].([]any); ok {
		for _, r := range req {
			required[r.(string)] = true
		}
	}
	seen := map[string]bool{}
	for _, f := range jsonFields(t) {
		seen[f.name] = true
		p, ok := props[f.name].(map[string]any)
		if !ok {
			probs = append(probs, fmt.Sprintf("%s.%s: in Go (%s) but not in the schema", path, f.name, t.Name()))
			continue
		}
		if required[f.name] == f.omitempty {
			probs = append(probs, fmt.Sprintf("%s.%s: omitempty is %v in Go but required is %v in the schema", path, f.name, f.omitempty, required[f.name]))
		}
		probs = append(probs, s.compare(path+"."+f.name, f.typ, p)...)
	}
	for _, name := range sortedNames(props) {
		if !seen[name] {
			probs = append(probs, fmt.Sprintf("%s.%s: in the schema but not in Go (%s)", path, name, t.Name()))
		}
	}
	for name := range required {
		if !seen[name] {
			probs = append(probs, fmt.Sprintf("%s.%s: required in the schema but not in Go", path, name))
		}
	}
	return probs
}

func allStrings(v any) bool {
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return false
	}
	for _, x := range list {
		if _, ok := x.(string); !ok {
			return false
		}
	}
	return true
}

func sortedNames(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// validate checks a decoded JSON value against a schema node: the subset
// of JSON Schema that docs/result.schema.json uses (type, const, enum,
// pattern, minimum, properties, required, additionalProperties, items,
// $ref).
func (s *Schema) validate(path string, v any, n node) []string {
	n = s.resolve(n)
	var probs []string
	bad := func(format string, args ...any) { probs = append(probs, path+": "+fmt.Sprintf(format, args...)) }
	if c, ok := n["const"]; ok && !reflect.DeepEqual(c, v) {
		bad("%v is not the constant %v", v, c)
	}
	if e, ok := n["enum"].([]any); ok {
		found := false
		for _, x := range e {
			found = found || reflect.DeepEqual(x, v)
		}
		if !found {
			bad("%v is not one of %v", v, e)
		}
	}
	switch n["type"] {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			bad("%T is not an object", v)
			break
		}
		props, _ := n["properties"].(map[string]any)
		if req, ok := n["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[r.(string)]; !ok {
					bad("required %q is missing", r)
				}
			}
		}
		for _, k := range sortedNames(obj) {
			p, ok := props[k].(map[string]any)
			if !ok {
				if n["additionalProperties"] == false {
					bad("%q is not allowed", k)
				}
				continue
			}
			probs = append(probs, s.validate(path+"."+k, obj[k], p)...)
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			bad("%T is not an array", v)
			break
		}
		items, _ := n["items"].(map[string]any)
		for i, x := range arr {
			probs = append(probs, s.validate(fmt.Sprintf("%s[%d]", path, i), x, items)...)
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			bad("%T is not a string", v)
			break
		}
		if p, ok := n["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(str) {
			bad("%q does not match %s", str, p)
		}
	case "number", "integer":
		f, ok := v.(float64)
		if !ok {
			bad("%T is not a number", v)
			break
		}
		if n["type"] == "integer" && f != float64(int64(f)) {
			bad("%v is not an integer", f)
		}
		if m, ok := n["minimum"].(float64); ok && f < m {
			bad("%v is below %v", f, m)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			bad("%T is not a boolean", v)
		}
	}
	return probs
}

// SampleRun is an answer sheet and the flags to score it with.
type SampleRun struct {
	Name  string
	Sheet string
	Args  []string
}

// SampleRuns returns sheets covering every shape of report: a sheet saved
// by LibreOffice, one with self-assessed and verified levels (in English),
// one whose OPD name and explanations are hostile text, and one for a
// draft rubric without domains or target level.
func SampleRuns(t *testing.T) []SampleRun {
	t.Helper()
	dir := t.TempDir()
	fixtures, err := filepath.Abs("../../../testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	spbe, err := rubric.Open("", 0)
	if err != nil {
		t.Fatal(err)
	}
	hostile := filepath.Join(dir, "hostile.xlsx")
	err = (&fixture.Sheet{
		Rubric: spbe, Levels: fixture.ExpandLevels([]string{"3x40", "2", "1", "4", "5", "1", "2", "3"}),
		OPD: `=HYPERLINK("http://evil.example","Dinas") | <b>Kota</b>`, Year: "2024",
		Set: map[string]string{"F7": `"a | b <script> *c* \ d"`, "F8": `"=HYPERLINK(""http://x"",""y"")"`},
	}).Write(hostile)
	if err != nil {
		t.Fatal(err)
	}
	miniPath := filepath.Join(dir, "mini.yaml")
	if err := os.WriteFile(miniPath, []byte(miniRubric), 0o644); err != nil {
		t.Fatal(err)
	}
	mini, err := rubric.Open(miniPath, 0)
	if err != nil {
		t.Fatal(err)
	}
	miniSheet := filepath.Join(dir, "mini.xlsx")
	if err := (&fixture.Sheet{Rubric: mini, Levels: []string{"2", "3", "1", "3"}, OPD: "Dinas Mini", Year: "2026"}).Write(miniSheet); err != nil {
		t.Fatal(err)
	}
	return []SampleRun{
		{"libreoffice", filepath.Join(fixtures, "lo-opd-dinkes.xlsx"), nil},
		{"verified-en", filepath.Join(fixtures, "lo-verified.xlsx"), []string{"--lang", "en"}},
		{"hostile", hostile, nil},
		{"no-domains", miniSheet, []string{"--rubric", miniPath}},
	}
}

const miniRubric = `id: mini
title: Indeks Mini
version: "1"
status: draft
scales:
  - id: umum
    name: Umum
    levels:
      - {value: 1, label: Awal}
      - {value: 2, label: Berkembang}
      - {value: 3, label: Matang}
predicates:
  - {name: Rendah, from: 1, to: 2}
  - {name: Tinggi, from: 2, to: 3}
aspects:
  - id: X1
    name: Aspek Satu
    weight: 60
    indicators:
      - {id: "1", name: Satu, weight: 25}
      - {id: "2", name: Dua, weight: 35}
  - id: X2
    name: Aspek Dua
    weight: 25
    indicators:
      - {id: "3", name: Tiga, weight: 25}
  - id: X3
    name: Aspek Tiga
    weight: 15
    indicators:
      - {id: "4", name: Empat, weight: 15}
`

// RunCLI runs spbe with args as the binary would and returns its standard
// output; it fails the test on a non-zero exit.
func RunCLI(t *testing.T, args ...string) []byte {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := cli.Run(cli.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, args); code != 0 {
		t.Fatalf("spbe %s: exit %d\n%s", strings.Join(args, " "), code, errOut.String())
	}
	return out.Bytes()
}

// Root is the schema's top node.
func (s *Schema) Root() map[string]any { return s.root }

// Validate lists every way v, a decoded JSON result, breaks the schema.
func (s *Schema) Validate(path string, v any) []string { return s.validate(path, v, s.root) }

// Compare lists every difference between the fields of the Go type t and
// what the schema documents.
func (s *Schema) Compare(path string, t reflect.Type) []string { return s.compare(path, t, s.root) }

// Def is the named definition of the schema's $defs.
func (s *Schema) Def(name string) map[string]any { return s.defs[name] }

// RequireTool returns the path of a program a test needs (soffice,
// chromium). Without it the test is skipped, unless CI=true: CI installs
// it, so its absence there is a failure, not a skip. why says what the
// program checks, for the skip message.
func RequireTool(t *testing.T, name, pkg, why string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not on PATH and CI=true: install the Debian package %s (.ci/run does)", name, pkg)
	}
	t.Skipf("%s is not on PATH: install the Debian package %s to %s", name, pkg, why)
	return ""
}
