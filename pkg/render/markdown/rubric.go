package markdown

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"
	"math/big"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc/rubricdoc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// RubricMarkdown writes a rubric as Markdown tables, for a wiki or a pull
// request.
func RubricMarkdown(w io.Writer, r *rubric.Rubric, l lang.Lang) error {
	ew := errw.New(w)
	ew.Printf("# %s (%s %s %s)\n\n", mdEscape(l.Title(r)), mdEscape(r.ID), l.T("version"), mdEscape(r.Version))
	if n := rubricdoc.Notice(l, r); n != "" {
		ew.Printf("> %s\n\n", mdEscape(n))
	}
	ew.Printf("| | |\n|---|---|\n")
	ew.Printf("| %s | %s |\n", l.T("status"), l.Status(r.Status))
	if r.Source != "" {
		ew.Printf("| %s | %s |\n", l.T("source"), mdEscape(r.Source))
	}
	ew.Printf("| %s | %s |\n", l.T("summary"), mdEscape(rubricdoc.Summary(l, r)))

	ew.Printf("\n## %s\n\n| %s | %s | %s |\n|---|---|---|\n", l.T("rubrictool.scales"), l.T("id"), l.T("name"), l.T("level"))
	for _, s := range r.Scales {
		var lv []string
		for _, x := range s.Levels {
			lv = append(lv, fmt.Sprintf("%d %s", x.Value, l.Name(x.Label, x.LabelEN)))
		}
		ew.Printf("| %s | %s | %s |\n", mdEscape(s.ID), mdEscape(l.Name(s.Name, s.NameEN)), mdEscape(strings.Join(lv, ", ")))
	}
	ew.Printf("\n## %s\n\n| %s | %s |\n|---|---|\n", l.T("rubrictool.bands"), l.T("predicate"), l.T("index"))
	for i, b := range r.Bands {
		ew.Printf("| %s | %s |\n", mdEscape(l.Band(b)), mdEscape(rubricdoc.BandRange(l, r, i)))
	}
	ew.Printf("\n## %s\n\n", l.T("rubrictool.tree"))
	if r.HasDomains() {
		ew.Printf("| %s | %s | %s | %s | %s |\n|---|---|---|---|---:|\n", l.T("domain"), l.T("aspect"), l.T("indicator"), l.T("name"), l.T("weight"))
	} else {
		ew.Printf("| %s | %s | %s | %s |\n|---|---|---|---:|\n", l.T("aspect"), l.T("indicator"), l.T("name"), l.T("weight"))
	}
	row := func(d, a, i, name string, wt *big.Rat, bold bool) {
		name = mdEscape(name)
		ws := l.Fixed(wt)
		if bold {
			name, ws = "**"+name+"**", "**"+ws+"**"
		}
		if r.HasDomains() {
			ew.Printf("| %s | %s | %s | %s | %s |\n", mdEscape(d), mdEscape(a), mdEscape(i), name, ws)
		} else {
			ew.Printf("| %s | %s | %s | %s |\n", mdEscape(a), mdEscape(i), name, ws)
		}
	}
	for _, a := range r.Aspects {
		dID := ""
		if d := a.Domain; d != nil && d.Aspects[0] == a {
			row(d.ID, "", "", l.Name(d.Name, d.NameEN), d.Weight, true)
		}
		if a.Domain != nil {
			dID = a.Domain.ID
		}
		row(dID, a.ID, "", l.Name(a.Name, a.NameEN), a.Weight, true)
		for _, in := range a.Indicators {
			row(dID, a.ID, in.ID, l.Name(in.Name, in.NameEN), in.Weight, false)
		}
	}
	return ew.Err
}

// DiffMarkdown writes the changes as a Markdown table, for a pull request.
func DiffMarkdown(w io.Writer, a, b *rubric.Rubric, changes []rubricdoc.Change, l lang.Lang) error {
	ew := errw.New(w)
	ew.Printf("### "+l.T("rubricdiff.head")+"\n\n", "`"+a.File+"`", "`"+b.File+"`")
	if len(changes) == 0 {
		ew.Printf("%s\n", l.T("rubricdiff.none"))
		return ew.Err
	}
	ew.Printf("| %s | %s | %s | %s | %s |\n|---|---|---|---:|---:|\n", l.T("rubricdiff.item"), l.T("name"), l.T("rubricdiff.change"), l.T("rubricdiff.old"), l.T("rubricdiff.new"))
	for _, c := range changes {
		old, new := rubricdoc.ChangeValue(l, c, c.Old), rubricdoc.ChangeValue(l, c, c.New)
		field := rubricdoc.ChangeFieldOf(l, c)
		if c.Long {
			old, new, field = "", "", fmt.Sprintf(l.T("rubricdiff.changed"), field)
		}
		ew.Printf("| %s | %s | %s | %s | %s |\n", mdEscape(rubricdoc.ChangeItem(l, c)), mdEscape(c.Name), mdEscape(field), mdEscape(old), mdEscape(new))
	}
	ew.Printf("\n"+l.T("rubricdiff.count")+"\n", len(changes))
	return ew.Err
}
