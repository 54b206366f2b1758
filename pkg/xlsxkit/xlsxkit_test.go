package xlsxkit

import "testing"

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
