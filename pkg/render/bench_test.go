package render_test

import (
	"io"
	"testing"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// benchReport is a report of the built-in rubric with self-assessed and
// verified levels: the largest report a sheet gives.
func benchReport(b *testing.B) *doc.Report {
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
	return (&doc.Report{Result: res, Self: s, ToolVersion: "bench", Lang: lang.ID}).Complete()
}

func benchFormat(b *testing.B, name string) {
	rep := benchReport(b)
	f, err := render.FormatByName(name)
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
