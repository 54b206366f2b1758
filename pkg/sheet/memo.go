package sheet

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/spbe-id/spbe/pkg/lang"
)

// A batch reads the same template from every work unit, so the same
// header texts come back sheet after sheet: every cell of the rows above
// the table is classified, and the header row's columns are worded. Both
// are pure functions of their text (and of the run's language), so they
// are remembered, up to memoLimit entries each: a hostile file with a
// million distinct titles fills the table once and is then classified
// directly, costing what it did before.

// memoLimit bounds each remembered table.
const memoLimit = 4096

// classification is what classify decides about one header text, and the
// text as a header shows it (single-spaced).
type classification struct {
	kind      Kind
	year      int
	why, word string
	header    string
}

// memo is a bounded table of remembered results, safe for a batch's
// workers.
type memo[K comparable, V any] struct {
	m sync.Map
	n atomic.Int64
}

func (c *memo[K, V]) get(key K, compute func(K) V) V {
	if v, ok := c.m.Load(key); ok {
		return v.(V)
	}
	v := compute(key)
	if c.n.Load() < memoLimit {
		if _, loaded := c.m.LoadOrStore(key, v); !loaded {
			c.n.Add(1)
		}
	}
	return v
}

var (
	classified memo[string, classification]
	worded     memo[whyKey, string]
	cellNames  memo[int, string] // col<<21 | row: rows stop at 2^20
)

// classifyText is classify, remembered.
func classifyText(text string) classification {
	return classified.get(text, func(t string) classification {
		k, y, why, word := classify(t)
		return classification{k, y, why, word, strings.Join(strings.Fields(t), " ")}
	})
}

// whyKey is what whyText's result depends on.
type whyKey struct {
	lang      lang.Lang
	why, word string
}

// whyTextOf is whyText in the run's language, remembered.
func whyTextOf(why, word string) string {
	return worded.get(whyKey{lang.UI(), why, word}, func(k whyKey) string { return whyText(k.why, k.word) })
}
