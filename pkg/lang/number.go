package lang

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"sync"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// This file is where a number is rounded for print. The engine carries
// exact rationals; everything a person or a machine reads goes through one
// of these functions.

// Num prints x with the rubric's rounding, in the language's style.
func (l Lang) Num(r *rubric.Rubric, x *big.Rat) string {
	return r.Rounding.Format(x, l.Sep())
}

// Fixed prints a weight or a band bound with at least two decimals and
// exactly (see rubric.Decimal), in the language's style.
func (l Lang) Fixed(x *big.Rat) string {
	return strings.Replace(rubric.Decimal(x), ".", l.Sep(), 1)
}

// Exact prints x exactly (or to 12 decimals), in the language's style.
func (l Lang) Exact(x *big.Rat) string {
	return strings.Replace(rubric.Exact(x), ".", l.Sep(), 1)
}

// Precise prints x exactly with at least minDec decimals, or to six
// decimals followed by "…" when it has no exact decimal form: explanations
// show the values the engine carries, not rounded ones. A value with a
// finite decimal expansion is printed whole however long (a decimal value
// from a sheet, 1.1666666666666667, times a weight).
func (l Lang) Precise(x *big.Rat, minDec int) string {
	s := ""
	most := 6
	if terminates(x) {
		most = 64
	}
	for d := minDec; d <= most && s == ""; d++ {
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

// Signed prints a change with its sign, exactly, with at least minDec
// decimals.
func (l Lang) Signed(x *big.Rat, minDec int) string {
	s := l.Precise(new(big.Rat).Abs(x), minDec)
	switch x.Sign() {
	case 1:
		return "+" + s
	case -1:
		return "-" + s
	}
	return s
}

// Delta prints an index change rounded as the rubric prints indices, with
// its sign: "+0,56", "-0,12", "0,00".
func (l Lang) Delta(r *rubric.Rubric, x *big.Rat) string {
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

// IndexValue prints an index exactly and, when the printed value differs,
// says what it prints as.
func (l Lang) IndexValue(r *rubric.Rubric, x *big.Rat) string {
	s := l.Precise(x, r.Rounding.Decimals)
	if r.Rounding.Round(x).Cmp(x) != 0 {
		s += fmt.Sprintf(l.T("explain.printed"), l.Num(r, x))
	}
	return s
}

// BandReason says why value lies in band b: "2,60 ≤ 3,1 < 3,50".
func (l Lang) BandReason(r *rubric.Rubric, b *rubric.Band, value *big.Rat) string {
	if b == nil {
		return "?"
	}
	op := "<"
	if b == r.Bands[len(r.Bands)-1] {
		op = "≤"
	}
	return fmt.Sprintf("%s ≤ %s %s %s", l.Precise(b.From, 2), l.Precise(value, r.Rounding.Decimals), op, l.Precise(b.To, 2))
}

// BasisName names the value a rubric's predicate reads: the exact or the
// rounded index.
func (l Lang) BasisName(r *rubric.Rubric) string {
	if r.Rounding.PredicateBasis == "rounded" {
		return l.T("basis.rounded")
	}
	return l.T("basis.exact")
}

// Outcome prints an index and its predicate: "2,60 (Baik)", or
// "2,60 (Baik; nilai tepat 2,601)" when the printed index is rounded.
func (l Lang) Outcome(r *rubric.Rubric, x *big.Rat, b *rubric.Band) string {
	if r.Rounding.Round(x).Cmp(x) == 0 {
		return fmt.Sprintf("%s (%s)", l.Num(r, x), l.Band(b))
	}
	return fmt.Sprintf("%s (%s; %s %s)", l.Num(r, x), l.Band(b), l.T("exact"), l.Precise(x, r.Rounding.Decimals))
}

// RubricLine names the rubric the way every report does: "spbe-2020 versi
// 2020 (resmi)".
func (l Lang) RubricLine(r *rubric.Rubric) string {
	return fmt.Sprintf("%s %s %s (%s)", r.ID, l.T("version"), r.Version, l.Status(r.Status))
}

// Rounded prints x with the rubric's rounding and a decimal point, whatever
// the language: the rounded value of a golden or a JSON result.
func Rounded(r *rubric.Rubric, x *big.Rat) string {
	return r.Rounding.Round(x).FloatString(r.Rounding.Decimals)
}

// ExactJSON is x exactly when it terminates within 12 decimals, else to
// 12 decimals, with a decimal point: a JSON number of explain and plan.
func ExactJSON(x *big.Rat) string {
	s := rubric.Exact(x)
	if strings.HasSuffix(s, "…") {
		s = x.FloatString(12)
	}
	return s
}

// Fraction writes x without loss: as a decimal when its decimal expansion
// is finite (2.1685, 3), else as a fraction in lowest terms (28/11).
func Fraction(x *big.Rat) string {
	if d, ok := finiteDecimals(x); ok {
		return x.FloatString(d)
	}
	return x.RatString()
}

// maxFractionDecimals bounds the decimals Fraction writes: a value with a
// longer expansion is written as a fraction.
const maxFractionDecimals = 64

// finiteDecimals returns how many decimals x's finite expansion has, and
// whether it has one of at most maxFractionDecimals: it has one when its
// denominator is 2^a × 5^b, with max(a, b) decimals.
func finiteDecimals(x *big.Rat) (int, bool) {
	d := new(big.Int).Set(x.Denom())
	var a, b int
	two, five, m := big.NewInt(2), big.NewInt(5), new(big.Int)
	for {
		q, r := new(big.Int).QuoRem(d, two, m)
		if r.Sign() != 0 {
			break
		}
		d, a = q, a+1
	}
	for {
		q, r := new(big.Int).QuoRem(d, five, m)
		if r.Sign() != 0 {
			break
		}
		d, b = q, b+1
	}
	n := max(a, b)
	return n, d.Cmp(big.NewInt(1)) == 0 && n <= maxFractionDecimals
}

// fractionRE is compiled on first use, not when every run of spbe starts.
var fractionRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$|^[0-9]+/[1-9][0-9]*$`)
})

// ParseFraction reads a value written by Fraction.
func ParseFraction(s string) (*big.Rat, bool) {
	if !fractionRE().MatchString(s) {
		return nil, false
	}
	return new(big.Rat).SetString(s)
}

// RoundedFloat is x as printed, rounded by the rubric's policy, then
// converted to the nearest float64, which a spreadsheet displays as that
// decimal: the value of an index cell.
func RoundedFloat(r *rubric.Rubric, x *big.Rat) float64 {
	return r.Rounding.RoundFloat(x)
}

// Float is x as the nearest float64: the value of a weight or
// contribution cell, which a number format then shows.
func Float(x *big.Rat) float64 {
	f, _ := x.Float64()
	return f
}

// terminates reports whether x has a finite decimal expansion: its
// denominator has no prime factor but 2 and 5.
func terminates(x *big.Rat) bool {
	d := new(big.Int).Set(x.Denom())
	two, five, r := big.NewInt(2), big.NewInt(5), new(big.Int)
	for _, p := range []*big.Int{two, five} {
		for {
			q, m := new(big.Int).QuoRem(d, p, r)
			if m.Sign() != 0 {
				break
			}
			d = q
		}
	}
	return d.Cmp(big.NewInt(1)) == 0
}
