package xlsx_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/render/internal/rendertest"
)

// requireTool is rendertest.RequireTool for this package's programs.
func requireTool(t *testing.T, name, pkg string) string {
	t.Helper()
	return rendertest.RequireTool(t, name, pkg, "check that an office suite opens the reports")
}

// Every kind of report spbe writes opens cleanly: a real office suite
// (LibreOffice Calc, headless) converts every workbook to PDF, its first
// page shows the charts and two-decimal numbers, and its recommendations
// pages show the plan with every column of a row on one line; the Markdown
// reports have well-formed tables and the JSON reports parse and follow
// the schema. A truncated workbook converted alongside proves that a
// workbook the suite cannot open is noticed.
func TestOfficeSuiteOpensEveryReport(t *testing.T) {
	soffice := requireTool(t, "soffice", "libreoffice-calc-nogui")
	s := rendertest.LoadSchema(t)
	dir := t.TempDir()
	var workbooks []string
	for _, c := range rendertest.SampleRuns(t) {
		base := filepath.Join(dir, c.Name)
		args := append([]string{"score"}, c.Args...)
		args = append(args, "-o", base+".xlsx", "-o", base+".md", "-o", base+".json", "-o", base+".txt", c.Sheet)
		rendertest.RunCLI(t, args...)
		workbooks = append(workbooks, base+".xlsx")

		md, err := os.ReadFile(base + ".md")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range checkMarkdownTables(string(md)) {
			t.Errorf("%s.md: %s", c.Name, p)
		}
		js, err := os.ReadFile(base + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(js, &v); err != nil {
			t.Errorf("%s.json does not parse: %v", c.Name, err)
		}
		for _, p := range s.Validate("result", v) {
			t.Errorf("%s.json: %s", c.Name, p)
		}
		txt, err := os.ReadFile(base + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(txt) || !bytes.Contains(txt, []byte(": ")) {
			t.Errorf("%s.txt is not the text summary:\n%s", c.Name, txt)
		}
	}

	good, err := os.ReadFile(workbooks[0])
	if err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "broken.xlsx")
	if err := os.WriteFile(broken, good[:len(good)/2], 0o644); err != nil {
		t.Fatal(err)
	}

	pdfDir := filepath.Join(dir, "pdf")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "lo-profile")),
		"--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdfDir}
	cmd := exec.CommandContext(ctx, soffice, append(args, append(workbooks, broken)...)...)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("soffice converted %d workbooks in %v", len(workbooks)+1, time.Since(start).Round(time.Millisecond))
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	// soffice exits 0 even when it cannot load a file; it says so.
	if !strings.Contains(string(out), "Error: source file could not be loaded") {
		t.Errorf("soffice did not report the truncated workbook; the check below could not catch a bad one:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(pdfDir, "broken.pdf")); err == nil {
		t.Errorf("soffice converted a truncated workbook: this test cannot tell a bad workbook from a good one")
	}
	if n := strings.Count(string(out), "Error"); n != 1 {
		t.Errorf("soffice reported %d errors, want only the truncated workbook's:\n%s", n, out)
	}

	pdftotext, _ := exec.LookPath("pdftotext")
	if pdftotext == "" && os.Getenv("CI") == "true" {
		t.Errorf("pdftotext is not on PATH and CI=true: install poppler-utils (.ci/run does)")
	}
	// What the first page (the summary) must show, by report. Charts
	// appear through their titles; numbers through their two-decimal
	// formats, with the decimal separator of whatever locale the suite
	// runs in.
	firstPage := map[string][]string{
		"libreoffice": {"Indeks per aspek", "Indeks per domain", `\b2[.,]17\b`, "Cukup", `\b13[.,]00\b`, `\b1[.,]36\b`},
		"verified-en": {"Index per aspect", "Index per domain", `\b2[.,]82\b`, `\b2[.,]93\b`, "Self-assessment", "Good"},
		"hostile":     {"Indeks per aspek", `=HYPERLINK\("http://evil.example","Dinas"\) \| <b>Kota</b>`},
		"no-domains":  {"Indeks per aspek", `\b2[.,]25\b`, "Tinggi", "PERHATIAN: rubrik mini berstatus draf"},
	}
	for _, wb := range workbooks {
		name := strings.TrimSuffix(filepath.Base(wb), ".xlsx")
		pdf := filepath.Join(pdfDir, name+".pdf")
		data, err := os.ReadFile(pdf)
		if err != nil {
			t.Errorf("%s: no PDF: %v\n%s", filepath.Base(wb), err, out)
			continue
		}
		// Summary, detail, recommendations and provenance: at least four
		// pages.
		if !bytes.HasPrefix(data, []byte("%PDF-")) || bytes.Count(data, []byte("/Type/Page/")) < 4 {
			t.Errorf("%s: not a PDF of at least four pages", filepath.Base(pdf))
		}
		if pdftotext == "" {
			continue
		}
		text, err := exec.CommandContext(ctx, pdftotext, "-f", "1", "-l", "1", "-layout", pdf, "-").Output()
		if err != nil {
			t.Errorf("pdftotext %s: %v", pdf, err)
			continue
		}
		for _, want := range firstPage[name] {
			if !regexp.MustCompile(want).Match(text) {
				t.Errorf("%s: the first page does not show %s:\n%s", filepath.Base(pdf), want, text)
			}
		}
		if name == "no-domains" && bytes.Contains(text, []byte("Indeks per domain")) {
			t.Errorf("%s: a domain chart for a rubric without domains", filepath.Base(pdf))
		}

		all, err := exec.CommandContext(ctx, pdftotext, "-layout", pdf, "-").Output()
		if err != nil {
			t.Errorf("pdftotext %s: %v", pdf, err)
			continue
		}
		rec := recommendationPages(string(all))
		if rec == "" {
			t.Errorf("%s: no recommendations page before the provenance page:\n%s", filepath.Base(pdf), all)
			continue
		}
		// A printed page names no command to type.
		if strings.Contains(rec, "spbe plan") {
			t.Errorf("%s: the recommendations pages name a command:\n%s", filepath.Base(pdf), rec)
		}
		for _, want := range recPages[name] {
			if !regexp.MustCompile(want).MatchString(rec) {
				t.Errorf("%s: the recommendations pages do not show %s:\n%s", filepath.Base(pdf), want, rec)
			}
		}
	}
}

// What the recommendations pages must show, by report. A table row is
// matched whole, from its number to its last column, so a sheet wider than
// the page (a column pushed onto a page of its own) fails. Numbers appear
// with the decimal separator of the suite's locale; the sentences are text
// and keep the report's own.
var recPages = map[string][]string{
	"libreoffice": {
		`Rencana dengan upaya terkecil menuju predikat Baik \(indeks ≥ 2,60\): 17 langkah, upaya 27\.`,
		`Upaya adalah ukuran relatif`,
		// Each step says, in the rubric's words, what its level requires.
		`Tingkat 2: Kriteria tingkat 1 telah terpenuhi`,
		`46 +Layanan Publik Sektor 2 +1 +3 +3 +\+0[.,]0600\n`,
		`Jumlah +27 +\+0[.,]4325`,
		`Indeks hasil rencana +2[.,]60 +Baik +nilai tepat 2,601`,
		`43 +Layanan Data Terbuka +2 +3 +2 +\+0[.,]0300 +0[.,]0150\n`,
	},
	"verified-en": {
		`Plan of least effort to the predicate Very Good \(index ≥ 3.50\): 26 steps, effort 70\.`,
		`Total +70 +\+0[.,]6825`,
		`Index after the plan +3[.,]50 +Very Good`,
		// A gain per effort prints with four decimals, always.
		`39 +Layanan Pengawasan Internal Pemerintah +2 +3 +2 +\+0[.,]0275 +0[.,]0138\n`,
	},
	"hostile":    {`Rencana dengan upaya terkecil menuju predikat`, `Indeks hasil rencana`},
	"no-domains": {`Indeks sudah pada predikat tertinggi \(Tinggi\)`, `3 +Tiga +1 +2 +1 +\+0[.,]2500 +0[.,]2500\n`},
}

var (
	recTitle  = regexp.MustCompile(`(?m)^\s*(Rekomendasi|Recommendations)\s*$`)
	provTitle = regexp.MustCompile(`(?m)^\s*(Asal-usul|Provenance)\s*$`)
)

// recommendationPages returns the text of the pages from the one titled
// Rekomendasi (or Recommendations) to the provenance page, or "" when
// there is none. pdftotext separates pages with form feeds.
func recommendationPages(text string) string {
	var out []string
	for _, page := range strings.Split(text, "\f") {
		switch {
		case len(out) == 0 && recTitle.MatchString(page):
			out = append(out, page)
		case len(out) > 0 && provTitle.MatchString(page):
			return strings.Join(out, "\n")
		case len(out) > 0:
			out = append(out, page)
		}
	}
	return ""
}

var (
	mdDelimiter = regexp.MustCompile(`^\|( *:?-+:? *\|)+$`)
	mdCell      = regexp.MustCompile(`(^|[^\\])\|`)
)

// checkMarkdownTables checks every table of a Markdown document: a
// delimiter row under the header, and every row with as many cells as the
// header (an unescaped | in user text would add one).
func checkMarkdownTables(md string) []string {
	var probs []string
	lines := strings.Split(md, "\n")
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "|") {
			continue
		}
		start, cols := i, cells(lines[i])
		if i+1 >= len(lines) || !mdDelimiter.MatchString(lines[i+1]) || cells(lines[i+1]) != cols {
			probs = append(probs, fmt.Sprintf("line %d: no delimiter row matching the header", i+2))
		}
		for i++; i < len(lines) && strings.HasPrefix(lines[i], "|"); i++ {
			if n := cells(lines[i]); n != cols {
				probs = append(probs, fmt.Sprintf("line %d: %d cells in a table of %d (from line %d)", i+1, n, cols, start+1))
			}
		}
	}
	if len(probs) == 0 && !strings.Contains(md, "\n| ") {
		probs = append(probs, "no table at all")
	}
	return probs
}

// cells counts a table row's cells: its unescaped pipes less one.
func cells(row string) int { return len(mdCell.FindAllStringIndex(row, -1)) - 1 }

// The table check finds a row broken by an unescaped pipe and a missing
// delimiter row.
func TestMarkdownTableCheckFindsBrokenTables(t *testing.T) {
	md := "| No | Nama |\n| -- | ---- |\n| 1 | a \\| b |\n| 2 | a | b |\n\n| x | y |\n| 1 | 2 |\n"
	got := strings.Join(checkMarkdownTables(md), "\n")
	for _, want := range []string{"line 4: 3 cells in a table of 2 (from line 1)", "line 7: no delimiter row"} {
		if !strings.Contains(got, want) {
			t.Errorf("check does not say %q; it says:\n%s", want, got)
		}
	}
}
