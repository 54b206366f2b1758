//go:build spbe_nogen

package rubric

// generated has no rubric when built with the tag spbe_nogen: the
// generator itself is built so, and parses the YAML.
func generated(string) *Rubric { return nil }
