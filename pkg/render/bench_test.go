package report_test

import (
	"io"
	"testing"

	"github.com/spbe-id/spbe/pkg/report"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// benchReport is a report of the built-in rubric with self-assessed and
// verified levels: the largest report a sheet gives.
func benchReport(b *testing.B) *report.Report {
	b.Helper()
	r, err := rubric.Open("", 0)
	if err != nil {
		b.Fatal(err)
	}
	verified, self := score.Levels{}, score.Levels{}
	for i, in := range r.Indicators {
		verified[in.ID] = 1 + i%5
		self[in.ID] = 1 + (i+1)%5
	}
	res, err := score.Compute(r, verified)
	if err != nil {
		b.Fatal(err)
	}
	s, err := score.Compute(r, self)
	if err != nil {
		b.Fatal(err)
	}
	return &report.Report{Result: res, Self: s, ToolVersion: "bench", Lang: report.ID}
}

func benchFormat(b *testing.B, name string) {
	rep := benchReport(b)
	f, err := report.FormatByName(name)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := f.Render(io.Discard, rep); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXLSX(b *testing.B)     { benchFormat(b, "xlsx") }
func BenchmarkMarkdown(b *testing.B) { benchFormat(b, "markdown") }
func BenchmarkJSON(b *testing.B)     { benchFormat(b, "json") }
