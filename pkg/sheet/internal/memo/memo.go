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
	"maps"
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
// Lookups read a map that is never written once published, through an
// atomic pointer, without a lock: a batch's workers look up the same
// header texts for every sheet, and a read-write lock's count of readers,
// written by every lookup, passed between the processor cores. (A
// sync.Map would box every key it looks up, one allocation per lookup.)
// What is added goes to a second map under a mutex, holding the first's
// entries too, which replaces the first once as many lookups have missed
// the first as the second holds, or once it is full: each copy is paid
// for by as many misses, and a full table is read without a lock ever
// after, a miss computed directly.
type Table[K comparable, V any] struct {
	// Keep, when set, is given a key and its result before they are
	// remembered, and returns what is kept: copies of the texts in them
	// that are cut from a sheet (see Get). A result that is not
	// remembered is returned as computed, so compute need not copy
	// anything.
	Keep func(K, V) (K, V)

	read   atomic.Pointer[map[K]V] // never written once stored
	mu     sync.Mutex
	dirty  map[K]V // read's entries and those added since; nil when none were
	misses int     // lookups read did not answer since dirty was made
	full   atomic.Bool
}

// Get returns the remembered result for key, computing and remembering
// it when it is not there yet (and the table has room).
func (c *Table[K, V]) Get(key K, compute func(K) V) V {
	s, text := any(key).(string)
	if text && len(s) > MaxKey {
		return compute(key)
	}
	if m := c.read.Load(); m != nil {
		if v, ok := (*m)[key]; ok {
			return v
		}
	}
	if c.full.Load() {
		return compute(key)
	}
	c.mu.Lock()
	v, ok := c.dirty[key]
	if ok {
		c.missed()
	}
	c.mu.Unlock()
	if ok {
		return v
	}
	v = compute(key)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.full.Load() {
		return v
	}
	if c.dirty == nil {
		c.dirty = make(map[K]V)
		if m := c.read.Load(); m != nil {
			maps.Copy(c.dirty, *m)
		}
	}
	if _, ok := c.dirty[key]; !ok {
		// A text kept as a key must not hold on to the sheet it came
		// from (a cell's text shares the memory of its whole shared-string
		// table): it is copied, and Keep copies the rest.
		k, kept := key, v
		if text {
			k = any(strings.Clone(s)).(K)
		}
		if c.Keep != nil {
			k, kept = c.Keep(k, v)
		}
		c.dirty[k] = kept
	}
	if len(c.dirty) >= Limit {
		c.publish()
		c.full.Store(true)
		return v
	}
	c.missed()
	return v
}

// missed counts a lookup that read did not answer, and publishes dirty
// once they are as many as it holds. c.mu is held.
func (c *Table[K, V]) missed() {
	if c.misses++; c.misses >= len(c.dirty) {
		c.publish()
	}
}

// publish makes dirty the map lookups read. c.mu is held.
func (c *Table[K, V]) publish() {
	m := c.dirty
	c.read.Store(&m)
	c.dirty, c.misses = nil, 0
}
