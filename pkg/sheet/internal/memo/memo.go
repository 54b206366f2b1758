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
//
// It is a map under a read-write lock rather than a sync.Map: a
// sync.Map boxes every key it looks up, one allocation per lookup, and a
// batch looks up hundreds a sheet.
type Table[K comparable, V any] struct {
	// Keep, when set, is given a key and its result before they are
	// remembered, and returns what is kept: copies of the texts in them
	// that are cut from a sheet (see Get). A result that is not
	// remembered is returned as computed, so compute need not copy
	// anything.
	Keep func(K, V) (K, V)

	mu   sync.RWMutex
	m    map[K]V
	full atomic.Bool // no room left: a miss then takes no lock
}

// Get returns the remembered result for key, computing and remembering
// it when it is not there yet (and the table has room).
func (c *Table[K, V]) Get(key K, compute func(K) V) V {
	s, text := any(key).(string)
	if text && len(s) > MaxKey {
		return compute(key)
	}
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = compute(key)
	if c.full.Load() {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) < Limit {
		// A text kept as a key must not hold on to the sheet it came
		// from (a cell's text shares the memory of its whole shared-string
		// table): it is copied, and Keep copies the rest.
		if text {
			key = any(strings.Clone(s)).(K)
		}
		kept := v
		if c.Keep != nil {
			key, kept = c.Keep(key, v)
		}
		if c.m == nil {
			c.m = make(map[K]V)
		}
		if _, ok := c.m[key]; !ok {
			c.m[key] = kept
		}
	}
	c.full.Store(len(c.m) >= Limit)
	return v
}
