package xlsx_test

import (
	"bytes"
	"testing"

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
