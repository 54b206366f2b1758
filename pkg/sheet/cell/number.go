package cell

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// PlainInt parses a number written as one to four ASCII digits, as most
// levels and indicator numbers are.
func PlainInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// WholeNumber parses "3", "3.0", "3,00" as 3.
func WholeNumber(s string) (int, bool) {
	// Up to four digits, as most are, without an exact decimal made.
	if n, ok := PlainInt(s); ok {
		return n, true
	}
	x, ok := rubric.ParseDecimal(s)
	if !ok || !x.IsInt() || !x.Num().IsInt64() {
		return 0, false
	}
	v := x.Num().Int64()
	if v < -1<<31 || v > 1<<31 {
		return 0, false
	}
	return int(v), true
}

var fourDigits = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(19|2\d)\d\d\b`) })

// YearOf reads a year cell: 2024, "2024", "Tahun 2024", a date (its year),
// or a date's serial number as a spreadsheet stores it (45292 is
// 2024-01-01). It is "" when the cell names no one year.
func YearOf(v string) string {
	if y, ok := WholeNumber(v); ok {
		switch {
		case y >= 1900 && y <= 2999:
			return strconv.Itoa(y)
		case y >= 3000 && y <= 401768: // serials of 1908-03-18 .. 2999-12-31
			return strconv.Itoa(serialYear(y))
		}
		return ""
	}
	if x, ok := parseFloat(v); ok && x >= 3000 && x < 401769 {
		return strconv.Itoa(serialYear(int(x)))
	}
	if m := fourDigits().FindAllString(v, -1); len(m) == 1 {
		return m[0]
	}
	return ""
}

func parseFloat(v string) (float64, bool) {
	x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	return x, err == nil
}

// serialYear is the year of a spreadsheet date serial (days since
// 1899-12-30).
func serialYear(serial int) int {
	// Civil-from-days (Howard Hinnant), from 1970-01-01.
	z := serial - 25569 + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	if mp >= 10 {
		y++
	}
	return y
}

var nameNumber = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i)(?:(?:indikator|indicator|ind)\s*[.:#-]?\s*(\d{1,3})\b|(\d{1,3})\s*[.)]\s*\S|(\d{1,3})\s+[-–—]\s*\S)`)
})

// NumberInName reads the indicator number a name cell starts with:
// "Indikator 14 - …", "14. Tingkat …"; 0 when it starts with none.
func NumberInName(s string) int {
	// Every form starts with a digit or with "ind" in any case; most
	// names start otherwise ("Tingkat Kematangan …") and the pattern's
	// backtracking cost a batch 2 % of its time on them.
	if s == "" || !('0' <= s[0] && s[0] <= '9' || s[0]|0x20 == 'i') {
		return 0
	}
	g := nameNumber().FindStringSubmatch(s)
	if g == nil {
		return 0
	}
	for _, x := range g[1:] {
		if x != "" {
			n, _ := strconv.Atoi(x)
			return n
		}
	}
	return 0
}
