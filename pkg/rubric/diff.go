package rubric

import (
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"
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
func Diff(a, b *Rubric) []Change {
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
		d.add(Change{Kind: kind, ID: id, Name: name, Field: field, Old: Decimal(old), New: Decimal(new), Numeric: true})
	}
}

func (d *differ) meta(a, b *Rubric) {
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

func (d *differ) scales(as, bs []*Scale) {
	old := map[string]*Scale{}
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

func levelList(s *Scale) string {
	parts := make([]string, len(s.Levels))
	for i, l := range s.Levels {
		parts[i] = fmt.Sprintf("%d %s", l.Value, l.Label)
	}
	return strings.Join(parts, ", ")
}

// bands compares predicate bands by name: a band is what a result is
// called, so a renamed band is a removed one and an added one.
func (d *differ) bands(as, bs []*Band) {
	old := map[string]*Band{}
	for _, x := range as {
		old[x.Name] = x
	}
	seen := map[string]bool{}
	for _, x := range bs {
		seen[x.Name] = true
	}
	for _, x := range as {
		if !seen[x.Name] {
			d.add(Change{Kind: "predicate", ID: x.Name, Field: "removed", Old: Decimal(x.From) + " – " + Decimal(x.To), Numeric: true})
		}
	}
	for _, x := range bs {
		o, ok := old[x.Name]
		if !ok {
			d.add(Change{Kind: "predicate", ID: x.Name, Field: "added", New: Decimal(x.From) + " – " + Decimal(x.To), Numeric: true})
			continue
		}
		d.number("predicate", x.Name, "", "from", o.From, x.From)
		d.number("predicate", x.Name, "", "to", o.To, x.To)
		d.text("predicate", x.Name, "", "name_en", o.NameEN, x.NameEN)
		d.text("predicate", x.Name, "", "color", o.Color, x.Color)
	}
	if slices.EqualFunc(as, bs, func(x, y *Band) bool { return x.Name == y.Name }) || len(as) != len(bs) {
		return
	}
	if sameSet(as, bs) {
		d.add(Change{Kind: "predicate", Field: "order", Old: bandNames(as), New: bandNames(bs)})
	}
}

func sameSet(as, bs []*Band) bool {
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

func bandNames(bs []*Band) string {
	names := make([]string, len(bs))
	for i, b := range bs {
		names[i] = b.Name
	}
	return strings.Join(names, ", ")
}

// item is what domains, aspects and indicators have in common for
// matching: an id and a name.
type item interface {
	key() string
	title() string
}

func (x *Domain) key() string      { return x.ID }
func (x *Domain) title() string    { return x.Name }
func (x *Aspect) key() string      { return x.ID }
func (x *Aspect) title() string    { return x.Name }
func (x *Indicator) key() string   { return x.ID }
func (x *Indicator) title() string { return x.Name }

// pair is an old and a new item that are the same item; either is nil
// when the item was added or removed.
type pair[T item] struct{ old, new T }

// match pairs the items of as and bs: first by id, then an unmatched old
// item with an unmatched new one of the same name (a renumbering). The
// result holds the removed items first (in old order), then every new item
// in new order.
func match[T item](as, bs []T) []pair[T] {
	byID := map[string]T{}
	for _, x := range as {
		byID[x.key()] = x
	}
	used := map[string]bool{}
	newOf := map[int]T{}
	var zero T
	for i, y := range bs {
		if x, ok := byID[y.key()]; ok {
			newOf[i] = x
			used[x.key()] = true
		}
	}
	for i, y := range bs {
		if _, ok := newOf[i]; ok {
			continue
		}
		for _, x := range as {
			if !used[x.key()] && normName(x.title()) == normName(y.title()) && normName(y.title()) != "" {
				newOf[i] = x
				used[x.key()] = true
				break
			}
		}
	}
	var out []pair[T]
	for _, x := range as {
		if !used[x.key()] {
			out = append(out, pair[T]{old: x, new: zero})
		}
	}
	for i, y := range bs {
		out = append(out, pair[T]{old: newOf[i], new: y})
	}
	return out
}

func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func isNil[T item](x T) bool { return any(x) == any(*new(T)) }

// common records what every matched domain, aspect or indicator can
// change: being added, removed, renumbered or renamed. It reports whether
// both sides exist, so that the caller compares the rest.
func common[T item](d *differ, kind string, p pair[T], weight func(T) *big.Rat) bool {
	switch {
	case isNil(p.old):
		d.add(Change{Kind: kind, ID: p.new.key(), Name: p.new.title(), Field: "added", New: Decimal(weight(p.new)), Numeric: true})
		return false
	case isNil(p.new):
		d.add(Change{Kind: kind, ID: p.old.key(), Name: p.old.title(), Field: "removed", Old: Decimal(weight(p.old)), Numeric: true})
		return false
	}
	id, name := p.new.key(), p.new.title()
	d.text(kind, id, name, "id", p.old.key(), id)
	d.text(kind, id, name, "name", p.old.title(), name)
	d.number(kind, id, name, "weight", weight(p.old), weight(p.new))
	return true
}

func (d *differ) domains(as, bs []*Domain) {
	for _, p := range match(as, bs) {
		if common(d, "domain", p, func(x *Domain) *big.Rat { return x.Weight }) {
			d.text("domain", p.new.ID, p.new.Name, "name_en", p.old.NameEN, p.new.NameEN)
		}
	}
}

func (d *differ) aspects(as, bs []*Aspect) {
	for _, p := range match(as, bs) {
		if !common(d, "aspect", p, func(x *Aspect) *big.Rat { return x.Weight }) {
			continue
		}
		o, n := p.old, p.new
		d.text("aspect", n.ID, n.Name, "name_en", o.NameEN, n.NameEN)
		d.text("aspect", n.ID, n.Name, "domain", domainID(o.Domain), domainID(n.Domain))
	}
}

func domainID(x *Domain) string {
	if x == nil {
		return ""
	}
	return x.ID
}

func (d *differ) indicators(as, bs []*Indicator) {
	for _, p := range match(as, bs) {
		if !common(d, "indicator", p, func(x *Indicator) *big.Rat { return x.Weight }) {
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
