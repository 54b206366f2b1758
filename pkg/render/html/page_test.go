package html

import (
	"crypto/sha256"
	"encoding/base64"
	"math/big"
	"strings"
	"testing"
)

// Only absolute http and https addresses with a host become links.
func TestLinkAcceptsOnlyHTTPAddresses(t *testing.T) {
	for s, want := range map[string]string{
		"https://example.org/a?b=1": "https://example.org/a?b=1",
		" http://example.org ":      "http://example.org",
		"javascript:alert(1)":       "",
		"JavaScript:alert(1)":       "",
		"data:text/html,<b>x</b>":   "",
		"file:///etc/passwd":        "",
		"//example.org/x":           "",
		"bukti/laporan.pdf":         "",
		"https:///nohost":           "",
		"vbscript:msgbox":           "",
		"=HYPERLINK(\"http://x\")":  "",
	} {
		if got := link(s); got != want {
			t.Errorf("link(%q) = %q, want %q", s, got, want)
		}
	}
}

// Text on a band colour is whichever of black and white contrasts more,
// and keeps at least WCAG's 4.5:1 on every built-in band colour.
func TestInkKeepsContrastOnBandColours(t *testing.T) {
	for _, c := range []string{"#C00000", "#ED7D31", "#FFC000", "#70AD47", "#2E75B6", "#F8696B", "#FFEB84", "#63BE7B"} {
		in := ink(c)
		l1, l2 := luminance(c), luminance(in)
		if l1 < l2 {
			l1, l2 = l2, l1
		}
		if ratio := (l1 + 0.05) / (l2 + 0.05); ratio < 4.5 {
			t.Errorf("%s on %s has contrast %.2f, under 4.5", in, c, ratio)
		}
	}
}

// The policy allows exactly the script a page carries, by its hash.
func TestPolicyHashesTheSortScript(t *testing.T) {
	sum := sha256.Sum256([]byte(sortScript()))
	want := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	if !strings.Contains(csp(), "script-src "+want+";") || ScriptHash() != want {
		t.Errorf("policy %q does not allow the script by %s", csp(), want)
	}
	if !strings.Contains(csp(), "default-src 'none'") {
		t.Errorf("policy %q does not forbid loads by default", csp())
	}
}

// A trend line of one work unit places each year's value on the scale
// from 0 and writes it; fewer than two years draw nothing.
func TestLineWritesEveryYearOfOneLine(t *testing.T) {
	one := []lineInput{{Number: "1", Name: "Dinas A", Texts: []string{"2,00", "2,50", "5,00"},
		Values: []*big.Rat{big.NewRat(2, 1), big.NewRat(5, 2), big.NewRat(5, 1)}}}
	ln := newLine([]string{"2023", "2024", "2025"}, one, 5)
	if ln == nil || len(ln.Series) != 1 || len(ln.Series[0].Marks) != 3 || ln.Years[1].Label != "2024" || ln.Series[0].Marks[1].Value != "2,50" {
		t.Fatalf("line = %+v", ln)
	}
	// 5 of 5 is the top of the plot (y 20), 2 of 5 is 80 px above its foot (y 220).
	if m := ln.Series[0].Marks; m[2].Y != "20" || m[0].Y != "140" {
		t.Errorf("marks at y %s and %s, want 140 and 20", m[0].Y, m[2].Y)
	}
	if ln.Series[0].Key != nil {
		t.Errorf("a chart of one line numbers it")
	}
	if newLine([]string{"2024"}, one, 5) != nil {
		t.Errorf("one year drew a line")
	}
}

// Several lines differ in colour and dash, skip the years a work unit has
// no value for, leave the values to the table, and number their ends
// apart when they end at the same value.
func TestLinesAreToldApartWithoutColour(t *testing.T) {
	two := big.NewRat(2, 1)
	in := []lineInput{
		{Number: "1", Name: "A", Values: []*big.Rat{two, nil, two}, Texts: []string{"2,00", "", "2,00"}},
		{Number: "2", Name: "B", Values: []*big.Rat{nil, two, two}, Texts: []string{"", "2,00", "2,00"}},
	}
	ln := newLine([]string{"2023", "2024", "2025"}, in, 5)
	a, b := ln.Series[0], ln.Series[1]
	if a.Stroke == b.Stroke || a.Dash == b.Dash {
		t.Errorf("lines drawn alike: %q %q and %q %q", a.Stroke, a.Dash, b.Stroke, b.Dash)
	}
	if a.Points != "40,140 540,140" || len(b.Marks) != 2 {
		t.Errorf("line A is %q, line B has %d points", a.Points, len(b.Marks))
	}
	if a.Marks[0].Value != "" {
		t.Errorf("a chart of two lines writes values at its points")
	}
	if a.Key == nil || b.Key == nil || a.Key.Y == b.Key.Y {
		t.Errorf("line numbers overlap: %+v %+v", a.Key, b.Key)
	}
	for _, c := range lineColours {
		if l := luminance(c); 1.05/(l+0.05) < 4.5 {
			t.Errorf("line colour %s has contrast %.2f on white", c, 1.05/(l+0.05))
		}
	}
}

// The page template draws a line figure with its years and values as
// text, escaped.
func TestTemplateDrawsLine(t *testing.T) {
	ln := newLine([]string{"2024", "2025"}, []lineInput{{Number: "1", Name: "<A>", Values: []*big.Rat{big.NewRat(2, 1), big.NewRat(3, 1)}, Texts: []string{"2,00", "<3,00>"}}}, 5)
	p := &page{Lang: "id", Title: "t", Sections: []*section{{Title: "s", Blocks: []*block{{Figures: []*figure{{Class: "line", Caption: "c", Line: ln}}}}}}}
	var b strings.Builder
	if err := write(&b, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<polyline class="trend" points="40,140 540,100" stroke="#1F4E79"/>`, `>2025</text>`, `>&lt;3,00&gt;</text>`, `<title>&lt;A&gt;</title>`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("page lacks %s", want)
		}
	}
}
