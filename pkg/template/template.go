// Package template writes the blank answer workbook of a rubric: the sheet a
// work unit (OPD) fills in and an evaluator scores with `spbe score`,
// unchanged.
//
// The workbook has an instructions sheet, the answer sheet (one row per
// indicator, with a drop-down of the indicator's scale in every level cell),
// a criteria sheet when the rubric carries the criteria of every level, and
// a hidden sheet holding the drop-down lists. Only the answer cells are
// unlocked; every sheet and the workbook's structure are protected without a
// password, so the layout is not broken by accident, yet nothing stops a
// person who means to change it. The rubric's id, version and content hash
// are stamped into custom document properties, so a sheet filled from an
// older rubric can be told apart when it is scored.
//
// The layout is made for the reader in package sheet: the header row has an
// indicator column "No" and a level column "Tingkat Kematangan" (or the pair
// "Tingkat Kematangan (Mandiri)" and "(Verifikasi)"), and the agency and the
// year are labelled cells above it. Nothing in the other sheets looks like a
// header row or a label to that reader.
//
// template may import pkg/rubric, pkg/stablezip, pkg/xlsxkit (the print
// frame every workbook spbe writes shares) and excelize.
package template

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/stablezip"
	"github.com/spbe-id/spbe/pkg/xlsxkit"
)

// Sheet names of the workbook.
const (
	SheetInstructions = "Petunjuk"
	SheetAnswers      = "Penilaian"
	SheetCriteria     = "Kriteria"
	SheetLists        = "Daftar"
)

// Custom document properties of the rubric stamp. Package sheet reads them
// back (sheet.Stamp); the names must stay in step with its readStamp.
const (
	PropRubric  = "spbe.rubric"
	PropVersion = "spbe.rubric.version"
	PropHash    = "spbe.rubric.hash"
)

// Options are the choices of a template.
type Options struct {
	// OPD and Year prefill the agency and year cells; empty and 0 leave
	// them blank for the work unit.
	OPD  string
	Year int
	// Verified adds a verified-level column beside the self-assessed one,
	// and a column for the evaluator's notes.
	Verified bool
}

// Write writes the template of r to w as an .xlsx workbook.
func Write(w io.Writer, r *rubric.Rubric, opt Options) error {
	f, err := Build(r, opt)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := stablezip.Write(w, f); err != nil { // the same bytes for the same template
		return fmt.Errorf("write the workbook: %w", err)
	}
	return nil
}

// Build builds the template of r in memory.
func Build(r *rubric.Rubric, opt Options) (*excelize.File, error) {
	if len(r.Indicators) == 0 {
		return nil, fmt.Errorf("rubric %s has no indicators", r.ID)
	}
	b := &builder{f: excelize.NewFile(), r: r, opt: opt, criteria: hasCriteria(r), legend: legendLines(r)}
	for _, in := range r.Indicators {
		b.decimal = b.decimal || in.Scale.Decimal()
		b.external = b.external || in.External != nil
	}
	if err := b.build(); err != nil {
		b.f.Close()
		return nil, err
	}
	return b.f, nil
}

// hasCriteria reports whether the rubric says what any level of any
// indicator means; without criteria there is no criteria sheet.
func hasCriteria(r *rubric.Rubric) bool {
	for _, in := range r.Indicators {
		if len(in.Criteria) > 0 || in.Question != "" {
			return true
		}
	}
	return false
}

type builder struct {
	f        *excelize.File
	r        *rubric.Rubric
	opt      Options
	criteria bool
	// decimal: some scale takes decimal values (a range validation and a
	// legend of level names instead of a drop-down); external: some
	// indicator is valued from another agency's index (a source column).
	decimal, external bool
	legend            []string
	st                styles
	err               error

	// criteriaRow maps an indicator id to the first row of its block on
	// the criteria sheet, for the links from the answer sheet.
	criteriaRow map[string]int
	// listRange maps a scale id to the range of its drop-down entries on
	// the hidden list sheet.
	listRange map[string]string
}

// check keeps the first error of the many excelize calls that cannot fail
// on a workbook being built, so the layout code reads straight.
func (b *builder) check(err error) {
	if err != nil && b.err == nil {
		b.err = err
	}
}

func (b *builder) build() error {
	f := b.f
	b.check(f.SetSheetName(f.GetSheetName(0), SheetInstructions))
	for _, name := range []string{SheetAnswers, SheetCriteria, SheetLists} {
		if name == SheetCriteria && !b.criteria {
			continue
		}
		_, err := f.NewSheet(name)
		b.check(err)
	}
	if b.err != nil {
		return b.err
	}
	b.st = b.newStyles()
	b.lists()
	if b.criteria {
		b.criteriaSheet()
	}
	b.answers()
	b.instructions()
	b.stamp()
	// Locking the structure keeps sheets from being deleted, renamed or
	// unhidden by accident; there is no password.
	b.check(f.ProtectWorkbook(&excelize.WorkbookProtectionOptions{LockStructure: true}))
	f.SetActiveSheet(0)
	return b.err
}

// lists writes every scale's drop-down entries ("3 - Terdefinisi") in a
// column of the hidden list sheet. A range reference has no length limit,
// unlike a list typed into the validation (255 characters), and a label may
// hold a comma.
func (b *builder) lists() {
	f := b.f
	b.listRange = map[string]string{}
	for i, sc := range b.r.Scales {
		col, _ := excelize.ColumnNumberToName(i + 1)
		b.check(f.SetCellStr(SheetLists, col+"1", sc.Name))
		for j, l := range sc.Levels {
			b.check(f.SetCellStr(SheetLists, col+strconv.Itoa(j+2), Entry(l)))
		}
		b.listRange[sc.ID] = fmt.Sprintf("%s!$%s$2:$%s$%d", SheetLists, col, col, len(sc.Levels)+1)
		b.check(f.SetColWidth(SheetLists, col, col, 28))
	}
	b.check(f.SetSheetVisible(SheetLists, false))
	b.protect(SheetLists)
}

// Entry is how a level appears in a drop-down: "3 - Terdefinisi". The
// sheet reader accepts it and checks that the label fits the number.
func Entry(l rubric.Level) string { return fmt.Sprintf("%d - %s", l.Value, l.Label) }

// stamp writes the rubric's identity into the document properties.
func (b *builder) stamp() {
	r := b.r
	for _, p := range []excelize.CustomProperty{
		{Name: PropRubric, Value: r.ID},
		{Name: PropVersion, Value: r.Version},
		{Name: PropHash, Value: r.Hash},
	} {
		b.check(b.f.SetCustomProps(p))
	}
	b.check(b.f.SetDocProps(&excelize.DocProperties{
		Title:       "Lembar Kerja " + r.Title,
		Subject:     fmt.Sprintf("%s versi %s", r.ID, r.Version),
		Creator:     "spbe",
		Description: fmt.Sprintf("Lembar kerja kosong yang dibuat oleh spbe dari rubrik %s versi %s (SHA-256 %s).", r.ID, r.Version, r.Hash),
		Language:    "id-ID",
	}))
}

// protect protects a sheet without a password. People may still select
// any cell, resize rows and columns, and paste a link as evidence.
func (b *builder) protect(sheet string) {
	b.check(b.f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		SelectLockedCells:   true,
		SelectUnlockedCells: true,
		FormatColumns:       true,
		FormatRows:          true,
		InsertHyperlinks:    true,
	}))
}

// landscape prints a sheet on A4 landscape, one page wide and tall pages
// high (0: as many as it takes), with narrow margins and page numbers in
// the footer.
func (b *builder) landscape(sheet string, tall int) {
	// The footer names the OPD and the year when the template is made
	// for one, so that a printed page says whose it is.
	who := b.r.Title + " · " + b.r.ID + " versi " + b.r.Version
	if b.opt.OPD != "" {
		who = b.opt.OPD
		if b.opt.Year != 0 {
			who += " · " + strconv.Itoa(b.opt.Year)
		}
		who += " · " + b.r.Title
	}
	b.check(xlsxkit.PrintFrame(b.f, sheet, xlsxkit.Frame{Orientation: "landscape", Tall: tall, TopBottom: 0.5, FontSize: 8,
		FooterLeft: xlsxkit.EscapeHF(who), FooterCenter: "&A", FooterRight: "Halaman &P dari &N"}))
}
