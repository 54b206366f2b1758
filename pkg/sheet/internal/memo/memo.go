// Package memo remembers the results of pure functions for the sheet
// reader and its packages, up to a bound, safely across a batch's workers.
//
// A batch reads the same template from every work unit, so the same texts
// come back sheet after sheet: the header texts above every table, the
// words that say why a column is what it is, the names of the cells read.
// Each table holds at most Limit entries: a hostile file with a million
// distinct titles fills it once, and the rest are computed directly,
// costing what they did before anything was remembered.
//
// It imports only the standard library.
package memo

import (
	"strings"
	"sync"
	"sync/atomic"
)

// Limit bounds each remembered table.
const Limit = 4096

// MaxKey bounds a remembered text key, in bytes: the texts worth
// remembering (headers, labels) are short, and a cell may hold 32 KB, so
// a table bounded only by its count could keep 4,096 of those (a crafted
// batch reached 2 GB). A longer key is computed every time.
const MaxKey = 256

// Table is a bounded table of remembered results, safe for concurrent
// use. Its zero value is empty and ready.
type Table[K comparable, V any] struct {
	m sync.Map
	n atomic.Int64
}

// Get returns compute(key), remembered: compute must be a pure function
// of key, and what it returns must not share memory with key.
func (c *Table[K, V]) Get(key K, compute func(K) V) V {
	if s, ok := any(key).(string); ok && len(s) > MaxKey {
		return compute(key)
	}
	if v, ok := c.m.Load(key); ok {
		return v.(V)
	}
	v := compute(key)
	if c.n.Load() < Limit {
		// A text kept as a key must not hold on to the sheet it came
		// from (a cell's text shares the memory of its whole shared-string
		// table): it is copied. compute must copy what it keeps likewise.
		if s, ok := any(key).(string); ok {
			key = any(strings.Clone(s)).(K)
		}
		if _, loaded := c.m.LoadOrStore(key, v); !loaded {
			c.n.Add(1)
		}
	}
	return v
}
