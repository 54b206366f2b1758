package doc

import (
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// Inspection is the document of spbe inspect: how the reader saw a
// workbook (every worksheet, its header, how each column was classified
// and why, the rows taken and skipped), with the notice on the rubric that
// read it first among its warnings. Its JSON is the reader's view as it
// is (sheet.Inspection).
type Inspection struct {
	*sheet.Inspection
	// Problem is the reader's problems said as one error, in the run's
	// language; empty when there are none.
	Problem string
}

// NewInspection completes the reader's view: note, when given, says which
// rubric read the sheet and why, and goes first among the warnings.
func NewInspection(in *sheet.Inspection, note string) *Inspection {
	if note != "" {
		in.Warnings = append([]string{note}, in.Warnings...)
	}
	d := &Inspection{Inspection: in}
	if len(in.Problems) > 0 {
		d.Problem = (&sheet.Error{File: lang.S("inspect.problem"), Problems: in.Problems}).Error()
	}
	return d
}

// The words of spbe inspect's text.
func init() {
	lang.AddMessages(map[string][2]string{
		"inspect.kind.ignored":         {"abaikan", "ignored"},
		"inspect.kind.indicator":       {"nomor", "indicator"},
		"inspect.kind.name":            {"nama", "name"},
		"inspect.kind.level":           {"tingkat", "level"},
		"inspect.kind.self":            {"mandiri", "self"},
		"inspect.kind.verified":        {"verifikasi", "verified"},
		"inspect.kind.final":           {"akhir", "final"},
		"inspect.kind.target":          {"target", "target"},
		"inspect.kind.notes":           {"penjelasan", "notes"},
		"inspect.kind.evidence":        {"dukung", "evidence"},
		"inspect.kind.evaluator-notes": {"catatan", "evaluator-notes"},
		"inspect.kind.source-score":    {"skor lain", "source-score"},
		"inspect.visible":              {"tampak", "visible"},
		"inspect.hidden":               {"tersembunyi", "hidden"},
		"inspect.sheet":                {"\nlembar %q (%s)\n", "\nsheet %q (%s)\n"},
		"inspect.no-header":            {"  baris judul tidak ditemukan\n", "  no header row found\n"},
		"inspect.header-row":           {"  baris judul %s\n", "  header row %s\n"},
		"inspect.year":                 {", tahun %d", ", year %d"},
		"inspect.rows":                 {"  %d baris dibaca di bawah judul\n", "  %d rows read under the header\n"},
		"inspect.skipped-text":         {"  baris %d dilewati: %s (%q)\n", "  row %d skipped: %s (%q)\n"},
		"inspect.skipped":              {"  baris %d dilewati: %s\n", "  row %d skipped: %s\n"},
		"inspect.agency":               {"instansi", "agency"},
		"inspect.year-word":            {"tahun", "year"},
		"inspect.read":                 {"terbaca: lembar %s, %d indikator, tingkat dari %s", "read: sheet %s, %d indicators, levels from %s"},
		"inspect.self-from":            {", penilaian mandiri dari %s", ", self-assessment from %s"},
		"inspect.notice":               {"catatan: %s\n", "notice: %s\n"},
		"inspect.problem":              {"masalah", "problem"},
	})
}
