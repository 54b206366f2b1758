// Package xlsxdump turns a workbook into a stable text listing for golden
// tests: sheets and their visibility and protection, every non-empty cell
// with its type, value, formula and number format (and fill colour, and
// hyperlink), merged ranges, panes, page setup (with the header and
// footer), auto-filters, conditional formats, data validations, charts
// with their types and series ranges, defined names, workbook protection
// and document properties.
//
// The raw bytes of an .xlsx are not stable once it holds a chart, so golden
// tests compare this listing instead.
package xlsxdump

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Dump returns the listing of the workbook at path.
func Dump(file string) (string, error) {
	f, err := excelize.OpenFile(file, excelize.Options{RawCellValue: true})
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	for _, name := range f.GetSheetList() {
		if err := dumpSheet(&b, f, name); err != nil {
			return "", fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	if err := dumpParts(&b, file); err != nil {
		return "", err
	}
	for _, dn := range f.GetDefinedName() {
		if !strings.HasPrefix(dn.Name, "_xlnm.Print_") {
			continue // only the print setup; other names follow from what is listed
		}
		scope := ""
		if dn.Scope != "" && dn.Scope != "Workbook" {
			scope = " (" + dn.Scope + ")"
		}
		fmt.Fprintf(&b, "defined name %s%s = %s\n", dn.Name, scope, dn.RefersTo)
	}
	props, _ := f.GetCustomProps()
	sort.Slice(props, func(i, j int) bool { return props[i].Name < props[j].Name })
	for _, p := range props {
		fmt.Fprintf(&b, "custom property %s = %v\n", p.Name, p.Value)
	}
	if dp, err := f.GetDocProps(); err == nil {
		for _, kv := range [][2]string{{"title", dp.Title}, {"subject", dp.Subject}, {"creator", dp.Creator}, {"description", dp.Description}, {"keywords", dp.Keywords}} {
			if kv[1] != "" {
				fmt.Fprintf(&b, "doc %s = %s\n", kv[0], kv[1])
			}
		}
	}
	return b.String(), nil
}

func dumpSheet(b *strings.Builder, f *excelize.File, name string) error {
	vis, _ := f.GetSheetVisible(name)
	state := ""
	if !vis {
		state = " (hidden)"
	}
	fmt.Fprintf(b, "== sheet %q%s\n", name, state)
	if p, err := f.GetPanes(name); err == nil && p.Freeze {
		fmt.Fprintf(b, "freeze at %s\n", p.TopLeftCell)
	}
	if ps, err := f.GetPageLayout(name); err == nil {
		if ps.Orientation != nil && *ps.Orientation != "portrait" {
			fmt.Fprintf(b, "page orientation %s\n", *ps.Orientation)
		}
		if ps.Size != nil && *ps.Size > 1 {
			fmt.Fprintf(b, "page size %d\n", *ps.Size)
		}
		if sp, err := f.GetSheetProps(name); err == nil && sp.FitToPage != nil && *sp.FitToPage {
			// Pages across and down: 1 when absent (the file format's
			// default), 0 is as many as the sheet needs.
			pages := func(n *int) string {
				switch {
				case n == nil:
					return "1"
				case *n == 0:
					return "auto"
				}
				return strconv.Itoa(*n)
			}
			w, h := pages(ps.FitToWidth), pages(ps.FitToHeight)
			fmt.Fprintf(b, "page fit %s wide by %s tall\n", w, h)
		}
	}
	if hf, err := f.GetHeaderFooter(name); err == nil && hf != nil {
		if hf.OddHeader != "" {
			fmt.Fprintf(b, "page header %q\n", hf.OddHeader)
		}
		if hf.OddFooter != "" {
			fmt.Fprintf(b, "page footer %q\n", hf.OddFooter)
		}
	}
	rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		return err
	}
	// Empty cells are listed only when they are unlocked: the answer cells
	// of a protected form are empty until someone fills them in.
	// They are looked for within the sheet's dimension when it has one
	// (excelize writes none), else within the rows and columns in use.
	maxCol, maxRow := 0, len(rows)
	for _, row := range rows {
		maxCol = max(maxCol, len(row))
	}
	if dim, err := f.GetSheetDimension(name); err == nil {
		if _, end, ok := strings.Cut(dim, ":"); ok {
			if c, r, err := excelize.CellNameToCoordinates(end); err == nil {
				maxCol, maxRow = max(maxCol, c), max(maxRow, r)
			}
		}
	}
	for r := 0; r < maxRow; r++ {
		var row []string
		if r < len(rows) {
			row = rows[r]
		}
		for c := 0; c < max(len(row), maxCol); c++ {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			value := ""
			if c < len(row) {
				value = row[c]
			}
			formula, _ := f.GetCellFormula(name, cell)
			if value == "" && formula == "" {
				if st := cellStyle(f, name, cell); st != nil && st.Protection != nil && !st.Protection.Locked {
					b.WriteString(cell + " empty" + styleText(st) + "\n")
				}
				continue
			}
			typ, _ := f.GetCellType(name, cell)
			line := fmt.Sprintf("%s %s %q", cell, cellType(typ, formula), value)
			if formula != "" {
				line += " formula=" + formula
			}
			if ok, target, _ := f.GetCellHyperLink(name, cell); ok {
				line += " link=" + target
			}
			if st := cellStyle(f, name, cell); st != nil {
				line += styleText(st)
			}
			b.WriteString(line + "\n")
		}
	}
	merged, _ := f.GetMergeCells(name)
	var ms []string
	for _, m := range merged {
		ms = append(ms, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	sort.Strings(ms)
	for _, m := range ms {
		fmt.Fprintf(b, "merge %s\n", m)
	}
	cfs, _ := f.GetConditionalFormats(name)
	for _, ref := range sortedKeys(cfs) {
		for _, cf := range cfs[ref] {
			fmt.Fprintf(b, "conditional %s type=%s criteria=%s value=%s min=%s/%s max=%s/%s colors=%s/%s/%s\n", ref, cf.Type, cf.Criteria, cf.Value,
				cf.MinType, cf.MinValue, cf.MaxType, cf.MaxValue, cf.MinColor, cf.MidColor, cf.MaxColor)
		}
	}
	dvs, _ := f.GetDataValidations(name)
	for _, dv := range dvs {
		fmt.Fprintf(b, "validation %s type=%s operator=%s formula1=%s formula2=%s blank=%v error=%v\n", dv.Sqref, dv.Type, dv.Operator, dv.Formula1, dv.Formula2, dv.AllowBlank, dv.ShowErrorMessage)
	}
	return nil
}

// cellStyle returns the style of a cell, or nil for the default style.
func cellStyle(f *excelize.File, sheet, cell string) *excelize.Style {
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil || id == 0 {
		return nil
	}
	st, err := f.GetStyle(id)
	if err != nil {
		return nil
	}
	return st
}

func cellType(t excelize.CellType, formula string) string {
	if formula != "" {
		return "formula"
	}
	switch t {
	case excelize.CellTypeNumber, excelize.CellTypeUnset:
		return "number"
	case excelize.CellTypeBool:
		return "bool"
	case excelize.CellTypeDate:
		return "date"
	case excelize.CellTypeInlineString, excelize.CellTypeSharedString:
		return "string"
	}
	return "other"
}

func styleText(st *excelize.Style) string {
	var s string
	if st.CustomNumFmt != nil {
		s += fmt.Sprintf(" numfmt=%q", *st.CustomNumFmt)
	} else if st.NumFmt != 0 {
		s += fmt.Sprintf(" numfmt=%d", st.NumFmt)
	}
	if len(st.Fill.Color) > 0 && st.Fill.Pattern != 0 {
		s += " fill=" + strings.Join(st.Fill.Color, ",")
	}
	if st.Font != nil && st.Font.Bold {
		s += " bold"
	}
	if st.Protection != nil && !st.Protection.Locked {
		s += " unlocked"
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// dumpParts reads what excelize has no getter for straight from the
// package: sheet protection, auto-filters and charts.
func dumpParts(b *strings.Builder, file string) error {
	zr, err := zip.OpenReader(file)
	if err != nil {
		return err
	}
	defer zr.Close()
	var names []string
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		names = append(names, f.Name)
		files[f.Name] = f
	}
	sort.Strings(names)
	for _, n := range names {
		switch {
		case strings.HasPrefix(n, "xl/worksheets/sheet") && strings.HasSuffix(n, ".xml"):
			if err := dumpSheetXML(b, n, files[n]); err != nil {
				return err
			}
		case n == "xl/workbook.xml":
			if err := walk(files[n], func(se xml.StartElement, _ *xml.Decoder) error {
				if se.Name.Local == "workbookProtection" {
					lock := attr(se, "lockStructure")
					fmt.Fprintf(b, "workbook protected structure=%v password=%v\n", lock == "1" || lock == "true", attr(se, "workbookPassword") != "" || attr(se, "workbookHashValue") != "")
				}
				return nil
			}); err != nil {
				return err
			}
		case strings.HasPrefix(n, "xl/charts/chart") && strings.HasSuffix(n, ".xml"):
			if err := dumpChart(b, n, files[n]); err != nil {
				return err
			}
		}
	}
	return nil
}

func walk(f *zip.File, fn func(xml.StartElement, *xml.Decoder) error) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := fn(se, d); err != nil {
				return err
			}
		}
	}
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func dumpSheetXML(b *strings.Builder, name string, f *zip.File) error {
	base := path.Base(name)
	return walk(f, func(se xml.StartElement, _ *xml.Decoder) error {
		switch se.Name.Local {
		case "sheetProtection":
			fmt.Fprintf(b, "%s protected sheet=%s password=%v\n", base, attr(se, "sheet"), attr(se, "password") != "" || attr(se, "hashValue") != "")
		case "autoFilter":
			fmt.Fprintf(b, "%s autofilter %s\n", base, attr(se, "ref"))
		}
		return nil
	})
}

func dumpChart(b *strings.Builder, name string, f *zip.File) error {
	base := path.Base(name)
	var inSer bool
	var ser []string
	var ref *string
	var tx, cat, val string
	err := walk(f, func(se xml.StartElement, d *xml.Decoder) error {
		switch l := se.Name.Local; {
		case strings.HasSuffix(l, "Chart") && l != "plotVisOnly":
			style := attr(se, "val")
			_ = style
			fmt.Fprintf(b, "%s type %s\n", base, l)
		case l == "radarStyle" || l == "barDir" || l == "grouping":
			fmt.Fprintf(b, "%s %s %s\n", base, l, attr(se, "val"))
		case l == "legendPos":
			// Where the legend is: a chart without one has no legendPos.
			fmt.Fprintf(b, "%s legend %s\n", base, attr(se, "val"))
		case l == "min" || l == "max":
			// An axis's fixed scale (c:scaling), such as a radar from 0.
			fmt.Fprintf(b, "%s axis %s %s\n", base, l, attr(se, "val"))
		case l == "ser":
			inSer, tx, cat, val = true, "", "", ""
		case inSer && l == "tx":
			ref = &tx
		case inSer && l == "cat":
			ref = &cat
		case inSer && l == "val":
			ref = &val
		case inSer && l == "f" && ref != nil:
			var s string
			if err := d.DecodeElement(&s, &se); err != nil {
				return err
			}
			*ref = s
			ref = nil
			if val != "" {
				ser = append(ser, fmt.Sprintf("%s series name=%s categories=%s values=%s", base, tx, cat, val))
				inSer = false
			}
		}
		return nil
	})
	for _, s := range ser {
		b.WriteString(s + "\n")
	}
	return err
}
