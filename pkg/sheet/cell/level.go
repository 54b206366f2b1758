package cell

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// Problem is what is wrong with a cell or a column, as data: the reader
// records it with the sheet and the cell it was found in.
type Problem struct {
	// Code names the kind of problem ("not-a-level", …) and Values are
	// what the message says, in order, for machines.
	Code   string
	Values []string
	// Key is the message in the catalogue, said with Args in the run's
	// language when the problem is recorded.
	Key  string
	Args []any
}

func problem(code string, values []string, key string, args ...any) *Problem {
	return &Problem{Code: code, Values: values, Key: key, Args: args}
}

// The patterns of this package are compiled on first use: most sheets
// hold plain numbers, which need none of them, and compiling them all
// cost every call of spbe 0.06 ms of package initialisation.
var (
	levelPrefix = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?i)(tingkat\s+kematangan|tingkat|level|nilai|skor)\s*[.:-]?\s*`)
	})
	levelLabel = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\d+)\s*[-–—.:)]?\s*(\S.*)$`) })
)

// Level reads a level cell for indicator in: a number, "Tingkat 3",
// "Level 3", "3 - Terdefinisi", or a label of the indicator's scale. A
// cell that is none of these, or names a level outside the scale, gives
// a problem.
func Level(raw string, in *rubric.Indicator) (int, *Problem) {
	sc := in.Scale
	// Most levels are a plain digit: that needs neither the prefix pattern
	// nor a rational nor the range's text for a message (a batch reads
	// millions of them).
	if n, ok := PlainInt(raw); ok {
		if n >= sc.Min() && n <= sc.Max() {
			return n, nil
		}
		return inScale(big.NewRat(int64(n), 1), raw, in)
	}
	rangeText := fmt.Sprintf("%d..%d", sc.Min(), sc.Max())
	if raw == "" {
		return 0, problem("no-level", []string{in.ID, rangeText}, "sheet.no-level", in.ID, rangeText)
	}
	s := strings.TrimSpace(levelPrefix().ReplaceAllString(raw, ""))
	if x, ok := rubric.ParseDecimal(s); ok {
		if !x.IsInt() {
			x = nearWhole(x)
		}
		if !x.IsInt() {
			return 0, problem("not-whole", []string{in.ID, raw, rangeText}, "sheet.not-whole", in.ID, raw, rangeText)
		}
		return inScale(x, raw, in)
	}
	if g := levelLabel().FindStringSubmatch(s); g != nil {
		x, _ := new(big.Rat).SetString(g[1])
		n, p := inScale(x, raw, in)
		if p != nil {
			return 0, p
		}
		l, _ := sc.Level(n)
		if !labelIs(l, g[2]) {
			return 0, problem("contradictory-level", []string{in.ID, raw, strconv.Itoa(n), sc.ID, l.Label}, "sheet.contradictory-level", in.ID, raw, n, sc.ID, l.Label)
		}
		return n, nil
	}
	for _, l := range sc.Levels {
		if labelIs(l, s) {
			return l.Value, nil
		}
	}
	return 0, problem("not-a-level", []string{in.ID, raw, rangeText, sc.ID, strings.Join(sc.Labels(), ", ")}, "sheet.not-a-level", in.ID, raw, rangeText, sc.ID, strings.Join(sc.Labels(), ", "))
}

// Value reads a value cell for indicator in. On a decimal scale a plain
// decimal is the value exactly as the cell holds it (the raw text of a
// numeric cell, "1.1666666666666667", or text such as "2,5"); anything
// else, and every value of a scale of whole levels, is read as a level.
func Value(raw string, in *rubric.Indicator) (rubric.Value, *Problem) {
	if in.Scale.Decimal() {
		s := strings.TrimSpace(levelPrefix().ReplaceAllString(raw, ""))
		if x, ok := rubric.ParseDecimal(s); ok {
			if !x.IsInt() {
				// A float's noise (2.9999999999999996 from a formula
				// meaning 3, a few units in the last place) is the whole
				// number, as a person reads it; a decimal written on
				// purpose, even 3.0000000001, is kept as it is.
				if w := near(x, floatNoise); w.IsInt() {
					s = w.RatString()
				}
			}
			v, err := in.Scale.ParseValue(s)
			if err != nil {
				reason := err.Error()
				var ve *rubric.ValueError
				if errors.As(err, &ve) {
					reason = ve.Reason
				}
				return rubric.Value{}, problem("bad-value", []string{in.ID, raw, reason}, "sheet.bad-decimal", in.ID, raw, reason)
			}
			return v, nil
		}
	}
	lv, p := Level(raw, in)
	if p != nil {
		return rubric.Value{}, p
	}
	return rubric.WholeValue(lv), nil
}

func inScale(x *big.Rat, raw string, in *rubric.Indicator) (int, *Problem) {
	sc := in.Scale
	if x.Num().IsInt64() {
		if n := x.Num().Int64(); n >= int64(sc.Min()) && n <= int64(sc.Max()) {
			return int(n), nil
		}
	}
	return 0, problem("out-of-scale", []string{in.ID, raw, strconv.Itoa(sc.Min()), strconv.Itoa(sc.Max())}, "sheet.out-of-scale", in.ID, raw, sc.Min(), sc.Max())
}

func labelIs(l rubric.Level, s string) bool {
	s = labelNorm(s)
	return s == labelNorm(l.Label) || l.LabelEN != "" && s == labelNorm(l.LabelEN)
}

// labelNorm reads "&" as "dan": "Terpadu & Terukur" is "Terpadu dan
// Terukur".
func labelNorm(s string) string {
	s = Norm(strings.ReplaceAll(s, "&", " dan "))
	return strings.ReplaceAll(" "+s+" ", " and ", " dan ")
}

// wholeTolerance is how far a cached value may sit from a whole number
// and still be that number: a formula's 3.0000000000000004 is binary
// floating point noise, 3.00001 is not.
var wholeTolerance = big.NewRat(1, 1_000_000_000)

// nearWhole returns the whole number within wholeTolerance of x, or x.
func nearWhole(x *big.Rat) *big.Rat { return near(x, wholeTolerance) }

// floatNoise is how far a decimal value may stand from a whole number and
// still be that number: float64 arithmetic on values up to a few hundred
// errs by less, and no value is written with twelve decimals on purpose.
var floatNoise = big.NewRat(1, 1_000_000_000_000)

// near returns the whole number within tol of x, or x.
func near(x, tol *big.Rat) *big.Rat {
	n := new(big.Int).Quo(x.Num(), x.Denom()) // truncated
	for _, c := range []*big.Int{n, new(big.Int).Add(n, big.NewInt(1)), new(big.Int).Sub(n, big.NewInt(1))} {
		d := new(big.Rat).Sub(x, new(big.Rat).SetInt(c))
		if d.Abs(d).Cmp(tol) <= 0 {
			return new(big.Rat).SetInt(c)
		}
	}
	return x
}
