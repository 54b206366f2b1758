// Package rubricdiff lists what changed from one rubric to another, as a
// reviewer of a rubric's pull request reads it (spbe rubric diff): every
// domain, aspect and indicator added, removed, renumbered, renamed, moved
// or reweighted, and every change of metadata, rounding, scales and
// bands. It computes; pkg/doc/rubricdoc words the changes and the
// renderers lay them out.
//
// rubricdiff may import only pkg/rubric.
package rubricdiff

import (
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// Change is one difference between two rubrics, as a reviewer of a pull
// request wants to read it: which item, what about it, from what to what.
type Change struct {
	// Kind is the kind of item: "rubric", "rounding", "scale", "level",
	// "predicate", "domain", "aspect" or "indicator".
	Kind string `json:"kind"`
	// ID identifies the item within its kind: an indicator's id, a
	// predicate's name, "SCALE/VALUE" for a level; empty for "rubric" and
	// "rounding".
	ID string `json:"id,omitempty"`
	// Name is the item's name, for people; empty when it has none.
	Name string `json:"name,omitempty"`
	// Field is what changed: "added", "removed", "id" (renumbered), or the
	// YAML key that differs ("weight", "name", "aspect", "from", ...).
	Field string `json:"field"`
	// Old and New are the values before and after; for "added" and
	// "removed" New or Old is empty.
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
	// Numeric is true when Old and New are decimal numbers written with a
	// decimal point, so that a reader may print them in its own style.
	Numeric bool `json:"numeric,omitempty"`
	// Long is true when Old and New are prose (criteria, a question, a
	// note) that a summary may leave out.
	Long bool `json:"long,omitempty"`
}

// Diff lists what changed from rubric a to rubric b: metadata, rounding,
// scales and their levels, predicate bands, and every domain, aspect and
// indicator that was added, removed, renumbered, renamed, moved, or given
// another weight, scale, question or criteria. Items are matched by id;
// an item whose id changed but whose name did not is reported as
// renumbered rather than as removed and added.
//
// The file a rubric came from and its hash are not compared: two files
// that differ only in comments or layout have no changes.
func Diff(a, b *rubric.Rubric) []Change {
	d := &differ{}
	d.meta(a, b)
	d.scales(a.Scales, b.Scales)
	d.bands(a.Bands, b.Bands)
	d.domains(a.Domains, b.Domains)
	d.aspects(a.Aspects, b.Aspects)
	d.indicators(a.Indicators, b.Indicators)
	return d.out
}

type differ struct{ out []Change }

func (d *differ) add(c Change) { d.out = append(d.out, c) }

// text records a change of a string field when it differs.
func (d *differ) text(kind, id, name, field, old, new string) {
	if old != new {
		d.add(Change{Kind: kind, ID: id, Name: name, Field: field, Old: old, New: new})
	}
}

// prose records a change of a long text field when it differs.
func (d *differ) prose(kind, id, name, field, old, new string) {
	if strings.TrimSpace(old) != strings.TrimSpace(new) {
		d.add(Change{Kind: kind, ID: id, Name: name, Field: field, Old: old, New: new, Long: true})
	}
}

// number records a change of an exact number when it differs.
func (d *differ) number(kind, id, name, field string, old, new *big.Rat) {
	if old.Cmp(new) != 0 {
		d.add(Change{Kind: kind, ID: id, Name: name, Field: field, Old: rubric.Decimal(old), New: rubric.Decimal(new), Numeric: true})
	}
}

func (d *differ) meta(a, b *rubric.Rubric) {
	d.text("rubric", "", "", "id", a.ID, b.ID)
	d.text("rubric", "", "", "title", a.Title, b.Title)
	d.text("rubric", "", "", "title_en", a.TitleEN, b.TitleEN)
	d.text("rubric", "", "", "version", a.Version, b.Version)
	d.text("rubric", "", "", "status", a.Status, b.Status)
	d.prose("rubric", "", "", "source", a.Source, b.Source)
	d.prose("rubric", "", "", "note", a.Note, b.Note)
	if a.TargetLevel != b.TargetLevel {
		d.add(Change{Kind: "rubric", Field: "target_level", Old: level(a.TargetLevel), New: level(b.TargetLevel)})
	}
	ra, rb := a.Rounding, b.Rounding
	if ra.Decimals != rb.Decimals {
		d.add(Change{Kind: "rounding", Field: "decimals", Old: strconv.Itoa(ra.Decimals), New: strconv.Itoa(rb.Decimals)})
	}
	d.text("rounding", "", "", "mode", ra.Mode, rb.Mode)
	d.text("rounding", "", "", "predicate_basis", ra.PredicateBasis, rb.PredicateBasis)
}

// level prints a target level; 0 means none was set.
func level(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func (d *differ) scales(as, bs []*rubric.Scale) {
	old := map[string]*rubric.Scale{}
	for _, s := range as {
		old[s.ID] = s
	}
	seen := map[string]bool{}
	for _, s := range bs {
		seen[s.ID] = true
	}
	for _, s := range as {
		if !seen[s.ID] {
			d.add(Change{Kind: "scale", ID: s.ID, Name: s.Name, Field: "removed", Old: levelList(s)})
		}
	}
	for _, s := range bs {
		o, ok := old[s.ID]
		if !ok {
			d.add(Change{Kind: "scale", ID: s.ID, Name: s.Name, Field: "added", New: levelList(s)})
			continue
		}
		d.text("scale", s.ID, s.Name, "name", o.Name, s.Name)
		d.text("scale", s.ID, s.Name, "name_en", o.NameEN, s.NameEN)
		d.text("scale", s.ID, s.Name, "values", o.Values, s.Values)
		for _, l := range o.Levels {
			if _, ok := s.Level(l.Value); !ok {
				d.add(Change{Kind: "level", ID: s.ID + "/" + strconv.Itoa(l.Value), Name: l.Label, Field: "removed", Old: l.Label})
			}
		}
		for _, l := range s.Levels {
			ol, ok := o.Level(l.Value)
			id := s.ID + "/" + strconv.Itoa(l.Value)
			if !ok {
				d.add(Change{Kind: "level", ID: id, Name: l.Label, Field: "added", New: l.Label})
				continue
			}
			d.text("level", id, l.Label, "label", ol.Label, l.Label)
			d.text("level", id, l.Label, "label_en", ol.LabelEN, l.LabelEN)
		}
	}
}

func levelList(s *rubric.Scale) string {
	parts := make([]string, len(s.Levels))
	for i, l := range s.Levels {
		parts[i] = fmt.Sprintf("%d %s", l.Value, l.Label)
	}
	return strings.Join(parts, ", ")
}

// bands compares predicate bands by name: a band is what a result is
// called, so a renamed band is a removed one and an added one.
func (d *differ) bands(as, bs []*rubric.Band) {
	old := map[string]*rubric.Band{}
	for _, x := range as {
		old[x.Name] = x
	}
	seen := map[string]bool{}
	for _, x := range bs {
		seen[x.Name] = true
	}
	for _, x := range as {
		if !seen[x.Name] {
			d.add(Change{Kind: "predicate", ID: x.Name, Field: "removed", Old: rubric.Decimal(x.From) + " – " + rubric.Decimal(x.To), Numeric: true})
		}
	}
	for _, x := range bs {
		o, ok := old[x.Name]
		if !ok {
			d.add(Change{Kind: "predicate", ID: x.Name, Field: "added", New: rubric.Decimal(x.From) + " – " + rubric.Decimal(x.To), Numeric: true})
			continue
		}
		d.number("predicate", x.Name, "", "from", o.From, x.From)
		d.number("predicate", x.Name, "", "to", o.To, x.To)
		d.text("predicate", x.Name, "", "name_en", o.NameEN, x.NameEN)
		d.text("predicate", x.Name, "", "color", o.Color, x.Color)
	}
	if slices.EqualFunc(as, bs, func(x, y *rubric.Band) bool { return x.Name == y.Name }) || len(as) != len(bs) {
		return
	}
	if sameSet(as, bs) {
		d.add(Change{Kind: "predicate", Field: "order", Old: bandNames(as), New: bandNames(bs)})
	}
}

func sameSet(as, bs []*rubric.Band) bool {
	m := map[string]int{}
	for _, x := range as {
		m[x.Name]++
	}
	for _, x := range bs {
		m[x.Name]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func bandNames(bs []*rubric.Band) string {
	names := make([]string, len(bs))
	for i, b := range bs {
		names[i] = b.Name
	}
	return strings.Join(names, ", ")
}

// facts gives what domains, aspects and indicators have in common for
// matching and for the changes every one of them can have: an id, a name
// and a weight.
type facts[T comparable] func(T) (id, name string, weight *big.Rat)

func domainFacts(x *rubric.Domain) (string, string, *big.Rat)       { return x.ID, x.Name, x.Weight }
func aspectFacts(x *rubric.Aspect) (string, string, *big.Rat)       { return x.ID, x.Name, x.Weight }
func indicatorFacts(x *rubric.Indicator) (string, string, *big.Rat) { return x.ID, x.Name, x.Weight }

// key, title and weight are an item's id, name and weight.
func (f facts[T]) key(x T) string {
	id, _, _ := f(x)
	return id
}

func (f facts[T]) title(x T) string {
	_, name, _ := f(x)
	return name
}

func (f facts[T]) weight(x T) *big.Rat {
	_, _, w := f(x)
	return w
}

// pair is an old and a new item that are the same item; either is nil
// when the item was added or removed.
type pair[T comparable] struct{ old, new T }

// match pairs the items of as and bs: first by id, then an unmatched old
// item with an unmatched new one of the same name (a renumbering). The
// result holds the removed items first (in old order), then every new item
// in new order.
func match[T comparable](as, bs []T, f facts[T]) []pair[T] {
	byID := map[string]T{}
	for _, x := range as {
		byID[f.key(x)] = x
	}
	used := map[string]bool{}
	newOf := map[int]T{}
	var zero T
	for i, y := range bs {
		if x, ok := byID[f.key(y)]; ok {
			newOf[i] = x
			used[f.key(x)] = true
		}
	}
	for i, y := range bs {
		if _, ok := newOf[i]; ok {
			continue
		}
		for _, x := range as {
			if !used[f.key(x)] && normName(f.title(x)) == normName(f.title(y)) && normName(f.title(y)) != "" {
				newOf[i] = x
				used[f.key(x)] = true
				break
			}
		}
	}
	var out []pair[T]
	for _, x := range as {
		if !used[f.key(x)] {
			out = append(out, pair[T]{old: x, new: zero})
		}
	}
	for i, y := range bs {
		out = append(out, pair[T]{old: newOf[i], new: y})
	}
	return out
}

func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// common records what every matched domain, aspect or indicator can
// change: being added, removed, renumbered or renamed. It reports whether
// both sides exist, so that the caller compares the rest.
func common[T comparable](d *differ, kind string, p pair[T], f facts[T]) bool {
	var zero T
	switch {
	case p.old == zero:
		d.add(Change{Kind: kind, ID: f.key(p.new), Name: f.title(p.new), Field: "added", New: rubric.Decimal(f.weight(p.new)), Numeric: true})
		return false
	case p.new == zero:
		d.add(Change{Kind: kind, ID: f.key(p.old), Name: f.title(p.old), Field: "removed", Old: rubric.Decimal(f.weight(p.old)), Numeric: true})
		return false
	}
	id, name := f.key(p.new), f.title(p.new)
	d.text(kind, id, name, "id", f.key(p.old), id)
	d.text(kind, id, name, "name", f.title(p.old), name)
	d.number(kind, id, name, "weight", f.weight(p.old), f.weight(p.new))
	return true
}

func (d *differ) domains(as, bs []*rubric.Domain) {
	for _, p := range match(as, bs, domainFacts) {
		if common(d, "domain", p, domainFacts) {
			d.text("domain", p.new.ID, p.new.Name, "name_en", p.old.NameEN, p.new.NameEN)
		}
	}
}

func (d *differ) aspects(as, bs []*rubric.Aspect) {
	for _, p := range match(as, bs, aspectFacts) {
		if !common(d, "aspect", p, aspectFacts) {
			continue
		}
		o, n := p.old, p.new
		d.text("aspect", n.ID, n.Name, "name_en", o.NameEN, n.NameEN)
		d.text("aspect", n.ID, n.Name, "domain", domainID(o.Domain), domainID(n.Domain))
	}
}

func domainID(x *rubric.Domain) string {
	if x == nil {
		return ""
	}
	return x.ID
}

func (d *differ) indicators(as, bs []*rubric.Indicator) {
	for _, p := range match(as, bs, indicatorFacts) {
		if !common(d, "indicator", p, indicatorFacts) {
			continue
		}
		o, n := p.old, p.new
		id, name := n.ID, n.Name
		d.text("indicator", id, name, "name_en", o.NameEN, n.NameEN)
		d.text("indicator", id, name, "aspect", o.Aspect.ID, n.Aspect.ID)
		d.text("indicator", id, name, "scale", o.Scale.ID, n.Scale.ID)
		d.text("indicator", id, name, "aliases", strings.Join(o.Aliases, ", "), strings.Join(n.Aliases, ", "))
		d.text("indicator", id, name, "external", o.External.Summary(), n.External.Summary())
		d.prose("indicator", id, name, "question", o.Question, n.Question)
		levels := map[int]bool{}
		for l := range o.Criteria {
			levels[l] = true
		}
		for l := range n.Criteria {
			levels[l] = true
		}
		for _, l := range slices.Sorted(maps.Keys(levels)) {
			d.prose("indicator", id, name, "criteria "+strconv.Itoa(l), o.Criteria[l], n.Criteria[l])
		}
	}
}
