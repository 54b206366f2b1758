// Package stablezip rewrites an Office Open XML package (an .xlsx) so the
// same content always gives the same bytes. excelize writes the zip
// entries, and the <Default> content types of [Content_Types].xml, in Go
// map order, which changes from run to run; the README promises that the
// same sheet gives the same report, byte for byte.
package stablezip

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"
)

// contentTypes is the part that lists the package's content types; by
// convention it is the first entry of the zip.
const contentTypes = "[Content_Types].xml"

// Workbook is what can write itself to a buffer, as an excelize.File can.
type Workbook interface {
	WriteToBuffer() (*bytes.Buffer, error)
}

// Write writes wb to w in the stable form. An excelize.File hands its
// parts to Write uncompressed (through its ZipWriter hook), and each part
// is compressed once, in its final place; any other Workbook is written
// to a buffer and rewritten.
func Write(w io.Writer, wb Workbook) error {
	if f, ok := wb.(*excelize.File); ok {
		return writeParts(w, f)
	}
	buf, err := wb.WriteToBuffer()
	if err != nil {
		return err
	}
	return Rewrite(w, buf.Bytes())
}

// Rewrite writes the zip archive data to w with its entries in a fixed
// order ([Content_Types].xml first, then by name) and the <Default>
// elements of [Content_Types].xml sorted. Every other entry is copied
// as it was compressed, header and all.
func Rewrite(w io.Writer, data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("reorder the workbook: %w", err)
	}
	files := slices.Clone(zr.File)
	slices.SortStableFunc(files, func(a, b *zip.File) int {
		switch {
		case a.Name == b.Name:
			return 0
		case a.Name == contentTypes:
			return -1
		case b.Name == contentTypes:
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})
	zw := zip.NewWriter(w)
	for _, f := range files {
		if f.Name != contentTypes {
			if err := zw.Copy(f); err != nil {
				return fmt.Errorf("reorder the workbook: %w", err)
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("reorder the workbook: %w", err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return fmt.Errorf("reorder the workbook: %w", err)
		}
		h := f.FileHeader
		h.Method = zip.Deflate
		out, err := zw.CreateHeader(&h)
		if err != nil {
			return fmt.Errorf("reorder the workbook: %w", err)
		}
		if _, err := out.Write(SortDefaults(body)); err != nil {
			return fmt.Errorf("reorder the workbook: %w", err)
		}
	}
	return zw.Close()
}

// defaultElem matches one <Default .../> or <Default ...></Default>
// element of [Content_Types].xml.
// It is compiled on first use, not when every run of spbe starts.
var defaultElem = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`<Default\s[^>]*?(?:/>|>\s*</Default>)`)
})

// SortDefaults sorts the <Default> elements of a [Content_Types].xml in
// place: each position that held one holds, in order, the sorted ones.
// Their order means nothing to a reader of the package.
func SortDefaults(body []byte) []byte {
	locs := defaultElem().FindAllIndex(body, -1)
	if len(locs) < 2 {
		return body
	}
	elems := make([]string, len(locs))
	for i, l := range locs {
		elems[i] = string(body[l[0]:l[1]])
	}
	slices.Sort(elems)
	var out bytes.Buffer
	prev := 0
	for i, l := range locs {
		out.Write(body[prev:l[0]])
		out.WriteString(elems[i])
		prev = l[1]
	}
	out.Write(body[prev:])
	return out.Bytes()
}
