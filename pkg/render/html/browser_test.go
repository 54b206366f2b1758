package html_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/render/internal/rendertest"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// requireTool is rendertest.RequireTool for this package's programs.
func requireTool(t *testing.T, name, pkg string) string {
	t.Helper()
	return rendertest.RequireTool(t, name, pkg, "check the HTML pages in a browser")
}

// browserDoc is one HTML document and what its printed pages must say.
type browserDoc struct {
	name string
	args []string
	// headline is text the first printed page shows; running is the
	// text at the top of every page.
	headline, running string
	// maxPages bounds the printed length.
	maxPages int
	// texts are shown somewhere in the printed pages.
	texts []string
}

// Every HTML document spbe writes opens in a real browser (Debian's
// chromium, headless) with no network: it is drawn at a phone's 360 px and
// a desktop's 1280 px, and printed to A4 PDF, whose text shows the
// headline, and on every page the running header, the footer and "page i
// / n" with the PDF's page count. The browser's network log shows that no
// page asked for anything but file: and data: addresses; a control page
// with a remote image proves that such a request would be seen.
// SPBE_HTML_KEEP=DIR keeps the pages, screenshots and PDFs there.
func TestBrowserRendersEveryDocument(t *testing.T) {
	chromium := requireTool(t, "chromium", "chromium")
	pdftotext := requireTool(t, "pdftotext", "poppler-utils")
	dir := t.TempDir()
	if keep := os.Getenv("SPBE_HTML_KEEP"); keep != "" {
		dir = keep
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	fx := func(p string) string { return filepath.Join(root, "testdata", p) }
	out := func(n string) string { return filepath.Join(dir, n+".html") }
	history := writeHistory(t)
	docs := []browserDoc{
		// The evaluation report with last year, the agency's target and
		// the sign-off block.
		{"report", []string{"score", "--force", "--previous", fx("check/spbe-2020/tingkat-1.xlsx"), "--target-index", "2,60",
			"--signer", "Andi Rahman, S.Kom.", "--signer-id", "198501012010011001", "--place", "Palopo", "--date", "2026-11-30",
			"-o", out("report"), fx("fixtures/lo-opd-dinkes.xlsx")}, "2,17", "Dinas Kesehatan · 2024 · Indeks SPBE", 12,
			[]string{"Target instansi", "Aspek yang paling berubah", "Palopo, 30 November 2026", "NIP. 198501012010011001"}},
		{"report-en", []string{"score", "--force", "--lang", "en", "-o", out("report-en"), fx("fixtures/lo-verified.xlsx")}, "2.82", "lo-verified · SPBE Index", 12,
			[]string{"Verified result", "Verification per Indicator"}},
		// A batch of two years: statuses, a duplicate, the years and the
		// trend with its line chart.
		{"batch", []string{"score", "--force", "-q", "-R", "-o", out("batch"), history}, "Rata-rata indeks 2025", "Rekapitulasi Indeks SPBE 2024–2025", 8,
			[]string{"terverifikasi", "tidak dihitung", "Tren per OPD", "Indeks per tahun"}},
		{"explain", []string{"explain", "-f", "html", fx("fixtures/lo-opd-dinkes.xlsx")}, "Penjelasan Indeks SPBE", "Dinas Kesehatan · Tahun 2024", 10, nil},
		{"plan", []string{"plan", "-f", "html", fx("fixtures/lo-opd-dinkes.xlsx")}, "Rencana menuju", "Dinas Kesehatan · Tahun 2024", 6, nil},
		{"compare", []string{"compare", "-f", "html", fx("fixtures/lo-opd-dinkes.xlsx"), fx("fixtures/lo-verified.xlsx")}, "Perbandingan Indeks SPBE", "Perbandingan Indeks SPBE", 6, nil},
		{"check", []string{"check", "-f", "html", fx("check/spbe-2020")}, "8 lembar: 8 sama", "Pemeriksaan", 4, nil},
	}
	for _, d := range docs {
		b := rendertest.RunCLI(t, d.args...)
		if d.args[0] != "score" {
			if err := os.WriteFile(out(d.name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	control := filepath.Join(dir, "control.html")
	if err := os.WriteFile(control, []byte(`<!DOCTYPE html><html lang="en"><body><p>control</p><img src="http://example.invalid/x.png" alt=""></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}

	// Three browsers at a time: each run is mostly start-up.
	type job struct {
		page, flag, file string
	}
	var jobs []job
	for _, d := range docs {
		p := out(d.name)
		jobs = append(jobs, job{p, "--print-to-pdf=", filepath.Join(dir, d.name+".pdf")})
		// Screenshots of the two reports people read on a phone: each
		// browser run costs seconds.
		if d.name == "report" || d.name == "batch" {
			jobs = append(jobs,
				job{p, "--screenshot=", filepath.Join(dir, d.name+"-360.png")},
				job{p, "--screenshot=", filepath.Join(dir, d.name+"-1280.png")})
		}
	}
	jobs = append(jobs, job{control, "--print-to-pdf=", filepath.Join(dir, "control.pdf")})
	netlogs := make([]string, len(jobs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 3)
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			width := "1280"
			if strings.HasSuffix(j.file, "-360.png") {
				width = "360"
			}
			netlogs[i] = runChromium(t, chromium, j.page, j.flag+j.file, width)
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}

	for i, j := range jobs {
		remote := pageRequests(t, netlogs[i])
		if j.page == control {
			if len(remote) == 0 {
				t.Errorf("the control page's remote image is not in the network log: the check for requests sees nothing")
			}
			continue
		}
		if len(remote) > 0 {
			t.Errorf("%s asked for %s", filepath.Base(j.page), strings.Join(remote, ", "))
		}
		if strings.HasSuffix(j.file, ".png") {
			want := 1280
			if strings.HasSuffix(j.file, "-360.png") {
				want = 360
			}
			if w := pngWidth(t, j.file); w != want {
				t.Errorf("%s is %d px wide, want %d", filepath.Base(j.file), w, want)
			}
		}
	}
	// The ranking's sort script runs under the page's policy: it turns
	// every heading into a button. A wrong hash in the policy blocks it.
	profile := t.TempDir()
	dom, err := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+profile,
		`--host-resolver-rules=MAP * ~NOTFOUND`, "--dump-dom", "file://"+out("batch")).Output()
	if err != nil {
		t.Errorf("chromium --dump-dom: %v", err)
	} else if !bytes.Contains(dom, []byte(`<th scope="col" class="num"><button type="button">Peringkat</button></th>`)) {
		t.Errorf("the sort script did not run on the batch page (blocked by its policy?):\n%.2000s", dom)
	}

	pageNo := regexp.MustCompile(`(?:Halaman|Page) (\d+) (?:dari|of) (\d+)`)
	for _, d := range docs {
		pdf := filepath.Join(dir, d.name+".pdf")
		txt, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
		if err != nil {
			t.Errorf("%s: pdftotext: %v", d.name, err)
			continue
		}
		pages := strings.Split(strings.TrimSuffix(string(txt), "\f"), "\f")
		if n := len(pages); n < 1 || n > d.maxPages {
			t.Errorf("%s prints on %d pages, want 1 to %d", d.name, n, d.maxPages)
		}
		if !strings.Contains(pages[0], d.headline) {
			t.Errorf("%s: page 1 does not show %q:\n%s", d.name, d.headline, pages[0])
		}
		// pdftotext breaks a long line where the page does.
		flat := strings.Join(strings.Fields(string(txt)), " ")
		for _, want := range d.texts {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: no page shows %q", d.name, want)
			}
		}
		for i, pg := range pages {
			if !strings.Contains(pg, d.running) {
				t.Errorf("%s: page %d has no running header %q", d.name, i+1, d.running)
			}
			if !strings.Contains(pg, "spbe") || !regexp.MustCompile(`(Dibuat oleh|Generated by) spbe`).MatchString(pg) {
				t.Errorf("%s: page %d has no footer", d.name, i+1)
			}
			m := pageNo.FindStringSubmatch(pg)
			if m == nil || m[1] != fmt.Sprint(i+1) || m[2] != fmt.Sprint(len(pages)) {
				t.Errorf("%s: page %d is numbered %v, want %d / %d", d.name, i+1, m, i+1, len(pages))
			}
		}
	}
}

// runChromium opens page in a fresh headless browser that can resolve no
// host name, does what flag says (print or screenshot) at a window width,
// and returns the path of its network log.
func runChromium(t *testing.T, chromium, page, flag, width string) string {
	profile, err := os.MkdirTemp("", "spbe-chromium-")
	if err != nil {
		t.Error(err)
		return ""
	}
	defer os.RemoveAll(profile)
	netlog := filepath.Join(filepath.Dir(strings.SplitN(flag, "=", 2)[1]), filepath.Base(strings.SplitN(flag, "=", 2)[1])+".netlog.json")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+profile, `--host-resolver-rules=MAP * ~NOTFOUND`, "--log-net-log="+netlog,
		"--hide-scrollbars", "--window-size="+width+",1600", "--no-pdf-header-footer", flag, "file://"+page)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Errorf("chromium %s %s: %v\n%s", flag, page, err, stderr.String())
	}
	return netlog
}

// pageRequests lists the addresses a page asked for other than file: and
// data: ones, from a network log. The browser's own requests (updates,
// accounts), which no flag silences, have no initiating origin; a page
// opened from a file is the opaque origin "null".
func pageRequests(t *testing.T, netlog string) []string {
	t.Helper()
	b, err := os.ReadFile(netlog)
	if err != nil {
		t.Errorf("network log: %v", err)
		return nil
	}
	var log struct {
		Constants struct {
			LogEventTypes map[string]int `json:"logEventTypes"`
		} `json:"constants"`
		Events []struct {
			Type   int            `json:"type"`
			Params map[string]any `json:"params"`
		} `json:"events"`
	}
	// A browser stopped before it closes the log leaves its event list
	// open.
	if json.Unmarshal(b, &log) != nil {
		b = append(bytes.TrimRight(b, " \n\r\t,"), "]}"...)
	}
	if err := json.Unmarshal(b, &log); err != nil {
		t.Errorf("network log %s: %v", netlog, err)
		return nil
	}
	start, ok := log.Constants.LogEventTypes["URL_REQUEST_START_JOB"]
	if !ok {
		t.Errorf("network log %s names no URL_REQUEST_START_JOB", netlog)
	}
	var out []string
	for _, e := range log.Events {
		if e.Type != start {
			continue
		}
		url, _ := e.Params["url"].(string)
		init, _ := e.Params["initiator"].(string)
		if url == "" || init == "not an origin" || strings.HasPrefix(url, "file:") || strings.HasPrefix(url, "data:") {
			continue
		}
		out = append(out, url)
	}
	return out
}

// pngWidth reads the width from a PNG's header.
func pngWidth(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil || len(b) < 24 || string(b[1:4]) != "PNG" {
		t.Errorf("%s is not a PNG (%v)", path, err)
		return 0
	}
	return int(binary.BigEndian.Uint32(b[16:20]))
}

// writeHistory writes a folder of two years' answer sheets: three OPDs in
// each year, one verified, and a second sheet of one OPD in 2025.
func writeHistory(t *testing.T) string {
	t.Helper()
	r, err := rubric.Open("", 0)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	all := func(v string) []string {
		return fixture.ExpandLevels([]string{v + "x" + fmt.Sprint(len(r.Indicators))})
	}
	for _, s := range []struct {
		file, opd, year, level, self string
	}{
		{"2024/dinkes.xlsx", "Dinas Kesehatan", "2024", "2", ""},
		{"2024/dinsos.xlsx", "Dinas Sosial", "2024", "3", ""},
		{"2024/bappeda.xlsx", "Badan Perencanaan Pembangunan Daerah", "2024", "1", ""},
		{"2025/dinkes.xlsx", "Dinas Kesehatan", "2025", "3", "4"},
		{"2025/dinsos.xlsx", "Dinas Sosial", "2025", "2", ""},
		{"2025/bappeda.xlsx", "Badan Perencanaan Pembangunan Daerah", "2025", "4", ""},
		{"2025/bappeda-lama.xlsx", "Badan Perencanaan Pembangunan Daerah", "2025", "1", ""},
	} {
		sh := &fixture.Sheet{Rubric: r, Levels: all(s.level), OPD: s.opd, Year: s.year, Set: map[string]string{}}
		if s.self != "" {
			sh.Self = all(s.self)
		}
		p := filepath.Join(dir, s.file)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := sh.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
