package xlsxkit

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A header or footer holds the parts that are set, each in the named
// font; the left part stays, even empty, when another part is set (the
// report's footer when the sheet names no OPD), and nothing is written
// when no part is set (the template has no header).
func TestPartsJoinWhatIsSet(t *testing.T) {
	const font = `&"Calibri,Regular"&9`
	cases := []struct {
		name                string
		left, center, right string
		want                string
	}{
		{"no part is no header", "", "", "", ""},
		{"the left part alone", "Laporan", "", "", "&L" + font + "Laporan"},
		{"left and right", "Dinas", "", "Halaman &P dari &N", "&L" + font + "Dinas&R" + font + "Halaman &P dari &N"},
		{"an empty left part stays before the right", "", "", "&P", "&L" + font + "&R" + font + "&P"},
		{"all three", "a", "&A", "&P", "&L" + font + "a&C" + font + "&A&R" + font + "&P"},
	}
	for _, c := range cases {
		if got := parts(font, c.left, c.center, c.right); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// Text in a header or footer cannot start a code: "&" is doubled.
func TestEscapeHFDoublesAmpersands(t *testing.T) {
	if got := EscapeHF("Dinas A & B && C"); got != "Dinas A && B &&&& C" {
		t.Errorf("got %q", got)
	}
}

// A header or footer too long for Excel (255 UTF-16 units) has its free
// text shortened to an ellipsis, never cut inside an escaped ampersand;
// one that fits is left alone.
func TestLongHeadersAndFootersAreShortened(t *testing.T) {
	font := `&"Calibri,Regular"&9`
	names := []string{
		strings.Repeat("Dinas & Kota ", 30),
		strings.Repeat("é𝒜", 200),
		"Dinas Kesehatan · 2024",
	}
	// Names whose cut falls at every place in a run of ampersands.
	for k := 190; k < 230; k++ {
		names = append(names, strings.Repeat("x", k)+strings.Repeat("&", 40))
	}
	for _, who := range names {
		f := excelize.NewFile()
		fr := ReportFrame(0, "Laporan", who, "Halaman &P dari &N")
		if err := PrintFrame(f, "Sheet1", fr); err != nil {
			t.Fatalf("%q: %v", who, err)
		}
		hf, err := f.GetHeaderFooter("Sheet1")
		if err != nil {
			t.Fatal(err)
		}
		full := "&L" + font + EscapeHF(who) + "&R" + font + "Halaman &P dari &N"
		if utf16Len(full) <= MaxHeaderFooter {
			if hf.OddFooter != full {
				t.Errorf("%q: footer %q, want it whole", who, hf.OddFooter)
			}
			continue
		}
		left, _, ok := strings.Cut(strings.TrimPrefix(hf.OddFooter, "&L"+font), "&R"+font)
		if !ok || !strings.HasSuffix(left, "…") || !strings.HasPrefix(EscapeHF(who), strings.TrimSuffix(left, "…")) {
			t.Errorf("%q: footer %q is not the name shortened to an ellipsis", who, hf.OddFooter)
		}
		if amps := len(strings.TrimSuffix(left, "…")) - len(strings.TrimRight(strings.TrimSuffix(left, "…"), "&")); amps%2 == 1 {
			t.Errorf("%q: footer %q cuts an ampersand in two", who, hf.OddFooter)
		}
		if n := utf16Len(hf.OddFooter); n > MaxHeaderFooter || n < MaxHeaderFooter-3 {
			t.Errorf("%q: footer of %d units, want at most %d and no shorter than it need be", who, n, MaxHeaderFooter)
		}
	}
}
