// Package golden is the golden-file format of `spbe check`: the expected
// result of scoring one reference answer sheet, kept beside it as
// NAME.golden.json, and the comparison of a fresh result with it.
//
// A golden file is JSON laid out one fact per line, so that a change
// reads well in a diff of a pull request:
//
//	{
//	  "spbe_golden": 1,
//	  "rubric": {"id": "spbe-2020", "version": "2020"},
//	  "index": "2.1685",
//	  "index_rounded": "2.17",
//	  "predicate": "Cukup",
//	  "domains": [
//	    {"id": "D1", "index": "2.5", "index_rounded": "2.50"},
//	    ...
//	  ],
//	  "aspects": [
//	    {"id": "A5", "index": "28/11", "index_rounded": "2.55"},
//	    ...
//	  ],
//	  "self_assessment": { same keys from "index" on }
//	}
//
// "index" values are exact: a decimal when the value has a finite decimal
// expansion, otherwise a fraction such as "28/11", so that nothing is lost
// to rounding. "index_rounded" is the index as the rubric prints it. The
// predicate is the band's name. "self_assessment" is present only for a
// sheet with both self-assessed and verified levels; the top-level values
// are then the verified ones. "domains" is empty for a rubric without a
// domain layer. The file a golden belongs to is the sheet of the same name.
//
// The package knows nothing of files or folders: spbe check reads and
// writes them.
package golden

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"regexp"
	"strings"
	"sync"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// Version is the version of the golden format, written as "spbe_golden".
const Version = 1

// Suffix ends a golden file's name: the golden of dinkes.xlsx is
// dinkes.golden.json.
const Suffix = ".golden.json"

// Golden is the expected result of one answer sheet.
type Golden struct {
	Rubric RubricRef
	Score
	// Self is the self-assessed result of a sheet that also has verified
	// levels, or nil.
	Self *Score
}

// RubricRef names the rubric a golden was made with.
type RubricRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
}

// Score is one scored set of levels: the index, the predicate and every
// domain and aspect index.
type Score struct {
	Index        string  `json:"index"`
	IndexRounded string  `json:"index_rounded"`
	Predicate    string  `json:"predicate"`
	Domains      []Group `json:"domains"`
	Aspects      []Group `json:"aspects"`
}

// Group is the index of one domain or aspect.
type Group struct {
	ID           string `json:"id"`
	Index        string `json:"index"`
	IndexRounded string `json:"index_rounded"`
}

// FromResult makes the golden of a result, and of the self-assessed result
// when self is not nil.
func FromResult(res, self *score.Result) *Golden {
	r := res.Rubric
	g := &Golden{Rubric: RubricRef{ID: r.ID, Version: r.Version}, Score: scoreOf(res)}
	if self != nil {
		s := scoreOf(self)
		g.Self = &s
	}
	return g
}

func scoreOf(res *score.Result) Score {
	r := res.Rubric
	s := Score{Index: Exact(res.Index), IndexRounded: rounded(r, res.Index), Predicate: res.Band.Name,
		Domains: []Group{}, Aspects: []Group{}}
	for _, d := range res.Domains {
		s.Domains = append(s.Domains, Group{ID: d.Domain.ID, Index: Exact(d.Index), IndexRounded: rounded(r, d.Index)})
	}
	for _, a := range res.Aspects {
		s.Aspects = append(s.Aspects, Group{ID: a.Aspect.ID, Index: Exact(a.Index), IndexRounded: rounded(r, a.Index)})
	}
	return s
}

func rounded(r *rubric.Rubric, x *big.Rat) string { return lang.Rounded(r, x) }

// Exact writes x without loss: as a decimal when its decimal expansion is
// finite (2.1685, 3, and the 2.432166666666666668 that decimal values
// such as 1.1666666666666667 give), else as a fraction in lowest terms
// (28/11). It is lang.Fraction, the one place such values are written.
func Exact(x *big.Rat) string { return lang.Fraction(x) }

// The patterns are compiled on first use, not when every run of spbe
// starts.
var (
	exactRE   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$|^[0-9]+/[1-9][0-9]*$`) })
	decimalRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`) })
)

// ParseExact reads a value written by Exact.
func ParseExact(s string) (*big.Rat, bool) { return lang.ParseFraction(s) }

// Marshal writes g in the layout of the package comment, ending in a
// newline. The same golden always gives the same bytes.
func (g *Golden) Marshal() []byte {
	var b bytes.Buffer
	b.WriteString("{\n")
	fmt.Fprintf(&b, "  \"spbe_golden\": %d,\n", Version)
	fmt.Fprintf(&b, "  \"rubric\": {\"id\": %s, \"version\": %s},\n", str(g.Rubric.ID), str(g.Rubric.Version))
	writeScore(&b, &g.Score, "  ")
	if g.Self != nil {
		b.WriteString(",\n  \"self_assessment\": {\n")
		writeScore(&b, g.Self, "    ")
		b.WriteString("\n  }")
	}
	b.WriteString("\n}\n")
	return b.Bytes()
}

func writeScore(b *bytes.Buffer, s *Score, ind string) {
	fmt.Fprintf(b, "%s\"index\": %s,\n", ind, str(s.Index))
	fmt.Fprintf(b, "%s\"index_rounded\": %s,\n", ind, str(s.IndexRounded))
	fmt.Fprintf(b, "%s\"predicate\": %s,\n", ind, str(s.Predicate))
	writeGroups(b, "domains", s.Domains, ind)
	b.WriteString(",\n")
	writeGroups(b, "aspects", s.Aspects, ind)
}

func writeGroups(b *bytes.Buffer, key string, gs []Group, ind string) {
	if len(gs) == 0 {
		fmt.Fprintf(b, "%s%q: []", ind, key)
		return
	}
	fmt.Fprintf(b, "%s%q: [\n", ind, key)
	for i, g := range gs {
		fmt.Fprintf(b, "%s  {\"id\": %s, \"index\": %s, \"index_rounded\": %s}", ind, str(g.ID), str(g.Index), str(g.IndexRounded))
		if i < len(gs)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(b, "%s]", ind)
}

// str quotes s as a JSON string.
func str(s string) string {
	out, _ := json.Marshal(s)
	return string(out)
}

// file is the JSON shape of a golden, for decoding.
type file struct {
	Format *int       `json:"spbe_golden"`
	Rubric *RubricRef `json:"rubric"`
	Score
	Self *Score `json:"self_assessment"`
}

// Parse reads a golden file. Its error says what is wrong and, where it
// can, on which line; unknown keys are errors, as in rubric files.
func Parse(data []byte) (*Golden, error) {
	var f file
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, decodeError(data, err)
	}
	if dec.More() {
		return nil, lang.Errorf("golden.line-more-than-one", lineAt(data, int(dec.InputOffset())))
	}
	var problems []string
	// Each problem is worded from the catalogue, keyed by its English
	// format (messages.go).
	bad := func(format string, args ...any) { problems = append(problems, lang.Sprintf("golden:"+format, args...)) }
	switch {
	case f.Format == nil:
		bad(`"spbe_golden" is missing (this is not a golden file of spbe check)`)
	case *f.Format != Version:
		bad(`"spbe_golden" is %d; this spbe reads version %d`, *f.Format, Version)
	}
	if f.Rubric == nil || f.Rubric.ID == "" {
		bad(`"rubric" needs an "id"`)
	}
	checkScore(&f.Score, "", bad)
	if f.Self != nil {
		checkScore(f.Self, "self_assessment.", bad)
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "; "))
	}
	return &Golden{Rubric: *f.Rubric, Score: f.Score, Self: f.Self}, nil
}

func checkScore(s *Score, at string, bad func(string, ...any)) {
	checkValue(at+"index", s.Index, s.IndexRounded, bad)
	if s.Predicate == "" {
		bad("%q is missing", at+"predicate")
	}
	if s.Domains == nil {
		bad("%q is missing", at+"domains")
	}
	if s.Aspects == nil {
		bad("%q is missing", at+"aspects")
	}
	for _, list := range []struct {
		key string
		gs  []Group
	}{{"domains", s.Domains}, {"aspects", s.Aspects}} {
		seen := map[string]bool{}
		for i, g := range list.gs {
			where := fmt.Sprintf("%s%s[%d]", at, list.key, i)
			if g.ID == "" {
				bad("%s has no id", where)
			} else if seen[g.ID] {
				bad("%s: %s is listed twice", where, g.ID)
			}
			seen[g.ID] = true
			checkValue(where+".index", g.Index, g.IndexRounded, bad)
		}
	}
}

func checkValue(key, exact, rounded string, bad func(string, ...any)) {
	switch {
	case exact == "":
		bad("%q is missing", key)
	case !exactRE().MatchString(exact):
		bad("%s %q is not an exact number (a decimal such as 2.1685 or a fraction such as 28/11)", key, exact)
	}
	switch {
	case rounded == "":
		bad("%q is missing", key+"_rounded")
	case !decimalRE().MatchString(rounded):
		bad("%s_rounded %q is not a decimal number", key, rounded)
	}
}

func decodeError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return lang.Errorf("golden.syntax", lineAt(data, int(se.Offset)), se)
	case errors.As(err, &te):
		return lang.Errorf("golden.line-should-be-not", lineAt(data, int(te.Offset)), strings.ReplaceAll(te.Field, "Score.", ""), kindOf(te.Type.Kind().String()), te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return lang.Errorf("golden.file-ends-too-early")
	}
	msg := err.Error()
	if k, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		line := lineAt(data, bytes.Index(data, []byte(k+":"))+1)
		return lang.Errorf("golden.line-unknown-key", line, k)
	}
	if errors.Is(err, io.EOF) {
		return lang.Errorf("golden.file-empty")
	}
	return errors.New(strings.TrimPrefix(msg, "json: "))
}

func kindOf(k string) string {
	switch k {
	case "string":
		return lang.S("golden.kind.string")
	case "int":
		return lang.S("golden.kind.int")
	case "slice":
		return lang.S("golden.kind.list")
	case "ptr", "struct":
		return lang.S("golden.kind.object")
	}
	return k
}

// lineAt is the line of byte offset off in data, counted from 1.
func lineAt(data []byte, off int) int {
	if off < 0 {
		return 1
	}
	if off > len(data) {
		off = len(data)
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}
