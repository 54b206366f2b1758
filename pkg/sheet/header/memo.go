package header

import (
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/sheet/internal/memo"
)

// A batch reads the same template from every work unit, so the same
// header texts come back sheet after sheet: every cell of the rows above
// the table is classified, and the header row's columns are worded. Both
// are pure functions of their text (and of the run's language), so they
// are remembered, within memo.Limit entries each.

// classification is what classify decides about one header text, and the
// text as a header shows it (single-spaced).
type classification struct {
	kind      Kind
	year      int
	why, word string
	header    string
}

var (
	classified memo.Table[string, classification]
	worded     memo.Table[whyKey, string]
)

// classifyText is classify, remembered.
func classifyText(text string) classification {
	return classified.Get(text, func(t string) classification {
		k, y, why, word := classify(t)
		// A remembered text must not hold on to the sheet it came from:
		// a cell's text, and what is cut from it, may share the memory of
		// a whole shared-string table (4,096 of them held 35 MB).
		return classification{k, y, why, strings.Clone(word), strings.Clone(strings.Join(strings.Fields(t), " "))}
	})
}

// whyKey is what whyText's result depends on.
type whyKey struct {
	lang      lang.Lang
	why, word string
}

// whyTextOf is whyText in the run's language, remembered.
func whyTextOf(why, word string) string {
	return worded.Get(whyKey{lang.UI(), why, word}, func(k whyKey) string { return whyText(k.why, k.word) })
}
