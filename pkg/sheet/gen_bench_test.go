package sheet_test

import (
	"os"
	"testing"

	"github.com/spbe-id/spbe/pkg/sheet"
)

// BenchmarkReadGenerated reads one sheet of the benchmark's folder (made
// by bench/gen), for profiling the reader alone:
//
//	go run ./bench/gen -n 1 -o /tmp/one
//	SPBE_BENCH_SHEET=/tmp/one/opd-00001.xlsx go test ./pkg/sheet -run - -bench ReadGenerated -cpuprofile cpu.out
func BenchmarkReadGenerated(b *testing.B) {
	path := os.Getenv("SPBE_BENCH_SHEET")
	if path == "" {
		b.Skip("SPBE_BENCH_SHEET names no sheet")
	}
	r := spbe2020(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := sheet.ReadFile(path, r, sheet.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
