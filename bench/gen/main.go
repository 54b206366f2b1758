// Command gen writes N realistic answer sheets for the batch benchmark.
//
// A handful of layouts are built with pkg/fixture, the same generator the
// tests use (title rows, a labelled agency and year, merged domain and
// aspect cells, explanation and evidence columns; some with a cover sheet,
// some with the header higher or lower down, other column titles and no
// merges). Each of the N files is one of those layouts with its
// own agency name and its own levels written into the worksheet XML, so the
// files differ as real ones do while the generator stays fast enough for
// 100,000 sheets (about two minutes on 2 cores, most of it the file system
// creating the files). Every file is about 8.5 KB.
//
// Usage: go run ./bench/gen -n 2000 -o DIR [-seed 1]
package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// placeholder is the agency name written into the templates, replaced in
// each file's shared strings.
const placeholder = "OPD-PLACEHOLDER"

// layout is one kind of answer sheet.
type layout struct {
	sheet fixture.Sheet
	// level is the column (letter) of the levels to vary.
	level string
	// first is the row of indicator 1.
	first int
}

func layouts() []layout {
	return []layout{
		{sheet: fixture.Sheet{OPD: placeholder, Year: "2024", Cover: true}, level: "E", first: 7},
		{sheet: fixture.Sheet{OPD: placeholder, Year: "2024"}, level: "E", first: 7},
		{sheet: fixture.Sheet{OPD: placeholder, Year: "2025", At: "A5", NoMerge: true,
			Columns: []string{"No", "Indikator", "Nilai", "Keterangan"}}, level: "C", first: 6},
		{sheet: fixture.Sheet{OPD: placeholder, Year: "2024", At: "B9", NoMerge: true,
			Columns: []string{"Nomor", "Domain", "Aspek", "Indikator", "Skor", "Keterangan", "Data Dukung"}}, level: "F", first: 10},
	}
}

var opds = []string{
	"Dinas Kesehatan", "Dinas Pendidikan", "Dinas Komunikasi dan Informatika", "Badan Perencanaan Pembangunan Daerah",
	"Badan Pengelolaan Keuangan dan Aset Daerah", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Sosial",
	"Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perhubungan", "Dinas Lingkungan Hidup",
	"Badan Kepegawaian dan Pengembangan SDM", "Inspektorat", "Sekretariat Daerah", "Dinas Penanaman Modal dan PTSP",
	"Dinas Pertanian dan Ketahanan Pangan", "Dinas Pariwisata dan Kebudayaan", "Satuan Polisi Pamong Praja",
	"Badan Pendapatan Daerah", "Dinas Perindustrian dan Perdagangan", "Dinas Tenaga Kerja",
}

var cities = []string{"Kota Contoh", "Kabupaten Sukamaju", "Kota Tepian", "Kabupaten Lembah Hijau", "Kota Bandar", "Kabupaten Pesisir"}

func main() {
	n := flag.Int("n", 2000, "number of sheets")
	out := flag.String("o", "", "folder to write into (created)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: gen -n N -o DIR")
		os.Exit(2)
	}
	if err := run(*n, *out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// template is a layout written once, as the parts of its zip.
type template struct {
	layout
	names []string
	parts map[string][]byte
	// files are the parts as compressed in the template's zip: the ones
	// that do not vary are copied into each file as they are, not
	// compressed again (a sixth less CPU; most of what is left is the
	// file system creating the files).
	files map[string]*zip.File
	sheet string // the worksheet part holding the table
	cell  *regexp.Regexp
}

func run(n int, out string, seed uint64) error {
	r, err := rubric.Open("", 0)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var tpls []*template
	for _, l := range layouts() {
		t, err := build(r, l)
		if err != nil {
			return err
		}
		tpls = append(tpls, t)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 1)
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				rng := rand.New(rand.NewPCG(seed, uint64(i)))
				t := tpls[i%len(tpls)]
				name := fmt.Sprintf("%s %s %d", opds[i%len(opds)], cities[(i/len(opds))%len(cities)], i/(len(opds)*len(cities))+1)
				path := filepath.Join(out, fmt.Sprintf("opd-%05d.xlsx", i+1))
				if err := t.write(path, name, levels(rng, len(r.Indicators))); err != nil {
					select {
					case errs <- err:
					default:
					}
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	select {
	case err := <-errs:
		return err
	default:
	}
	return nil
}

// levels draws one agency's levels: a maturity around which its levels
// scatter, as in real evaluations.
func levels(rng *rand.Rand, n int) []int {
	m := 1.2 + 3.3*rng.Float64()
	out := make([]int, n)
	for i := range out {
		v := int(m + rng.NormFloat64()*0.8 + 0.5)
		out[i] = min(5, max(1, v))
	}
	return out
}

func build(r *rubric.Rubric, l layout) (*template, error) {
	s := l.sheet
	s.Rubric = r
	s.Levels = fixture.ExpandLevels([]string{"3x" + strconv.Itoa(len(r.Indicators))})
	f, err := s.Build()
	if err != nil {
		return nil, err
	}
	// excelize writes a dimension of A1 whatever the sheet holds; Excel and
	// LibreOffice write the used range, which openpyxl's read-only mode
	// (the peer's) relies on to know how wide rows are.
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			return nil, err
		}
		width := 1
		for _, row := range rows {
			width = max(width, len(row))
		}
		last, _ := excelize.CoordinatesToCellName(width, max(1, len(rows)))
		if err := f.SetSheetDimension(name, "A1:"+last); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		return nil, err
	}
	t := &template{layout: l, parts: map[string][]byte{}, files: map[string]*zip.File{}}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		t.names = append(t.names, zf.Name)
		t.parts[zf.Name] = b
		t.files[zf.Name] = zf
	}
	idx, _ := f.GetSheetIndex("Penilaian")
	t.sheet = fmt.Sprintf("xl/worksheets/sheet%d.xml", idx+1)
	if _, ok := t.parts[t.sheet]; !ok {
		return nil, fmt.Errorf("no part %s", t.sheet)
	}
	t.cell = regexp.MustCompile(`<c r="(` + l.level + `)(\d+)"([^>]*)><v>3</v></c>`)
	return t, nil
}

// write writes one variant of the template: its agency name and levels.
func (t *template) write(path, name string, lv []int) error {
	sheetXML := t.cell.ReplaceAllFunc(t.parts[t.sheet], func(m []byte) []byte {
		g := t.cell.FindSubmatch(m)
		row, _ := strconv.Atoi(string(g[2]))
		i := row - t.first
		if i < 0 || i >= len(lv) {
			return m
		}
		return []byte(fmt.Sprintf(`<c r="%s%s"%s><v>%d</v></c>`, g[1], g[2], g[3], lv[i]))
	})
	var esc bytes.Buffer
	xml.EscapeText(&esc, []byte(name))
	sst := bytes.Replace(t.parts["xl/sharedStrings.xml"], []byte(placeholder), esc.Bytes(), 1)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, pn := range t.names {
		var b []byte
		switch pn {
		case t.sheet:
			b = sheetXML
		case "xl/sharedStrings.xml":
			b = sst
		default:
			if err := zw.Copy(t.files[pn]); err != nil {
				return err
			}
			continue
		}
		w, err := zw.Create(pn)
		if err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if !strings.HasSuffix(path, ".xlsx") {
		return fmt.Errorf("%s: not an .xlsx name", path)
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
