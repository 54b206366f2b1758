// Package html draws every document as one self-contained HTML file, for
// the people who read a result on a phone or print it to PDF: the
// single-sheet report, the batch report, explain, plan, compare and check.
//
// A page needs no network and no script to read: the styles are inline,
// the charts are inline SVG drawn here, the fonts are the system's, and a
// Content-Security-Policy forbids every remote load and every script but
// the tool's own (the batch ranking's sort, allowed by its hash). All
// text from a sheet, a file name or a rubric goes through html/template's
// contextual escaping; this package writes no escaping of its own.
//
// Each document is turned into a page (sections of paragraphs, tables
// and figures) by its own file, and one template draws every page. This
// file holds that machinery: the page model, the template, the colours
// and the links.
//
// html may import pkg/doc, pkg/lang and pkg/rubric; never the engine
// (pkg/score, pkg/insight), the reader (pkg/sheet) or pkg/cli.
package html

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

//go:embed templates/page.html.tmpl templates/style.css templates/sort.js
var files embed.FS

// The page template and its assets are made on first use, not when the
// package is initialised: every run of spbe links this package, and most
// never write HTML (parsing the template took about half a millisecond of
// every call's start).
var (
	pageTemplate = sync.OnceValue(func() *template.Template {
		parsed.Add(1)
		return template.Must(template.New("page.html.tmpl").ParseFS(files, "templates/page.html.tmpl"))
	})
	styleSheet = sync.OnceValue(func() string { return mustRead("templates/style.css") })
	sortScript = sync.OnceValue(func() string { return mustRead("templates/sort.js") })
	// scriptHash is the CSP source of the one script a page may run.
	scriptHash = sync.OnceValue(func() string {
		sum := sha256.Sum256([]byte(sortScript()))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	})
	// csp forbids every load from anywhere (no network, no other file)
	// and every script but the tool's own; styles are inline, and the
	// charts are inline SVG, which loads nothing.
	csp = sync.OnceValue(func() string {
		return "default-src 'none'; style-src 'unsafe-inline'; script-src " + scriptHash() +
			"; base-uri 'none'; form-action 'none'"
	})
	// parsed counts the parses of the page template, for the test that
	// initialising the package parses nothing.
	parsed atomic.Int32
)

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// ScriptHash is the Content-Security-Policy source ('sha256-…') of the
// inline script pages may carry, for tests that check the policy.
func ScriptHash() string { return scriptHash() }

func init() {
	lang.AddMessages(map[string][2]string{
		"html.contents":     {"Daftar isi", "Contents"},
		"html.target.ring":  {"Tingkat target %d", "Target level %d"},
		"html.radar.desc":   {"Skala 0 sampai %d; setiap sumbu diberi label kode dan nilainya.", "Scale 0 to %d; each axis is labelled with its code and value."},
		"html.heatmap":      {"Peta tingkat OPD × indikator", "Work unit × indicator level map"},
		"html.heatmap.desc": {"Setiap sel menuliskan tingkatnya; warna: %d merah, %d kuning, %d hijau.", "Each cell writes its level; colour: %d red, %d yellow, %d green."},
		"html.trend":        {"Indeks dari tahun ke tahun", "Index year over year"},
		"html.sort":         {"Klik judul kolom untuk mengurutkan.", "Click a column heading to sort."},
		"html.status":       {"Status", "Status"},
		"html.trend.desc":   {"Skala 0 sampai %d; satu garis per OPD, diberi nomor seperti pada tabel tren, yang juga menuliskan setiap nilainya.", "Scale 0 to %d; one line per work unit, numbered as in the trend table, which also writes every value."},
		"html.trend.one":    {"Skala 0 sampai %d; setiap titik menuliskan nilainya.", "Scale 0 to %d; each point writes its value."},
		"html.excluded":     {"tidak dihitung", "not counted"},
	})
}

// page is one HTML document: a headline, then sections. Everything in it
// is plain text; the template escapes it.
type page struct {
	Lang string
	// Title is the document's <title> and <h1>.
	Title string
	// Running is printed at the top of every printed page (the agency and
	// year, or what the document is about); Footer at the bottom.
	Running, Footer string
	Headline        *headline
	Notices         []string
	Sections        []*section
	// Script carries the ranking's sort script.
	Script bool
}

// headline is the result a reader sees first.
type headline struct {
	Label, Value string
	Band         *chip
	// Lines are short facts under it (agency, year, exact value).
	Lines []string
	// Facts are labelled facts under it: what the index is read against
	// (targets, the previous year and the change).
	Facts []fact
}

// fact is one labelled fact of a headline; Items, when set, are listed
// under its value.
type fact struct {
	Label, Value string
	Strong       bool
	Items        []string
}

// chip is a text on a colour: a predicate written in its band's colour,
// with an ink that keeps the text readable on it.
type chip struct {
	Text, Fill, Ink string
}

// section is a titled part of a page.
type section struct {
	ID, Title string
	Blocks    []*block
	// Break starts the section on a new printed page; Keep prints it
	// whole on one page; Wide prints it on landscape pages.
	Break, Keep, Wide bool
}

// Class is the section's class attribute: how it is printed.
func (s *section) Class() string {
	var c []string
	if s.Break {
		c = append(c, "break")
	}
	if s.Keep {
		c = append(c, "keep")
	}
	if s.Wide {
		c = append(c, "wide")
	}
	return strings.Join(c, " ")
}

// block is one paragraph, heading, list, table or figure; exactly one of
// its fields is set.
type block struct {
	Heading string
	Para    string
	// Strong is a paragraph in bold.
	Strong  string
	Notes   []string
	List    []string
	Table   *table
	Figures []*figure
	// Items are a list whose entries start with a bold lead.
	Items []item
	// Signer is the sign-off block's lines (an empty line is room to
	// sign on).
	Signer []string
}

// item is a list entry with a bold lead ("11 → Tingkat 4") and its text.
type item struct {
	Lead, Text string
}

// table is a table with header cells; Rows hold cells of the same count.
type table struct {
	Caption string
	ID      string
	Head    []cell
	Rows    [][]cell
	// Sortable tables get the sort script's buttons.
	Sortable bool
	// KV is a two-column table of labels (header cells) and values.
	KV bool
	// RowClass, when set, gives row i the class RowClass[i]: "here" for
	// the row the reader looks for, "excluded" for a row not counted.
	RowClass []string
}

// Class is row i's class attribute, or "".
func (t *table) Class(i int) string {
	if i < len(t.RowClass) {
		return t.RowClass[i]
	}
	return ""
}

// keepRows is the most rows of a table printed whole on one page rather
// than broken across two (a longer table breaks between rows, its header
// repeated on every page).
const keepRows = 12

// Keep reports whether the table is printed whole on one page.
func (t *table) Keep() bool { return len(t.Rows) <= keepRows }

// cell is one table cell.
type cell struct {
	Text string
	Num  bool
	Code bool
	// Wrap lets a long text without spaces (a path) break anywhere.
	Wrap bool
	// Href is an http(s) link; see link.
	Href string
	Chip *chip
	// Sort is the value the sort script orders by, when the text is not.
	Sort string
	// Head makes a row's first cell a header cell (<th scope="row">).
	Head bool
	// Links are pieces of evidence, one per line, each linked when it is
	// an http(s) address (see link).
	Links []cellLink
	// Strong writes the text in bold; Sub is a second, smaller line.
	Strong bool
	Sub    string
	// NoWrap keeps a short text (a range, a status) on one line.
	NoWrap bool
	// Prose is a column of sentences: it keeps a readable width and
	// breaks long words (addresses) rather than widen the table.
	Prose bool
	// Screen is a column shown on screen and left off the printed page
	// (the ranking's file paths, which the workbook also keeps out of its
	// print area).
	Screen bool
}

// Class is the cell's class attribute.
func (c cell) Class() string {
	var cl []string
	switch {
	case c.Num:
		cl = append(cl, "num")
	case c.Wrap:
		cl = append(cl, "wrap")
	case c.Prose:
		cl = append(cl, "prose")
	case c.NoWrap:
		cl = append(cl, "nowrap")
	}
	if c.Screen {
		cl = append(cl, "screen")
	}
	return strings.Join(cl, " ")
}

// cellLink is one piece of evidence in a cell.
type cellLink struct {
	Text, Href string
}

func txt(s string) cell     { return cell{Text: s} }
func num(s string) cell     { return cell{Text: s, Num: true} }
func intc(v int) cell       { return num(strconv.Itoa(v)) }
func rowHead(s string) cell { return cell{Text: s, Head: true} }

// path is a file name or path, which may break anywhere.
func path(s string) cell { return cell{Text: s, Wrap: true} }

func heads(names ...string) []cell {
	out := make([]cell, len(names))
	for i, n := range names {
		out[i] = txt(n)
	}
	return out
}

// kv is a two-column table of labels and values.
func kv(pairs ...[2]string) *table {
	t := &table{KV: true}
	for _, p := range pairs {
		t.Rows = append(t.Rows, []cell{rowHead(p[0]), txt(p[1])})
	}
	return t
}

// write draws p.
func write(w io.Writer, p *page) error {
	l := lang.Lang(p.Lang)
	data := struct {
		*page
		CSS      template.CSS
		JS       template.JS
		CSP      string
		SortHint string
		// PageOf and PageOf2 surround the page number and the page
		// count: "Halaman 2 dari 5", as the workbooks' footers say.
		PageOf, PageOf2 string
	}{page: p, CSS: template.CSS(styleSheet()), CSP: csp(), SortHint: l.T("html.sort")}
	data.PageOf, data.PageOf2 = pageWords(l)
	if p.Script {
		data.JS = template.JS(sortScript())
	}
	return pageTemplate().Execute(w, data)
}

// pageWords splits the catalog's "Halaman &P dari &N" (the workbooks'
// footer) around the page number and the page count.
func pageWords(l lang.Lang) (string, string) {
	before, rest, _ := strings.Cut(l.T("eval.page"), "&P")
	between, _, _ := strings.Cut(rest, "&N")
	return before, between
}

// hexColour matches a rubric's "#RRGGBB" band colour; anything else is
// not used as a colour.
var hexColour = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`) })

// bandChip is a predicate in its band's colour, with black or white text,
// whichever contrasts more with the colour (as the workbook does); a band
// without a usable colour is written on a neutral grey.
func bandChip(l lang.Lang, b *rubric.Band) *chip {
	if b == nil {
		return &chip{Text: "?", Fill: "#E7E6E6", Ink: "#000000"}
	}
	c := &chip{Text: l.Band(b), Fill: "#E7E6E6", Ink: "#000000"}
	if hexColour().MatchString(b.Color) {
		c.Fill = strings.ToUpper(b.Color)
		c.Ink = ink(c.Fill)
	}
	return c
}

// ink is black or white, whichever has the higher WCAG contrast ratio on
// the colour "#RRGGBB".
func ink(fill string) string {
	lum := luminance(fill)
	if (lum+0.05)/0.05 >= 1.05/(lum+0.05) {
		return "#000000"
	}
	return "#FFFFFF"
}

// luminance is the relative luminance of "#RRGGBB" (WCAG 2).
func luminance(fill string) float64 {
	v, err := strconv.ParseUint(strings.TrimPrefix(fill, "#"), 16, 32)
	if err != nil {
		return 1
	}
	ch := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(v>>16&0xFF) + 0.7152*ch(v>>8&0xFF) + 0.0722*ch(v&0xFF)
}

// link returns s when it is an absolute http or https address with a
// host, and "" otherwise: a link from a sheet or a rubric is drawn only
// then (javascript:, data:, file: and relative paths stay text).
func link(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

// linked is a cell holding s, linked when s is an http(s) address.
func linked(s string) cell { return cell{Text: s, Href: link(s)} }

// prose is a cell of sentences.
func prose(s string) cell { return cell{Text: s, Prose: true} }

// running is the agency and year of a document, for every printed page.
func running(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}

func footer(l lang.Lang, version string) string {
	return fmt.Sprintf(l.T("generated.by"), l.Version(version))
}
