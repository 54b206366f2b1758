package cell

import (
	"errors"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// SourceScore reads a source-score cell ("Skor Indeks Lain", not empty)
// for indicator in: the score of another agency's index, from which the
// indicator's value is converted. A score for an indicator not valued
// from another index, or one its index cannot have, gives a problem.
func SourceScore(raw string, in *rubric.Indicator) (rubric.Value, *Problem) {
	if in.External == nil {
		return rubric.Value{}, problem("score-not-external", []string{in.ID, raw}, "sheet.score-not-external", in.ID, raw)
	}
	v, err := in.External.ParseScore(raw)
	if err != nil {
		return v, problem("bad-source-score", []string{in.ID, raw}, "sheet.indicator-err", in.ID, err)
	}
	return v, nil
}

// Resolve decides the value of an indicator valued from another agency's
// index from its value cell and its source-score cell (either may be nil,
// for an empty cell) and the rubric's rule for a score not yet published
// (see rubric.Indicator.Resolve). A value and a score that disagree, or
// neither with no rule, give a problem naming both cells.
func Resolve(in *rubric.Indicator, value, score *rubric.Value, valueCell, scoreCell string) (rubric.Value, *Problem) {
	v, err := in.Resolve(value, score)
	if err == nil {
		return v, nil
	}
	var de *rubric.DisagreeError
	var me *rubric.MissingError
	switch {
	case errors.As(err, &de):
		x := in.External
		return v, problem("value-score-disagree",
			[]string{in.ID, valueCell, de.Value.Text, scoreCell, de.Score.Text, rubric.Decimal(de.Converted)},
			"sheet.value-score-disagree",
			in.ID, de.Value.Text, valueCell, x.Source, de.Score.Text, scoreCell, lang.Dec(rubric.Decimal(de.Converted)))
	case errors.As(err, &me):
		return v, problem("no-level", []string{in.ID}, "sheet.no-value-no-score", in.ID, in.External.Source)
	}
	return v, problem("bad-value", []string{in.ID, err.Error()}, "sheet.resolve-err", err)
}
