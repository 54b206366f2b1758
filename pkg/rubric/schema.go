package rubric

import (
	"bytes"
	"encoding/json"
)

// SchemaID is where the published JSON Schema of the rubric format lives;
// docs/rubric.schema.json in the repository is the same document.
const SchemaID = "https://raw.githubusercontent.com/spbe-id/spbe/main/docs/rubric.schema.json"

// jsonSchema is the subset of JSON Schema (draft-07, the dialect that
// yaml-language-server and most editors understand) that the rubric
// format needs.
type jsonSchema struct {
	Schema               string                 `json:"$schema,omitempty"`
	ID                   string                 `json:"$id,omitempty"`
	Ref                  string                 `json:"$ref,omitempty"`
	Title                string                 `json:"title,omitempty"`
	Description          string                 `json:"description,omitempty"`
	Type                 any                    `json:"type,omitempty"`
	Enum                 []string               `json:"enum,omitempty"`
	Pattern              string                 `json:"pattern,omitempty"`
	Minimum              *int                   `json:"minimum,omitempty"`
	Maximum              *int                   `json:"maximum,omitempty"`
	MinItems             *int                   `json:"minItems,omitempty"`
	Items                *jsonSchema            `json:"items,omitempty"`
	Required             []string               `json:"required,omitempty"`
	Properties           map[string]*jsonSchema `json:"properties,omitempty"`
	PropertyNames        *jsonSchema            `json:"propertyNames,omitempty"`
	AdditionalProperties any                    `json:"additionalProperties,omitempty"`
	OneOf                []*jsonSchema          `json:"oneOf,omitempty"`
	Definitions          map[string]*jsonSchema `json:"definitions,omitempty"`
}

func intp(n int) *int { return &n }

func ref(name string) *jsonSchema { return &jsonSchema{Ref: "#/definitions/" + name} }

func desc(s *jsonSchema, d string) *jsonSchema {
	c := *s
	c.Description = d
	return &c
}

// object is a closed object: the loader refuses unknown keys, so the
// schema does too.
func object(d string, required []string, props map[string]*jsonSchema) *jsonSchema {
	return &jsonSchema{Description: d, Type: "object", Required: required, Properties: props, AdditionalProperties: false}
}

func array(d string, min int, items *jsonSchema) *jsonSchema {
	s := &jsonSchema{Description: d, Type: "array", Items: items}
	if min > 0 {
		s.MinItems = intp(min)
	}
	return s
}

// The value shapes the loader accepts. YAML lets a plain scalar be read as
// a number or a boolean; the loader reads such a scalar as text where it
// wants text (version: 2020, id: 1), so the schema allows it too.
var (
	text     = &jsonSchema{Type: []string{"string", "number", "boolean"}}
	ident    = &jsonSchema{Type: []string{"string", "number"}, Pattern: `\S`}
	whole    = &jsonSchema{Type: []string{"integer", "string"}, Pattern: `^\s*[0-9]+\s*$`, Minimum: intp(0)}
	texts    = &jsonSchema{Type: "array", Items: text}
	decimalN = &jsonSchema{
		Type:    []string{"number", "string"},
		Pattern: `^\s*[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)\s*$`,
	}
)

// schemaDoc builds the JSON Schema of the rubric format. Every object is
// closed and lists exactly the keys the loader knows; the schema checks
// shapes, types, required keys and enumerations, while the loader also
// checks what a schema cannot say (weights that add up, bands that touch).
func schemaDoc() *jsonSchema {
	name := desc(text, "the name, in Indonesian")
	nameEN := desc(text, "the name in English, for --lang en")
	weight := desc(decimalN, "weight in percent, written as a decimal (1.30); read exactly")
	defs := map[string]*jsonSchema{
		"rounding": object("how numbers are printed and which value the predicate reads", nil, map[string]*jsonSchema{
			"decimals":        {Description: "printed decimals (default 2)", Type: "integer", Minimum: intp(0), Maximum: intp(6)},
			"mode":            {Description: "rounding of printed numbers (default half-up)", Type: "string", Enum: []string{"half-up", "half-even"}},
			"predicate_basis": {Description: "exact: the predicate reads the exact index (the regulation's reading); rounded: the printed one", Type: "string", Enum: []string{"exact", "rounded"}},
		}),
		"scale": object("a level scale", []string{"id", "levels"}, map[string]*jsonSchema{
			"id":      desc(ident, "the scale's id, named by indicators' scale key"),
			"name":    name,
			"name_en": nameEN,
			"values":  {Description: "levels (default): a value is one of the levels; decimal: any decimal from the lowest level to the highest, named by its whole part", Type: "string", Enum: []string{ValuesWhole, ValuesDecimal}},
			"levels":  array("whole levels in steps of one, lowest first", 2, ref("level")),
		}),
		"level": object("one level of a scale", []string{"value", "label"}, map[string]*jsonSchema{
			"value":    desc(whole, "the level, a whole number"),
			"label":    desc(text, "the level's name, unique in its scale; a sheet may write it instead of the number"),
			"label_en": desc(text, "the level's name in English"),
		}),
		"predicate": object("a predicate band: indices from `from` (inclusive) up to `to` (exclusive; the highest band includes it)", []string{"name", "from", "to"}, map[string]*jsonSchema{
			"name":    desc(ident, "the predicate, in Indonesian"),
			"name_en": nameEN,
			"from":    desc(decimalN, "lowest index of the band, inclusive"),
			"to":      desc(decimalN, "end of the band, exclusive except for the highest band"),
			"color":   {Description: "colour in reports, #RRGGBB", Type: "string", Pattern: `^#[0-9A-Fa-f]{6}$`},
		}),
		"domain": object("a domain: a group of aspects", []string{"id", "weight", "aspects"}, map[string]*jsonSchema{
			"id":      desc(ident, "the domain's id, unique in the rubric (D1)"),
			"name":    name,
			"name_en": nameEN,
			"weight":  desc(weight, "the domain's weight: the sum of its aspects' weights"),
			"aspects": array("the domain's aspects", 1, ref("aspect")),
		}),
		"aspect": object("an aspect: a group of indicators", []string{"id", "weight", "indicators"}, map[string]*jsonSchema{
			"id":         desc(ident, "the aspect's id, unique in the rubric (A1)"),
			"name":       name,
			"name_en":    nameEN,
			"weight":     desc(weight, "the aspect's weight: the sum of its indicators' weights"),
			"indicators": array("the aspect's indicators", 1, ref("indicator")),
		}),
		"indicator": object("an assessed indicator: it receives one level of its scale", []string{"id", "name", "weight"}, map[string]*jsonSchema{
			"id":       desc(ident, "the indicator's id, unique in the rubric; answer sheets name it (\"1\")"),
			"name":     name,
			"name_en":  nameEN,
			"aliases":  desc(texts, "other names seen in the field"),
			"weight":   weight,
			"scale":    desc(ident, "the id of the indicator's scale; may be left out when the rubric has one scale"),
			"question": desc(text, "the questionnaire's question"),
			"criteria": {
				Description:          "what each level means, by level",
				Type:                 "object",
				PropertyNames:        &jsonSchema{Pattern: `^[0-9]+$`},
				AdditionalProperties: text,
			},
			"external": ref("external"),
			"note":     desc(text, "free text, for maintainers"),
		}),
		"external": object("the indicator's value comes from another agency's index: its name, the agency, and the conversion of its score to a value (points or bands)", []string{"source", "agency"}, map[string]*jsonSchema{
			"source":    desc(text, "the other index's name, in Indonesian"),
			"source_en": desc(text, "the other index's name in English"),
			"agency":    desc(text, "the agency that publishes it (Bappenas)"),
			"points":    array("piecewise-linear conversion: breakpoints in ascending order of score", 2, ref("point")),
			"bands":     array("conversion by bands, lowest first, touching", 1, ref("score_band")),
			"pending":   ref("pending"),
			"note":      desc(text, "free text, for maintainers"),
		}),
		"point": object("a breakpoint: the score and the value it converts to", []string{"score", "value"}, map[string]*jsonSchema{
			"score": desc(decimalN, "the source score"),
			"value": desc(decimalN, "the indicator's value at that score"),
		}),
		"score_band": object("scores from `from` (inclusive) up to `to` (exclusive; the highest band includes it) convert to `value`", []string{"from", "to", "value"}, map[string]*jsonSchema{
			"from":  desc(decimalN, "lowest score of the band, inclusive"),
			"to":    desc(decimalN, "end of the band"),
			"value": desc(decimalN, "the indicator's value"),
		}),
		"pending": object("the value taken while the agency has not published its score, and why", []string{"value", "reason"}, map[string]*jsonSchema{
			"value":     desc(decimalN, "the value assumed"),
			"reason":    desc(text, "why, in Indonesian, as every output shows it"),
			"reason_en": desc(text, "why, in English"),
		}),
	}
	top := object("", []string{"id", "title", "version", "status", "scales", "predicates"}, map[string]*jsonSchema{
		"$schema":      {Description: "the schema of this file, for editors", Type: "string"},
		"id":           {Description: "short name: lowercase letters, digits, dots and dashes", Type: []string{"string", "number"}, Pattern: `^[a-z0-9][a-z0-9.-]*$`},
		"title":        desc(text, "the index's name (Indeks SPBE)"),
		"title_en":     desc(text, "the index's name in English"),
		"version":      desc(text, "the framework's version"),
		"source":       desc(text, "the legal source"),
		"status":       {Description: "every output of a rubric that is not official says so", Type: "string", Enum: []string{StatusOfficial, StatusProvisional, StatusDraft}},
		"note":         desc(text, "free text"),
		"target_level": {Description: "the national target level for every indicator", Type: "integer"},
		"rounding":     ref("rounding"),
		"scales":       array("the level scales", 1, ref("scale")),
		"predicates":   array("the predicate bands, lowest first, touching, covering every possible index", 1, ref("predicate")),
		"domains":      array("domains holding aspects (or give aspects at the top instead)", 1, ref("domain")),
		"aspects":      array("aspects directly under the rubric, for a framework without domains", 1, ref("aspect")),
	})
	top.Schema = "http://json-schema.org/draft-07/schema#"
	top.ID = SchemaID
	top.Title = "spbe rubric"
	top.Description = "An evaluation framework for spbe: scales, weighted indicators in aspects (and optionally domains), predicate bands, rounding. See docs/rubric.md."
	top.OneOf = []*jsonSchema{{Required: []string{"domains"}}, {Required: []string{"aspects"}}}
	top.Definitions = defs
	return top
}

// Schema returns the JSON Schema of the rubric format, indented, ending
// in a newline. Editors use it to complete and check rubric files, for
// example with a first line
//
//	# yaml-language-server: $schema=https://raw.githubusercontent.com/spbe-id/spbe/main/docs/rubric.schema.json
func Schema() []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(schemaDoc()); err != nil {
		panic("rubric: encode schema: " + err.Error())
	}
	return b.Bytes()
}
