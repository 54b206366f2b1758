package template

import (
	"strconv"
	"strings"
)

// DefaultName is the file name of a template written without -o:
// lembar-kerja-RUBRIC[-OPD][-YEAR].xlsx, with the agency's name reduced to
// lowercase letters, digits and dashes so that it is a safe file name
// everywhere.
func DefaultName(rubricID string, opt Options) string {
	parts := []string{"lembar-kerja", rubricID}
	if s := slug(opt.OPD); s != "" {
		parts = append(parts, s)
	}
	if opt.Year != 0 {
		parts = append(parts, strconv.Itoa(opt.Year))
	}
	return strings.Join(parts, "-") + ".xlsx"
}

// slug is s in lowercase letters and digits, every other run of
// characters a dash, at most 60 characters.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else {
			dash = true
		}
	}
	out := b.String()
	if len(out) > 60 {
		out = strings.TrimRight(out[:60], "-")
	}
	return out
}
