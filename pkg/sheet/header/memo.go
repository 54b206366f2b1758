package header

import (
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/sheet/cell"
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

// A remembered text must not hold on to the sheet it came from: a cell's
// text, and what is cut from it, may share the memory of a whole
// shared-string table (4,096 of them held 35 MB). The tables' Keep copies
// what is cut from a cell, and only what is kept: most texts of a batch
// that are not remembered (a title naming the work unit, once the table
// is full) are seen once, and copying them was wasted.
var (
	classified = memo.Table[string, classification]{Keep: func(t string, c classification) (string, classification) {
		c.word, c.header = strings.Clone(c.word), strings.Clone(c.header)
		return t, c
	}}
	worded = memo.Table[whyKey, string]{Keep: func(k whyKey, s string) (whyKey, string) {
		k.word = strings.Clone(k.word)
		return k, s
	}}
)

// classifyText is classify, remembered.
func classifyText(text string) classification {
	return classified.Get(text, func(t string) classification {
		k, y, why, word := classify(t)
		return classification{k, y, why, word, cell.OneLine(t)}
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
