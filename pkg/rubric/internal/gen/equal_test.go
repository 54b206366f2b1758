package gen_test

import (
	"math/big"
	"reflect"
	"testing"
	"unsafe"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/rubric/internal/gen"
)

func parse(t *testing.T, name string) *rubric.Rubric {
	t.Helper()
	data, err := rubric.BuiltinSource(name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := rubric.Parse(data, "builtin:"+name)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// unexported returns the settable field name of the struct *p.
func unexported(p any, name string) reflect.Value {
	f := reflect.ValueOf(p).Elem().FieldByName(name)
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// Equal finds a difference wherever it is: it is what the test of the
// generated rubrics relies on.
func TestEqualFindsEveryKindOfDifference(t *testing.T) {
	tests := []struct {
		name   string
		rubric string
		change func(r *rubric.Rubric)
	}{
		{"a weight", "spbe-2020", func(r *rubric.Rubric) { r.Indicators[3].Weight = big.NewRat(131, 100) }},
		{"a band bound", "spbe-2020", func(r *rubric.Rubric) { r.Bands[1].From.SetFrac64(181, 100) }},
		{"a name", "spbe-2020", func(r *rubric.Rubric) { r.Aspects[2].Name += " " }},
		{"a criterion", "spbe-2020", func(r *rubric.Rubric) { r.Indicators[0].Criteria[5] = "x" }},
		{"a criterion too many", "spbe-2020", func(r *rubric.Rubric) { r.Indicators[0].Criteria[6] = "x" }},
		{"empty aliases instead of none", "spbe-2020", func(r *rubric.Rubric) { r.Indicators[1].Aliases = []string{} }},
		{"a line", "spbe-2020", func(r *rubric.Rubric) { r.Indicators[1].Line++ }},
		{"the rounding", "spbe-2020", func(r *rubric.Rubric) { r.Rounding.PredicateBasis = "rounded" }},
		{"an indicator on the other scale", "spbe-2020", func(r *rubric.Rubric) { r.Indicators[0].Scale = r.Scales[1] }},
		{"an indicator on a copy of its scale", "spbe-2020", func(r *rubric.Rubric) { s := *r.Scales[0]; r.Indicators[0].Scale = &s }},
		{"an aspect listed twice", "spbe-2020", func(r *rubric.Rubric) { r.Aspects[1] = r.Aspects[0] }},
		{"the index by id (unexported)", "spbe-2020", func(r *rubric.Rubric) {
			unexported(r, "byID").SetMapIndex(reflect.ValueOf("1"), reflect.ValueOf(r.Indicators[1]))
		}},
		{"an external's indicator (unexported)", "pemdi-2026", func(r *rubric.Rubric) {
			unexported(r.Indicator("5").External, "indicator").Set(reflect.ValueOf(r.Indicators[0]))
		}},
		{"a pending value", "pemdi-2026", func(r *rubric.Rubric) { r.Indicator("5").External.Pending.Value = big.NewRat(2, 1) }},
		{"a conversion point", "pemdi-2026", func(r *rubric.Rubric) { r.Indicator("5").External.Points[1].Value = big.NewRat(8, 5) }},
		{"no external source", "pemdi-2026", func(r *rubric.Rubric) { r.Indicator("6").External = nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := parse(t, tt.rubric), parse(t, tt.rubric)
			if err := gen.Equal(a, b); err != nil {
				t.Fatalf("two parses differ: %v", err)
			}
			tt.change(b)
			if err := gen.Equal(a, b); err == nil {
				t.Error("no difference found")
			} else {
				t.Log(err)
			}
		})
	}
}
