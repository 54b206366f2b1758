// Package rubricdoc holds the documents about rubrics themselves, as the
// rubric commands draw them: a rubric's summary lines (spbe rubric show,
// list and validate) and the changes from one rubric to another (spbe
// rubric diff) with their words in the document's language. The text,
// Markdown and JSON renderers lay them out.
//
// rubricdoc may import pkg/lang, pkg/rubric and pkg/rubricdiff; never the
// engine, the reader, a renderer or pkg/cli. Renderers name a change as
// rubricdoc.Change, so that none imports pkg/rubricdiff.
package rubricdoc

import (
	"fmt"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/rubricdiff"
)

func init() {
	lang.AddMessages(map[string][2]string{
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

// Change is one difference between two rubrics (rubricdiff.Change).
type Change = rubricdiff.Change

// Notice is the provisional notice of a rubric, or "".
func Notice(l lang.Lang, r *rubric.Rubric) string {
	if !r.Provisional() {
		return ""
	}
	return fmt.Sprintf(l.T("provisional"), r.ID, l.Status(r.Status))
}

// Summary is a rubric's counts of domains, aspects and indicators.
func Summary(l lang.Lang, r *rubric.Rubric) string {
	parts := []string{fmt.Sprintf(l.T("rubrictool.count"), len(r.Indicators))}
	if r.TargetLevel != 0 {
		parts = append(parts, fmt.Sprintf(l.T("rubrictool.target"), r.TargetLevel))
	}
	basis := l.T("basis.exact")
	if r.Rounding.PredicateBasis == "rounded" {
		basis = l.T("basis.rounded")
	}
	parts = append(parts, fmt.Sprintf(l.T("rubrictool.rounding"), r.Rounding.Decimals, l.RoundingMode(r.Rounding.Mode), basis))
	return strings.Join(parts, "; ")
}

// BandRange is the range of the rubric's i-th band.
func BandRange(l lang.Lang, r *rubric.Rubric, i int) string {
	b := r.Bands[i]
	if i == len(r.Bands)-1 {
		return l.Fixed(b.From) + " – " + l.Fixed(b.To)
	}
	return l.Fixed(b.From) + " – < " + l.Fixed(b.To)
}

// ChangeItem names the item a change is about: "indikator 12 Name".
func ChangeItem(l lang.Lang, c Change) string {
	s := l.T("rubricdiff.kind." + c.Kind)
	if c.ID != "" {
		s += " " + c.ID
	}
	return s
}

// ChangeField names what changed, in the language.
func ChangeField(l lang.Lang, f string) string {
	keys := map[string]string{"target_level": "rubricdiff.field.target", "predicate_basis": "rubricdiff.field.basis"}
	if k, ok := keys[f]; ok {
		return l.T(k)
	}
	if base, ok := strings.CutSuffix(f, "_en"); ok {
		return fmt.Sprintf(l.T("rubricdiff.field.translation"), ChangeField(l, base))
	}
	if base, n, ok := strings.Cut(f, " "); ok {
		return ChangeField(l, base) + " " + n
	}
	if lang.Has("rubricdiff.field." + f) {
		return l.T("rubricdiff.field." + f)
	}
	return f
}

// ChangeValue prints one side of a change in the language.
func ChangeValue(l lang.Lang, c Change, v string) string {
	if c.Numeric {
		v = strings.ReplaceAll(v, ".", l.Sep())
	}
	return v
}

// ChangeLine writes a change as one line of text: ITEM (NAME): FIELD OLD → NEW.
func ChangeLine(l lang.Lang, c Change) string {
	head := ChangeItem(l, c)
	if c.Name != "" && c.Kind != "level" {
		head += " (" + c.Name + ")"
	}
	switch {
	case c.Field == "added":
		return fmt.Sprintf("%s: %s (%s)", head, ChangeField(l, c.Field), ChangeValue(l, c, c.New))
	case c.Field == "removed":
		return fmt.Sprintf("%s: %s (%s)", head, ChangeField(l, c.Field), ChangeValue(l, c, c.Old))
	case c.Long:
		return head + ": " + fmt.Sprintf(l.T("rubricdiff.changed"), ChangeFieldOf(l, c))
	}
	return fmt.Sprintf("%s: %s %s → %s", head, ChangeFieldOf(l, c), dashIfEmpty(ChangeValue(l, c, c.Old)), dashIfEmpty(ChangeValue(l, c, c.New)))
}

// dashIfEmpty is s, or a dash when s is empty.
func dashIfEmpty(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// ChangeFieldOf names what a change changed; a rubric's id is its id,
// where an indicator's is its number.
func ChangeFieldOf(l lang.Lang, c Change) string {
	if c.Kind == "rubric" && c.Field == "id" {
		return "id"
	}
	return ChangeField(l, c.Field)
}

// Diff is what spbe rubric diff shows: the changes from one rubric to
// another, as rubricdiff.Diff lists them.
type Diff struct {
	Old, New *rubric.Rubric
	Changes  []Change
	Lang     lang.Lang
}
