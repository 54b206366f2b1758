package html

import (
	"crypto/sha256"
	"encoding/base64"
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
	sum := sha256.Sum256([]byte(sortScript))
	want := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	if !strings.Contains(csp, "script-src "+want+";") || ScriptHash() != want {
		t.Errorf("policy %q does not allow the script by %s", csp, want)
	}
	if !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("policy %q does not forbid loads by default", csp)
	}
}
