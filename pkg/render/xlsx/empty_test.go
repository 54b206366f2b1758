package xlsx_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render/internal/rendertest"
	"github.com/spbe-id/spbe/pkg/render/xlsx"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

var update = flag.Bool("update", false, "rewrite empty.xlsx from the excelize in go.mod")

// empty.xlsx is what the excelize in go.mod makes with NewFile (see
// emptyXLSX); -update rewrites it.
func TestTheEmptyWorkbookIsExcelizes(t *testing.T) {
	want, err := xlsx.MakeEmptyXLSX()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("empty.xlsx", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(xlsx.EmptyXLSX(), want) {
		t.Error("empty.xlsx is not what excelize.NewFile writes: go test ./pkg/render/xlsx -run TestTheEmptyWorkbook -update")
	}
}

// A report built on the empty workbook is the report built on
// excelize.NewFile, byte for byte: every sample, in both languages.
func TestAWorkbookOnTheEmptyFileIsTheSame(t *testing.T) {
	for _, run := range rendertest.SampleRuns(t) {
		for name, l := range map[string]lang.Lang{"id": lang.ID, "en": lang.EN} {
			t.Run(run.Name+" "+name, func(t *testing.T) {
				rep := scoreSample(t, run)
				rep.Lang = l
				rep.Complete()
				opened := renderXLSX(t, rep)
				restore := xlsx.OnNewFile()
				made := renderXLSX(t, rep)
				restore()
				if !bytes.Equal(opened, made) {
					t.Error("the workbook built on empty.xlsx differs from the one built on excelize.NewFile")
				}
			})
		}
	}
}

// The radar charts, their drawing and the parts that name them are what
// excelize's AddChart wrote for the options reports gave it, byte for
// byte: every sample, in both languages, with a sign-off block, a
// previous year and a target index (rows above the charts that change
// where their corners fall).
func TestRadarChartsAreExcelizes(t *testing.T) {
	for _, run := range rendertest.SampleRuns(t) {
		for name, l := range map[string]lang.Lang{"id": lang.ID, "en": lang.EN} {
			for _, extras := range []bool{false, true} {
				t.Run(fmt.Sprint(run.Name, " ", name, " ", extras), func(t *testing.T) {
					rep := scoreSample(t, run)
					rep.Lang = l
					if extras {
						r := rep.Result.Rubric
						lo, hi := r.LevelRange()
						target, err := evaluate.Target(fmt.Sprintf("%d.5", (lo+hi)/2), r)
						if err != nil {
							t.Fatal(err)
						}
						rep.Target = target
						if err := evaluate.AddPrevious(rep, run.Sheet, r, sheet.Options{}); err != nil {
							t.Fatal(err)
						}
						if rep.Signer, err = evaluate.Signer("Dr. Siti Aminah, M.Kes.", "19700101 199001 2 001", "Kota Contoh", "2024-12-20"); err != nil {
							t.Fatal(err)
						}
					}
					rep.Complete()
					ours := renderXLSX(t, rep)
					restore := xlsx.WithExcelizeCharts()
					theirs := renderXLSX(t, rep)
					restore()
					if !bytes.Equal(ours, theirs) {
						t.Error("the workbook with the report's charts differs from the one with excelize's")
					}
				})
			}
		}
	}
}

// scoreSample scores a sample run's sheet, with the rubric it names.
func scoreSample(t *testing.T, run rendertest.SampleRun) *doc.Report {
	t.Helper()
	rs := evaluate.Rubrics{}
	for i, a := range run.Args {
		if a == "--rubric" {
			r, err := rubric.Open(run.Args[i+1], 0)
			if err != nil {
				t.Fatal(err)
			}
			rs.Named = r
		}
	}
	rep, err := rs.ScoreSheet(run.Sheet, sheet.Options{}, "test")
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// renderXLSX draws a report's workbook.
func renderXLSX(t *testing.T, rep *doc.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := xlsx.XLSX(&b, rep); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
