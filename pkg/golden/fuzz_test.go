package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the golden-file parser: it must never
// panic, and a golden it accepts must read back equal once written again.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/check/*/*" + Suffix)
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"spbe_golden": 1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse(data)
		if err != nil {
			return
		}
		again, err := Parse(g.Marshal())
		if err != nil {
			t.Fatalf("an accepted golden, written again, is refused: %v\n%s", err, g.Marshal())
		}
		if d := Compare(g, again); len(d) > 0 {
			t.Fatalf("an accepted golden reads back different: %v", d)
		}
	})
}
