package rubric

import (
	"math/big"
	"strconv"
	"strings"
)

// Value is an indicator's value (NI) exactly as a sheet gave it: a whole
// level on a scale of levels, or any decimal within the range of a decimal
// scale. Rat is exact: "1.1666666666666667", a formula's cached value, is
// that decimal, not 7/6 and not a float's neighbour.
type Value struct {
	// Rat is the exact value. It may be shared (see WholeValue): never
	// modify it in place.
	Rat *big.Rat
	// Text is the decimal as written, with a point: "1.26", "2.5", "3",
	// "1.1666666666666667". Reports print it (see Value.Format) so that a
	// reader sees the decimals the sheet gave.
	Text string
	// Source is the other agency's score the value was converted from
	// (see External), or nil when the sheet gave the value itself.
	Source *Value
	// Assumed is set when the sheet gave neither the value nor the source
	// score and the rubric's pending rule supplied the value.
	Assumed *Assumption
}

// WholeValue returns the value of a whole level. The levels of a scale
// are small, and a batch reads millions of them: their values are made
// once and shared, so a Value's Rat must never be modified in place.
func WholeValue(level int) Value {
	if level >= 0 && level < len(smallValues) {
		return smallValues[level]
	}
	return Value{Rat: big.NewRat(int64(level), 1), Text: strconv.Itoa(level)}
}

// smallValues are the shared values of the levels 0 to 15.
var smallValues = func() (vs [16]Value) {
	for i := range vs {
		vs[i] = Value{Rat: big.NewRat(int64(i), 1), Text: strconv.Itoa(i)}
	}
	return vs
}()

// RatValue returns the value x, computed rather than written (a converted
// score): its text is x's exact decimal.
func RatValue(x *big.Rat) Value {
	return Value{Rat: new(big.Rat).Set(x), Text: Decimal(x)}
}

// Whole returns the whole part of the value: the level whose label it
// carries (1.26 → 1, 2.5 → 2, 5 → 5).
func (v Value) Whole() int {
	if n, d, ok := smallFrac(v.Rat); ok {
		return int(n / d) // truncated toward zero, as big.Int.Quo
	}
	q := new(big.Int).Quo(v.Rat.Num(), v.Rat.Denom())
	return int(q.Int64())
}

// smallFrac returns x as n/d when both fit in an int64, without
// allocating (a batch reads and checks thousands of values).
func smallFrac(x *big.Rat) (n, d int64, ok bool) {
	if !x.Num().IsInt64() {
		return 0, 0, false
	}
	if x.IsInt() {
		return x.Num().Int64(), 1, true
	}
	// Not an integer: x holds its denominator, and Denom returns it
	// without allocating.
	if dd := x.Denom(); dd.IsInt64() {
		return x.Num().Int64(), dd.Int64(), true
	}
	return 0, 0, false
}

// IsWhole reports whether the value is a whole number.
func (v Value) IsWhole() bool { return v.Rat.IsInt() }

// Format prints the value with the decimals the sheet gave, and at least
// two ("1,26", "2,50", "3,00", "1,1666666666666667"), with sep as the
// decimal separator ("," for Indonesian, "." for English).
func (v Value) Format(sep string) string {
	s := v.Text
	if s == "" {
		s = Decimal(v.Rat)
	}
	intPart, frac, _ := strings.Cut(s, ".")
	for len(frac) < 2 {
		frac += "0"
	}
	return intPart + sep + frac
}

// ValueError is a value a scale does not admit, without the cell: the
// sheet reader adds file, sheet and cell.
type ValueError struct {
	Scale *Scale
	Text  string
	// Reason is what is wrong, in English, lowercase.
	Reason string
}

func (e *ValueError) Error() string { return Say("value %q %s", e.Text, e.Reason) }

// ParseValue reads an indicator's value from its decimal text: "3", "3.0",
// "1.26", "2,5" (a decimal comma), "1.1666666666666667". The text is kept as
// written (a comma becomes a point, a leading "+" and spaces go). A scale of
// whole levels admits only whole numbers among its levels (3.5 is an
// error); a decimal scale admits any decimal from its lowest level to its
// highest. Only plain decimals are numbers: no exponents, no thousands
// separators.
func (s *Scale) ParseValue(text string) (Value, error) {
	t := strings.TrimSpace(text)
	if strings.Contains(t, ".") && strings.Contains(t, ",") {
		return Value{}, &ValueError{s, text, Say("has both a point and a comma; write one decimal separator")}
	}
	x, ok := ParseDecimal(t)
	if !ok {
		return Value{}, &ValueError{s, text, Say("is not a number")}
	}
	t = strings.TrimPrefix(strings.Replace(t, ",", ".", 1), "+")
	if strings.HasPrefix(t, ".") {
		t = "0" + t
	}
	return s.CheckValue(Value{Rat: x, Text: t})
}

// CheckValue checks that the scale admits v, and returns it.
func (s *Scale) CheckValue(v Value) (Value, error) {
	if !s.inRange(v.Rat) {
		return Value{}, &ValueError{s, v.Text, Say("is outside %d..%d", s.Min(), s.Max())}
	}
	if !s.Decimal() && !v.IsWhole() {
		return Value{}, &ValueError{s, v.Text, Say("is not a whole level of scale %s (%d..%d)", s.ID, s.Min(), s.Max())}
	}
	return v, nil
}

// inRange reports whether Min <= x <= Max.
func (s *Scale) inRange(x *big.Rat) bool {
	if n, d, ok := smallFrac(x); ok && n >= 0 {
		// For x >= 0, with w its whole part: Min <= x exactly when
		// Min <= w, and x <= Max when w < Max, or w == Max and x is whole.
		w, lo, hi := n/d, int64(s.Min()), int64(s.Max())
		return lo <= w && (w < hi || w == hi && n%d == 0)
	}
	lo, hi := big.NewRat(int64(s.Min()), 1), big.NewRat(int64(s.Max()), 1)
	return x.Cmp(lo) >= 0 && x.Cmp(hi) <= 0
}

// ValueLevel returns the level whose label a value carries: the level of
// its whole part (1.26 → level 1 Rintisan; 2.5 → level 2 Terkelola).
func (s *Scale) ValueLevel(v Value) (Level, bool) { return s.Level(v.Whole()) }
