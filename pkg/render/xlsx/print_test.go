package xlsx_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/render/internal/rendertest"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Every workbook spbe writes prints as an office would file it (issue 16):
// LibreOffice converts the single report (with a sign-off block), the
// consolidated workbook of twelve OPDs and the blank template to PDF, and
// pdftotext reads every page back. Every page carries the footer naming
// the OPD (or the batch's Pemda and year) and "Halaman N dari M" with the
// right numbers, no page is empty, the ranking of twelve OPDs with long
// names prints on one page, each sheet of the consolidated workbook takes
// the pages expected, the signer block is on the summary, and every font
// in the PDFs is the one the workbook names (Carlito standing in for
// Calibri): no fallback.
func TestEveryWorkbookPrintsWithItsFrame(t *testing.T) {
	soffice := requireTool(t, "soffice", "libreoffice-calc-nogui")
	pdftotext := requireTool(t, "pdftotext", "poppler-utils")
	pdffonts := requireTool(t, "pdffonts", "poppler-utils")
	dir := t.TempDir()
	spbe, err := rubric.Open("", 0)
	if err != nil {
		t.Fatal(err)
	}

	// Twelve OPDs, some with the long names real ones have.
	names := []string{"Dinas Komunikasi dan Informatika", "Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan",
		"Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Badan Pengelolaan Keuangan dan Aset Daerah",
		"Dinas Kependudukan dan Pencatatan Sipil", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
		"Sekretariat Daerah", "Inspektorat Daerah", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
		"Dinas Perhubungan", "Satuan Polisi Pamong Praja"}
	opd := filepath.Join(dir, "opd")
	if err := os.Mkdir(opd, 0o755); err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		levels := fixture.ExpandLevels([]string{fmt.Sprintf("%dx%d", 1+i%4, 20), fmt.Sprintf("%dx27", 2+i%3)})
		s := &fixture.Sheet{Rubric: spbe, Levels: levels, OPD: n, Year: "2025"}
		if err := s.Write(filepath.Join(opd, fmt.Sprintf("opd%02d.xlsx", i+1))); err != nil {
			t.Fatal(err)
		}
	}
	fixtures, err := filepath.Abs("../../../testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	report, batch, tmpl := filepath.Join(dir, "laporan.xlsx"), filepath.Join(dir, "rekap.xlsx"), filepath.Join(dir, "templat.xlsx")
	rendertest.RunCLI(t, "score", "--signer", "Andi Rahman, S.Kom.", "--signer-id", "198501012010011001", "--place", "Palopo",
		"--date", "2026-11-30", "--target-index", "2,90", "-o", report, filepath.Join(fixtures, "lo-opd-dinkes.xlsx"))
	rendertest.RunCLI(t, "score", "-q", "-o", batch, opd)
	rendertest.RunCLI(t, "template", "--verified", "--opd", "Dinas Sosial", "--year", "2025", "-o", tmpl)

	pdfDir := filepath.Join(dir, "pdf")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "lo-profile")),
		"--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdfDir, report, batch, tmpl}
	if out, err := exec.CommandContext(ctx, soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}

	// pages returns the text of every page of a PDF.
	pages := func(name string) []string {
		t.Helper()
		out, err := exec.CommandContext(ctx, pdftotext, "-layout", filepath.Join(pdfDir, name), "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", name, err)
		}
		ps := strings.Split(string(out), "\f")
		if len(ps) > 0 && strings.TrimSpace(ps[len(ps)-1]) == "" {
			ps = ps[:len(ps)-1]
		}
		return ps
	}
	// frame checks every page's footer, its page number and that it holds
	// something besides its header and footer lines.
	frame := func(name, who string, ps []string) {
		t.Helper()
		for i, p := range ps {
			page := fmt.Sprintf("Halaman %d dari %d", i+1, len(ps))
			if !strings.Contains(p, page) {
				t.Errorf("%s page %d: no %q in the footer:\n%s", name, i+1, page, p)
			}
			if !strings.Contains(p, who) {
				t.Errorf("%s page %d: the footer does not name %q:\n%s", name, i+1, who, p)
			}
			lines := 0
			for _, l := range strings.Split(p, "\n") {
				if l = strings.TrimSpace(l); l != "" && !strings.Contains(l, page) {
					lines++
				}
			}
			// The header line and at least one line of content.
			if lines < 2 {
				t.Errorf("%s page %d is empty but for its header and footer:\n%s", name, i+1, p)
			}
		}
	}

	rep := pages("laporan.pdf")
	frame("laporan.pdf", "Dinas Kesehatan · 2024", rep)
	for _, want := range []string{`Palopo, 30 November 2026`, `Penilai,`, `Andi Rahman, S\.Kom\.`, `NIP\. 198501012010011001`,
		`Penilaian mandiri \(belum diverifikasi\)`, `2,90: belum tercapai`, `1,80 – < 2,60 +» indeks berada di sini`} {
		if !regexp.MustCompile(want).MatchString(rep[0]) {
			t.Errorf("laporan.pdf: the summary page does not show %s:\n%s", want, rep[0])
		}
	}

	// The consolidated workbook: each sheet's pages, by the header that
	// names the sheet.
	rekap := pages("rekap.pdf")
	frame("rekap.pdf", "Rekapitulasi Indeks SPBE 2025", rekap)
	count := map[string]int{}
	for _, p := range rekap {
		head := ""
		for _, l := range strings.Split(p, "\n") {
			if head = strings.TrimSpace(l); head != "" {
				break
			}
		}
		count[head]++
	}
	for sheet, want := range map[string]int{"Peringkat": 1, "Aspek": 1, "Peta Indikator D1": 1, "Peta Indikator D2": 1,
		"Peta Indikator D3": 1, "Peta Indikator D4": 1, "Predikat": 1, "Tidak Dinilai": 0} {
		if count[sheet] != want {
			t.Errorf("rekap.pdf: sheet %s prints on %d pages, want %d (pages by header: %v)", sheet, count[sheet], want, count)
		}
	}
	// The statistics of 47 indicators flow over a few pages; nothing else
	// prints.
	if st := count["Statistik Indikator"]; st < 1 || st > 4 || len(rekap) != 7+st {
		t.Errorf("rekap.pdf: %d pages, %d of statistics; want 7 and the statistics (pages by header: %v)", len(rekap), st, count)
	}
	for _, n := range names {
		// Every OPD on the ranking page, its name perhaps wrapped: its
		// first word and its last are there.
		f := strings.Fields(n)
		if !strings.Contains(rekap[0], f[0]) || !strings.Contains(rekap[0], f[len(f)-1]) {
			t.Errorf("rekap.pdf: the ranking page does not show %s:\n%s", n, rekap[0])
		}
	}
	if !regexp.MustCompile(`Status`).MatchString(rekap[0]) || strings.Count(rekap[0], "mandiri saja") != 12 {
		t.Errorf("rekap.pdf: the ranking page does not say of all 12 rows that they are self-assessments only:\n%s", rekap[0])
	}

	tpl := pages("templat.pdf")
	frame("templat.pdf", "Dinas Sosial · 2025", tpl)

	for _, name := range []string{"laporan.pdf", "rekap.pdf", "templat.pdf"} {
		out, err := exec.CommandContext(ctx, pdffonts, filepath.Join(pdfDir, name)).Output()
		if err != nil {
			t.Fatalf("pdffonts %s: %v", name, err)
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(lines) < 3 {
			t.Errorf("%s: pdffonts lists no font:\n%s", name, out)
		}
		for _, l := range lines[min(2, len(lines)):] {
			font := strings.Fields(l)[0]
			if !strings.Contains(font, "Carlito") && !strings.Contains(font, "Calibri") {
				t.Errorf("%s: the font %s is a fallback, not the Calibri the workbook names:\n%s", name, font, out)
			}
		}
	}
}
