package xlsx

import (
	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

// styles are the cell styles of every report, whatever its rubric and
// its plan: they are made with the empty workbook, ahead of the report
// when Prepare was called (see prepared). The few that depend on the
// rubric or the plan (an index's decimals, a band's colour, the cost
// table's decimals) are made as the report is drawn.
type styles struct {
	title, label, labelTop, note int
	head, headR, headC           int
	text, wrap, idStyle, level   int
	weight, contrib, value       int
	// The headline's.
	bigLabel, verifiedStyle, unverifiedStyle      int
	metStyle, shortStyle, signName, changed, link int
	// The recommendations sheet's.
	recGain, recPerCost, recExact, recNote    int
	recTotalLabel, recTotalGain, recTotalRule int
	recLabelRight, recGroup, recCriteria      int
}

// recRule is the line above the totals of the plan.
var recRule = []excelize.Border{{Type: "top", Color: "808080", Style: 1}}

// newStyles makes the styles of every report in f.
func newStyles(f *excelize.File) (styles, error) {
	var (
		s   styles
		err error
	)
	style := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	bold := &excelize.Font{Family: "Calibri", Bold: true}
	top := &excelize.Alignment{Vertical: "top"}
	headFill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}
	s.title = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 14}})
	s.label = style(&excelize.Style{Font: bold, Alignment: &excelize.Alignment{Vertical: "center"}})
	s.labelTop = style(&excelize.Style{Font: bold, Alignment: top})
	s.idStyle = style(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	s.head = style(&excelize.Style{Font: bold, Fill: headFill, Border: xlsxkit.Thin, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	s.headC = style(&excelize.Style{Font: bold, Fill: headFill, Border: xlsxkit.Thin, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	s.headR = style(&excelize.Style{Font: bold, Fill: headFill, Border: xlsxkit.Thin, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center", WrapText: true}})
	s.text = style(&excelize.Style{Alignment: top})
	s.wrap = style(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	s.note = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Italic: true, Color: "7F2704"}})
	s.weight = style(&excelize.Style{CustomNumFmt: xlsxkit.NumFmt(2), Alignment: top})
	s.contrib = style(&excelize.Style{CustomNumFmt: xlsxkit.NumFmt(4), Alignment: top})
	s.level = style(&excelize.Style{CustomNumFmt: xlsxkit.NumFmt(0), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	// A decimal value shows at least two decimals and as many more as it
	// has (up to what a spreadsheet displays).
	valueFmt := "0.00#############"
	s.value = style(&excelize.Style{CustomNumFmt: &valueFmt, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	s.bigLabel = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 14}, Alignment: &excelize.Alignment{Vertical: "center"}})
	s.verifiedStyle = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Color: "375623"}})
	s.unverifiedStyle = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Color: "C00000"}})
	s.metStyle = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Color: "375623"}})
	s.shortStyle = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Color: "C00000"}})
	s.signName = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Underline: "single"}})
	s.changed = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Color: "9C0006"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	s.link = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})

	// The recommendations sheet. Costs print with as many decimals as the
	// cost table needs (see recommendations); gains print with a sign,
	// since they are added to the index. They are short exact decimals on
	// the 2020 rubric (a weight times a level over 100), but a gain per
	// cost may need a fifth or sixth decimal (0.0275 / 2): the formats
	// show at least four decimals and up to six, as the Markdown report
	// prints them.
	gainFmt, perCostFmt := "+0.0000##;-0.0000##;0.0000", *xlsxkit.NumFmt(doc.PerEffortDecimals)
	s.recGain = style(&excelize.Style{CustomNumFmt: &gainFmt, Alignment: top})
	s.recTotalLabel = style(&excelize.Style{Font: bold, Border: recRule, Alignment: &excelize.Alignment{Horizontal: "right"}})
	s.recTotalGain = style(&excelize.Style{Font: bold, Border: recRule, CustomNumFmt: &gainFmt})
	s.recTotalRule = style(&excelize.Style{Border: recRule})
	s.recLabelRight = style(&excelize.Style{Font: bold, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}})
	s.recPerCost = style(&excelize.Style{CustomNumFmt: &perCostFmt, Alignment: top})
	s.recExact = style(&excelize.Style{Alignment: &excelize.Alignment{Indent: 1}})
	s.recNote = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Italic: true, Color: "7F2704"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	s.recGroup = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 12}, Border: []excelize.Border{{Type: "bottom", Color: "1F4E79", Style: 2}}})
	s.recCriteria = style(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Italic: true, Color: "404040"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true, Indent: 1}})
	return s, err
}
