package rubric

import (
	"math/big"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary YAML to the loader: it must never panic, and a
// rubric it accepts must be consistent (weights add up, bands cover the
// levels, every indicator has a scale).
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.yaml")
	builtins, _ := filepath.Glob("../../rubric/*.yaml")
	for _, s := range append(seeds, builtins...) {
		data, _ := os.ReadFile(s)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse(data, "fuzz.yaml")
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		total := new(big.Rat)
		for _, in := range r.Indicators {
			if in.Scale == nil || in.Aspect == nil {
				t.Fatalf("indicator %s without scale or aspect", in.ID)
			}
			total.Add(total, in.Weight)
		}
		if total.Cmp(big.NewRat(100, 1)) != 0 {
			t.Fatalf("accepted a rubric whose weights add up to %s", Exact(total))
		}
		lo, hi := r.LevelRange()
		for x := lo; x <= hi; x++ {
			if r.Band(big.NewRat(int64(x), 1)) == nil {
				t.Fatalf("accepted a rubric with no band for index %d", x)
			}
		}
	})
}
