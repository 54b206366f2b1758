package xlsxdump

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The listing shows every feature golden tests rely on.
func TestDumpListsWhatGoldenTestsCompare(t *testing.T) {
	f := excelize.NewFile()
	s := "Sheet1"
	f.SetSheetRow(s, "A1", &[]any{"Aspek", "Indeks"})
	f.SetSheetRow(s, "A2", &[]any{"A1", 3.25})
	f.SetSheetRow(s, "A3", &[]any{"A2", 2.5})
	f.SetCellFormula(s, "B4", "SUM(B2:B3)")
	two := "0.00"
	st, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &two})
	f.SetCellStyle(s, "B2", "B3", st)
	f.MergeCell(s, "C1", "D1")
	f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	dv := excelize.NewDataValidation(true)
	dv.Sqref = "E2:E3"
	dv.SetDropList([]string{"1", "2", "3"})
	f.AddDataValidation(s, dv)
	if err := f.SetConditionalFormat(s, "B2:B3", []excelize.ConditionalFormatOptions{{Type: "2_color_scale", Criteria: "=", MinType: "min", MaxType: "max", MinColor: "#F8696B", MaxColor: "#63BE7B"}}); err != nil {
		t.Fatal(err)
	}
	f.AutoFilter(s, "A1:B3", nil)
	one, any, fit := 1, 0, true
	f.SetPageLayout(s, &excelize.PageLayoutOptions{FitToWidth: &one, FitToHeight: &any})
	f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &fit})
	f.AddChart(s, "G2", &excelize.Chart{Type: excelize.Radar, Series: []excelize.ChartSeries{{Name: "Sheet1!$B$1", Categories: "Sheet1!$A$2:$A$3", Values: "Sheet1!$B$2:$B$3"}}})
	f.SetCustomProps(excelize.CustomProperty{Name: "spbe.rubric", Value: "spbe-2020"})
	f.SetCellStr(s, "A5", "Lihat")
	f.SetCellHyperLink(s, "A5", "Sheet1!A1", "Location")
	wide, tall, fit := 1, 0, true
	f.SetPageLayout(s, &excelize.PageLayoutOptions{FitToWidth: &wide, FitToHeight: &tall})
	f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &fit})
	f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "Sheet1!$1:$1", Scope: s})
	f.ProtectWorkbook(&excelize.WorkbookProtectionOptions{LockStructure: true})
	open, _ := f.NewStyle(&excelize.Style{Protection: &excelize.Protection{Locked: false}})
	f.SetCellStyle(s, "B5", "B5", open)
	path := filepath.Join(t.TempDir(), "w.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	got, err := Dump(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`== sheet "Sheet1"`,
		`freeze at A2`,
		`page fit 1 wide by auto tall`,
		`B2 number "3.25" numfmt="0.00"`,
		`B4 formula "" formula=SUM(B2:B3)`,
		`merge C1:D1`,
		`conditional B2:B3 type=2_color_scale`,
		`validation E2:E3 type=list`,
		`sheet1.xml autofilter $A$1:$B$3`,
		`chart1.xml type radarChart`,
		`chart1.xml series name=Sheet1!$B$1 categories=Sheet1!$A$2:$A$3 values=Sheet1!$B$2:$B$3`,
		`custom property spbe.rubric = spbe-2020`,
		`A5 string "Lihat" link=Sheet1!A1`,
		`defined name _xlnm.Print_Titles (Sheet1) = Sheet1!$1:$1`,
		`workbook protected structure=true password=false`,
		`B5 empty unlocked`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("listing lacks %q\n%s", want, got)
		}
	}
}
