// Package rubric is the model of an evaluation framework: its level scales,
// its hierarchy of (optional) domains, aspects and weighted indicators, its
// predicate bands and its rounding policy.
//
// A rubric is data. It is loaded from YAML (see Parse and Load), validated as
// a whole, and never hard-coded: the official frameworks ship as YAML files
// embedded in the binary (see package github.com/spbe-id/spbe/rubric).
// Weights and band bounds are exact rationals, never binary floating point.
//
// rubric may import only the YAML decoder, pkg/safefile and the embedded
// rubric files: every other package imports it, pkg/lang included, so its
// messages are worded through Say. What changed from one rubric to another
// is pkg/rubricdiff's to say; which built-in rubric an answer sheet fits
// is chosen in pkg/evaluate.
package rubric

import (
	"math/big"
	"math/bits"
	"strings"
)

// Status values a rubric may declare.
const (
	StatusOfficial    = "official"
	StatusProvisional = "provisional"
	StatusDraft       = "draft"
)

// StatusID returns the Indonesian word for a status (resmi, sementara,
// draf), for outputs in Indonesian; an unknown status is returned as is.
func StatusID(status string) string {
	switch status {
	case StatusOfficial:
		return "resmi"
	case StatusProvisional:
		return "sementara"
	case StatusDraft:
		return "draf"
	}
	return status
}

// Rubric is a loaded and validated evaluation framework.
type Rubric struct {
	ID      string
	Title   string
	TitleEN string
	Version string
	Source  string
	Status  string
	Note    string
	// TargetLevel is the national target level for every indicator, or 0
	// when the rubric states none.
	TargetLevel int

	Scales []*Scale
	// Domains is empty for a rubric whose aspects sit directly under it.
	Domains []*Domain
	// Aspects and Indicators list every aspect and indicator in order,
	// whatever the hierarchy.
	Aspects    []*Aspect
	Indicators []*Indicator
	// Bands are the predicate bands in ascending order.
	Bands    []*Band
	Rounding Rounding

	// Hash is the SHA-256 of the YAML the rubric was parsed from, in hex.
	Hash string
	// File is where the rubric came from: a path, or "builtin:ID".
	File string

	byID map[string]*Indicator
}

// Scale is a named level scale, such as the process-capability scale
// Rintisan..Optimum.
type Scale struct {
	ID     string
	Name   string
	NameEN string
	// Values is ValuesWhole when an indicator takes one of the levels, or
	// ValuesDecimal when it takes any decimal from the lowest level to the
	// highest (Indeks Pemdi 2026: 1.26, 2.5).
	Values string
	Levels []Level
}

// The kinds of value a scale admits.
const (
	// ValuesWhole: a value is one of the scale's levels (SPBE 2020).
	ValuesWhole = "levels"
	// ValuesDecimal: a value is any decimal within the scale's range, and
	// carries the label of its whole part.
	ValuesDecimal = "decimal"
)

// Decimal reports whether the scale admits decimal values between its
// levels.
func (s *Scale) Decimal() bool { return s.Values == ValuesDecimal }

// Level is one step of a scale.
type Level struct {
	Value   int
	Label   string
	LabelEN string
}

// Domain groups aspects.
type Domain struct {
	ID      string
	Name    string
	NameEN  string
	Weight  *big.Rat
	Aspects []*Aspect
	Line    int
}

// Aspect groups indicators.
type Aspect struct {
	ID         string
	Name       string
	NameEN     string
	Weight     *big.Rat
	Domain     *Domain // nil when the rubric has no domain layer
	Indicators []*Indicator
	Line       int
}

// Indicator is one assessed item: it receives a whole level of its scale.
type Indicator struct {
	ID       string
	Name     string
	NameEN   string
	Aliases  []string
	Weight   *big.Rat
	Scale    *Scale
	Aspect   *Aspect
	Question string
	// Criteria maps a level to the text that describes it, when the rubric
	// carries criteria.
	Criteria map[int]string
	// External is set when the indicator's value comes from another
	// agency's index; nil otherwise.
	External *External
	Line     int
}

// Band is a predicate band: an index in [From, To) earns Name; the highest
// band also includes its To.
type Band struct {
	Name   string
	NameEN string
	From   *big.Rat
	To     *big.Rat
	Color  string
	Line   int
}

// Rounding is how a rubric prints its numbers and which value its
// predicate reads.
type Rounding struct {
	// Decimals is how many decimals are printed.
	Decimals int
	// Mode is "half-up" or "half-even".
	Mode string
	// PredicateBasis is "exact" (the predicate reads the exact index) or
	// "rounded" (it reads the printed one).
	PredicateBasis string
}

// Indicator returns the indicator with the given id, or nil.
func (r *Rubric) Indicator(id string) *Indicator { return r.byID[id] }

// HasDomains reports whether the rubric has a domain layer.
func (r *Rubric) HasDomains() bool { return len(r.Domains) > 0 }

// Provisional reports whether the rubric says its figures are not final.
func (r *Rubric) Provisional() bool { return r.Status != StatusOfficial }

// LevelRange returns the lowest and highest level of any scale.
func (r *Rubric) LevelRange() (lo, hi int) {
	for i, s := range r.Scales {
		if i == 0 || s.Min() < lo {
			lo = s.Min()
		}
		if i == 0 || s.Max() > hi {
			hi = s.Max()
		}
	}
	return lo, hi
}

// MaxLevel is the highest level a scale may have: a batch keeps every
// sheet's levels in two bytes (real scales run 1..5 or 0..5).
const MaxLevel = 65535

// Band returns the predicate band that x falls in, or nil when x is outside
// every band.
func (r *Rubric) Band(x *big.Rat) *Band {
	for i, b := range r.Bands {
		top := i == len(r.Bands)-1
		if x.Cmp(b.From) >= 0 && (x.Cmp(b.To) < 0 || top && x.Cmp(b.To) == 0) {
			return b
		}
	}
	return nil
}

// Level returns the level with value v, and whether it exists.
func (s *Scale) Level(v int) (Level, bool) {
	for _, l := range s.Levels {
		if l.Value == v {
			return l, true
		}
	}
	return Level{}, false
}

// Min returns the lowest level of the scale.
func (s *Scale) Min() int { return s.Levels[0].Value }

// Max returns the highest level of the scale.
func (s *Scale) Max() int { return s.Levels[len(s.Levels)-1].Value }

// Labels returns the scale's labels in order, for messages.
func (s *Scale) Labels() []string {
	out := make([]string, len(s.Levels))
	for i, l := range s.Levels {
		out[i] = l.Label
	}
	return out
}

// Round rounds x to the policy's number of decimals.
func (p Rounding) Round(x *big.Rat) *big.Rat {
	if r, ok := p.roundSmall(x); ok {
		return r
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(p.Decimals)), nil)
	num := new(big.Int).Mul(x.Num(), scale)
	den := x.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	// q is truncated toward zero; the indices are never negative, but
	// handle the sign for completeness.
	twice := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
	c := twice.Cmp(den)
	up := c > 0 || c == 0 && (p.Mode != "half-even" || q.Bit(0) == 1)
	if up && m.Sign() != 0 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return new(big.Rat).SetFrac(q, scale)
}

// pow10 holds the powers of ten that fit in a uint64.
var pow10 = func() (t [20]uint64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

// RoundFloat is Round(x) as the nearest float64: the value of a cell a
// number format shows. When x rounds in machine words (see roundSmall)
// to q/10^d with q below 2^53, both are exact as float64s, and a float
// division is correctly rounded: the same float64 as big.Rat's, without
// making one.
func (p Rounding) RoundFloat(x *big.Rat) float64 {
	if q, scale, ok := p.roundWords(x); ok && q <= 1<<53 {
		return float64(q) / float64(scale)
	}
	f, _ := p.Round(x).Float64()
	return f
}

// roundSmall is Round in machine words, for what a report prints: an
// index or a value whose numerator and denominator fit in 64 bits, to at
// most 19 decimals. ok is false for anything else, which Round then
// rounds in big.Int. A consolidated workbook of 2,000 sheets rounds
// 30,000 numbers, and raising ten to a power in big.Int for each was 6 %
// of making it. The rounding is Round's: q = ⌊x·10^d⌋ with remainder m,
// and q goes up when 2m > den, or 2m = den unless the mode is half-even
// and q is even.
func (p Rounding) roundSmall(x *big.Rat) (r *big.Rat, ok bool) {
	q, scale, ok := p.roundWords(x)
	if !ok {
		return nil, false
	}
	return new(big.Rat).SetFrac(new(big.Int).SetUint64(q), new(big.Int).SetUint64(scale)), true
}

// roundWords is x rounded to q/scale, scale = 10^d, in machine words (see
// roundSmall).
func (p Rounding) roundWords(x *big.Rat) (q, scale uint64, ok bool) {
	if x.Sign() < 0 || p.Decimals < 0 || p.Decimals >= len(pow10) || !x.Num().IsUint64() || !x.Denom().IsUint64() {
		return 0, 0, false
	}
	n, den := x.Num().Uint64(), x.Denom().Uint64()
	scale = pow10[p.Decimals]
	hi, lo := bits.Mul64(n, scale)
	if hi >= den {
		return 0, 0, false // the quotient does not fit in 64 bits
	}
	q, m := bits.Div64(hi, lo, den)
	// 2m against den, without overflow: m < den.
	c := 0
	switch {
	case m > den-m:
		c = 1
	case m < den-m:
		c = -1
	}
	up := c > 0 || c == 0 && (p.Mode != "half-even" || q&1 == 1)
	if up && m != 0 {
		if q++; q == 0 {
			return 0, 0, false
		}
	}
	return q, scale, true
}

// Format prints x rounded to the policy's decimals, with the given decimal
// separator ("," for Indonesian, "." for English).
func (p Rounding) Format(x *big.Rat, sep string) string {
	s := p.Round(x).FloatString(p.Decimals)
	if sep != "." {
		s = strings.Replace(s, ".", sep, 1)
	}
	return s
}

// Exact prints x exactly when it has a finite decimal expansion of at most
// 12 digits, and otherwise to 12 decimals followed by "…".
func Exact(x *big.Rat) string {
	for d := 0; d <= 12; d++ {
		s := x.FloatString(d)
		if r, ok := new(big.Rat).SetString(s); ok && r.Cmp(x) == 0 {
			return s
		}
	}
	return x.FloatString(12) + "…"
}

// Decimal prints x as rubrics write weights and band bounds: with at least
// two decimals (1.30, 13.00), and exactly (33.333). Every number read by
// ParseDecimal, and every sum of them, has a finite decimal expansion that
// fits; anything else is printed as Exact prints it.
func Decimal(x *big.Rat) string {
	for d := 2; d <= maxDecimalLen; d++ {
		s := x.FloatString(d)
		if r, ok := new(big.Rat).SetString(s); ok && r.Cmp(x) == 0 {
			return s
		}
	}
	return Exact(x)
}

// plainDecimal reports whether s is a plain decimal number, its comma
// already a point: a sign, digits, at most one point. strconv.ParseFloat
// and big.Rat also read hexadecimal mantissas, binary exponents and
// underscores: "0x1p-9999999" is a ten-million-bit fraction that took
// 3 ms to build, from fourteen characters of a sheet.
func plainDecimal(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point:
			point = true
		default:
			return false
		}
	}
	return digits > 0
}

// maxDecimalLen bounds the length of a decimal number: a 32,767-digit cell
// took 3 ms to parse, and no weight, level or target needs more than a few
// digits.
const maxDecimalLen = 64

// ParseDecimal parses a decimal number such as "1.30", "13" or "2,75"
// exactly. Only plain decimals of up to 64 characters are numbers.
func ParseDecimal(s string) (*big.Rat, bool) {
	s = strings.TrimSpace(strings.Replace(s, ",", ".", 1))
	if len(s) > maxDecimalLen || !plainDecimal(s) {
		return nil, false
	}
	return new(big.Rat).SetString(s)
}
