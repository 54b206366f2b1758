package sheet

import (
	"errors"
	"maps"
	"slices"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/score"
	"github.com/spbe-id/spbe/pkg/workbook"
)

// combine makes one answer of tables on several sheets that each name some
// of the indicators (one sheet per domain). Tables whose indicators overlap
// are refused, naming both places, unless the smaller ones name fewer than
// half of the indicators while another names at least half: those are
// legends of the levels, not answers.
func (rd *reader) combine(parts []*Answers) (*Answers, error) {
	half := rd.size()
	if overlaps(parts) {
		var big []*Answers
		for _, p := range parts {
			if 2*p.seen.n >= half {
				big = append(big, p)
			}
		}
		if len(big) > 0 && len(big) < len(parts) {
			parts = big
		}
	}
	if len(parts) == 1 {
		a := parts[0]
		if 2*a.seen.n < half {
			// A small table alone: the dropped ones may be the other
			// domains' sheets, and their problems say why they are missing.
			// Beside a big table they are legends, and their problems noise.
			rd.problems = append(rd.problems, rd.dropped...)
			rd.more += rd.droppedMore
		}
		rd.problemAt(0, a.Sheet, "", "missing", a.missing, "sheet.missing", plural(a.missing, "indicator"), rd.rubric.ID)
		return nil, &Error{File: rd.name, Problems: rd.problems}
	}
	where := map[string]string{} // id -> sheet!cell
	out := &Answers{File: rd.name, Levels: score.Levels{}, Values: score.Values{}, Cells: map[string]string{}, ScoreCells: map[string]string{}, Notes: map[string]string{}, HeaderRow: parts[0].HeaderRow, Stamp: parts[0].Stamp}
	withSelf := true
	var sheets, heads, selfs []string
	for _, p := range parts {
		sheets = append(sheets, p.Sheet)
		heads = append(heads, quoteSheet(p.Sheet)+" "+p.LevelColumn)
		if p.Self == nil {
			withSelf = false
		} else {
			selfs = append(selfs, quoteSheet(p.Sheet)+" "+p.SelfColumn)
		}
		out.Warnings = append(out.Warnings, p.Warnings...)
		cells := map[string]string{} // id -> cell of its id
		for i := range p.seen.rows {
			if p.seen.has(i) {
				cells[p.seen.ins[i].ID] = p.seen.cell(i)
			}
		}
		for _, id := range slices.Sorted(maps.Keys(cells)) {
			here := quoteSheet(p.Sheet) + "!" + cells[id]
			if first, ok := where[id]; ok {
				rd.problemAt(0, "", "", "overlap", []string{id, first, here},
					"sheet.overlap", id, first, here)
				continue
			}
			where[id] = here
		}
	}
	if len(rd.problems) > 0 {
		return nil, &Error{File: rd.name, Problems: rd.problems}
	}
	for _, p := range parts {
		for id, lv := range p.Levels {
			out.Levels[id] = lv
		}
		maps.Copy(out.Values, p.Values)
		for id, c := range p.Cells {
			out.Cells[id] = quoteSheet(p.Sheet) + "!" + c
		}
		for id, c := range p.ScoreCells {
			out.ScoreCells[id] = quoteSheet(p.Sheet) + "!" + c
		}
		maps.Copy(out.Notes, p.Notes)
		for _, m := range []struct {
			dst *map[string]string
			src map[string]string
		}{{&out.EvaluatorNotes, p.EvaluatorNotes}, {&out.Evidence, p.Evidence}} {
			if len(m.src) > 0 {
				if *m.dst == nil {
					*m.dst = map[string]string{}
				}
				maps.Copy(*m.dst, m.src)
			}
		}
		if withSelf {
			if out.Self == nil {
				out.Self, out.SelfValues = score.Levels{}, score.Values{}
			}
			maps.Copy(out.Self, p.Self)
			maps.Copy(out.SelfValues, p.SelfValues)
		}
	}
	var missing []string
	for _, in := range rd.rubric.Indicators {
		if _, ok := where[in.ID]; !ok {
			missing = append(missing, in.ID)
		}
	}
	if len(missing) > 0 {
		rd.problems = append(rd.problems, rd.dropped...)
		rd.more += rd.droppedMore
		rd.problemAt(0, "", "", "missing", missing, "sheet.missing-tables", plural(missing, "indicator"), strings.Join(quoteAll(sheets), ", "), rd.rubric.ID)
		return nil, &Error{File: rd.name, Problems: rd.problems}
	}
	out.Sheet = strings.Join(sheets, ", ")
	out.LevelColumn = strings.Join(heads, "; ")
	if withSelf {
		out.SelfColumn = strings.Join(selfs, "; ")
	}
	out.Warnings = append(out.Warnings, lang.Sprintf("sheet.combined", len(parts), strings.Join(quoteAll(sheets), ", ")))
	out.OPD, out.Year, out.Agency, out.Assessor = rd.labels.OPD, rd.labels.Year, rd.labels.Agency, rd.labels.Assessor
	if out.OPD == "" {
		out.OPD, out.Agency = out.Agency, ""
	}
	return out, nil
}

func overlaps(parts []*Answers) bool {
	seen := map[string]bool{}
	for _, p := range parts {
		for _, id := range p.seen.ids() {
			if seen[id] {
				return true
			}
			seen[id] = true
		}
	}
	return false
}

// refuseReport refuses a workbook that spbe wrote as a report: it carries
// the document stamp, or, written before the stamp existed, the sheets of
// one.
func (rd *reader) refuseReport() error {
	kind := rd.wb.CustomProps()[workbook.PropDocument]
	if kind == "" {
		kind = reportByStructure(rd.wb.Sheets())
	}
	if kind == "" {
		return nil
	}
	what := "sheet.what-report"
	if kind == "batch-report" {
		what = "sheet.what-batch-report"
	}
	return &Error{File: rd.name, Problems: []Problem{{Code: "spbe-report", Values: []string{kind},
		Msg: lang.Sprintf("sheet.spbe-report", lang.S(what))}}}
}

// reportSheets are the worksheets of the reports spbe writes, in
// Indonesian and in English: a workbook holding every sheet of one set is
// a report written before reports carried a stamp.
var reportSheets = []struct {
	kind  string
	names []string
}{
	{"report", []string{"Ringkasan", "Rincian Indikator", "Asal-usul"}},
	{"report", []string{"Summary", "Indicator Detail", "Provenance"}},
	{"batch-report", []string{"Peringkat", "Peta Indikator", "Statistik Indikator", "Tidak Dinilai"}},
	{"batch-report", []string{"Ranking", "Indicator Heatmap", "Indicator Statistics", "Not Scored"}},
}

// minReportSheets is the fewest sheets of a set of reportSheets.
var minReportSheets = func() int {
	n := len(reportSheets[0].names)
	for _, r := range reportSheets {
		n = min(n, len(r.names))
	}
	return n
}()

func reportByStructure(sheets []workbook.Sheet) string {
	if len(sheets) < minReportSheets {
		return "" // an answer sheet's workbook, most often
	}
	have := map[string]bool{}
	for _, s := range sheets {
		have[s.Name] = true
	}
	for _, r := range reportSheets {
		all := true
		for _, n := range r.names {
			all = all && have[n]
		}
		if all {
			return r.kind
		}
	}
	return ""
}

// IsReport tells whether err refuses a workbook because spbe wrote it as a
// report: a batch over a folder that holds its own consolidated workbook
// can skip such a file rather than count it as a failure.
func IsReport(err error) bool {
	var se *Error
	return errors.As(err, &se) && len(se.Problems) == 1 && se.Problems[0].Code == "spbe-report"
}
