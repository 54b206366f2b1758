package xlsx_test

import (
	"bytes"
	"testing"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render/internal/rendertest"
	"github.com/spbe-id/spbe/pkg/render/xlsx"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// A workbook built on the empty file Prepare made ahead is the workbook
// built on a new one, byte for byte; the prepared file serves one
// workbook only, and a workbook without one is made all the same.
func TestAPreparedWorkbookIsTheSameWorkbook(t *testing.T) {
	run := rendertest.SampleRuns(t)[1]
	rep, err := evaluate.Rubrics{}.ScoreSheet(run.Sheet, sheet.Options{}, "test")
	if err != nil {
		t.Fatal(err)
	}
	rep.Lang = lang.EN
	rep.Complete()
	render := func() []byte {
		var b bytes.Buffer
		if err := xlsx.XLSX(&b, rep); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	fresh := render()
	xlsx.Prepare()
	prepared := render()
	again := render()
	if !bytes.Equal(fresh, prepared) {
		t.Error("the workbook built on the prepared file differs from one built on a new file")
	}
	if !bytes.Equal(fresh, again) {
		t.Error("the workbook built after the prepared one differs")
	}
}

// A workbook drawn while its report's plan is being made is the workbook
// of the complete report, byte for byte, and the drawing waits for the
// plan: every sample, each shape of report.
func TestAWorkbookDrawnWhileItsPlanIsMadeIsTheSame(t *testing.T) {
	for _, run := range rendertest.SampleRuns(t) {
		t.Run(run.Name, func(t *testing.T) {
			report := func() *doc.Report {
				rep := scoreSample(t, run)
				rep.Lang = lang.ID
				return rep
			}
			var whole, later bytes.Buffer
			if err := xlsx.XLSX(&whole, report().Complete()); err != nil {
				t.Fatal(err)
			}
			rep := report()
			wait := rep.CompleteAsync()
			waited := false
			if err := xlsx.XLSXPlanLater(&later, rep, func() { wait(); waited = true }); err != nil {
				t.Fatal(err)
			}
			if !waited {
				t.Error("the workbook was drawn without waiting for the plan")
			}
			if rep.Recommendations == nil {
				t.Error("no plan")
			}
			if !bytes.Equal(whole.Bytes(), later.Bytes()) {
				t.Error("the workbook drawn while the plan was made differs from the complete report's")
			}
		})
	}
}
