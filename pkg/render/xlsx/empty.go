package xlsx

import (
	"archive/zip"
	"bytes"
	_ "embed"
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// emptyXLSX is the workbook every report starts from: what excelize's
// NewFile writes, its parts stored rather than compressed, with the theme
// kept under another name (keptTheme). Opening it costs less than NewFile
// makes the same file: NewFile parses its theme, 0.35 ms of the 1.1 ms it
// takes in a new process, only for the report to discard the parsed form
// and write the theme as the template holds it (see newPrepared); opened
// without one, excelize parses none, and the part is put back as it was.
// TestTheEmptyWorkbookIsExcelizes keeps it what the excelize in go.mod
// writes (go test ./pkg/render/xlsx -run TestTheEmptyWorkbook -update
// rewrites it), and TestAWorkbookOnTheEmptyFileIsTheSame checks that a
// report built on it is byte for byte the report built on NewFile.
//
//go:embed empty.xlsx
var emptyXLSX []byte

// themePart is where the theme belongs; keptTheme is where emptyXLSX
// keeps it.
const themePart, keptTheme = "xl/theme/theme1.xml", "spbe/theme1.xml"

// newEmpty makes the empty workbook; a test replaces it.
var newEmpty = openEmpty

// openEmpty opens emptyXLSX and puts its theme in place.
func openEmpty() (*excelize.File, error) {
	f, err := excelize.OpenReader(bytes.NewReader(emptyXLSX))
	if err != nil {
		return nil, err
	}
	theme, ok := f.Pkg.Load(keptTheme)
	if !ok {
		f.Close()
		return nil, errors.New("the empty workbook has no theme")
	}
	f.Pkg.Delete(keptTheme)
	f.Pkg.Store(themePart, theme)
	return f, nil
}

// makeEmptyXLSX writes what emptyXLSX should hold, from excelize's NewFile:
// its parts in order of name, stored, the theme (as its template holds it)
// under keptTheme.
func makeEmptyXLSX() ([]byte, error) {
	f := excelize.NewFile()
	f.Theme = nil
	defer f.Close()
	written, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(written.Bytes()), int64(written.Len()))
	if err != nil {
		return nil, err
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, e := range files {
		name := e.Name
		if name == themePart {
			name = keptTheme
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			return nil, err
		}
		rc, err := e.Open()
		if err != nil {
			return nil, err
		}
		_, err = io.Copy(w, rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
