package workbook

import (
	"bytes"
	"github.com/spbe-id/spbe/pkg/lang"
	"unicode/utf8"
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// utf16 returns s as UTF-16LE bytes, the way OLE directory entries store
// their names.
func utf16(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// sniff tells what data really is before it reaches the workbook library,
// so that a wrong kind of file gets a message a person can act on. It
// returns "" for what looks like an .xlsx (a zip archive).
func sniff(data []byte) string {
	switch {
	case len(data) == 0:
		return lang.S("wb.empty")
	case bytes.HasPrefix(data, oleMagic):
		if bytes.Contains(data, utf16("EncryptedPackage")) || bytes.Contains(data, utf16("EncryptionInfo")) {
			return lang.S("wb.encrypted")
		}
		return lang.S("wb.xls")
	case bytes.HasPrefix(data, zipMagic):
		if len(data) > 38 && string(data[30:38]) == "mimetype" && bytes.Contains(data[38:min(len(data), 120)], []byte("opendocument")) {
			return lang.S("wb.ods")
		}
		return ""
	case bytes.HasPrefix(data, []byte("PK")):
		return "" // other zip records (empty or spanned archives): let the zip reader say what is wrong
	}
	head := data[:min(len(data), 4096)]
	text := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	lower := bytes.ToLower(text)
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<table")):
		return lang.S("wb.html")
	case bytes.HasPrefix(lower, []byte("<?xml")):
		return lang.S("wb.xml")
	case utf8.Valid(head[:lastRuneStart(head)]) && !bytes.ContainsRune(head, 0):
		return lang.S("wb.csv")
	}
	return lang.S("wb.not-zip")
}

// lastRuneStart trims a possibly cut multi-byte character off the end of b.
func lastRuneStart(b []byte) int {
	n := len(b)
	for i := 0; i < 3 && n > 0; i++ {
		if utf8.RuneStart(b[n-1]) {
			if utf8.FullRune(b[n-1:]) {
				return len(b)
			}
			return n - 1
		}
		n--
	}
	return len(b)
}
