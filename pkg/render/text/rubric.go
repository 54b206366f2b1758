package text

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc/rubricdoc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// RubricText writes a rubric for the terminal: what it is, its scales and
// predicate bands, and the tree of domains, aspects and indicators with
// their weights.
func RubricText(w io.Writer, r *rubric.Rubric, l lang.Lang) error {
	ew := errw.New(w)
	ew.Printf(l.T("rubrictool.head")+"\n", l.Title(r), r.ID, r.Version, l.Status(r.Status))
	if r.Source != "" {
		ew.Printf("%s: %s\n", l.T("source"), r.Source)
	}
	ew.Printf("%s\n", rubricdoc.Summary(l, r))

	ew.Printf("\n%s\n", l.T("rubrictool.scales"))
	for _, s := range r.Scales {
		var lv []string
		for _, x := range s.Levels {
			lv = append(lv, fmt.Sprintf("%d %s", x.Value, l.Name(x.Label, x.LabelEN)))
		}
		ew.Printf("  %s (%s): %s\n", s.ID, l.Name(s.Name, s.NameEN), strings.Join(lv, ", "))
	}
	ew.Printf("\n%s\n", l.T("rubrictool.bands"))
	rows := [][]string{}
	for i, b := range r.Bands {
		rows = append(rows, []string{"  " + l.Band(b), rubricdoc.BandRange(l, r, i)})
	}
	writeAlignedColumns(ew, rows, "ll")

	ew.Printf("\n%s\n", l.T("rubrictool.tree"))
	several := len(r.Scales) > 1
	rows = [][]string{}
	ind := func(pad string, in *rubric.Indicator) {
		row := []string{pad + in.ID + " " + l.Name(in.Name, in.NameEN), l.Fixed(in.Weight)}
		if several {
			row = append(row, in.Scale.ID)
		}
		rows = append(rows, row)
	}
	aspect := func(pad string, a *rubric.Aspect) {
		row := []string{pad + a.ID + " " + l.Name(a.Name, a.NameEN), l.Fixed(a.Weight)}
		if several {
			row = append(row, "")
		}
		rows = append(rows, row)
		for _, in := range a.Indicators {
			ind(pad+"  ", in)
		}
	}
	if r.HasDomains() {
		for _, d := range r.Domains {
			row := []string{d.ID + " " + l.Name(d.Name, d.NameEN), l.Fixed(d.Weight)}
			if several {
				row = append(row, "")
			}
			rows = append(rows, row)
			for _, a := range d.Aspects {
				aspect("  ", a)
			}
		}
	} else {
		for _, a := range r.Aspects {
			aspect("", a)
		}
	}
	align := "lr"
	if several {
		align = "lrl"
	}
	writeAlignedColumns(ew, rows, align)
	if n := rubricdoc.Notice(l, r); n != "" {
		ew.Printf("\n%s\n", n)
	}
	return ew.Err
}

// RubricList writes the built-in rubrics as a table: id, version, status,
// number of indicators and title.
func RubricList(w io.Writer, rs []*rubric.Rubric, l lang.Lang) error {
	ew := errw.New(w)
	rows := [][]string{{"ID", strings.ToUpper(l.T("version")[:1]) + l.T("version")[1:], l.T("status"), l.T("indicators"), l.T("rubrictool.title")}}
	for _, r := range rs {
		id := r.ID
		if r.ID == rubric.Default {
			id += " (" + l.T("rubrictool.default") + ")"
		}
		rows = append(rows, []string{id, r.Version, l.Status(r.Status), strconv.Itoa(len(r.Indicators)), l.Title(r)})
	}
	writeAlignedColumns(ew, rows, "lllrl")
	return ew.Err
}

// ValidLine is what `spbe rubric validate` says of a valid rubric file.
func ValidLine(file string, r *rubric.Rubric, l lang.Lang) string {
	s := fmt.Sprintf(l.T("rubrictool.valid"), file, r.ID, r.Version, l.Status(r.Status), len(r.Indicators))
	if n := rubricdoc.Notice(l, r); n != "" {
		s += "\n" + n
	}
	return s
}

// DiffText writes the changes from rubric a to rubric b, one per line.
func DiffText(w io.Writer, a, b *rubric.Rubric, changes []rubricdoc.Change, l lang.Lang) error {
	ew := errw.New(w)
	ew.Printf(l.T("rubricdiff.head")+"\n\n", a.File, b.File)
	if len(changes) == 0 {
		ew.Printf("%s\n", l.T("rubricdiff.none"))
		return ew.Err
	}
	for _, c := range changes {
		ew.Printf("%s\n", rubricdoc.ChangeLine(l, c))
	}
	ew.Printf("\n"+l.T("rubricdiff.count")+"\n", len(changes))
	return ew.Err
}
