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
	"slices"
	"strings"

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
		return writeParts(w, f, Edits{})
	}
	buf, err := wb.WriteToBuffer()
	if err != nil {
		return err
	}
	return Rewrite(w, buf.Bytes())
}

// Edits change a workbook's package as WriteEdited writes it: Add are
// parts excelize does not write (one it writes is an error), and Change
// maps the name of a part excelize writes (one it does not is an error)
// to what makes its new bytes from those excelize wrote. The content
// types are changed before their <Default> elements are sorted.
type Edits struct {
	Add    []Part
	Change map[string]func([]byte) ([]byte, error)
}

// Part is a part of a package: its name and its bytes.
type Part struct {
	Name string
	Body []byte
}

// WriteEdited is Write for an excelize.File whose package edits change.
func WriteEdited(w io.Writer, f *excelize.File, edits Edits) error {
	return writeParts(w, f, edits)
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

// SortDefaults sorts the <Default> elements of a [Content_Types].xml in
// place: each position that held one holds, in order, the sorted ones.
// Their order means nothing to a reader of the package.
func SortDefaults(body []byte) []byte {
	locs := defaultElems(body)
	if len(locs) < 2 {
		return body
	}
	elems := make([]string, len(locs))
	for i, l := range locs {
		elems[i] = string(body[l[0]:l[1]])
	}
	slices.Sort(elems)
	var out bytes.Buffer
	out.Grow(len(body))
	prev := 0
	for i, l := range locs {
		out.Write(body[prev:l[0]])
		out.WriteString(elems[i])
		prev = l[1]
	}
	out.Write(body[prev:])
	return out.Bytes()
}

// defaultElems returns where each <Default .../> or <Default ...></Default>
// element of body starts and ends, in order: "<Default" and a space, then
// everything up to the first ">", which is either the end of "/>" or
// followed by spaces and "</Default>". (It finds what the regular
// expression <Default\s[^>]*?(?:/>|>\s*</Default>) finds, without
// compiling one in every run that writes a workbook.)
func defaultElems(body []byte) [][2]int {
	const open, closing = "<Default", "</Default>"
	var locs [][2]int
	for i := 0; ; {
		j := bytes.Index(body[i:], []byte(open))
		if j < 0 {
			return locs
		}
		start := i + j
		i = start + 1
		k := start + len(open) // the space
		if k >= len(body) || !isSpace(body[k]) {
			continue
		}
		gt := bytes.IndexByte(body[k+1:], '>')
		if gt < 0 {
			return locs
		}
		gt += k + 1
		end := -1
		if gt-1 > k && body[gt-1] == '/' {
			end = gt + 1
		} else {
			m := gt + 1
			for m < len(body) && isSpace(body[m]) {
				m++
			}
			if bytes.HasPrefix(body[m:], []byte(closing)) {
				end = m + len(closing)
			}
		}
		if end < 0 {
			continue
		}
		locs = append(locs, [2]int{start, end})
		i = end
	}
}

// isSpace is what \s matches in a regular expression: a space, tab, line
// feed, form feed or carriage return.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
