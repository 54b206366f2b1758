package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"

	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/rubric"
)

func init() {
	addMessages(map[string][2]string{
		"compare.title":       {"Perbandingan %s", "%s comparison"},
		"compare.old":         {"Lama", "Old"},
		"compare.new":         {"Baru", "New"},
		"compare.change":      {"Perubahan", "Change"},
		"compare.index":       {"Indeks %s → %s: %s.", "Index %s → %s: %s."},
		"compare.index.exact": {"Indeks %s → %s: %s (selisih nilai tepat %s − %s = %s).", "Index %s → %s: %s (the exact values differ by %s − %s = %s)."},
		"compare.band.up":     {"Predikat naik dari %s ke %s.", "The predicate rises from %s to %s."},
		"compare.band.down":   {"Predikat turun dari %s ke %s.", "The predicate falls from %s to %s."},
		"compare.band.same":   {"Predikat tetap %s.", "The predicate stays %s."},
		"compare.domains":     {"Domain, perubahan terbesar dulu", "Domains, largest change first"},
		"compare.aspects":     {"Aspek, perubahan terbesar dulu", "Aspects, largest change first"},
		"compare.indicators":  {"Indikator yang berubah: %d dari %d (%d tetap), pengaruh terbesar dulu", "Indicators that changed: %d of %d (%d unchanged), largest effect first"},
		"compare.none":        {"Tidak ada indikator yang berubah.", "No indicator changed."},
		"compare.effect":      {"Pengaruh ke indeks", "Effect on the index"},
	})
}

// CompareDoc is what spbe compare shows.
type CompareDoc struct {
	Comparison  *insight.Comparison
	Old, New    Subject
	Lang        Lang
	ToolVersion string
}

// RenderCompare writes doc in format (see InsightFormat).
func RenderCompare(w io.Writer, format string, doc *CompareDoc) error {
	switch format {
	case "json":
		return writeJSON(w, CompareJSONOf(doc))
	case "markdown":
		return compareMarkdown(w, doc)
	}
	return compareText(w, doc)
}

// ReadJSONResult reads what spbe score --format json wrote. It checks the
// schema version and that the result has indicators; the caller checks
// the rubric and the levels.
func ReadJSONResult(data []byte) (*JSONResult, error) {
	var j JSONResult
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(&j); err != nil {
		return nil, fmt.Errorf("not a result of spbe score --format json: %v", err)
	}
	if j.SchemaVersion != SchemaVersion {
		return nil, fmt.Errorf("schema_version %d is not supported (this spbe reads version %d)", j.SchemaVersion, SchemaVersion)
	}
	if j.Rubric.ID == "" || len(j.Indicators) == 0 {
		return nil, fmt.Errorf("not a result of spbe score --format json: no rubric id or no indicators")
	}
	return &j, nil
}

// delta prints an index change rounded as the rubric prints indices, with
// its sign: "+0,56", "-0,12", "0,00".
func (l Lang) delta(r *rubric.Rubric, x *big.Rat) string {
	rd := r.Rounding.Round(x)
	s := l.Num(r, new(big.Rat).Abs(x))
	switch rd.Sign() {
	case 1:
		return "+" + s
	case -1:
		return "-" + s
	}
	return s
}

// indexChange is the sentence on the index: the printed values and their
// exact difference, rounded once. When that differs from the difference of
// the printed values (2,90 - 2,34 is 0,56, but 2,8955 - 2,3415 is 0,554),
// the exact values are shown too.
func (l Lang) indexChange(c *insight.Comparison) string {
	r := c.New.Rubric
	d := c.Index.Delta()
	printed := new(big.Rat).Sub(c.New.Rounded(), c.Old.Rounded())
	if r.Rounding.Round(d).Cmp(printed) == 0 {
		return fmt.Sprintf(l.T("compare.index"), l.Num(r, c.Old.Index), l.Num(r, c.New.Index), l.delta(r, d))
	}
	return fmt.Sprintf(l.T("compare.index.exact"), l.Num(r, c.Old.Index), l.Num(r, c.New.Index), l.delta(r, d),
		l.precise(c.New.Index, r.Rounding.Decimals), l.precise(c.Old.Index, r.Rounding.Decimals), l.precise(d, r.Rounding.Decimals))
}

func (l Lang) compareBand(c *insight.Comparison) string {
	ob, nb := c.Old.Band, c.New.Band
	r := c.New.Rubric
	switch oi, ni := bandPos(r, ob), bandPos(r, nb); {
	case ni > oi:
		return fmt.Sprintf(l.T("compare.band.up"), l.Band(ob), l.Band(nb))
	case ni < oi:
		return fmt.Sprintf(l.T("compare.band.down"), l.Band(ob), l.Band(nb))
	}
	return fmt.Sprintf(l.T("compare.band.same"), l.Band(nb))
}

func bandPos(r *rubric.Rubric, b *rubric.Band) int {
	for i, x := range r.Bands {
		if x == b {
			return i
		}
	}
	return -1
}

func subjectFile(l Lang, s Subject) string {
	f := s.File
	if s.Sheet != "" {
		f += " (" + l.T("sheet") + " " + s.Sheet + ")"
	}
	if s.From != "" {
		f += " (" + fmt.Sprintf(l.T("from"), s.From) + ")"
	}
	return f
}

func compareText(w io.Writer, doc *CompareDoc) error {
	l, c := doc.Lang, doc.Comparison
	r := c.New.Rubric
	ew := &errWriter{w: w}
	ew.printf("%s\n\n", fmt.Sprintf(l.T("compare.title"), l.Title(r)))
	t := &textTable{}
	t.add("", l.T("compare.old"), l.T("compare.new"))
	t.add(l.T("file")+":", subjectFile(l, doc.Old), subjectFile(l, doc.New))
	if doc.Old.OPD != "" || doc.New.OPD != "" {
		t.add(l.T("opd")+":", doc.Old.OPD, doc.New.OPD)
	}
	if doc.Old.Year != "" || doc.New.Year != "" {
		t.add(l.T("year")+":", doc.Old.Year, doc.New.Year)
	}
	t.add(l.T("index")+":", fmt.Sprintf("%s (%s)", l.Num(r, c.Old.Index), l.Band(c.Old.Band)), fmt.Sprintf("%s (%s)", l.Num(r, c.New.Index), l.Band(c.New.Band)))
	t.write(ew)
	ew.printf("%s: %s\n\n", l.T("rubric"), l.rubricLine(r))
	ew.printf("%s\n%s\n", l.indexChange(c), l.compareBand(c))
	if len(c.Domains) > 0 {
		ew.printf("\n%s:\n", l.T("compare.domains"))
		changeTable(l, r, c.Domains).write(ew)
	}
	ew.printf("\n%s:\n", l.T("compare.aspects"))
	changeTable(l, r, c.Aspects).write(ew)
	ew.printf("\n%s:\n", fmt.Sprintf(l.T("compare.indicators"), len(c.Indicators), len(r.Indicators), c.Unchanged))
	if len(c.Indicators) == 0 {
		ew.printf("  %s\n", l.T("compare.none"))
	} else {
		t := &textTable{indent: "  ", right: []bool{false, false, true, true, true}}
		t.add(l.T("id"), l.T("indicator"), l.T("compare.old"), l.T("compare.new"), l.T("compare.effect"))
		for _, x := range c.Indicators {
			in := x.Indicator
			t.add(in.ID, l.Name(in.Name, in.NameEN), fmt.Sprint(x.Old), fmt.Sprint(x.New), l.signed(x.Delta, 4))
		}
		t.write(ew)
	}
	writeNotices(ew, compareNotices(doc))
	return ew.err
}

// compareNotices are the notices of both evaluations (a provisional rubric
// once, a rounding that crosses a band for each) and both inputs' warnings.
func compareNotices(doc *CompareDoc) []string {
	var out []string
	seen := map[string]bool{}
	for _, ns := range [][]string{
		notices(doc.Lang, doc.Comparison.Old, doc.Old),
		notices(doc.Lang, doc.Comparison.New, doc.New),
	} {
		for _, n := range ns {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

func changeTable(l Lang, r *rubric.Rubric, xs []insight.Change) *textTable {
	t := &textTable{indent: "  ", right: []bool{false, true, true, true, true}}
	t.add("", l.T("weight"), l.T("compare.old"), l.T("compare.new"), l.T("compare.change"))
	for _, x := range xs {
		t.add(x.ID+" "+l.Name(x.Name, x.NameEN), l.Fixed(x.Weight), l.Num(r, x.Old), l.Num(r, x.New), l.delta(r, x.Delta()))
	}
	return t
}

func compareMarkdown(w io.Writer, doc *CompareDoc) error {
	l, c := doc.Lang, doc.Comparison
	r := c.New.Rubric
	ew := &errWriter{w: w}
	ew.printf("# %s\n\n", mdEscape(fmt.Sprintf(l.T("compare.title"), l.Title(r))))
	ew.printf("| | %s | %s |\n|---|---|---|\n", l.T("compare.old"), l.T("compare.new"))
	ew.printf("| %s | %s | %s |\n", l.T("file"), mdEscape(subjectFile(l, doc.Old)), mdEscape(subjectFile(l, doc.New)))
	if doc.Old.OPD != "" || doc.New.OPD != "" {
		ew.printf("| %s | %s | %s |\n", l.T("opd"), mdEscape(doc.Old.OPD), mdEscape(doc.New.OPD))
	}
	if doc.Old.Year != "" || doc.New.Year != "" {
		ew.printf("| %s | %s | %s |\n", l.T("year"), mdEscape(doc.Old.Year), mdEscape(doc.New.Year))
	}
	ew.printf("| %s | %s (%s) | %s (%s) |\n", l.T("index"), l.Num(r, c.Old.Index), l.Band(c.Old.Band), l.Num(r, c.New.Index), l.Band(c.New.Band))
	ew.printf("| %s | %s | |\n\n", l.T("rubric"), mdEscape(l.rubricLine(r)))
	ew.printf("**%s** %s\n", l.indexChange(c), l.compareBand(c))
	if len(c.Domains) > 0 {
		ew.printf("\n## %s\n\n", l.T("compare.domains"))
		changeMarkdown(ew, l, r, c.Domains)
	}
	ew.printf("\n## %s\n\n", l.T("compare.aspects"))
	changeMarkdown(ew, l, r, c.Aspects)
	ew.printf("\n## %s\n\n", fmt.Sprintf(l.T("compare.indicators"), len(c.Indicators), len(r.Indicators), c.Unchanged))
	if len(c.Indicators) == 0 {
		ew.printf("%s\n", l.T("compare.none"))
	} else {
		ew.printf("| %s | %s | %s | %s | %s |\n|---|---|---:|---:|---:|\n", l.T("id"), l.T("indicator"), l.T("compare.old"), l.T("compare.new"), l.T("compare.effect"))
		for _, x := range c.Indicators {
			in := x.Indicator
			ew.printf("| %s | %s | %d | %d | %s |\n", mdEscape(in.ID), mdEscape(l.Name(in.Name, in.NameEN)), x.Old, x.New, l.signed(x.Delta, 4))
		}
	}
	noticesMarkdown(ew, compareNotices(doc))
	return ew.err
}

func changeMarkdown(ew *errWriter, l Lang, r *rubric.Rubric, xs []insight.Change) {
	ew.printf("| %s | %s | %s | %s | %s | %s |\n|---|---|---:|---:|---:|---:|\n", l.T("id"), l.T("name"), l.T("weight"), l.T("compare.old"), l.T("compare.new"), l.T("compare.change"))
	for _, x := range xs {
		ew.printf("| %s | %s | %s | %s | %s | %s |\n", mdEscape(x.ID), mdEscape(l.Name(x.Name, x.NameEN)), l.Fixed(x.Weight), l.Num(r, x.Old), l.Num(r, x.New), l.delta(r, x.Delta()))
	}
}

// JSONComparison is spbe compare --format json.
type JSONComparison struct {
	Tool       string            `json:"tool"`
	Rubric     JSONRubric        `json:"rubric"`
	Old        JSONSide          `json:"old"`
	New        JSONSide          `json:"new"`
	Index      JSONChange        `json:"index"`
	Predicate  string            `json:"predicate_change"`
	Domains    []JSONChange      `json:"domains"`
	Aspects    []JSONChange      `json:"aspects"`
	Indicators []JSONLevelChange `json:"indicators"`
	Unchanged  int               `json:"unchanged"`
	Warnings   []string          `json:"warnings"`
}

// JSONSide is one of the two evaluations.
type JSONSide struct {
	File string `json:"file"`
	// From is the answer sheet a JSON result was computed from.
	From  string `json:"from,omitempty"`
	Sheet string `json:"sheet,omitempty"`
	OPD   string `json:"opd,omitempty"`
	Year  string `json:"year,omitempty"`
	JSONOutcome
}

// JSONChange is how one index moved.
type JSONChange struct {
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Old        json.Number `json:"old"`
	New        json.Number `json:"new"`
	Delta      json.Number `json:"delta"`
	OldExact   string      `json:"old_exact"`
	NewExact   string      `json:"new_exact"`
	DeltaExact string      `json:"delta_exact"`
}

// JSONLevelChange is an indicator whose level moved.
type JSONLevelChange struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Aspect     string `json:"aspect"`
	Old        int    `json:"old"`
	New        int    `json:"new"`
	DeltaExact string `json:"index_delta_exact"`
}

func jsonChange(r *rubric.Rubric, x insight.Change) JSONChange {
	d := x.Delta()
	return JSONChange{ID: x.ID, Name: x.Name, Old: num(r, x.Old), New: num(r, x.New), Delta: num(r, d),
		OldExact: rubric.Exact(x.Old), NewExact: rubric.Exact(x.New), DeltaExact: rubric.Exact(d)}
}

// CompareJSONOf converts doc to its JSON form.
func CompareJSONOf(doc *CompareDoc) JSONComparison {
	c := doc.Comparison
	r := c.New.Rubric
	side := func(s Subject, o JSONOutcome) JSONSide {
		return JSONSide{File: s.File, From: s.From, Sheet: s.Sheet, OPD: s.OPD, Year: s.Year, JSONOutcome: o}
	}
	out := JSONComparison{Tool: "spbe " + doc.ToolVersion, Rubric: jsonRubric(r),
		Old:   side(doc.Old, outcome(r, c.Old.Index, c.Old.Band)),
		New:   side(doc.New, outcome(r, c.New.Index, c.New.Band)),
		Index: jsonChange(r, c.Index), Domains: []JSONChange{}, Aspects: []JSONChange{}, Indicators: []JSONLevelChange{},
		Unchanged: c.Unchanged, Warnings: append([]string{}, compareNotices(doc)...)}
	out.Index.ID, out.Index.Name = r.ID, r.Title
	switch oi, ni := bandPos(r, c.Old.Band), bandPos(r, c.New.Band); {
	case ni > oi:
		out.Predicate = "up"
	case ni < oi:
		out.Predicate = "down"
	default:
		out.Predicate = "same"
	}
	for _, x := range c.Domains {
		out.Domains = append(out.Domains, jsonChange(r, x))
	}
	for _, x := range c.Aspects {
		out.Aspects = append(out.Aspects, jsonChange(r, x))
	}
	for _, x := range c.Indicators {
		out.Indicators = append(out.Indicators, JSONLevelChange{ID: x.Indicator.ID, Name: x.Indicator.Name, Aspect: x.Indicator.Aspect.ID, Old: x.Old, New: x.New, DeltaExact: rubric.Exact(x.Delta)})
	}
	return out
}
