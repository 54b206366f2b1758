package sheet

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/spbe-id/spbe/pkg/workbook"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// FuzzRead feeds arbitrary bytes to the reader with panic recovery turned
// off, so that a panic is a crash the fuzzer reports. It is seeded with the
// real fixture workbooks (those under 1 MB; under 32 KB with -short, as CI
// runs it, where a large seed costs seconds of every input's minimisation)
// and a generated sheet. Whatever
// the input, a result that comes back must be complete and in range.
func FuzzRead(f *testing.F) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		f.Fatal(err)
	}
	pemdi, err := rubric.Builtin("pemdi-2026")
	if err != nil {
		f.Fatal(err)
	}
	seeds, _ := filepath.Glob("../../testdata/fixtures/*.xls*")
	maxSeed := int64(1 << 20)
	if testing.Short() {
		maxSeed = 32 << 10
	}
	more, _ := filepath.Glob("../../testdata/check/pemdi-2026/desimal/*.xlsx")
	seeds = append(seeds, more...)
	for _, s := range seeds {
		if st, err := os.Stat(s); err == nil && st.Mode().IsRegular() && st.Size() < maxSeed {
			data, _ := os.ReadFile(s)
			f.Add(data)
		}
	}
	var buf bytes.Buffer
	levels := make([]string, len(r.Indicators))
	for i := range levels {
		levels[i] = "3"
	}
	wb, err := (&fixture.Sheet{Rubric: r, Levels: levels, OPD: "Dinas", Year: "2024", Cover: true}).Build()
	if err != nil {
		f.Fatal(err)
	}
	if err := wb.Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	opt := Options{MaxUnzipSize: 8 << 20, ScanRows: 100, MaxRows: 500}.withDefaults()
	f.Fuzz(func(t *testing.T, data []byte) {
		if workbook.Sniff(data) != "" {
			return
		}
		// Finding the table without a rubric (to choose one) must not
		// panic either, and the decimal scale's values are read as Pemdi's.
		id := &reader{name: "fuzz.xlsx", opt: opt, identify: true, names: map[string]string{}}
		id.read(data)
		if a, err := (&reader{name: "fuzz.xlsx", rubric: pemdi, opt: opt}).read(data); err == nil {
			for id, v := range a.Values {
				if _, err := pemdi.Indicator(id).Scale.CheckValue(v); err != nil {
					t.Fatalf("indicator %s: %v", id, err)
				}
			}
		}
		rd := &reader{name: "fuzz.xlsx", rubric: r, opt: opt}
		a, err := rd.read(data)
		if err != nil {
			return
		}
		if len(a.Levels) != len(r.Indicators) {
			t.Fatalf("a result with %d levels for %d indicators", len(a.Levels), len(r.Indicators))
		}
		for id, lv := range a.Levels {
			in := r.Indicator(id)
			if in == nil {
				t.Fatalf("a result with unknown indicator %q", id)
			}
			if lv < in.Scale.Min() || lv > in.Scale.Max() {
				t.Fatalf("indicator %s at level %d", id, lv)
			}
		}
	})
}
