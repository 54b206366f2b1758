package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

func init() {
	addMessages(map[string][2]string{
		"explain.title":         {"Penjelasan %s", "How the %s is computed"},
		"explain.aspects":       {"Indeks Aspek = 1/BA x Jumlah (NI x BI)", "Aspect index = 1/BA x Sum (NI x BI)"},
		"explain.domains":       {"Indeks Domain = 1/BD x Jumlah (NA x BA)", "Domain index = 1/BD x Sum (NA x BA)"},
		"explain.index.d":       {"%s = 1/100 x Jumlah (ND x BD)", "%s = 1/100 x Sum (ND x BD)"},
		"explain.index.a":       {"%s = 1/100 x Jumlah (NA x BA)", "%s = 1/100 x Sum (NA x BA)"},
		"explain.sum.i":         {"Jumlah (NI x BI)", "Sum (NI x BI)"},
		"explain.sum.a":         {"Jumlah (NA x BA)", "Sum (NA x BA)"},
		"explain.sum.d":         {"Jumlah (ND x BD)", "Sum (ND x BD)"},
		"explain.aspect.line":   {"Indeks Aspek %s = 1/BA x Jumlah (NI x BI) = 1/%s x %s = %s", "Aspect %s index = 1/BA x Sum (NI x BI) = 1/%s x %s = %s"},
		"explain.domain.line":   {"Indeks Domain %s = 1/BD x Jumlah (NA x BA) = 1/%s x %s = %s", "Domain %s index = 1/BD x Sum (NA x BA) = 1/%s x %s = %s"},
		"explain.index.line.d":  {"%s = 1/100 x Jumlah (ND x BD) = 1/100 x %s = %s", "%s = 1/100 x Sum (ND x BD) = 1/100 x %s = %s"},
		"explain.index.line.a":  {"%s = 1/100 x Jumlah (NA x BA) = 1/100 x %s = %s", "%s = 1/100 x Sum (NA x BA) = 1/100 x %s = %s"},
		"explain.rounding.none": {"Pembulatan: tidak ada; indeks tepat %s sudah %d desimal, dan nilai antara tidak dibulatkan.", "Rounding: none; the exact index %s already has %d decimals, and intermediate values are not rounded."},
		"explain.printed":       {" (dicetak %s)", " (printed %s)"},
		"explain.aspect.head":   {"Aspek %s %s, bobot aspek BA (%%) %s", "Aspect %s %s, aspect weight BA (%%) %s"},
		"explain.domain.head":   {"Domain %s %s, bobot domain BD (%%) %s", "Domain %s %s, domain weight BD (%%) %s"},
		"explain.rounding":      {"Pembulatan: indeks tepat %s dicetak %s (%d desimal, %s); nilai antara tidak dibulatkan.", "Rounding: the exact index %s prints as %s (%d decimals, %s); intermediate values are not rounded."},
		"explain.band":          {"Predikat: %s, karena %s (dibaca dari %s).", "Predicate: %s, because %s (read from the %s)."},
		"explain.ind.head":      {"Indikator %s %s", "Indicator %s %s"},
		"explain.ind.in":        {"Aspek %s %s", "Aspect %s %s"},
		"explain.ind.in.d":      {"Aspek %s %s, Domain %s %s", "Aspect %s %s, Domain %s %s"},
		"explain.contrib":       {"%s (NI x BI / 100)", "%s (NI x BI / 100)"},
		"explain.next":          {"Satu tingkat lagi (%d → %d, %s) menambah:", "One more level (%d → %d, %s) adds:"},
		"explain.top":           {"Tingkat %d adalah tingkat tertinggi skalanya; tidak ada tingkat berikutnya.", "Level %d is the top of its scale; there is no next level."},
		"explain.band.same":     {"Predikat tetap %s.", "The predicate stays %s."},
		"explain.band.up":       {"Predikat naik dari %s ke %s.", "The predicate rises from %s to %s."},
		"explain.before":        {"Sebelum", "Before"},
		"explain.after":         {"Sesudah", "After"},
		"explain.added":         {"Tambahan", "Added"},
		"explain.index.of":      {"Indeks %s %s", "%s %s index"},
		"kind.aspect":           {"Aspek", "Aspect"},
		"kind.domain":           {"Domain", "Domain"},
		"from":                  {"hasil penilaian %s", "the result of %s"},
	})
}

// Subject is the evaluation an explanation, a plan or a comparison is
// about: where it came from, and what was noticed on the way.
type Subject struct {
	// File is the input's name without its folder.
	File      string
	Sheet     string
	OPD, Year string
	// From is the answer sheet a JSON result was computed from.
	From     string
	Warnings []string
}

// InsightFormat checks a --format value of explain, plan and compare and
// returns its canonical name: text, markdown or json.
func InsightFormat(name string) (string, error) {
	switch strings.ToLower(name) {
	case "text", "txt":
		return "text", nil
	case "markdown", "md":
		return "markdown", nil
	case "json":
		return "json", nil
	}
	return "", fmt.Errorf("unknown format %q (text, markdown or json)", name)
}

// ExplainDoc is what spbe explain shows: the whole arithmetic, or one
// indicator's part in it when Indicator is set.
type ExplainDoc struct {
	Explanation *insight.Explanation
	Indicator   *insight.IndicatorExplanation
	Subject     Subject
	Lang        Lang
	ToolVersion string
}

// RenderExplain writes doc in format (see InsightFormat).
func RenderExplain(w io.Writer, format string, doc *ExplainDoc) error {
	switch format {
	case "json":
		return writeJSON(w, ExplainJSONOf(doc))
	case "markdown":
		return explainMarkdown(w, doc)
	}
	return explainText(w, doc)
}

// precise prints x exactly with at least minDec decimals, or to six
// decimals followed by "…" when it has no shorter exact form: explanations
// show the values the engine carries, not rounded ones.
func (l Lang) precise(x *big.Rat, minDec int) string {
	s := ""
	for d := minDec; d <= 6 && s == ""; d++ {
		f := x.FloatString(d)
		if v, ok := new(big.Rat).SetString(f); ok && v.Cmp(x) == 0 {
			s = f
		}
	}
	if s == "" {
		s = x.FloatString(6) + "…"
	}
	return strings.Replace(s, ".", l.Sep(), 1)
}

// indexValue prints an index exactly and, when the printed value differs,
// says what it prints as.
func (l Lang) indexValue(r *rubric.Rubric, x *big.Rat) string {
	s := l.precise(x, r.Rounding.Decimals)
	if r.Rounding.Round(x).Cmp(x) != 0 {
		s += fmt.Sprintf(l.T("explain.printed"), l.Num(r, x))
	}
	return s
}

// bandReason says why value lies in band b: "2,60 ≤ 3,1 < 3,50".
func (l Lang) bandReason(r *rubric.Rubric, b *rubric.Band, value *big.Rat) string {
	if b == nil {
		return "?"
	}
	op := "<"
	if b == r.Bands[len(r.Bands)-1] {
		op = "≤"
	}
	return fmt.Sprintf("%s ≤ %s %s %s", l.precise(b.From, 2), l.precise(value, r.Rounding.Decimals), op, l.precise(b.To, 2))
}

func (l Lang) basisName(r *rubric.Rubric) string {
	if r.Rounding.PredicateBasis == "rounded" {
		return l.T("basis.rounded")
	}
	return l.T("basis.exact")
}

// notices are the lines shown with any output about res: a provisional
// rubric, a rounding that crosses a band, and the subject's warnings.
func notices(l Lang, res *score.Result, s Subject) []string {
	return (&Report{Result: res, Lang: l, Warnings: s.Warnings}).Notices()
}

// textTable writes aligned columns; right marks the columns aligned to the
// right (numbers). A left-aligned last column is not padded.
type textTable struct {
	indent string
	right  []bool
	rows   [][]string
}

func (t *textTable) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *textTable) write(w io.Writer) {
	var widths []int
	for _, row := range t.rows {
		for i, c := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range t.rows {
		var b strings.Builder
		b.WriteString(t.indent)
		for i, c := range row {
			if i > 0 {
				b.WriteString("  ")
			}
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i < len(t.right) && t.right[i] {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c)
				if i < len(row)-1 {
					b.WriteString(pad)
				}
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// subjectTable holds the file, OPD, year and rubric as "label: value"
// rows; callers may add rows before writing it.
func subjectTable(l Lang, r *rubric.Rubric, s Subject) *textTable {
	t := &textTable{}
	if s.OPD != "" {
		t.add(l.T("opd")+":", s.OPD)
	}
	if s.Year != "" {
		t.add(l.T("year")+":", s.Year)
	}
	if s.File != "" {
		t.add(l.T("file")+":", subjectFile(l, s))
	}
	t.add(l.T("rubric")+":", l.rubricLine(r))
	return t
}

// outcome prints an index and its predicate: "2,60 (Baik)", or
// "2,60 (Baik; nilai tepat 2,601)" when the printed index is rounded.
func (l Lang) outcome(r *rubric.Rubric, x *big.Rat, b *rubric.Band) string {
	if r.Rounding.Round(x).Cmp(x) == 0 {
		return fmt.Sprintf("%s (%s)", l.Num(r, x), l.Band(b))
	}
	return fmt.Sprintf("%s (%s; %s %s)", l.Num(r, x), l.Band(b), l.T("exact"), l.precise(x, r.Rounding.Decimals))
}

func explainText(w io.Writer, doc *ExplainDoc) error {
	l, e := doc.Lang, doc.Explanation
	res := e.Result
	r := res.Rubric
	ew := &errWriter{w: w}
	if doc.Indicator != nil {
		return indicatorText(ew, doc)
	}
	ew.printf("%s: %s (%s)\n", fmt.Sprintf(l.T("explain.title"), l.Title(r)), l.Num(r, res.Index), l.Band(res.Band))
	subjectTable(l, r, doc.Subject).write(ew)

	ew.printf("\n%s\n", l.T("explain.aspects"))
	for _, st := range e.Aspects {
		ew.printf("\n%s\n", fmt.Sprintf(l.T("explain.aspect.head"), st.ID, l.Name(st.Name, st.NameEN), l.precise(st.Divisor, 2)))
		t := &textTable{indent: "  ", right: []bool{false, false, true, true, true}}
		t.add(l.T("id"), l.T("indicator"), "NI", "BI (%)", "NI x BI (%)")
		for _, tm := range st.Terms {
			t.add(tm.ID, l.Name(tm.Name, tm.NameEN), fmt.Sprint(tm.Level), l.precise(tm.Weight, 2), l.precise(tm.Product, 2))
		}
		t.add("", l.T("explain.sum.i"), "", "", l.precise(st.Sum, 2))
		t.write(ew)
		ew.printf("  %s\n", fmt.Sprintf(l.T("explain.aspect.line"), st.ID, l.precise(st.Divisor, 0), l.precise(st.Sum, 2), l.indexValue(r, st.Index)))
	}
	if len(e.Domains) > 0 {
		ew.printf("\n%s\n", l.T("explain.domains"))
		for _, st := range e.Domains {
			ew.printf("\n%s\n", fmt.Sprintf(l.T("explain.domain.head"), st.ID, l.Name(st.Name, st.NameEN), l.precise(st.Divisor, 2)))
			groupTable(ew, l, r, st.Terms, l.T("aspect"), "NA", "BA (%)", "NA x BA (%)", l.T("explain.sum.a"), st.Sum)
			ew.printf("  %s\n", fmt.Sprintf(l.T("explain.domain.line"), st.ID, l.precise(st.Divisor, 0), l.precise(st.Sum, 2), l.indexValue(r, st.Index)))
		}
	}
	top := e.Index
	if len(e.Domains) > 0 {
		ew.printf("\n%s\n\n", fmt.Sprintf(l.T("explain.index.d"), l.Title(r)))
		groupTable(ew, l, r, top.Terms, l.T("domain"), "ND", "BD (%)", "ND x BD (%)", l.T("explain.sum.d"), top.Sum)
		ew.printf("  %s\n", fmt.Sprintf(l.T("explain.index.line.d"), l.Title(r), l.precise(top.Sum, 2), l.precise(top.Index, r.Rounding.Decimals)))
	} else {
		ew.printf("\n%s\n\n", fmt.Sprintf(l.T("explain.index.a"), l.Title(r)))
		groupTable(ew, l, r, top.Terms, l.T("aspect"), "NA", "BA (%)", "NA x BA (%)", l.T("explain.sum.a"), top.Sum)
		ew.printf("  %s\n", fmt.Sprintf(l.T("explain.index.line.a"), l.Title(r), l.precise(top.Sum, 2), l.precise(top.Index, r.Rounding.Decimals)))
	}
	ew.printf("\n%s\n", roundingLine(l, r, e))
	ew.printf("%s\n", fmt.Sprintf(l.T("explain.band"), l.Band(res.Band), l.bandReason(r, res.Band, e.Basis), l.basisName(r)))
	writeNotices(ew, notices(l, res, doc.Subject))
	return ew.err
}

func roundingLine(l Lang, r *rubric.Rubric, e *insight.Explanation) string {
	if e.Rounded.Cmp(e.Result.Index) == 0 {
		return fmt.Sprintf(l.T("explain.rounding.none"), l.Num(r, e.Result.Index), r.Rounding.Decimals)
	}
	return fmt.Sprintf(l.T("explain.rounding"), l.precise(e.Result.Index, r.Rounding.Decimals), l.Num(r, e.Result.Index), r.Rounding.Decimals, r.Rounding.Mode)
}

func groupTable(w io.Writer, l Lang, r *rubric.Rubric, terms []insight.Term, kind, v, wt, p, sum string, total *big.Rat) {
	t := &textTable{indent: "  ", right: []bool{false, false, true, true, true}}
	t.add(l.T("id"), kind, v, wt, p)
	for _, tm := range terms {
		t.add(tm.ID, l.Name(tm.Name, tm.NameEN), l.precise(tm.Value, r.Rounding.Decimals), l.precise(tm.Weight, 2), l.precise(tm.Product, 2))
	}
	t.add("", sum, "", "", l.precise(total, 2))
	t.write(w)
}

func writeNotices(ew *errWriter, ns []string) {
	if len(ns) > 0 {
		ew.printf("\n")
		for _, n := range ns {
			ew.printf("%s\n", n)
		}
	}
}

// effectLabel names the index an effect is on: "Indeks Aspek A2".
func (l Lang) effectLabel(r *rubric.Rubric, e insight.Effect) string {
	switch e.Kind {
	case insight.KindAspect:
		return fmt.Sprintf(l.T("explain.index.of"), l.T("kind.aspect"), e.ID)
	case insight.KindDomain:
		return fmt.Sprintf(l.T("explain.index.of"), l.T("kind.domain"), e.ID)
	}
	return l.Title(r)
}

// signed prints a change with its sign, exactly, with at least minDec
// decimals.
func (l Lang) signed(x *big.Rat, minDec int) string {
	s := l.precise(new(big.Rat).Abs(x), minDec)
	switch x.Sign() {
	case 1:
		return "+" + s
	case -1:
		return "-" + s
	}
	return s
}

func indicatorHeader(l Lang, in *rubric.Indicator) (string, string) {
	a := in.Aspect
	head := fmt.Sprintf(l.T("explain.ind.head"), in.ID, l.Name(in.Name, in.NameEN))
	where := fmt.Sprintf(l.T("explain.ind.in"), a.ID, l.Name(a.Name, a.NameEN))
	if d := a.Domain; d != nil {
		where = fmt.Sprintf(l.T("explain.ind.in.d"), a.ID, l.Name(a.Name, a.NameEN), d.ID, l.Name(d.Name, d.NameEN))
	}
	return head, where
}

func bandChange(l Lang, before, after *rubric.Band) string {
	if before == after {
		return fmt.Sprintf(l.T("explain.band.same"), l.Band(before))
	}
	return fmt.Sprintf(l.T("explain.band.up"), l.Band(before), l.Band(after))
}

func indicatorText(ew *errWriter, doc *ExplainDoc) error {
	l, ie := doc.Lang, doc.Indicator
	in, r := ie.Indicator, ie.Result.Rubric
	head, where := indicatorHeader(l, in)
	ew.printf("%s\n%s\n", head, where)
	subjectTable(l, r, doc.Subject).write(ew)
	ew.printf("\n")
	t := &textTable{}
	t.add(l.T("level")+" (NI):", fmt.Sprintf("%d (%s)", ie.Level, l.LevelLabel(in.Scale, ie.Level)))
	t.add(l.T("weight")+" (BI, %):", l.precise(in.Weight, 2))
	t.add("NI x BI (%):", l.precise(ie.Product, 2))
	t.add(l.T("contribution")+":", fmt.Sprintf(l.T("explain.contrib"), l.precise(ie.Contribution, 4)))
	t.write(ew)
	ew.printf("\n")
	if ie.Next == 0 {
		ew.printf("%s\n", fmt.Sprintf(l.T("explain.top"), ie.Level))
	} else {
		ew.printf("%s\n", fmt.Sprintf(l.T("explain.next"), ie.Level, ie.Next, l.LevelLabel(in.Scale, ie.Next)))
		t := &textTable{indent: "  ", right: []bool{false, true, true, true}}
		t.add("", l.T("explain.before"), l.T("explain.after"), l.T("explain.added"))
		for _, e := range ie.Effects {
			t.add(l.effectLabel(r, e), l.precise(e.Before, r.Rounding.Decimals), l.precise(e.After, r.Rounding.Decimals), l.signed(e.Delta(), r.Rounding.Decimals))
		}
		t.write(ew)
		ew.printf("%s\n", bandChange(l, ie.Result.Band, ie.NextResult.Band))
	}
	writeNotices(ew, notices(l, ie.Result, doc.Subject))
	return ew.err
}

func explainMarkdown(w io.Writer, doc *ExplainDoc) error {
	l, e := doc.Lang, doc.Explanation
	res := e.Result
	r := res.Rubric
	ew := &errWriter{w: w}
	if doc.Indicator != nil {
		return indicatorMarkdown(ew, doc)
	}
	ew.printf("# %s: %s (%s)\n\n", fmt.Sprintf(l.T("explain.title"), l.Title(r)), l.Num(r, res.Index), l.Band(res.Band))
	subjectMarkdown(ew, l, r, doc.Subject)
	ew.printf("\n## %s\n", l.T("explain.aspects"))
	for _, st := range e.Aspects {
		ew.printf("\n### %s\n\n", mdEscape(fmt.Sprintf(l.T("explain.aspect.head"), st.ID, l.Name(st.Name, st.NameEN), l.precise(st.Divisor, 2))))
		ew.printf("| %s | %s | NI | BI (%%) | NI x BI (%%) |\n|---|---|---:|---:|---:|\n", l.T("id"), l.T("indicator"))
		for _, tm := range st.Terms {
			ew.printf("| %s | %s | %d | %s | %s |\n", mdEscape(tm.ID), mdEscape(l.Name(tm.Name, tm.NameEN)), tm.Level, l.precise(tm.Weight, 2), l.precise(tm.Product, 2))
		}
		ew.printf("| %s | | | | %s |\n\n", mdEscape(l.T("explain.sum.i")), l.precise(st.Sum, 2))
		ew.printf("%s\n", mdEscape(fmt.Sprintf(l.T("explain.aspect.line"), st.ID, l.precise(st.Divisor, 0), l.precise(st.Sum, 2), l.indexValue(r, st.Index))))
	}
	if len(e.Domains) > 0 {
		ew.printf("\n## %s\n", l.T("explain.domains"))
		for _, st := range e.Domains {
			ew.printf("\n### %s\n\n", mdEscape(fmt.Sprintf(l.T("explain.domain.head"), st.ID, l.Name(st.Name, st.NameEN), l.precise(st.Divisor, 2))))
			groupMarkdown(ew, l, r, st.Terms, l.T("aspect"), "NA", "BA", l.T("explain.sum.a"), st.Sum)
			ew.printf("%s\n", mdEscape(fmt.Sprintf(l.T("explain.domain.line"), st.ID, l.precise(st.Divisor, 0), l.precise(st.Sum, 2), l.indexValue(r, st.Index))))
		}
	}
	top := e.Index
	if len(e.Domains) > 0 {
		ew.printf("\n## %s\n\n", mdEscape(fmt.Sprintf(l.T("explain.index.d"), l.Title(r))))
		groupMarkdown(ew, l, r, top.Terms, l.T("domain"), "ND", "BD", l.T("explain.sum.d"), top.Sum)
		ew.printf("%s\n", mdEscape(fmt.Sprintf(l.T("explain.index.line.d"), l.Title(r), l.precise(top.Sum, 2), l.precise(top.Index, r.Rounding.Decimals))))
	} else {
		ew.printf("\n## %s\n\n", mdEscape(fmt.Sprintf(l.T("explain.index.a"), l.Title(r))))
		groupMarkdown(ew, l, r, top.Terms, l.T("aspect"), "NA", "BA", l.T("explain.sum.a"), top.Sum)
		ew.printf("%s\n", mdEscape(fmt.Sprintf(l.T("explain.index.line.a"), l.Title(r), l.precise(top.Sum, 2), l.precise(top.Index, r.Rounding.Decimals))))
	}
	ew.printf("\n%s\n\n", mdEscape(roundingLine(l, r, e)))
	// The reason holds only numbers and ≤ <, which need no escaping.
	ew.printf("**%s**\n", fmt.Sprintf(l.T("explain.band"), mdEscape(l.Band(res.Band)), l.bandReason(r, res.Band, e.Basis), l.basisName(r)))
	noticesMarkdown(ew, notices(l, res, doc.Subject))
	return ew.err
}

func groupMarkdown(ew *errWriter, l Lang, r *rubric.Rubric, terms []insight.Term, kind, v, wt, sum string, total *big.Rat) {
	ew.printf("| %s | %s | %s | %s (%%) | %s x %s (%%) |\n|---|---|---:|---:|---:|\n", l.T("id"), kind, v, wt, v, wt)
	for _, tm := range terms {
		ew.printf("| %s | %s | %s | %s | %s |\n", mdEscape(tm.ID), mdEscape(l.Name(tm.Name, tm.NameEN)), l.precise(tm.Value, r.Rounding.Decimals), l.precise(tm.Weight, 2), l.precise(tm.Product, 2))
	}
	ew.printf("| %s | | | | %s |\n\n", mdEscape(sum), l.precise(total, 2))
}

func subjectMarkdown(ew *errWriter, l Lang, r *rubric.Rubric, s Subject) {
	ew.printf("| | |\n|---|---|\n")
	if s.OPD != "" {
		ew.printf("| %s | %s |\n", l.T("opd"), mdEscape(s.OPD))
	}
	if s.Year != "" {
		ew.printf("| %s | %s |\n", l.T("year"), mdEscape(s.Year))
	}
	if s.File != "" {
		ew.printf("| %s | %s |\n", l.T("file"), mdEscape(subjectFile(l, s)))
	}
	ew.printf("| %s | %s |\n", l.T("rubric"), mdEscape(l.rubricLine(r)))
}

func noticesMarkdown(ew *errWriter, ns []string) {
	if len(ns) > 0 {
		ew.printf("\n")
		for i, n := range ns {
			if i > 0 {
				ew.printf(">\n")
			}
			ew.printf("> %s\n", mdEscape(n))
		}
	}
}

func indicatorMarkdown(ew *errWriter, doc *ExplainDoc) error {
	l, ie := doc.Lang, doc.Indicator
	in, r := ie.Indicator, ie.Result.Rubric
	head, where := indicatorHeader(l, in)
	ew.printf("# %s\n\n%s\n\n", mdEscape(head), mdEscape(where))
	subjectMarkdown(ew, l, r, doc.Subject)
	ew.printf("| %s (NI) | %d (%s) |\n", l.T("level"), ie.Level, mdEscape(l.LevelLabel(in.Scale, ie.Level)))
	ew.printf("| %s (BI, %%) | %s |\n", l.T("weight"), l.precise(in.Weight, 2))
	ew.printf("| NI x BI (%%) | %s |\n", l.precise(ie.Product, 2))
	ew.printf("| %s | %s |\n\n", l.T("contribution"), fmt.Sprintf(l.T("explain.contrib"), l.precise(ie.Contribution, 4)))
	if ie.Next == 0 {
		ew.printf("%s\n", fmt.Sprintf(l.T("explain.top"), ie.Level))
	} else {
		ew.printf("%s\n\n", mdEscape(fmt.Sprintf(l.T("explain.next"), ie.Level, ie.Next, l.LevelLabel(in.Scale, ie.Next))))
		ew.printf("| | %s | %s | %s |\n|---|---:|---:|---:|\n", l.T("explain.before"), l.T("explain.after"), l.T("explain.added"))
		for _, e := range ie.Effects {
			ew.printf("| %s | %s | %s | %s |\n", mdEscape(l.effectLabel(r, e)), l.precise(e.Before, r.Rounding.Decimals), l.precise(e.After, r.Rounding.Decimals), l.signed(e.Delta(), r.Rounding.Decimals))
		}
		ew.printf("\n%s\n", bandChange(l, ie.Result.Band, ie.NextResult.Band))
	}
	noticesMarkdown(ew, notices(l, ie.Result, doc.Subject))
	return ew.err
}

// JSON forms. Exact values are decimal strings (*_exact) or, where they
// always terminate (weights, levels × weights, sums of them), JSON numbers
// written exactly; values named index are rounded by the rubric's policy.

// JSONExplanation is spbe explain --format json.
type JSONExplanation struct {
	Tool   string     `json:"tool"`
	File   string     `json:"file,omitempty"`
	Sheet  string     `json:"sheet,omitempty"`
	OPD    string     `json:"opd,omitempty"`
	Year   string     `json:"year,omitempty"`
	Rubric JSONRubric `json:"rubric"`
	// Either the whole arithmetic ...
	Aspects             []JSONStep `json:"aspects,omitempty"`
	Domains             []JSONStep `json:"domains,omitempty"`
	Index               *JSONStep  `json:"index,omitempty"`
	Rounding            *JSONRound `json:"rounding,omitempty"`
	Predicate           string     `json:"predicate,omitempty"`
	PredicateBasis      string     `json:"predicate_basis,omitempty"`
	Band                *JSONBand  `json:"band,omitempty"`
	RoundingCrossesBand bool       `json:"rounding_crosses_band,omitempty"`
	// ... or one indicator.
	Indicator *JSONIndicatorExplanation `json:"indicator,omitempty"`
	Warnings  []string                  `json:"warnings"`
}

// JSONStep is one division: index = sum / divisor.
type JSONStep struct {
	Kind       string      `json:"kind"`
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Divisor    json.Number `json:"divisor"`
	Terms      []JSONTerm  `json:"terms"`
	Sum        json.Number `json:"sum"`
	IndexExact string      `json:"index_exact"`
	Index      json.Number `json:"index"`
}

// JSONTerm is one line of a sum: value × weight = product.
type JSONTerm struct {
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Level      *int        `json:"level,omitempty"`
	ValueExact string      `json:"value_exact"`
	Weight     json.Number `json:"weight"`
	Product    json.Number `json:"product"`
}

// JSONRound says how the index was rounded.
type JSONRound struct {
	Decimals   int         `json:"decimals"`
	Mode       string      `json:"mode"`
	IndexExact string      `json:"index_exact"`
	Index      json.Number `json:"index"`
}

// JSONBand is a predicate band.
type JSONBand struct {
	Name       string      `json:"name"`
	From       json.Number `json:"from"`
	To         json.Number `json:"to"`
	IncludesTo bool        `json:"includes_to"`
}

// JSONIndicatorExplanation is spbe explain --indicator in JSON.
type JSONIndicatorExplanation struct {
	ID                string       `json:"id"`
	Name              string       `json:"name"`
	Aspect            string       `json:"aspect"`
	Domain            string       `json:"domain,omitempty"`
	Level             int          `json:"level"`
	Label             string       `json:"label"`
	Weight            json.Number  `json:"weight"`
	Product           json.Number  `json:"product"`
	ContributionExact string       `json:"contribution_exact"`
	NextLevel         int          `json:"next_level,omitempty"`
	NextLabel         string       `json:"next_label,omitempty"`
	Effects           []JSONEffect `json:"effects"`
	PredicateBefore   string       `json:"predicate_before"`
	PredicateAfter    string       `json:"predicate_after,omitempty"`
}

// JSONEffect is what one more level does to one index.
type JSONEffect struct {
	Kind        string `json:"kind"`
	ID          string `json:"id"`
	BeforeExact string `json:"before_exact"`
	AfterExact  string `json:"after_exact"`
	DeltaExact  string `json:"delta_exact"`
}

// exactNum is x as a JSON number, exactly when it terminates within 12
// decimals.
func exactNum(x *big.Rat) json.Number {
	s := rubric.Exact(x)
	if strings.HasSuffix(s, "…") {
		s = x.FloatString(12)
	}
	return json.Number(s)
}

func jsonStep(r *rubric.Rubric, st *insight.Step) JSONStep {
	out := JSONStep{Kind: st.Kind, ID: st.ID, Name: st.Name, Divisor: exactNum(st.Divisor), Terms: []JSONTerm{},
		Sum: exactNum(st.Sum), IndexExact: rubric.Exact(st.Index), Index: num(r, st.Index)}
	for _, tm := range st.Terms {
		jt := JSONTerm{ID: tm.ID, Name: tm.Name, ValueExact: rubric.Exact(tm.Value), Weight: exactNum(tm.Weight), Product: exactNum(tm.Product)}
		if tm.Indicator != nil {
			lv := tm.Level
			jt.Level = &lv
		}
		out.Terms = append(out.Terms, jt)
	}
	return out
}

// ExplainJSONOf converts doc to its JSON form.
func ExplainJSONOf(doc *ExplainDoc) JSONExplanation {
	res := doc.Explanation.Result
	r := res.Rubric
	s := doc.Subject
	out := JSONExplanation{Tool: "spbe " + doc.ToolVersion, File: s.File, Sheet: s.Sheet, OPD: s.OPD, Year: s.Year,
		Rubric: jsonRubric(r), Warnings: append([]string{}, notices(doc.Lang, res, s)...)}
	if ie := doc.Indicator; ie != nil {
		in := ie.Indicator
		lv, _ := in.Scale.Level(ie.Level)
		j := &JSONIndicatorExplanation{ID: in.ID, Name: in.Name, Aspect: in.Aspect.ID, Level: ie.Level, Label: lv.Label,
			Weight: exactNum(in.Weight), Product: exactNum(ie.Product), ContributionExact: rubric.Exact(ie.Contribution),
			Effects: []JSONEffect{}, PredicateBefore: res.Band.Name}
		if in.Aspect.Domain != nil {
			j.Domain = in.Aspect.Domain.ID
		}
		if ie.Next != 0 {
			nl, _ := in.Scale.Level(ie.Next)
			j.NextLevel, j.NextLabel, j.PredicateAfter = ie.Next, nl.Label, ie.NextResult.Band.Name
			for _, e := range ie.Effects {
				j.Effects = append(j.Effects, JSONEffect{Kind: e.Kind, ID: e.ID, BeforeExact: rubric.Exact(e.Before), AfterExact: rubric.Exact(e.After), DeltaExact: rubric.Exact(e.Delta())})
			}
		}
		out.Indicator = j
		return out
	}
	e := doc.Explanation
	for _, st := range e.Aspects {
		out.Aspects = append(out.Aspects, jsonStep(r, st))
	}
	for _, st := range e.Domains {
		out.Domains = append(out.Domains, jsonStep(r, st))
	}
	top := jsonStep(r, e.Index)
	out.Index = &top
	out.Rounding = &JSONRound{Decimals: r.Rounding.Decimals, Mode: r.Rounding.Mode, IndexExact: rubric.Exact(res.Index), Index: num(r, res.Index)}
	out.Predicate, out.PredicateBasis, out.RoundingCrossesBand = res.Band.Name, r.Rounding.PredicateBasis, res.RoundingCrossesBand()
	b := res.Band
	out.Band = &JSONBand{Name: b.Name, From: exactNum(b.From), To: exactNum(b.To), IncludesTo: b == r.Bands[len(r.Bands)-1]}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
