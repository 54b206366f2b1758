package rubric

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/spbe-id/spbe/pkg/safefile"
)

// MaxFileSize is the largest rubric file Load reads, by default. Real rubrics
// are well under 1 MiB even with every level's criteria.
const MaxFileSize = 4 << 20

// Problem is one thing wrong with a rubric file, at a line (0 when the
// problem belongs to the file as a whole).
type Problem struct {
	Line int
	Msg  string
}

// Error lists every problem found in a rubric file.
type Error struct {
	File     string
	Problems []Problem
}

func (e *Error) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		if p.Line > 0 {
			fmt.Fprintf(&b, "%s:%d: %s", e.File, p.Line, p.Msg)
		} else {
			fmt.Fprintf(&b, "%s: %s", e.File, p.Msg)
		}
	}
	return b.String()
}

// Load reads and parses the rubric file at path, refusing files larger than
// maxSize bytes (MaxFileSize when maxSize is 0).
func Load(path string, maxSize int64) (*Rubric, error) {
	if maxSize <= 0 {
		maxSize = MaxFileSize
	}
	// safefile refuses a pipe or a device before opening it: reading one
	// would wait, or read, without end.
	f, err := safefile.Open(path)
	if err != nil {
		if errors.Is(err, safefile.ErrNotRegular) || errors.Is(err, safefile.ErrFolder) {
			return nil, errorf("read rubric %s: %w", path, err)
		}
		return nil, errorf("read rubric %s: %w", path, openError{err})
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return nil, errorf("read rubric %s: %w", path, err)
	}
	if int64(len(data)) > maxSize {
		// A problem of the file, like an invalid one: a bad rubric, not a
		// wrong command line.
		return nil, &Error{File: path, Problems: []Problem{{Msg: Say("the file is larger than the %d-byte limit for a rubric (raise it with --max-rubric-size)", maxSize)}}}
	}
	return Parse(data, path)
}

// dec is an exact decimal read from YAML, with the line it stood on.
type dec struct {
	val  *big.Rat
	raw  string
	line int
}

func (d *dec) UnmarshalYAML(n *yaml.Node) error {
	d.line = n.Line
	d.raw = n.Value
	if n.Kind != yaml.ScalarNode {
		return errorf("line %d: expected a number", n.Line)
	}
	v, ok := ParseDecimal(n.Value)
	if !ok {
		return errorf("line %d: %q is not a decimal number", n.Line, n.Value)
	}
	d.val = v
	return nil
}

// pos is a string read from YAML, with the line it stood on.
type pos struct {
	s    string
	line int
}

func (p *pos) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return errorf("line %d: expected a single value", n.Line)
	}
	p.s, p.line = strings.TrimSpace(n.Value), n.Line
	return nil
}

type rawRubric struct {
	ID          pos         `yaml:"id"`
	Title       string      `yaml:"title"`
	TitleEN     string      `yaml:"title_en"`
	Version     string      `yaml:"version"`
	Source      string      `yaml:"source"`
	Status      pos         `yaml:"status"`
	Note        string      `yaml:"note"`
	TargetLevel int         `yaml:"target_level"`
	Rounding    rawRounding `yaml:"rounding"`
	Scales      []rawScale  `yaml:"scales"`
	Predicates  []rawBand   `yaml:"predicates"`
	Domains     []rawDomain `yaml:"domains"`
	Aspects     []rawAspect `yaml:"aspects"`
	Schema      string      `yaml:"$schema"`
}

type rawRounding struct {
	Decimals       *int   `yaml:"decimals"`
	Mode           string `yaml:"mode"`
	PredicateBasis string `yaml:"predicate_basis"`
}

type rawScale struct {
	ID     pos        `yaml:"id"`
	Name   string     `yaml:"name"`
	NameEN string     `yaml:"name_en"`
	Values pos        `yaml:"values"`
	Levels []rawLevel `yaml:"levels"`
}

type rawLevel struct {
	Value   pos    `yaml:"value"`
	Label   string `yaml:"label"`
	LabelEN string `yaml:"label_en"`
}

type rawBand struct {
	Name   pos    `yaml:"name"`
	NameEN string `yaml:"name_en"`
	From   dec    `yaml:"from"`
	To     dec    `yaml:"to"`
	Color  string `yaml:"color"`
}

type rawDomain struct {
	ID      pos         `yaml:"id"`
	Name    string      `yaml:"name"`
	NameEN  string      `yaml:"name_en"`
	Weight  dec         `yaml:"weight"`
	Aspects []rawAspect `yaml:"aspects"`
}

type rawAspect struct {
	ID         pos            `yaml:"id"`
	Name       string         `yaml:"name"`
	NameEN     string         `yaml:"name_en"`
	Weight     dec            `yaml:"weight"`
	Indicators []rawIndicator `yaml:"indicators"`
}

type rawIndicator struct {
	ID       pos            `yaml:"id"`
	Name     string         `yaml:"name"`
	NameEN   string         `yaml:"name_en"`
	Aliases  []string       `yaml:"aliases"`
	Weight   dec            `yaml:"weight"`
	Scale    pos            `yaml:"scale"`
	Question string         `yaml:"question"`
	Criteria map[int]string `yaml:"criteria"`
	External *rawExternal   `yaml:"external"`
	Note     string         `yaml:"note"`
}

// The patterns are compiled when a rubric is first parsed, not when the
// program starts: a built-in rubric is not parsed (see Builtin).
var yamlLineErr = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^line (\d+): (.*)$`) })
var unknownField = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^field (\S+) not found in type rubric\.raw(\w+)$`)
})

// Parse parses and validates a rubric from YAML. file names the source in
// messages. Unknown keys are errors, and every problem found is reported
// at once in an *Error.
func Parse(data []byte, file string) (*Rubric, error) {
	var raw rawRubric
	d := yaml.NewDecoder(bytes.NewReader(data))
	d.KnownFields(true)
	err := d.Decode(&raw)
	if errors.Is(err, io.EOF) {
		return nil, &Error{File: file, Problems: []Problem{{Msg: "the file is empty"}}}
	}
	var te *yaml.TypeError
	if err != nil && (!errors.As(err, &te) || duplicateKey(te)) {
		// A key given twice stops the decoder in the middle of its
		// mapping: what follows would be reported missing, wrongly.
		return nil, &Error{File: file, Problems: yamlProblems(err)}
	}
	sum := sha256.Sum256(data)
	v := &validator{r: &Rubric{File: file, Hash: hex.EncodeToString(sum[:])}}
	if err != nil {
		// Unknown keys and wrong types: report them with everything else.
		v.problems = yamlProblems(err)
	}
	v.build(&raw)
	if len(v.problems) > 0 {
		sort.SliceStable(v.problems, func(i, j int) bool { return v.problems[i].Line < v.problems[j].Line })
		return nil, &Error{File: file, Problems: v.problems}
	}
	return v.r, nil
}

// duplicateKey reports whether the decoder found a mapping key given twice.
func duplicateKey(te *yaml.TypeError) bool {
	for _, m := range te.Errors {
		if strings.Contains(m, "already defined at line") {
			return true
		}
	}
	return false
}

func yamlProblems(err error) []Problem {
	var te *yaml.TypeError
	var msgs []string
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	var out []Problem
	for _, m := range msgs {
		p := Problem{Msg: m}
		if g := yamlLineErr().FindStringSubmatch(m); g != nil {
			p.Line, _ = strconv.Atoi(g[1])
			p.Msg = g[2]
		}
		if g := unknownField().FindStringSubmatch(p.Msg); g != nil {
			p.Msg = Say("unknown key %q in %s", g[1], Say(strings.TrimPrefix(strings.ToLower(g[2]), "rubric.raw")))
		}
		if g := yamlDupKey().FindStringSubmatch(p.Msg); g != nil {
			n, _ := strconv.Atoi(g[2])
			p.Msg = Say("mapping key %q already defined at line %d", g[1], n)
		}
		p.Msg = strings.ReplaceAll(p.Msg, "rubric.raw", "")
		out = append(out, p)
	}
	return out
}

// yamlDupKey is the YAML decoder's word for a key given twice.
var yamlDupKey = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^mapping key "(.*)" already defined at line (\d+)$`)
})

type validator struct {
	r        *Rubric
	problems []Problem
}

func (v *validator) add(line int, format string, args ...any) {
	v.problems = append(v.problems, Problem{Line: line, Msg: Say(format, args...)})
}

// Say words a message of this package in the run's language: pkg/lang,
// which imports rubric and so cannot be imported by it, sets it to look
// the English format up in its catalogue (pkg/lang/rubric_messages.go).
var Say = fmt.Sprintf

// DecimalText is an exact decimal written with a point, in a message:
// Say prints it with the run's decimal separator.
type DecimalText string

// sayError is an error of this package worded by Say when it is printed.
type sayError struct {
	format string
	args   []any
}

func errorf(format string, args ...any) error { return &sayError{format, args} }

func (e *sayError) Error() string {
	return Say(strings.ReplaceAll(e.format, "%w", "%v"), e.args...)
}

func (e *sayError) Unwrap() []error {
	var out []error
	for _, a := range e.args {
		if err, ok := a.(error); ok {
			out = append(out, err)
		}
	}
	return out
}

func (v *validator) build(raw *rawRubric) {
	r := v.r
	r.ID, r.Title, r.TitleEN = raw.ID.s, strings.TrimSpace(raw.Title), raw.TitleEN
	r.Version, r.Source, r.Note = raw.Version, raw.Source, raw.Note
	r.Status, r.TargetLevel = raw.Status.s, raw.TargetLevel
	if r.ID == "" {
		v.add(0, "id is missing")
	} else if !validID().MatchString(r.ID) {
		v.add(raw.ID.line, "id %q must be lowercase letters, digits, dots and dashes", r.ID)
	}
	if r.Title == "" {
		v.add(0, "title is missing")
	}
	if r.Version == "" {
		v.add(0, "version is missing")
	}
	switch r.Status {
	case StatusOfficial, StatusProvisional, StatusDraft:
	case "":
		v.add(0, "status is missing (official, provisional or draft)")
	default:
		v.add(raw.Status.line, "status %q is not official, provisional or draft", r.Status)
	}
	v.rounding(raw.Rounding)
	v.scales(raw.Scales)
	v.hierarchy(raw)
	v.bands(raw.Predicates)
	if r.TargetLevel != 0 && len(r.Scales) > 0 {
		lo, hi := r.LevelRange()
		if r.TargetLevel < lo || r.TargetLevel > hi {
			v.add(0, "target_level %d is outside the levels %d..%d", r.TargetLevel, lo, hi)
		}
	}
}

var validID = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9][a-z0-9.-]*$`) })

func (v *validator) rounding(raw rawRounding) {
	p := Rounding{Decimals: 2, Mode: "half-up", PredicateBasis: "exact"}
	if raw.Decimals != nil {
		p.Decimals = *raw.Decimals
		if p.Decimals < 0 || p.Decimals > 6 {
			v.add(0, "rounding.decimals %d is outside 0..6", p.Decimals)
		}
	}
	switch raw.Mode {
	case "":
	case "half-up", "half-even":
		p.Mode = raw.Mode
	default:
		v.add(0, "rounding.mode %q is not half-up or half-even", raw.Mode)
	}
	switch raw.PredicateBasis {
	case "":
	case "exact", "rounded":
		p.PredicateBasis = raw.PredicateBasis
	default:
		v.add(0, "rounding.predicate_basis %q is not exact or rounded", raw.PredicateBasis)
	}
	v.r.Rounding = p
}

func (v *validator) scales(raws []rawScale) {
	if len(raws) == 0 {
		v.add(0, "no scales: a rubric needs at least one level scale")
	}
	seen := map[string]bool{}
	for _, rs := range raws {
		s := &Scale{ID: rs.ID.s, Name: rs.Name, NameEN: rs.NameEN}
		switch rs.Values.s {
		case "", ValuesWhole:
			s.Values = ValuesWhole
		case ValuesDecimal:
			s.Values = ValuesDecimal
		default:
			v.add(rs.Values.line, "scale %s: values %q is not %q or %q", s.ID, rs.Values.s, ValuesWhole, ValuesDecimal)
		}
		if s.ID == "" {
			v.add(rs.ID.line, "a scale has no id")
		} else if seen[s.ID] {
			v.add(rs.ID.line, "duplicate scale id %q", s.ID)
		}
		seen[s.ID] = true
		labels := map[string]bool{}
		for _, rl := range rs.Levels {
			n, err := strconv.Atoi(rl.Value.s)
			if err != nil {
				v.add(rl.Value.line, "scale %s: level value %q is not a whole number", s.ID, rl.Value.s)
				continue
			}
			if len(s.Levels) > 0 && n != s.Levels[len(s.Levels)-1].Value+1 {
				v.add(rl.Value.line, "scale %s: level %d does not follow level %d", s.ID, n, s.Levels[len(s.Levels)-1].Value)
			}
			if n < 0 {
				v.add(rl.Value.line, "scale %s: level %d is negative", s.ID, n)
			}
			if n > MaxLevel {
				v.add(rl.Value.line, "scale %s: level %d is above %d, the highest level a scale may have", s.ID, n, MaxLevel)
			}
			label := strings.TrimSpace(rl.Label)
			if label == "" {
				v.add(rl.Value.line, "scale %s: level %d has no label", s.ID, n)
			} else if labels[strings.ToLower(label)] {
				v.add(rl.Value.line, "scale %s: label %q is used twice", s.ID, label)
			}
			labels[strings.ToLower(label)] = true
			s.Levels = append(s.Levels, Level{Value: n, Label: label, LabelEN: rl.LabelEN})
		}
		if len(s.Levels) < 2 {
			v.add(rs.ID.line, "scale %s needs at least two levels", s.ID)
			continue
		}
		v.r.Scales = append(v.r.Scales, s)
	}
}

func (v *validator) scale(p pos, ind string) *Scale {
	if p.s == "" {
		if len(v.r.Scales) == 1 {
			return v.r.Scales[0]
		}
		if len(v.r.Scales) > 1 {
			v.add(p.line, "indicator %s names no scale, and the rubric has several", ind)
		}
		return nil
	}
	for _, s := range v.r.Scales {
		if s.ID == p.s {
			return s
		}
	}
	v.add(p.line, "indicator %s: unknown scale %q", ind, p.s)
	return nil
}

func (v *validator) weight(d dec, what string, line int) *big.Rat {
	if d.val == nil {
		v.add(line, "%s has no weight", what)
		return new(big.Rat)
	}
	if d.val.Sign() <= 0 {
		v.add(d.line, "%s: weight %s must be positive", what, d.raw)
	}
	return d.val
}

func (v *validator) hierarchy(raw *rawRubric) {
	r := v.r
	total := new(big.Rat)
	switch {
	case len(raw.Domains) > 0 && len(raw.Aspects) > 0:
		v.add(0, "a rubric has either domains or aspects at the top, not both")
		return
	case len(raw.Domains) == 0 && len(raw.Aspects) == 0:
		v.add(0, "no domains or aspects: the rubric has no indicators")
		return
	}
	domainIDs, aspectIDs := map[string]int{}, map[string]int{}
	r.byID = map[string]*Indicator{}
	for _, rd := range raw.Domains {
		d := &Domain{ID: rd.ID.s, Name: rd.Name, NameEN: rd.NameEN, Line: rd.ID.line}
		v.checkID(Say("domain"), d.ID, d.Line, domainIDs)
		d.Weight = v.weight(rd.Weight, Say("domain %s", d.ID), d.Line)
		if len(rd.Aspects) == 0 {
			v.add(d.Line, "domain %s has no aspects", d.ID)
		}
		sum := new(big.Rat)
		for _, ra := range rd.Aspects {
			a := v.aspect(ra, d, aspectIDs)
			d.Aspects = append(d.Aspects, a)
			sum.Add(sum, a.Weight)
		}
		if rd.Weight.val != nil && sum.Cmp(d.Weight) != 0 {
			v.add(rd.Weight.line, "domain %s: weight %s is not the sum of its aspects' weights (%s)", d.ID, rd.Weight.raw, DecimalText(Exact(sum)))
		}
		total.Add(total, d.Weight)
		r.Domains = append(r.Domains, d)
	}
	for _, ra := range raw.Aspects {
		a := v.aspect(ra, nil, aspectIDs)
		total.Add(total, a.Weight)
	}
	if hundred := big.NewRat(100, 1); total.Cmp(hundred) != 0 {
		v.add(0, "the top-level weights add up to %s, not 100", DecimalText(Exact(total)))
	}
}

func (v *validator) checkID(kind, id string, line int, seen map[string]int) {
	if id == "" {
		v.add(line, "a %s has no id", kind)
		return
	}
	if first, dup := seen[id]; dup {
		v.add(line, "duplicate %s id %q (first at line %d)", kind, id, first)
		return
	}
	seen[id] = line
}

func (v *validator) aspect(ra rawAspect, d *Domain, seen map[string]int) *Aspect {
	a := &Aspect{ID: ra.ID.s, Name: ra.Name, NameEN: ra.NameEN, Domain: d, Line: ra.ID.line}
	v.checkID(Say("aspect"), a.ID, a.Line, seen)
	a.Weight = v.weight(ra.Weight, Say("aspect %s", a.ID), a.Line)
	if len(ra.Indicators) == 0 {
		v.add(a.Line, "aspect %s has no indicators", a.ID)
	}
	sum := new(big.Rat)
	for _, ri := range ra.Indicators {
		in := &Indicator{ID: ri.ID.s, Name: strings.TrimSpace(ri.Name), NameEN: ri.NameEN, Aspect: a,
			Aliases: ri.Aliases, Question: ri.Question, Criteria: ri.Criteria, Line: ri.ID.line}
		if in.ID == "" {
			v.add(ri.Weight.line, "an indicator has no id")
		} else if first, dup := v.r.byID[in.ID]; dup {
			v.add(in.Line, "duplicate indicator id %q (first at line %d)", in.ID, first.Line)
		} else {
			v.r.byID[in.ID] = in
		}
		if in.Name == "" {
			v.add(in.Line, "indicator %s has no name", in.ID)
		}
		in.Weight = v.weight(ri.Weight, Say("indicator %s", in.ID), in.Line)
		in.Scale = v.scale(ri.Scale, in.ID)
		if in.Scale != nil {
			for lvl := range in.Criteria {
				if _, ok := in.Scale.Level(lvl); !ok {
					v.add(in.Line, "indicator %s: criteria for level %d, which scale %s does not have", in.ID, lvl, in.Scale.ID)
				}
			}
		}
		if ri.External != nil {
			in.External = v.external(ri.External, in)
		}
		sum.Add(sum, in.Weight)
		a.Indicators = append(a.Indicators, in)
		v.r.Indicators = append(v.r.Indicators, in)
	}
	if ra.Weight.val != nil && len(ra.Indicators) > 0 && sum.Cmp(a.Weight) != 0 {
		v.add(ra.Weight.line, "aspect %s: weight %s is not the sum of its indicators' weights (%s)", a.ID, ra.Weight.raw, DecimalText(Exact(sum)))
	}
	v.r.Aspects = append(v.r.Aspects, a)
	return a
}

func (v *validator) bands(raws []rawBand) {
	if len(raws) == 0 {
		v.add(0, "no predicates: a rubric needs at least one predicate band")
		return
	}
	names := map[string]bool{}
	for i, rb := range raws {
		b := &Band{Name: rb.Name.s, NameEN: rb.NameEN, From: rb.From.val, To: rb.To.val, Color: rb.Color, Line: rb.Name.line}
		if b.Name == "" {
			v.add(rb.From.line, "a predicate has no name")
		} else if names[b.Name] {
			v.add(b.Line, "duplicate predicate %q", b.Name)
		}
		names[b.Name] = true
		if b.From == nil || b.To == nil {
			v.add(b.Line, "predicate %s needs both from and to", b.Name)
			continue
		}
		if b.From.Cmp(b.To) >= 0 {
			v.add(rb.From.line, "predicate %s: from %s is not below to %s", b.Name, rb.From.raw, rb.To.raw)
		}
		if b.Color != "" && !validColor().MatchString(b.Color) {
			v.add(b.Line, "predicate %s: color %q is not #RRGGBB", b.Name, b.Color)
		}
		// An earlier band without bounds was not kept: compare with the
		// last band that was.
		if i > 0 && len(v.r.Bands) > 0 {
			prev := v.r.Bands[len(v.r.Bands)-1]
			switch c := b.From.Cmp(prev.To); {
			case c > 0:
				v.add(rb.From.line, "gap between predicates %s and %s: %s to %s is in no band", prev.Name, b.Name, DecimalText(Exact(prev.To)), DecimalText(Exact(b.From)))
			case c < 0:
				v.add(rb.From.line, "predicates %s and %s overlap from %s to %s", prev.Name, b.Name, DecimalText(Exact(b.From)), DecimalText(Exact(prev.To)))
			}
		}
		v.r.Bands = append(v.r.Bands, b)
	}
	if len(v.r.Bands) == 0 || len(v.r.Scales) == 0 {
		return
	}
	lo, hi := v.r.LevelRange()
	first, last := v.r.Bands[0], v.r.Bands[len(v.r.Bands)-1]
	if first.From.Cmp(big.NewRat(int64(lo), 1)) > 0 {
		v.add(first.Line, "the lowest predicate starts at %s, above the lowest possible index %d", DecimalText(Exact(first.From)), lo)
	}
	if last.To.Cmp(big.NewRat(int64(hi), 1)) < 0 {
		v.add(last.Line, "the highest predicate ends at %s, below the highest possible index %d", DecimalText(Exact(last.To)), hi)
	}
}

var validColor = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`) })

// openError says why a file could not be opened in the run's language
// ("no such file", not the system's English), and keeps the error for
// errors.Is.
type openError struct{ err error }

func (e openError) Error() string {
	switch {
	case errors.Is(e.err, fs.ErrNotExist):
		return Say("no such file")
	case errors.Is(e.err, fs.ErrPermission):
		return Say("permission denied")
	}
	var pe *fs.PathError
	if errors.As(e.err, &pe) {
		return pe.Err.Error()
	}
	return e.err.Error()
}

func (e openError) Unwrap() error { return e.err }
