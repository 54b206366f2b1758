package score_test

import (
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// benchRubric loads a built-in rubric for a benchmark.
func benchRubric(b *testing.B, name string) *rubric.Rubric {
	b.Helper()
	r, err := rubric.Builtin(name)
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// BenchmarkComputeSPBE2020 scores whole levels, as every SPBE 2020 sheet
// of a batch is scored.
func BenchmarkComputeSPBE2020(b *testing.B) {
	r := benchRubric(b, "spbe-2020")
	lv := score.Levels{}
	for i, in := range r.Indicators {
		lv[in.ID] = 1 + i%5
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := score.Compute(r, lv); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkComputeValuesPemdi scores decimal values with many digits, as
// a Pemdi sheet whose cells hold formulas' cached values.
func BenchmarkComputeValuesPemdi(b *testing.B) {
	r := benchRubric(b, "pemdi-2026")
	texts := []string{"1.26", "2.5", "1.1666666666666667", "3", "4.75", "2.333333333333333"}
	vs := score.Values{}
	for i, in := range r.Indicators {
		v, err := in.Scale.ParseValue(texts[i%len(texts)])
		if err != nil {
			b.Fatal(err)
		}
		vs[in.ID] = v
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := score.ComputeValues(r, vs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuiltin loads a built-in rubric, as every single call does.
func BenchmarkBuiltin(b *testing.B) {
	for _, name := range rubric.Builtins() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := rubric.Builtin(name); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
