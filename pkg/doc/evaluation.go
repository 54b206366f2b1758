package doc

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

// This file holds what makes a single-sheet report an evaluation report
// an office can sign and file: the headline (verified or self-assessed,
// the targets, the change from the previous year), the verification
// carried through (the evaluator's notes and evidence), the
// recommendations in words (the rubric's criteria for the next level),
// the bands as ranges, the page frame and the sign-off block. Every
// format draws these fields; none computes them.

func init() {
	lang.AddMessages(map[string][2]string{
		"eval.title":           {"Laporan Hasil Evaluasi %s", "%s Evaluation Report"},
		"eval.verified":        {"Hasil verifikasi", "Verified result"},
		"eval.self":            {"Penilaian mandiri", "Self-assessment"},
		"eval.unverified":      {"Penilaian mandiri (belum diverifikasi)", "Self-assessment (not yet verified)"},
		"eval.national":        {"Target nasional", "National target"},
		"eval.national.text":   {"tingkat %d pada setiap indikator", "level %d on every indicator"},
		"eval.target":          {"Target instansi", "Agency's target"},
		"eval.target.met":      {"%s: tercapai (selisih %s)", "%s: met (difference %s)"},
		"eval.target.short":    {"%s: belum tercapai (kurang %s)", "%s: not met (short by %s)"},
		"eval.previous":        {"Tahun sebelumnya", "Previous year"},
		"eval.previous.text":   {"%s: %s (%s)", "%s: %s (%s)"},
		"eval.change":          {"Perubahan", "Change"},
		"eval.movers":          {"Aspek yang paling berubah", "Aspects that moved most"},
		"eval.mover":           {"%s %s: %s → %s (%s)", "%s %s: %s → %s (%s)"},
		"eval.verification":    {"Hasil Verifikasi per Indikator", "Verification per Indicator"},
		"eval.changed":         {"Berubah", "Changed"},
		"eval.changed.mark":    {"berubah", "changed"},
		"eval.explanation":     {"Penjelasan", "Explanation"},
		"eval.evaluator.note":  {"Catatan Evaluator", "Evaluator's note"},
		"eval.evidence":        {"Data Dukung", "Evidence"},
		"eval.assessor":        {"Nama Penilai", "Assessor"},
		"eval.pemda":           {"Pemerintah Daerah", "Local government"},
		"eval.bands":           {"Rentang predikat", "Predicate ranges"},
		"eval.band.here":       {"indeks berada di sini", "the index is here"},
		"eval.band.exact":      {"nilai tepat berada di sini", "the exact value is here"},
		"eval.band.printed":    {"indeks tercetak berada di sini", "the printed index is here"},
		"eval.steps":           {"Langkah Rekomendasi", "Recommended Steps"},
		"eval.step.criteria":   {"Yang dibutuhkan tingkat berikutnya", "What the next level requires"},
		"eval.step.nocriteria": {"(rubrik tidak memuat kriteria tingkat ini)", "(the rubric carries no criteria for this level)"},
		"eval.effort":          {"Upaya", "Effort"},
		"eval.gain.per.effort": {"Tambahan per upaya", "Gain per effort"},
		"eval.effortnote":      {"Upaya adalah ukuran relatif satu langkah naik satu tingkat (%s); bukan biaya dalam rupiah.", "Effort is the relative size of one step up one level (%s); not a cost in money."},
		"eval.plan":            {"Rencana dengan upaya terkecil menuju predikat %s: %d langkah, upaya %s.", "Plan of least effort to the predicate %s: %d steps, effort %s."},
		"eval.best":            {"Indikator dengan tambahan indeks terbesar per upaya", "Indicators with the largest index gain per effort"},
		"eval.signed":          {"%s, %s", "%s, %s"},
		"eval.signer.role":     {"Penilai,", "Assessor,"},
		"eval.signer.id":       {"NIP. %s", "ID %s"},
		"eval.page":            {"Halaman &P dari &N", "Page &P of &N"},
	})
}

// Headline is the top of a report: what the index is (the verified result,
// a self-assessment beside a verified one, or a self-assessment no one has
// verified yet) and the targets it is read against.
type Headline struct {
	// Label names the headline index: "Hasil verifikasi", or "Penilaian
	// mandiri (belum diverifikasi)" when the sheet has no verified column.
	Label string
	// Verified is true when the headline is a verified result.
	Verified bool
	// NationalTarget is the rubric's target level, and NationalText its
	// words; 0 and "" when the rubric has none.
	NationalTarget int
	NationalText   string
	// Target is the agency's own target index (--target-index), nil when
	// none was given; TargetText says whether it is met and by how much.
	Target     *big.Rat
	TargetMet  bool
	TargetText string
}

// Previous is an earlier evaluation of the same OPD and rubric, given with
// --previous or found by a batch.
type Previous struct {
	Result *score.Result
	// Year is the year the earlier evaluation names, or "" (then File
	// names it).
	Year, File string
}

// YearChange is the change from the previous evaluation.
type YearChange struct {
	// Label is the previous evaluation's year, or its file name.
	Label string
	Index *big.Rat
	Band  *rubric.Band
	// Diff is the current index less the previous one, exact.
	Diff *big.Rat
	// Movers are the aspects whose index moved most, largest change first
	// (at most MoversTop, none that did not move).
	Movers []Mover
	// Text is the change in one line, in the report's language.
	Text string
}

// MoversTop is how many aspects a report names as having moved most.
const MoversTop = 3

// Mover is an aspect whose index changed.
type Mover struct {
	ID, Name       string
	From, To, Diff *big.Rat
	// Text is the move in one line ("A3 Teknologi …: 2,50 → 2,75 (+0,25)").
	Text string
}

// Link is one piece of evidence: a URL is kept only for http(s) links, so
// that a cell never links to a local file or a script.
type Link struct {
	Text, URL string
}

// Verification is one indicator's line in the verification table: both
// levels, and what the OPD and the evaluator wrote.
type Verification struct {
	ID, Name, AspectID string
	// Self is the self-assessed level, 0 when the sheet has none; Verified
	// the headline level.
	Self, Verified int
	// SelfText and VerifiedText are the values as reports print them (on
	// a decimal scale, 1,26; else the level); Changed compares the exact
	// values, so 1,26 and 1,50 differ within level 1.
	SelfText, VerifiedText string
	Changed                bool
	Explanation            string
	EvaluatorNote          string
	Evidence               []Link
}

// RecStep is one raise of the recommended plan, in words: what the next level
// requires, from the rubric's criteria.
type RecStep struct {
	ID, Name string
	From, To int
	Effort   *big.Rat
	Gain     *big.Rat
	// Criteria are the rubric's texts for every level the step reaches,
	// From+1 to To; a level the rubric has no text for has "". None when
	// the rubric has no criteria for the indicator.
	Criteria []LevelText
}

// LevelText is what a level requires, in the rubric's words.
type LevelText struct {
	Level int
	Text  string
}

// RecGroup is the steps of one aspect, under its domain.
type RecGroup struct {
	DomainID, DomainName string
	AspectID, AspectName string
	Steps                []RecStep
}

// BandRange is one predicate band as a range of the index.
type BandRange struct {
	Band *rubric.Band
	// Range is "1,80 – < 2,60" (the top band closed: "4,20 – 5,00").
	Range string
	// Here is true for the band the predicate reads; Mark says so in
	// words, and also marks the exact value's band when rounding prints
	// the boundary.
	Here bool
	Mark string
}

// Signer is the optional sign-off block at the end of the summary.
type Signer struct {
	Name, ID, Place string
	// Date is the day of signing; zero for none.
	Date time.Time
}

// Lines are the sign-off block's lines: place and date, the role, blank
// lines to sign on, the name and the id.
func (s *Signer) Lines(l lang.Lang) []string {
	var place string
	switch {
	case s.Place != "" && !s.Date.IsZero():
		place = fmt.Sprintf(l.T("eval.signed"), s.Place, LongDate(l, s.Date))
	case s.Place != "":
		place = s.Place
	case !s.Date.IsZero():
		place = LongDate(l, s.Date)
	}
	out := []string{place, l.T("eval.signer.role"), "", "", s.Name}
	if s.ID != "" {
		out = append(out, fmt.Sprintf(l.T("eval.signer.id"), s.ID))
	}
	return out
}

var monthsID = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// LongDate is a date as a letter writes it: "30 November 2026".
func LongDate(l lang.Lang, t time.Time) string {
	if l == lang.EN {
		return t.Format("2 January 2006")
	}
	return fmt.Sprintf("%d %s %d", t.Day(), monthsID[t.Month()-1], t.Year())
}

// Title is the report's title, naming the OPD, the Pemda and the year
// when the sheet names them.
func (rep *Report) title() string {
	l, r := rep.Lang, rep.Result.Rubric
	t := fmt.Sprintf(l.T("eval.title"), l.Title(r))
	var who []string
	if a := rep.Answers; a != nil {
		for _, s := range []string{a.OPD, a.Agency} {
			if s != "" {
				who = append(who, s)
			}
		}
		if len(who) > 0 {
			t += ": " + strings.Join(who, ", ")
		}
		if a.Year != "" {
			t += " " + a.Year
		}
	}
	return t
}

// PageLabel is what a printed page's header names: the OPD (or the file),
// the Pemda and the year.
func (rep *Report) pageLabel() string {
	var parts []string
	if a := rep.Answers; a != nil {
		parts = append(parts, a.DisplayName())
		if a.Agency != "" {
			parts = append(parts, a.Agency)
		}
		if a.Year != "" {
			parts = append(parts, a.Year)
		}
	}
	return strings.Join(parts, " · ")
}

func (rep *Report) headline() Headline {
	l, r, res := rep.Lang, rep.Result.Rubric, rep.Result
	h := Headline{Label: l.T("eval.unverified")}
	if rep.Self != nil {
		h.Label, h.Verified = l.T("eval.verified"), true
	}
	if r.TargetLevel != 0 {
		h.NationalTarget = r.TargetLevel
		h.NationalText = fmt.Sprintf(l.T("eval.national.text"), r.TargetLevel)
	}
	if rep.Target != nil {
		h.Target = rep.Target
		d := new(big.Rat).Sub(res.Index, rep.Target)
		target := l.Num(r, rep.Target)
		if d.Sign() >= 0 {
			h.TargetMet = true
			h.TargetText = fmt.Sprintf(l.T("eval.target.met"), target, l.Delta(r, d))
		} else {
			h.TargetText = fmt.Sprintf(l.T("eval.target.short"), target, l.Num(r, new(big.Rat).Neg(d)))
		}
	}
	return h
}

func (rep *Report) change() *YearChange {
	p := rep.Previous
	if p == nil || p.Result == nil {
		return nil
	}
	l, r, res := rep.Lang, rep.Result.Rubric, rep.Result
	c := &YearChange{Label: p.Year, Index: p.Result.Index, Band: p.Result.Band, Diff: new(big.Rat).Sub(res.Index, p.Result.Index)}
	if c.Label == "" {
		c.Label = p.File
	}
	c.Text = fmt.Sprintf(l.T("eval.previous.text"), c.Label, l.Num(r, c.Index), l.Band(c.Band))
	prev := map[string]*big.Rat{}
	for _, a := range p.Result.Aspects {
		prev[a.Aspect.ID] = a.Index
	}
	for _, a := range res.Aspects {
		from, ok := prev[a.Aspect.ID]
		if !ok {
			continue
		}
		d := new(big.Rat).Sub(a.Index, from)
		if d.Sign() == 0 {
			continue
		}
		name := l.Name(a.Aspect.Name, a.Aspect.NameEN)
		c.Movers = append(c.Movers, Mover{ID: a.Aspect.ID, Name: name, From: from, To: a.Index, Diff: d,
			Text: fmt.Sprintf(l.T("eval.mover"), a.Aspect.ID, name, l.Num(r, from), l.Num(r, a.Index), l.Delta(r, d))})
	}
	// Largest move first, whichever way; equal moves in rubric order.
	sort.SliceStable(c.Movers, func(i, j int) bool {
		return new(big.Rat).Abs(c.Movers[i].Diff).Cmp(new(big.Rat).Abs(c.Movers[j].Diff)) > 0
	})
	c.Movers = c.Movers[:min(MoversTop, len(c.Movers))]
	return c
}

// verification lists every indicator with both levels and the notes;
// renderers show the changed ones and those with anything written.
func (rep *Report) verification() []Verification {
	var self score.Values
	if rep.Self != nil {
		self = rep.Self.Values()
	}
	a := rep.Answers
	l := rep.Lang
	var out []Verification
	for _, is := range rep.Result.Indicators {
		in := is.Indicator
		v := Verification{ID: in.ID, Name: l.Name(in.Name, in.NameEN), AspectID: in.Aspect.ID, Verified: is.Level,
			VerifiedText: NIText(l, in, is.Value, is.Level)}
		if self != nil {
			sv := self[in.ID]
			v.Self, v.SelfText = sv.Whole(), NIText(l, in, sv, sv.Whole())
			v.Changed = sv.Rat.Cmp(is.Value.Rat) != 0
		}
		if a != nil {
			v.Explanation = a.Notes[in.ID]
			v.EvaluatorNote = a.EvaluatorNotes[in.ID]
			v.Evidence = Links(a.Evidence[in.ID])
		}
		out = append(out, v)
	}
	return out
}

// Links splits an evidence cell into its pieces (one per line, or
// separated by blanks when every piece is a link), keeping a URL only for
// http and https links.
func Links(s string) []Link {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var parts []string
	for _, line := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		fields := strings.Fields(line)
		all := len(fields) > 1
		for _, f := range fields {
			all = all && isWebLink(f)
		}
		if all {
			parts = append(parts, fields...)
		} else {
			parts = append(parts, line)
		}
	}
	var out []Link
	for _, p := range parts {
		lk := Link{Text: p}
		if isWebLink(p) {
			lk.URL = p
		}
		out = append(out, lk)
	}
	return out
}

func isWebLink(s string) bool {
	ls := strings.ToLower(s)
	// A spreadsheet keeps links of up to 2,079 characters; a longer one
	// stays text.
	return (strings.HasPrefix(ls, "http://") || strings.HasPrefix(ls, "https://")) && len(s) > len("https://") && len(s) <= 2000 && !strings.ContainsAny(s, " \t\"<>")
}

// steps turns the plan's raises into words, grouped by domain and aspect
// in rubric order.
func (rep *Report) steps() []RecGroup {
	p := rep.Recommendations
	if p == nil || p.Status != insight.Reached {
		return nil
	}
	l := rep.Lang
	var groups []RecGroup
	index := map[string]int{}
	raises := append([]insight.Raise(nil), p.Raises...)
	order := map[string]int{}
	for i, in := range rep.Result.Rubric.Indicators {
		order[in.ID] = i
	}
	sort.SliceStable(raises, func(i, j int) bool { return order[raises[i].Indicator.ID] < order[raises[j].Indicator.ID] })
	for _, rs := range raises {
		in := rs.Indicator
		asp := in.Aspect
		k, ok := index[asp.ID]
		if !ok {
			g := RecGroup{AspectID: asp.ID, AspectName: l.Name(asp.Name, asp.NameEN)}
			if d := asp.Domain; d != nil {
				g.DomainID, g.DomainName = d.ID, l.Name(d.Name, d.NameEN)
			}
			groups = append(groups, g)
			k = len(groups) - 1
			index[asp.ID] = k
		}
		st := RecStep{ID: in.ID, Name: l.Name(in.Name, in.NameEN), From: rs.From, To: rs.To, Effort: rs.Cost, Gain: rs.Gain}
		// A rubric without criteria (pemdi-2026 carries none) gets no
		// criteria lines rather than one "no criteria" line per step.
		for lv := rs.From + 1; lv <= rs.To && len(in.Criteria) > 0; lv++ {
			st.Criteria = append(st.Criteria, LevelText{Level: lv, Text: in.Criteria[lv]})
		}
		groups[k].Steps = append(groups[k].Steps, st)
	}
	return groups
}

// PlanLead is the recommendations' first line in the words of a printed
// report (effort, not cost; no command to type).
func (rep *Report) planLead() string {
	p, l := rep.Recommendations, rep.Lang
	if p == nil {
		return ""
	}
	if p.Status == insight.Reached {
		return fmt.Sprintf(l.T("eval.plan"), TargetText(l, p), p.Steps, l.Precise(p.Cost, 0))
	}
	return RecommendLead(l, p)
}

// bandRanges are the rubric's bands as ranges, the headline's marked.
func (rep *Report) bandRanges() []BandRange {
	l, res := rep.Lang, rep.Result
	r := res.Rubric
	var out []BandRange
	for i, b := range r.Bands {
		top := i == len(r.Bands)-1
		br := BandRange{Band: b, Range: BandRangeText(l, r, b, top), Here: b == res.Band}
		switch {
		case res.ExactBand != res.RoundedBand && b == res.ExactBand && b == res.Band:
			br.Mark = l.T("eval.band.here") + " (" + l.T("eval.band.exact") + ")"
		case res.ExactBand != res.RoundedBand && b == res.ExactBand:
			br.Mark = l.T("eval.band.exact")
		case res.ExactBand != res.RoundedBand && b == res.RoundedBand && b != res.Band:
			br.Mark = l.T("eval.band.printed")
		case br.Here:
			br.Mark = l.T("eval.band.here")
		}
		out = append(out, br)
	}
	return out
}

// BandRangeText is a band as a range: "1,80 – < 2,60", or "4,20 – 5,00"
// for the top band, which includes its upper bound. Bounds print with at
// least the rubric's decimals, and more when they need them.
func BandRangeText(l lang.Lang, r *rubric.Rubric, b *rubric.Band, top bool) string {
	from, to := l.Precise(b.From, r.Rounding.Decimals), l.Precise(b.To, r.Rounding.Decimals)
	if top {
		return from + " – " + to
	}
	return from + " – < " + to
}

// PerEffortDecimals is how many decimals a gain per effort prints with,
// always: a column of them reads down evenly.
const PerEffortDecimals = 4

// PerEffort prints a gain per effort with PerEffortDecimals decimals,
// rounded half away from zero.
func PerEffort(l lang.Lang, x *big.Rat) string {
	return strings.Replace(x.FloatString(PerEffortDecimals), ".", l.Sep(), 1)
}
