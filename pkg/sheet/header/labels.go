package header

import (
	"strings"

	"github.com/spbe-id/spbe/pkg/sheet/cell"
)

var (
	opdLabels    = wordSet("nama opd", "opd", "perangkat daerah", "nama perangkat daerah", "unit kerja", "nama unit kerja", "satuan kerja", "nama satuan kerja", "instansi opd", "nama instansi opd", "work unit", "skpd", "nama skpd")
	agencyLabels = wordSet("nama instansi", "instansi", "agency", "nama pemda", "pemerintah daerah", "nama pemerintah daerah", "pemda")
	yearLabels   = wordSet("tahun", "tahun evaluasi", "tahun penilaian", "year", "periode")
	// assessorLabels name the assessor (the template's Nama Penilai).
	assessorLabels = wordSet("nama penilai", "penilai", "nama evaluator", "assessor", "assessor name")
)

// labelFirsts are the first bytes of every label: a cell that begins
// otherwise, as most cells above a table do, is no label.
var labelFirsts = firstBytes(opdLabels, agencyLabels, yearLabels, assessorLabels)

// firstBytes are the first bytes of the words of sets.
func firstBytes(sets ...map[string]bool) (t [256]bool) {
	for _, set := range sets {
		for w := range set {
			t[w[0]] = true
		}
	}
	return t
}

// mayBeIn tells whether Norm(s) may be a word whose first byte is in
// firsts: false only when it cannot.
func mayBeIn(firsts *[256]bool, s string) bool {
	c, ok := cell.NormFirst(s)
	return !ok || c != 0 && firsts[c]
}

// Labels are what the labelled cells above a table say: the work unit,
// the agency, the year and the assessor. The first of each found is kept.
type Labels struct {
	OPD, Agency, Year, Assessor string
}

// Read picks up "Nama OPD | Dinas X" and "Tahun: 2024" pairs from a row
// above the table.
func (l *Labels) Read(cols []string) {
	for i, c := range cols {
		c = cell.Clean(c)
		if c == "" {
			continue
		}
		label, value := c, ""
		if k, v, ok := strings.Cut(c, ":"); ok {
			label, value = k, strings.TrimSpace(v)
		}
		if !mayBeIn(&labelFirsts, label) {
			continue
		}
		h := cell.Norm(label)
		isOPD, isAgency, isYear, isAssessor := opdLabels[h], agencyLabels[h], yearLabels[h], assessorLabels[h]
		if !isOPD && !isAgency && !isYear && !isAssessor {
			continue
		}
		if value == "" {
			for _, next := range cols[i+1:] {
				if v := cell.Clean(next); v != "" && v != ":" {
					value = strings.TrimSpace(strings.TrimPrefix(v, ":"))
					break
				}
			}
		}
		if value == "" {
			continue
		}
		switch {
		case isOPD && l.OPD == "":
			l.OPD = cell.OneLine(value)
		case isAgency && l.Agency == "":
			l.Agency = cell.OneLine(value)
		case isYear && l.Year == "":
			l.Year = cell.YearOf(value)
		case isAssessor && l.Assessor == "":
			l.Assessor = cell.OneLine(value)
		}
	}
}
