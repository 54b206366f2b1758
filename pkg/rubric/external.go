package rubric

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// External says that an indicator's value comes from another agency's
// index (Indeks Pemdi 2026: indicator 5 from Bappenas's Satu Data Indonesia
// score), and how that score converts to a value of the indicator's scale:
// piecewise linear between Points, or by Bands. Exactly one of the two is
// set.
type External struct {
	// Source is the other index's name, SourceEN in English; Agency is who
	// publishes it.
	Source, SourceEN, Agency string
	// Points, in ascending order of score, convert a score linearly
	// between neighbouring points.
	Points []Point
	// Bands, in ascending order, convert a score in [From, To) to Value;
	// the highest band also includes its To.
	Bands []ScoreBand
	// Pending is the rule for an indicator whose agency has not published
	// its score yet; nil when the rubric states none.
	Pending *Pending

	indicator *Indicator
}

// Point is one breakpoint of a piecewise-linear conversion.
type Point struct{ Score, Value *big.Rat }

// ScoreBand is one band of a conversion by bands.
type ScoreBand struct{ From, To, Value *big.Rat }

// Pending is what a rubric takes while an agency has not published its
// score: the value, and why, in words for the people reading the result.
type Pending struct {
	Value            *big.Rat
	Reason, ReasonEN string
}

// Assumption is a value supplied by a pending rule, with the reason every
// output must show.
type Assumption struct {
	Indicator        *Indicator
	Reason, ReasonEN string
}

// Summary is the source, the conversion and the pending rule on one line,
// for rubric diffs: "Skor SDI (Bappenas): 0→1, 12.5→1.5, 100→5; pending 1".
// A nil External gives "".
func (e *External) Summary() string {
	if e == nil {
		return ""
	}
	var parts []string
	for _, p := range e.Points {
		parts = append(parts, Exact(p.Score)+"→"+Exact(p.Value))
	}
	for i, b := range e.Bands {
		end := ")" // the highest band includes its end
		if i == len(e.Bands)-1 {
			end = "]"
		}
		parts = append(parts, "["+Exact(b.From)+", "+Exact(b.To)+end+"→"+Exact(b.Value))
	}
	s := fmt.Sprintf("%s (%s): %s %s", e.Source, e.Agency, e.Method(), strings.Join(parts, ", "))
	if e.Pending != nil {
		s += "; pending " + Exact(e.Pending.Value)
	}
	return s
}

// Range returns the lowest and highest score the conversion accepts.
func (e *External) Range() (lo, hi *big.Rat) {
	if len(e.Points) > 0 {
		return e.Points[0].Score, e.Points[len(e.Points)-1].Score
	}
	return e.Bands[0].From, e.Bands[len(e.Bands)-1].To
}

// Method is "linear" or "bands".
func (e *External) Method() string {
	if len(e.Points) > 0 {
		return "linear"
	}
	return "bands"
}

// Convert returns the value a source score converts to, exactly. A score
// outside the conversion's range is an error.
func (e *External) Convert(score *big.Rat) (*big.Rat, error) {
	lo, hi := e.Range()
	if score.Cmp(lo) < 0 || score.Cmp(hi) > 0 {
		return nil, errorf("%s score %s is outside %s..%s", e.Source, DecimalText(Exact(score)), DecimalText(Exact(lo)), DecimalText(Exact(hi)))
	}
	if len(e.Points) > 0 {
		for i := 1; i < len(e.Points); i++ {
			a, b := e.Points[i-1], e.Points[i]
			if score.Cmp(b.Score) > 0 {
				continue
			}
			// a.Value + (score − a.Score) × (b.Value − a.Value) / (b.Score − a.Score)
			t := new(big.Rat).Sub(score, a.Score)
			t.Mul(t, new(big.Rat).Sub(b.Value, a.Value))
			t.Quo(t, new(big.Rat).Sub(b.Score, a.Score))
			return t.Add(t, a.Value), nil
		}
	}
	for i, b := range e.Bands {
		top := i == len(e.Bands)-1
		if score.Cmp(b.From) >= 0 && (score.Cmp(b.To) < 0 || top) {
			return new(big.Rat).Set(b.Value), nil
		}
	}
	// Unreachable: the range was checked and bands touch.
	return nil, errorf("%s score %s converts to no value", e.Source, DecimalText(Exact(score)))
}

// DisagreeError is a sheet that gives both an indicator's value and its
// source score, where the score converts to another value. The sheet
// reader adds the two cells.
type DisagreeError struct {
	Indicator *Indicator
	Value     Value
	Score     Value
	Converted *big.Rat
}

func (e *DisagreeError) Error() string {
	x := e.Indicator.External
	return Say("indicator %s: the value %s disagrees with the %s score %s, which converts to %s; give one of them, or make them agree",
		e.Indicator.ID, e.Value.Text, x.Source, e.Score.Text, Decimal(e.Converted))
}

// MissingError is an indicator given neither a value nor (for an
// indicator valued from another index) a source score, with no pending
// rule to fall back on.
type MissingError struct{ Indicator *Indicator }

func (e *MissingError) Error() string {
	return Say("indicator %s has no value", e.Indicator.ID)
}

// Resolve decides an indicator's value from what a sheet gave for it: value
// is the value cell (nil when empty), score the source-score cell (nil when
// empty or when the sheet has no such column). Both must already be parsed
// (value with the indicator's Scale.ParseValue; score with ParseScore).
//
//   - value only: the value, as written.
//   - score only: the converted value, with Source set to the score.
//   - both: the value as written, with Source set, when the score converts
//     to exactly that value; otherwise a *DisagreeError.
//   - neither: the pending rule's value with Assumed set, or a
//     *MissingError when the indicator has no pending rule.
func (in *Indicator) Resolve(value, score *Value) (Value, error) {
	x := in.External
	if score != nil && x == nil {
		return Value{}, errorf("indicator %s is not valued from another index, but a source score %s was given", in.ID, score.Text)
	}
	var conv *big.Rat
	if score != nil {
		var err error
		if conv, err = x.Convert(score.Rat); err != nil {
			return Value{}, errorf("indicator %s: %w", in.ID, err)
		}
	}
	switch {
	case value != nil && score != nil:
		if value.Rat.Cmp(conv) != 0 {
			return Value{}, &DisagreeError{Indicator: in, Value: *value, Score: *score, Converted: conv}
		}
		v := *value
		s := *score
		v.Source = &s
		return in.Scale.CheckValue(v)
	case value != nil:
		return in.Scale.CheckValue(*value)
	case score != nil:
		v := RatValue(conv)
		s := *score
		v.Source = &s
		return in.Scale.CheckValue(v)
	}
	if a := in.Assume(); a != nil {
		return *a, nil
	}
	return Value{}, &MissingError{Indicator: in}
}

// Assume returns the value the rubric's pending rule gives an indicator
// whose agency has not published its score, or nil when it has no such
// rule.
func (in *Indicator) Assume() *Value {
	if in.External == nil || in.External.Pending == nil {
		return nil
	}
	p := in.External.Pending
	v := RatValue(p.Value)
	if v.IsWhole() {
		v.Text = p.Value.Num().String()
	}
	v.Assumed = &Assumption{Indicator: in, Reason: p.Reason, ReasonEN: p.ReasonEN}
	return &v
}

// ParseScore reads a source score from its decimal text ("68,75", "25"),
// kept as written, and checks it is within the conversion's range.
func (x *External) ParseScore(text string) (Value, error) {
	t := strings.TrimSpace(text)
	s, ok := ParseDecimal(t)
	if !ok || strings.Contains(t, ".") && strings.Contains(t, ",") {
		return Value{}, errorf("%s score %q is not a number", x.Source, text)
	}
	lo, hi := x.Range()
	if s.Cmp(lo) < 0 || s.Cmp(hi) > 0 {
		return Value{}, errorf("%s score %q is outside %s..%s", x.Source, text, DecimalText(Exact(lo)), DecimalText(Exact(hi)))
	}
	return Value{Rat: s, Text: strings.TrimPrefix(strings.Replace(t, ",", ".", 1), "+")}, nil
}

type rawExternal struct {
	Source   string      `yaml:"source"`
	SourceEN string      `yaml:"source_en"`
	Agency   string      `yaml:"agency"`
	Points   []rawPoint  `yaml:"points"`
	Bands    []rawSBand  `yaml:"bands"`
	Pending  *rawPending `yaml:"pending"`
	Note     string      `yaml:"note"`
}

type rawPoint struct {
	Score dec `yaml:"score"`
	Value dec `yaml:"value"`
}

type rawSBand struct {
	From  dec `yaml:"from"`
	To    dec `yaml:"to"`
	Value dec `yaml:"value"`
}

type rawPending struct {
	Value    dec    `yaml:"value"`
	Reason   string `yaml:"reason"`
	ReasonEN string `yaml:"reason_en"`
}

// external validates an indicator's external source against its scale.
func (v *validator) external(raw *rawExternal, in *Indicator) *External {
	x := &External{Source: strings.TrimSpace(raw.Source), SourceEN: raw.SourceEN, Agency: strings.TrimSpace(raw.Agency), indicator: in}
	line := in.Line
	if x.Source == "" {
		v.add(line, "indicator %s: external has no source", in.ID)
	}
	if x.Agency == "" {
		v.add(line, "indicator %s: external has no agency", in.ID)
	}
	inScale := func(d dec, what string) bool {
		if d.val == nil {
			v.add(line, "indicator %s: external %s is missing", in.ID, what)
			return false
		}
		if in.Scale == nil {
			return true
		}
		if _, err := in.Scale.CheckValue(Value{Rat: d.val, Text: d.raw}); err != nil {
			reason := err.Error()
			var ve *ValueError
			if errors.As(err, &ve) {
				reason = ve.Reason
			}
			v.add(d.line, "indicator %s: external %s %s %s", in.ID, what, d.raw, reason)
			return false
		}
		return true
	}
	switch {
	case len(raw.Points) > 0 && len(raw.Bands) > 0:
		v.add(line, "indicator %s: external has both points and bands; give one conversion", in.ID)
	case len(raw.Points) == 1:
		v.add(line, "indicator %s: external needs at least two points", in.ID)
	case len(raw.Points) > 1:
		for i, rp := range raw.Points {
			ok := inScale(rp.Value, "point value")
			if rp.Score.val == nil {
				v.add(line, "indicator %s: external point %d has no score", in.ID, i+1)
				ok = false
			}
			if ok && len(x.Points) > 0 {
				prev := x.Points[len(x.Points)-1]
				if rp.Score.val.Cmp(prev.Score) <= 0 {
					v.add(rp.Score.line, "indicator %s: external point score %s does not follow %s", in.ID, rp.Score.raw, DecimalText(Exact(prev.Score)))
				}
				if rp.Value.val.Cmp(prev.Value) < 0 {
					v.add(rp.Value.line, "indicator %s: external point value %s is below the one before (%s)", in.ID, rp.Value.raw, DecimalText(Exact(prev.Value)))
				}
			}
			if ok {
				x.Points = append(x.Points, Point{Score: rp.Score.val, Value: rp.Value.val})
			}
		}
	case len(raw.Bands) > 0:
		for i, rb := range raw.Bands {
			ok := inScale(rb.Value, "band value")
			if rb.From.val == nil || rb.To.val == nil {
				v.add(line, "indicator %s: external band %d needs from and to", in.ID, i+1)
				continue
			}
			if rb.From.val.Cmp(rb.To.val) >= 0 {
				v.add(rb.From.line, "indicator %s: external band from %s is not below to %s", in.ID, rb.From.raw, rb.To.raw)
			}
			if n := len(x.Bands); n > 0 && rb.From.val.Cmp(x.Bands[n-1].To) != 0 {
				v.add(rb.From.line, "indicator %s: external band from %s does not start where the one before ends (%s)", in.ID, rb.From.raw, DecimalText(Exact(x.Bands[n-1].To)))
			}
			if ok {
				x.Bands = append(x.Bands, ScoreBand{From: rb.From.val, To: rb.To.val, Value: rb.Value.val})
			}
		}
	default:
		v.add(line, "indicator %s: external has no conversion (points or bands)", in.ID)
	}
	if raw.Pending != nil {
		if inScale(raw.Pending.Value, "pending value") {
			x.Pending = &Pending{Value: raw.Pending.Value.val, Reason: strings.TrimSpace(raw.Pending.Reason), ReasonEN: strings.TrimSpace(raw.Pending.ReasonEN)}
			if x.Pending.Reason == "" {
				v.add(raw.Pending.Value.line, "indicator %s: external pending has no reason; every output must say why a value was assumed", in.ID)
			}
		}
	}
	return x
}
