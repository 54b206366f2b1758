package rubric

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The schema's objects list exactly the keys the loader's YAML structs
// know: a key added to the loader and forgotten in the schema (or the
// other way round) fails here.
func TestSchemaKnowsExactlyTheLoadersKeys(t *testing.T) {
	doc := schemaDoc()
	objects := map[string]struct {
		schema *jsonSchema
		raw    any
	}{
		"top level": {doc, rawRubric{}},
		"rounding":  {doc.Definitions["rounding"], rawRounding{}},
		"scale":     {doc.Definitions["scale"], rawScale{}},
		"level":     {doc.Definitions["level"], rawLevel{}},
		"predicate": {doc.Definitions["predicate"], rawBand{}},
		"domain":    {doc.Definitions["domain"], rawDomain{}},
		"aspect":    {doc.Definitions["aspect"], rawAspect{}},
		"indicator": {doc.Definitions["indicator"], rawIndicator{}},
		"external":  {doc.Definitions["external"], rawExternal{}},
		"point":     {doc.Definitions["point"], rawPoint{}},
		"band":      {doc.Definitions["score_band"], rawSBand{}},
		"pending":   {doc.Definitions["pending"], rawPending{}},
	}
	for name, o := range objects {
		var keys []string
		rt := reflect.TypeOf(o.raw)
		for i := 0; i < rt.NumField(); i++ {
			keys = append(keys, strings.Split(rt.Field(i).Tag.Get("yaml"), ",")[0])
		}
		var props []string
		for k := range o.schema.Properties {
			props = append(props, k)
		}
		sort.Strings(keys)
		sort.Strings(props)
		if !slices.Equal(keys, props) {
			t.Errorf("%s: the loader knows %v, the schema %v", name, keys, props)
		}
		if o.schema.AdditionalProperties != false {
			t.Errorf("%s: the loader refuses unknown keys, the schema must too", name)
		}
	}
}

// Every rubric the loader accepts (the built-ins and the valid fixtures)
// passes the schema, and every rubric the schema rejects is one the loader
// rejects too.
func TestSchemaAcceptsWhatTheLoaderAccepts(t *testing.T) {
	type doc struct {
		name string
		data []byte
	}
	var docs []doc
	for _, n := range Builtins() {
		data, err := BuiltinSource(n)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc{"builtin " + n, data})
	}
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc{f, data})
	}
	if len(docs) < 4 {
		t.Fatalf("only %d rubrics to check", len(docs))
	}
	for _, d := range docs {
		_, loadErr := Parse(d.data, d.name)
		problems, parsed := validateYAML(t, d.data)
		if !parsed {
			if loadErr == nil {
				t.Errorf("%s: the loader accepts YAML that does not parse", d.name)
			}
			continue
		}
		if loadErr == nil && len(problems) > 0 {
			t.Errorf("%s: the loader accepts it, the schema says: %v", d.name, problems)
		}
		if strings.HasPrefix(filepath.Base(d.name), "valid-") && loadErr != nil {
			t.Errorf("%s: a valid fixture does not load: %v", d.name, loadErr)
		}
	}
}

// cutToEnd, as the replacement in a case, removes everything from the
// replaced text to the end of the file.
const cutToEnd = "\x00cut"

// The schema and the loader agree on each change of a valid rubric: both
// accept it or both reject it. (The loader also rejects what a schema
// cannot see, such as weights that do not add up; those are not listed.)
func TestSchemaAndLoaderAgree(t *testing.T) {
	base, err := os.ReadFile("testdata/valid-no-domains.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		old, new string
		accepted bool
	}{
		{"an unquoted version is text to both", `version: "1"`, `version: 1`, true},
		{"a numeric indicator id is text to both", `{id: "3", name: Tiga`, `{id: 3, name: Tiga`, true},
		{"a weight may be written with a decimal comma", `weight: 40`, `weight: "40,0"`, true},
		{"criteria are keyed by level", `weight: 40}`, "weight: 40, criteria: {1: awal, 3: matang}}", true},
		{"a $schema key is allowed", `id: mini`, "$schema: ./rubric.schema.json\nid: mini", true},
		{"rounding keys are known", `rounding: {decimals: 2}`, `rounding: {decimals: 3, mode: half-even, predicate_basis: rounded}`, true},
		{"an unknown top-level key is refused", `id: mini`, "id: mini\nauthor: x", false},
		{"a misspelt indicator key is refused", `{id: "3", name: Tiga, weight: 40}`, `{id: "3", name: Tiga, wieght: 40}`, false},
		{"an unknown status is refused", `status: draft`, `status: final`, false},
		{"an id with capitals and spaces is refused", `id: mini`, `id: Mini Rubric`, false},
		{"a missing title is refused", "title: Indeks Mini\n", "", false},
		{"a missing version is refused", "version: \"1\"\n", "", false},
		{"a missing status is refused", "status: draft\n", "", false},
		{"a scale of one level is refused", "      - {value: 2, label: Berkembang}\n      - {value: 3, label: Matang}\n", "", false},
		{"a level without a label is refused", `{value: 2, label: Berkembang}`, `{value: 2}`, false},
		{"a level that is not a whole number is refused", `{value: 2, label: Berkembang}`, `{value: dua, label: Berkembang}`, false},
		{"a colour that is not #RRGGBB is refused", `{name: Rendah, from: 1, to: 2}`, `{name: Rendah, from: 1, to: 2, color: red}`, false},
		{"a band without a bound is refused", `{name: Rendah, from: 1, to: 2}`, `{name: Rendah, from: 1}`, false},
		{"an unknown rounding mode is refused", `rounding: {decimals: 2}`, `rounding: {mode: half-down}`, false},
		{"too many decimals are refused", `rounding: {decimals: 2}`, `rounding: {decimals: 7}`, false},
		{"an indicator without a weight is refused", `{id: "3", name: Tiga, weight: 40}`, `{id: "3", name: Tiga}`, false},
		{"an indicator without a name is refused", `{id: "3", name: Tiga, weight: 40}`, `{id: "3", weight: 40}`, false},
		{"a weight that is not a number is refused", `{id: "3", name: Tiga, weight: 40}`, `{id: "3", name: Tiga, weight: banyak}`, false},
		{"criteria as a list are refused", `weight: 40}`, `weight: 40, criteria: [awal]}`, false},
		{"target_level as text is refused", `id: mini`, "id: mini\ntarget_level: tiga", false},
		{"no scales are refused", "scales:\n  - id: umum\n    name: Umum\n    levels:\n      - {value: 1, label: Awal}\n      - {value: 2, label: Berkembang}\n      - {value: 3, label: Matang}\n", "", false},
		{"domains and aspects together are refused", "aspects:\n", "domains:\n  - {id: D1, weight: 100, aspects: [{id: X9, weight: 100, indicators: [{id: \"9\", name: Sembilan, weight: 100}]}]}\naspects:\n", false},
		{"neither domains nor aspects are refused", "aspects:\n", cutToEnd, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(string(base), c.old) {
				t.Fatalf("the fixture has no %q", c.old)
			}
			data := []byte(strings.Replace(string(base), c.old, c.new, 1))
			if c.new == cutToEnd {
				data = base[:strings.Index(string(base), c.old)]
			}
			_, loadErr := Parse(data, "case.yaml")
			problems, parsed := validateYAML(t, data)
			if !parsed {
				t.Fatalf("the case is not YAML")
			}
			if got := loadErr == nil; got != c.accepted {
				t.Errorf("loader accepts: %v, want %v (%v)", got, c.accepted, loadErr)
			}
			if got := len(problems) == 0; got != c.accepted {
				t.Errorf("schema accepts: %v, want %v (%v)", got, c.accepted, problems)
			}
		})
	}
}

// The schema document is valid JSON with the draft-07 header editors look
// for, and it is stable: two calls give the same bytes.
func TestSchemaIsStableJSON(t *testing.T) {
	a, b := Schema(), Schema()
	if string(a) != string(b) {
		t.Fatal("Schema() differs between calls")
	}
	var m map[string]any
	if err := json.Unmarshal(a, &m); err != nil {
		t.Fatal(err)
	}
	if m["$schema"] != "http://json-schema.org/draft-07/schema#" || m["$id"] != SchemaID {
		t.Errorf("header: %v %v", m["$schema"], m["$id"])
	}
}

// validateYAML checks a YAML document against Schema(). parsed is false
// when the document is not YAML.
func validateYAML(t *testing.T, data []byte) (problems []string, parsed bool) {
	t.Helper()
	var inst any
	if err := yaml.Unmarshal(data, &inst); err != nil {
		return nil, false
	}
	var root map[string]any
	if err := json.Unmarshal(Schema(), &root); err != nil {
		t.Fatal(err)
	}
	v := &validator2{root: root}
	v.check(root, normalize(inst), "")
	return v.problems, true
}

// normalize turns what YAML decodes into what a JSON document would hold:
// maps keyed by strings (yaml-language-server does the same with criteria
// keyed by level numbers).
func normalize(x any) any {
	switch x := x.(type) {
	case map[string]any:
		for k, v := range x {
			x[k] = normalize(v)
		}
		return x
	case map[any]any:
		m := map[string]any{}
		for k, v := range x {
			m[fmt.Sprint(k)] = normalize(v)
		}
		return m
	case []any:
		for i := range x {
			x[i] = normalize(x[i])
		}
		return x
	}
	return x
}

// validator2 is a small JSON Schema validator: the keywords the rubric
// schema uses, and nothing else (an unknown keyword fails the test, so the
// schema cannot grow a keyword this test silently ignores).
type validator2 struct {
	root     map[string]any
	problems []string
}

var knownKeywords = map[string]bool{
	"$schema": true, "$id": true, "$ref": true, "title": true, "description": true, "type": true,
	"enum": true, "pattern": true, "minimum": true, "maximum": true, "minItems": true, "items": true,
	"required": true, "properties": true, "propertyNames": true, "additionalProperties": true,
	"oneOf": true, "definitions": true,
}

func (v *validator2) fail(path, format string, args ...any) {
	v.problems = append(v.problems, path+": "+fmt.Sprintf(format, args...))
}

func (v *validator2) valid(s map[string]any, x any) bool {
	sub := &validator2{root: v.root}
	sub.check(s, x, "")
	return len(sub.problems) == 0
}

func (v *validator2) check(s map[string]any, x any, path string) {
	for k := range s {
		if !knownKeywords[k] {
			panic("schema keyword not supported by the test validator: " + k)
		}
	}
	if r, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(r, "#/definitions/")
		v.check(v.root["definitions"].(map[string]any)[name].(map[string]any), x, path)
		return
	}
	if ty, ok := s["type"]; ok {
		var types []string
		switch ty := ty.(type) {
		case string:
			types = []string{ty}
		case []any:
			for _, t := range ty {
				types = append(types, t.(string))
			}
		}
		if !slices.ContainsFunc(types, func(t string) bool { return isType(t, x) }) {
			v.fail(path, "%v (%T) is not %v", x, x, types)
			return
		}
	}
	if e, ok := s["enum"].([]any); ok && !slices.Contains(e, x) {
		v.fail(path, "%v is not one of %v", x, e)
	}
	if p, ok := s["pattern"].(string); ok {
		if str, ok := x.(string); ok && !regexp.MustCompile(p).MatchString(str) {
			v.fail(path, "%q does not match %s", str, p)
		}
	}
	if n, ok := number(x); ok {
		if m, ok := s["minimum"].(float64); ok && n < m {
			v.fail(path, "%v is below %v", n, m)
		}
		if m, ok := s["maximum"].(float64); ok && n > m {
			v.fail(path, "%v is above %v", n, m)
		}
	}
	if arr, ok := x.([]any); ok {
		if m, ok := s["minItems"].(float64); ok && float64(len(arr)) < m {
			v.fail(path, "%d items, fewer than %v", len(arr), m)
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, it := range arr {
				v.check(items, it, fmt.Sprintf("%s[%d]", path, i))
			}
		}
	}
	if obj, ok := x.(map[string]any); ok {
		for _, r := range asList(s["required"]) {
			if _, ok := obj[r]; !ok {
				v.fail(path, "%s is required", r)
			}
		}
		props, _ := s["properties"].(map[string]any)
		for k, val := range obj {
			if pn, ok := s["propertyNames"].(map[string]any); ok {
				v.check(pn, k, path+"/"+k)
			}
			if ps, ok := props[k].(map[string]any); ok {
				v.check(ps, val, path+"/"+k)
				continue
			}
			switch ap := s["additionalProperties"].(type) {
			case bool:
				if !ap {
					v.fail(path, "unknown key %q", k)
				}
			case map[string]any:
				v.check(ap, val, path+"/"+k)
			}
		}
	}
	if one, ok := s["oneOf"].([]any); ok {
		n := 0
		for _, o := range one {
			if v.valid(o.(map[string]any), x) {
				n++
			}
		}
		if n != 1 {
			v.fail(path, "matches %d of the oneOf alternatives, not exactly one", n)
		}
	}
}

func asList(x any) []string {
	var out []string
	list, _ := x.([]any)
	for _, s := range list {
		out = append(out, s.(string))
	}
	return out
}

func number(x any) (float64, bool) {
	switch x := x.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case uint64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

func isType(t string, x any) bool {
	switch t {
	case "string":
		_, ok := x.(string)
		return ok
	case "boolean":
		_, ok := x.(bool)
		return ok
	case "number":
		_, ok := number(x)
		return ok
	case "integer":
		n, ok := number(x)
		return ok && n == math.Trunc(n)
	case "object":
		_, ok := x.(map[string]any)
		return ok
	case "array":
		_, ok := x.([]any)
		return ok
	case "null":
		return x == nil
	}
	panic("unknown type " + t)
}
