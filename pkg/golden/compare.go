package golden

import (
	"math/big"
)

// Kinds of difference.
const (
	KindRubric    = "rubric"
	KindIndex     = "index"
	KindPredicate = "predicate"
	KindDomain    = "domain"
	KindAspect    = "aspect"
)

// Difference is one value that is not what the golden says.
type Difference struct {
	// Self is true when the value belongs to the self-assessment.
	Self bool
	// Kind is one of the Kind constants.
	Kind string
	// ID is the domain's or aspect's id; empty for the other kinds.
	ID string
	// Old is the golden's value, New the fresh one; either is Missing
	// when that side has no such value (an aspect added to the rubric).
	Old, New Value
}

// Value is a number (Exact and Rounded) or a text (a predicate, a rubric).
type Value struct {
	Exact   *big.Rat
	Rounded string
	Text    string
}

// Missing reports whether the value is absent.
func (v Value) Missing() bool { return v.Exact == nil && v.Text == "" }

// Compare lists every difference between the golden old and the fresh
// golden new, in the order of the file: the rubric, the index, the
// predicate, the domains, the aspects, then the same for the
// self-assessment. A number differs when its exact value or its printed
// value differs (a rounding policy can change the second alone).
func Compare(old, new *Golden) []Difference {
	var out []Difference
	if old.Rubric != new.Rubric {
		out = append(out, Difference{Kind: KindRubric,
			Old: Value{Text: old.Rubric.ID + " " + old.Rubric.Version},
			New: Value{Text: new.Rubric.ID + " " + new.Rubric.Version}})
	}
	out = append(out, compareScore(&old.Score, &new.Score, false)...)
	if old.Self != nil || new.Self != nil {
		out = append(out, compareScore(orEmpty(old.Self), orEmpty(new.Self), true)...)
	}
	return out
}

func orEmpty(s *Score) *Score {
	if s == nil {
		return &Score{}
	}
	return s
}

func num(exact, rounded string) Value {
	if exact == "" {
		return Value{}
	}
	x, _ := ParseExact(exact)
	return Value{Exact: x, Rounded: rounded}
}

func sameNum(a, b Value) bool {
	if a.Missing() || b.Missing() {
		return a.Missing() == b.Missing()
	}
	return a.Exact.Cmp(b.Exact) == 0 && a.Rounded == b.Rounded
}

func compareScore(old, new *Score, self bool) []Difference {
	var out []Difference
	if a, b := num(old.Index, old.IndexRounded), num(new.Index, new.IndexRounded); !sameNum(a, b) {
		out = append(out, Difference{Self: self, Kind: KindIndex, Old: a, New: b})
	}
	if old.Predicate != new.Predicate {
		out = append(out, Difference{Self: self, Kind: KindPredicate, Old: Value{Text: old.Predicate}, New: Value{Text: new.Predicate}})
	}
	out = append(out, compareGroups(KindDomain, old.Domains, new.Domains, self)...)
	out = append(out, compareGroups(KindAspect, old.Aspects, new.Aspects, self)...)
	return out
}

// compareGroups compares domains or aspects by id: those of new in their
// order, then any the golden has and new does not.
func compareGroups(kind string, old, new []Group, self bool) []Difference {
	byID := map[string]Group{}
	for _, g := range old {
		byID[g.ID] = g
	}
	var out []Difference
	seen := map[string]bool{}
	for _, g := range new {
		seen[g.ID] = true
		o := byID[g.ID]
		if a, b := num(o.Index, o.IndexRounded), num(g.Index, g.IndexRounded); !sameNum(a, b) {
			out = append(out, Difference{Self: self, Kind: kind, ID: g.ID, Old: a, New: b})
		}
	}
	for _, g := range old {
		if !seen[g.ID] {
			out = append(out, Difference{Self: self, Kind: kind, ID: g.ID, Old: num(g.Index, g.IndexRounded)})
		}
	}
	return out
}
