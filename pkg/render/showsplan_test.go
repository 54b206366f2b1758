package render_test

import (
	"bytes"
	"testing"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// ShowsPlan says truly which formats show the plan to the next predicate:
// a report completed without its plan (doc.Report.NoPlan) renders the
// same as one with it exactly in the formats that do not show it.
func TestShowsPlanIsTrueExactlyForTheFormatsThatDrawThePlan(t *testing.T) {
	r, err := rubric.Open("", 0)
	if err != nil {
		t.Fatal(err)
	}
	levels := score.Levels{}
	for i, in := range r.Indicators {
		levels[in.ID] = 1 + i%3
	}
	mk := func(noPlan bool) *doc.Report {
		res, err := score.Compute(r, levels)
		if err != nil {
			t.Fatal(err)
		}
		return (&doc.Report{Result: res, ToolVersion: "test", Lang: lang.ID, NoPlan: noPlan}).Complete()
	}
	with, without := mk(false), mk(true)
	if with.Recommendations == nil || without.Recommendations != nil {
		t.Fatalf("plan made %v with it, %v without it", with.Recommendations != nil, without.Recommendations != nil)
	}
	for _, name := range render.FormatNames() {
		f, err := render.FormatByName(name)
		if err != nil || f.Render == nil {
			continue
		}
		var a, b bytes.Buffer
		if err := f.Render(&a, with); err != nil {
			t.Fatal(err)
		}
		if err := f.Render(&b, without); err != nil {
			t.Fatal(err)
		}
		if differ := !bytes.Equal(a.Bytes(), b.Bytes()); differ != f.ShowsPlan {
			t.Errorf("%s: ShowsPlan is %v, but the report with its plan and without it differ: %v", name, f.ShowsPlan, differ)
		}
	}
}
