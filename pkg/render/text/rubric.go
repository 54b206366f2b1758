package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/rubric"
)

func init() {
	addMessages(map[string][2]string{
		"rubrictool.head":              {"%s: rubrik %s versi %s (%s)", "%s: rubric %s version %s (%s)"},
		"rubrictool.count":             {"%d indikator", "%d indicators"},
		"rubrictool.target":            {"tingkat target %d", "target level %d"},
		"rubrictool.rounding":          {"dicetak %d desimal (%s), predikat dari %s", "printed to %d decimals (%s), predicate from the %s"},
		"rubrictool.scales":            {"Skala", "Scales"},
		"rubrictool.bands":             {"Predikat", "Predicates"},
		"rubrictool.tree":              {"Bobot", "Weights"},
		"rubrictool.default":           {"bawaan", "default"},
		"rubrictool.title":             {"Judul", "Title"},
		"rubrictool.valid":             {"%s: sah: rubrik %s versi %s (%s), %d indikator", "%s: valid: rubric %s version %s (%s), %d indicators"},
		"rubricdiff.head":              {"Perubahan rubrik: %s → %s", "Rubric changes: %s → %s"},
		"rubricdiff.none":              {"Tidak ada perubahan.", "No changes."},
		"rubricdiff.count":             {"%d perubahan.", "%d changes."},
		"rubricdiff.item":              {"Butir", "Item"},
		"rubricdiff.change":            {"Perubahan", "Change"},
		"rubricdiff.old":               {"Lama", "Old"},
		"rubricdiff.new":               {"Baru", "New"},
		"rubricdiff.changed":           {"%s diubah", "%s changed"},
		"rubricdiff.kind.rubric":       {"rubrik", "rubric"},
		"rubricdiff.kind.rounding":     {"pembulatan", "rounding"},
		"rubricdiff.kind.scale":        {"skala", "scale"},
		"rubricdiff.kind.level":        {"tingkat", "level"},
		"rubricdiff.kind.predicate":    {"predikat", "predicate"},
		"rubricdiff.kind.domain":       {"domain", "domain"},
		"rubricdiff.kind.aspect":       {"aspek", "aspect"},
		"rubricdiff.kind.indicator":    {"indikator", "indicator"},
		"rubricdiff.field.added":       {"ditambahkan", "added"},
		"rubricdiff.field.removed":     {"dihapus", "removed"},
		"rubricdiff.field.id":          {"nomor", "id"},
		"rubricdiff.field.name":        {"nama", "name"},
		"rubricdiff.field.weight":      {"bobot", "weight"},
		"rubricdiff.field.aspect":      {"aspek", "aspect"},
		"rubricdiff.field.domain":      {"domain", "domain"},
		"rubricdiff.field.scale":       {"skala", "scale"},
		"rubricdiff.field.from":        {"batas bawah", "from"},
		"rubricdiff.field.to":          {"batas atas", "to"},
		"rubricdiff.field.label":       {"label", "label"},
		"rubricdiff.field.title":       {"judul", "title"},
		"rubricdiff.field.version":     {"versi", "version"},
		"rubricdiff.field.status":      {"status", "status"},
		"rubricdiff.field.source":      {"sumber", "source"},
		"rubricdiff.field.note":        {"catatan", "note"},
		"rubricdiff.field.question":    {"pertanyaan", "question"},
		"rubricdiff.field.criteria":    {"kriteria", "criteria"},
		"rubricdiff.field.aliases":     {"alias", "aliases"},
		"rubricdiff.field.order":       {"urutan", "order"},
		"rubricdiff.field.decimals":    {"desimal", "decimals"},
		"rubricdiff.field.color":       {"warna", "colour"},
		"rubricdiff.field.target":      {"tingkat target", "target level"},
		"rubricdiff.field.basis":       {"dasar predikat", "predicate basis"},
		"rubricdiff.field.mode":        {"cara pembulatan", "rounding mode"},
		"rubricdiff.field.translation": {"%s (Inggris)", "%s (English)"},
	})
}

// notice is the provisional notice of a rubric, or "".
func rubricNotice(l Lang, r *rubric.Rubric) string {
	if !r.Provisional() {
		return ""
	}
	return fmt.Sprintf(l.T("provisional"), r.ID, l.Status(r.Status))
}

func rubricSummary(l Lang, r *rubric.Rubric) string {
	parts := []string{fmt.Sprintf(l.T("rubrictool.count"), len(r.Indicators))}
	if r.TargetLevel != 0 {
		parts = append(parts, fmt.Sprintf(l.T("rubrictool.target"), r.TargetLevel))
	}
	basis := l.T("basis.exact")
	if r.Rounding.PredicateBasis == "rounded" {
		basis = l.T("basis.rounded")
	}
	parts = append(parts, fmt.Sprintf(l.T("rubrictool.rounding"), r.Rounding.Decimals, r.Rounding.Mode, basis))
	return strings.Join(parts, "; ")
}

func rubricBandRange(l Lang, r *rubric.Rubric, i int) string {
	b := r.Bands[i]
	if i == len(r.Bands)-1 {
		return l.Fixed(b.From) + " – " + l.Fixed(b.To)
	}
	return l.Fixed(b.From) + " – < " + l.Fixed(b.To)
}

// RubricText writes a rubric for the terminal: what it is, its scales and
// predicate bands, and the tree of domains, aspects and indicators with
// their weights.
func RubricText(w io.Writer, r *rubric.Rubric, l Lang) error {
	ew := &errWriter{w: w}
	ew.printf(l.T("rubrictool.head")+"\n", l.Title(r), r.ID, r.Version, l.Status(r.Status))
	if r.Source != "" {
		ew.printf("%s: %s\n", l.T("source"), r.Source)
	}
	ew.printf("%s\n", rubricSummary(l, r))

	ew.printf("\n%s\n", l.T("rubrictool.scales"))
	for _, s := range r.Scales {
		var lv []string
		for _, x := range s.Levels {
			lv = append(lv, fmt.Sprintf("%d %s", x.Value, l.Name(x.Label, x.LabelEN)))
		}
		ew.printf("  %s (%s): %s\n", s.ID, l.Name(s.Name, s.NameEN), strings.Join(lv, ", "))
	}
	ew.printf("\n%s\n", l.T("rubrictool.bands"))
	rows := [][]string{}
	for i, b := range r.Bands {
		rows = append(rows, []string{"  " + l.Band(b), rubricBandRange(l, r, i)})
	}
	writeAlignedColumns(ew, rows, "ll")

	ew.printf("\n%s\n", l.T("rubrictool.tree"))
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
	if n := rubricNotice(l, r); n != "" {
		ew.printf("\n%s\n", n)
	}
	return ew.err
}

// RubricMarkdown writes a rubric as Markdown tables, for a wiki or a pull
// request.
func RubricMarkdown(w io.Writer, r *rubric.Rubric, l Lang) error {
	ew := &errWriter{w: w}
	ew.printf("# %s (%s %s %s)\n\n", mdEscape(l.Title(r)), mdEscape(r.ID), l.T("version"), mdEscape(r.Version))
	if n := rubricNotice(l, r); n != "" {
		ew.printf("> %s\n\n", mdEscape(n))
	}
	ew.printf("| | |\n|---|---|\n")
	ew.printf("| %s | %s |\n", l.T("status"), l.Status(r.Status))
	if r.Source != "" {
		ew.printf("| %s | %s |\n", l.T("source"), mdEscape(r.Source))
	}
	ew.printf("| %s | %s |\n", l.T("summary"), mdEscape(rubricSummary(l, r)))

	ew.printf("\n## %s\n\n| %s | %s | %s |\n|---|---|---|\n", l.T("rubrictool.scales"), l.T("id"), l.T("name"), l.T("level"))
	for _, s := range r.Scales {
		var lv []string
		for _, x := range s.Levels {
			lv = append(lv, fmt.Sprintf("%d %s", x.Value, l.Name(x.Label, x.LabelEN)))
		}
		ew.printf("| %s | %s | %s |\n", mdEscape(s.ID), mdEscape(l.Name(s.Name, s.NameEN)), mdEscape(strings.Join(lv, ", ")))
	}
	ew.printf("\n## %s\n\n| %s | %s |\n|---|---|\n", l.T("rubrictool.bands"), l.T("predicate"), l.T("index"))
	for i, b := range r.Bands {
		ew.printf("| %s | %s |\n", mdEscape(l.Band(b)), mdEscape(rubricBandRange(l, r, i)))
	}
	ew.printf("\n## %s\n\n", l.T("rubrictool.tree"))
	if r.HasDomains() {
		ew.printf("| %s | %s | %s | %s | %s |\n|---|---|---|---|---:|\n", l.T("domain"), l.T("aspect"), l.T("indicator"), l.T("name"), l.T("weight"))
	} else {
		ew.printf("| %s | %s | %s | %s |\n|---|---|---|---:|\n", l.T("aspect"), l.T("indicator"), l.T("name"), l.T("weight"))
	}
	row := func(d, a, i, name string, wt *big.Rat, bold bool) {
		name = mdEscape(name)
		ws := l.Fixed(wt)
		if bold {
			name, ws = "**"+name+"**", "**"+ws+"**"
		}
		if r.HasDomains() {
			ew.printf("| %s | %s | %s | %s | %s |\n", mdEscape(d), mdEscape(a), mdEscape(i), name, ws)
		} else {
			ew.printf("| %s | %s | %s | %s |\n", mdEscape(a), mdEscape(i), name, ws)
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
	return ew.err
}

// JSONRubricTree is the machine-readable form of a rubric: what `spbe
// rubric show --format json` prints. Weights and bounds are exact decimals.
type JSONRubricTree struct {
	ID          string           `json:"id"`
	Title       string           `json:"title"`
	TitleEN     string           `json:"title_en,omitempty"`
	Version     string           `json:"version"`
	Status      string           `json:"status"`
	Source      string           `json:"source,omitempty"`
	Note        string           `json:"note,omitempty"`
	File        string           `json:"file"`
	SHA256      string           `json:"sha256"`
	TargetLevel int              `json:"target_level,omitempty"`
	Indicators  int              `json:"indicator_count"`
	Rounding    JSONRounding     `json:"rounding"`
	Scales      []JSONScale      `json:"scales"`
	Predicates  []JSONTreeBand   `json:"predicates"`
	Domains     []JSONTreeDomain `json:"domains"`
	Aspects     []JSONTreeAspect `json:"aspects,omitempty"`
	Warnings    []string         `json:"warnings"`
}

// JSONScale is a level scale.
type JSONScale struct {
	ID     string      `json:"id"`
	Name   string      `json:"name"`
	Levels []JSONLevel `json:"levels"`
}

// JSONRounding is a rubric's rounding policy.
type JSONRounding struct {
	Decimals       int    `json:"decimals"`
	Mode           string `json:"mode"`
	PredicateBasis string `json:"predicate_basis"`
}

// JSONLevel is one level of a scale.
type JSONLevel struct {
	Value   int    `json:"value"`
	Label   string `json:"label"`
	LabelEN string `json:"label_en,omitempty"`
}

// JSONTreeBand is a predicate band of a rubric tree.
type JSONTreeBand struct {
	Name string      `json:"name"`
	From json.Number `json:"from"`
	To   json.Number `json:"to"`
}

// JSONTreeDomain is a domain with its aspects.
type JSONTreeDomain struct {
	ID      string           `json:"id"`
	Name    string           `json:"name"`
	Weight  json.Number      `json:"weight"`
	Aspects []JSONTreeAspect `json:"aspects"`
}

// JSONTreeAspect is an aspect with its indicators.
type JSONTreeAspect struct {
	ID         string              `json:"id"`
	Name       string              `json:"name"`
	Weight     json.Number         `json:"weight"`
	Indicators []JSONTreeIndicator `json:"indicators"`
}

// JSONTreeIndicator is an indicator.
type JSONTreeIndicator struct {
	ID     string      `json:"id"`
	Name   string      `json:"name"`
	Weight json.Number `json:"weight"`
	Scale  string      `json:"scale"`
}

func jsonExactWeight(x *big.Rat) json.Number { return json.Number(rubric.Decimal(x)) }

// JSONRubricOf converts a rubric to its JSON form.
func JSONRubricOf(r *rubric.Rubric, l Lang) JSONRubricTree {
	out := JSONRubricTree{ID: r.ID, Title: r.Title, TitleEN: r.TitleEN, Version: r.Version, Status: r.Status,
		Source: r.Source, Note: r.Note, File: r.File, SHA256: r.Hash, TargetLevel: r.TargetLevel,
		Indicators: len(r.Indicators), Rounding: JSONRounding(r.Rounding), Domains: []JSONTreeDomain{}, Warnings: []string{}}
	if n := rubricNotice(l, r); n != "" {
		out.Warnings = append(out.Warnings, n)
	}
	for _, s := range r.Scales {
		js := JSONScale{ID: s.ID, Name: s.Name}
		for _, x := range s.Levels {
			js.Levels = append(js.Levels, JSONLevel(x))
		}
		out.Scales = append(out.Scales, js)
	}
	for _, b := range r.Bands {
		out.Predicates = append(out.Predicates, JSONTreeBand{Name: b.Name, From: jsonExactWeight(b.From), To: jsonExactWeight(b.To)})
	}
	aspect := func(a *rubric.Aspect) JSONTreeAspect {
		ja := JSONTreeAspect{ID: a.ID, Name: a.Name, Weight: jsonExactWeight(a.Weight)}
		for _, in := range a.Indicators {
			ja.Indicators = append(ja.Indicators, JSONTreeIndicator{ID: in.ID, Name: in.Name, Weight: jsonExactWeight(in.Weight), Scale: in.Scale.ID})
		}
		return ja
	}
	if r.HasDomains() {
		for _, d := range r.Domains {
			jd := JSONTreeDomain{ID: d.ID, Name: d.Name, Weight: jsonExactWeight(d.Weight)}
			for _, a := range d.Aspects {
				jd.Aspects = append(jd.Aspects, aspect(a))
			}
			out.Domains = append(out.Domains, jd)
		}
	} else {
		for _, a := range r.Aspects {
			out.Aspects = append(out.Aspects, aspect(a))
		}
	}
	return out
}

// RubricJSON writes a rubric as indented JSON.
func RubricJSON(w io.Writer, r *rubric.Rubric, l Lang) error {
	return writeIndentedJSON(w, JSONRubricOf(r, l))
}

func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// JSONRubricEntry is one rubric of `spbe rubric list --format json`.
type JSONRubricEntry struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Version    string `json:"version"`
	Status     string `json:"status"`
	Indicators int    `json:"indicator_count"`
	Default    bool   `json:"default"`
}

// RubricList writes the built-in rubrics as a table: id, version, status,
// number of indicators and title.
func RubricList(w io.Writer, rs []*rubric.Rubric, l Lang) error {
	ew := &errWriter{w: w}
	rows := [][]string{{"ID", strings.ToUpper(l.T("version")[:1]) + l.T("version")[1:], l.T("status"), l.T("indicators"), l.T("rubrictool.title")}}
	for _, r := range rs {
		id := r.ID
		if r.ID == rubric.Default {
			id += " (" + l.T("rubrictool.default") + ")"
		}
		rows = append(rows, []string{id, r.Version, l.Status(r.Status), strconv.Itoa(len(r.Indicators)), l.Title(r)})
	}
	writeAlignedColumns(ew, rows, "lllrl")
	return ew.err
}

// RubricListJSON writes the built-in rubrics as JSON.
func RubricListJSON(w io.Writer, rs []*rubric.Rubric) error {
	out := []JSONRubricEntry{}
	for _, r := range rs {
		out = append(out, JSONRubricEntry{ID: r.ID, Title: r.Title, Version: r.Version, Status: r.Status,
			Indicators: len(r.Indicators), Default: r.ID == rubric.Default})
	}
	return writeIndentedJSON(w, out)
}

// ValidLine is what `spbe rubric validate` says of a valid rubric file.
func ValidLine(file string, r *rubric.Rubric, l Lang) string {
	s := fmt.Sprintf(l.T("rubrictool.valid"), file, r.ID, r.Version, l.Status(r.Status), len(r.Indicators))
	if n := rubricNotice(l, r); n != "" {
		s += "\n" + n
	}
	return s
}

// item names the item a change is about: "indikator 12 Name".
func changeItem(l Lang, c rubric.Change) string {
	s := l.T("rubricdiff.kind." + c.Kind)
	if c.ID != "" {
		s += " " + c.ID
	}
	return s
}

// field names what changed, in the language.
func changeField(l Lang, f string) string {
	keys := map[string]string{"target_level": "rubricdiff.field.target", "predicate_basis": "rubricdiff.field.basis"}
	if k, ok := keys[f]; ok {
		return l.T(k)
	}
	if base, ok := strings.CutSuffix(f, "_en"); ok {
		return fmt.Sprintf(l.T("rubricdiff.field.translation"), changeField(l, base))
	}
	if base, n, ok := strings.Cut(f, " "); ok {
		return changeField(l, base) + " " + n
	}
	if _, ok := messages["rubricdiff.field."+f]; ok {
		return l.T("rubricdiff.field." + f)
	}
	return f
}

func changeValue(l Lang, c rubric.Change, v string) string {
	if c.Numeric {
		v = strings.ReplaceAll(v, ".", l.Sep())
	}
	return v
}

// changeLine writes a change as one line of text: ITEM (NAME): FIELD OLD → NEW.
func changeLine(l Lang, c rubric.Change) string {
	head := changeItem(l, c)
	if c.Name != "" && c.Kind != "level" {
		head += " (" + c.Name + ")"
	}
	switch {
	case c.Field == "added":
		return fmt.Sprintf("%s: %s (%s)", head, changeField(l, c.Field), changeValue(l, c, c.New))
	case c.Field == "removed":
		return fmt.Sprintf("%s: %s (%s)", head, changeField(l, c.Field), changeValue(l, c, c.Old))
	case c.Long:
		return head + ": " + fmt.Sprintf(l.T("rubricdiff.changed"), changeFieldOf(l, c))
	}
	return fmt.Sprintf("%s: %s %s → %s", head, changeFieldOf(l, c), dashIfEmpty(changeValue(l, c, c.Old)), dashIfEmpty(changeValue(l, c, c.New)))
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// DiffText writes the changes from rubric a to rubric b, one per line.
func DiffText(w io.Writer, a, b *rubric.Rubric, changes []rubric.Change, l Lang) error {
	ew := &errWriter{w: w}
	ew.printf(l.T("rubricdiff.head")+"\n\n", a.File, b.File)
	if len(changes) == 0 {
		ew.printf("%s\n", l.T("rubricdiff.none"))
		return ew.err
	}
	for _, c := range changes {
		ew.printf("%s\n", changeLine(l, c))
	}
	ew.printf("\n"+l.T("rubricdiff.count")+"\n", len(changes))
	return ew.err
}

// DiffMarkdown writes the changes as a Markdown table, for a pull request.
func DiffMarkdown(w io.Writer, a, b *rubric.Rubric, changes []rubric.Change, l Lang) error {
	ew := &errWriter{w: w}
	ew.printf("### "+l.T("rubricdiff.head")+"\n\n", "`"+a.File+"`", "`"+b.File+"`")
	if len(changes) == 0 {
		ew.printf("%s\n", l.T("rubricdiff.none"))
		return ew.err
	}
	ew.printf("| %s | %s | %s | %s | %s |\n|---|---|---|---:|---:|\n", l.T("rubricdiff.item"), l.T("name"), l.T("rubricdiff.change"), l.T("rubricdiff.old"), l.T("rubricdiff.new"))
	for _, c := range changes {
		old, new := changeValue(l, c, c.Old), changeValue(l, c, c.New)
		field := changeFieldOf(l, c)
		if c.Long {
			old, new, field = "", "", fmt.Sprintf(l.T("rubricdiff.changed"), field)
		}
		ew.printf("| %s | %s | %s | %s | %s |\n", mdEscape(changeItem(l, c)), mdEscape(c.Name), mdEscape(field), mdEscape(old), mdEscape(new))
	}
	ew.printf("\n"+l.T("rubricdiff.count")+"\n", len(changes))
	return ew.err
}

// JSONRubricDiff is the machine-readable form of a rubric diff.
type JSONRubricDiff struct {
	Old     JSONRubric      `json:"old"`
	New     JSONRubric      `json:"new"`
	Changes []rubric.Change `json:"changes"`
}

// DiffJSON writes the changes as JSON.
func DiffJSON(w io.Writer, a, b *rubric.Rubric, changes []rubric.Change) error {
	if changes == nil {
		changes = []rubric.Change{}
	}
	return writeIndentedJSON(w, JSONRubricDiff{Old: jsonRubric(a), New: jsonRubric(b), Changes: changes})
}

// changeFieldOf names what a change changed; a rubric's id is its id,
// where an indicator's is its number.
func changeFieldOf(l Lang, c rubric.Change) string {
	if c.Kind == "rubric" && c.Field == "id" {
		return "id"
	}
	return changeField(l, c.Field)
}
