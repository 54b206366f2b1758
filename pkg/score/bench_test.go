package score_test

import (
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// Figures on the 2-core development machine, shared and loaded (medians of
// -count 5 -benchmem, old and new runs interleaved), before and after the
// integer scorer and the generated built-in rubrics (issue 18):
//
//	ComputeSPBE2020        175 µs  58.2 KB  2145 allocs  ->  45 µs  22.9 KB  23 allocs
//	ComputeValuesPemdi      68 µs  24.1 KB   886 allocs  ->  18 µs   7.5 KB  16 allocs
//	Builtin/spbe-2020     3765 µs   974 KB 16356 allocs  ->  46 µs  31.2 KB 541 allocs
//	Builtin/pemdi-2026    1407 µs   268 KB  5231 allocs  ->  35 µs  17.0 KB 585 allocs

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
