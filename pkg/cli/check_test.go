package cli

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// BenchmarkCheck measures spbe check over a folder of 100 realistic
// spbe-2020 sheets with their goldens (reading, scoring and comparing
// every one), the size of a large rubric repository's reference set:
//
//	go test ./pkg/cli -run '^$' -bench Check -benchtime 20x
func BenchmarkCheck(b *testing.B) {
	const sheets = 100
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	for i := range sheets {
		levels := make([]string, len(r.Indicators))
		for j := range levels {
			levels[j] = fmt.Sprint(1 + (i+j)%5)
		}
		s := fixture.Sheet{Rubric: r, Levels: levels, Cover: true, OPD: fmt.Sprintf("Dinas %d", i), Year: "2025"}
		if err := s.Write(filepath.Join(dir, fmt.Sprintf("opd-%03d.xlsx", i))); err != nil {
			b.Fatal(err)
		}
	}
	run := func(args ...string) {
		var out, errOut bytes.Buffer
		if code := Run(IOStreams{Out: &out, ErrOut: &errOut}, args); code != 0 {
			b.Fatalf("spbe %v: exit %d\n%s%s", args, code, out.String(), errOut.String())
		}
	}
	run("check", "--update", dir)
	b.ResetTimer()
	for b.Loop() {
		run("check", dir)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/sheets/1000, "ms/sheet")
}
