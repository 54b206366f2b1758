package memo

import (
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// A key cut from a large text is kept as a copy: remembering it must not
// keep the whole text alive (a cell's text shares its table's memory).
func TestKeptKeysDoNotHoldTheirText(t *testing.T) {
	var tb Table[string, int]
	big := strings.Repeat("x", 1<<16)
	key := big[100:110]
	if got := tb.Get(key, func(k string) int { return len(k) }); got != 10 {
		t.Fatalf("Get = %d, want 10", got)
	}
	for s := range tb.entries() {
		if unsafe.StringData(s) == unsafe.StringData(key) {
			t.Errorf("the key kept shares the memory of the text it was cut from")
		}
	}
	if got := tb.Get(key, func(string) int { return -1 }); got != 10 {
		t.Errorf("a remembered key was computed again: %d", got)
	}
}

// The table stops growing at Limit, and goes on answering.
func TestTableIsBounded(t *testing.T) {
	var tb Table[int, int]
	for i := range Limit + 100 {
		if got := tb.Get(i, func(k int) int { return 2 * k }); got != 2*i {
			t.Fatalf("Get(%d) = %d", i, got)
		}
	}
	if n := len(tb.entries()); n != Limit {
		t.Errorf("the table holds %d entries, want %d", n, Limit)
	}
	if !tb.full.Load() {
		t.Errorf("a full table is not marked full: every miss takes the lock")
	}
}

// A long text is never kept: the table is bounded in bytes as well as in
// entries (4,096 cells of 32 KB each would be 128 MB).
func TestLongKeysAreNotKept(t *testing.T) {
	var tb Table[string, int]
	calls := 0
	long := strings.Repeat("y", MaxKey+1)
	for range 2 {
		if got := tb.Get(long, func(k string) int { calls++; return len(k) }); got != MaxKey+1 {
			t.Fatalf("Get = %d", got)
		}
	}
	if calls != 2 || len(tb.entries()) != 0 {
		t.Errorf("a %d-byte key was kept (%d entries, computed %d times)", len(long), len(tb.entries()), calls)
	}
	short := strings.Repeat("y", MaxKey)
	tb.Get(short, func(k string) int { return len(k) })
	if len(tb.entries()) != 1 {
		t.Errorf("a %d-byte key was not kept", len(short))
	}
}

// Workers share a table (run with -race).
func TestConcurrentGets(t *testing.T) {
	var tb Table[int, int]
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2 * Limit {
				if got := tb.Get((i*7+w)%(Limit+50), func(k int) int { return k + 1 }); got != (i*7+w)%(Limit+50)+1 {
					t.Errorf("Get = %d", got)
					return
				}
			}
		}()
	}
	wg.Wait()
	if len(tb.entries()) != Limit {
		t.Errorf("the table holds %d entries, want %d", len(tb.entries()), Limit)
	}
}

// Keep sees what is remembered, and only that: its key and result are
// what the table keeps, and a result computed once the table is full, or
// for a key too long, is returned as computed without being given to it.
func TestKeepIsGivenWhatIsRemembered(t *testing.T) {
	kept := 0
	tb := Table[int, string]{Keep: func(k int, v string) (int, string) {
		kept++
		return k, "kept " + v
	}}
	if got := tb.Get(1, func(int) string { return "one" }); got != "one" {
		t.Errorf("the first Get = %q, want the result as computed", got)
	}
	if got := tb.Get(1, func(int) string { return "again" }); got != "kept one" {
		t.Errorf("a remembered key gives %q, want what Keep returned", got)
	}
	for i := range Limit + 10 {
		tb.Get(i, func(int) string { return "n" })
	}
	if kept != Limit {
		t.Errorf("Keep was given %d results for a table of %d", kept, Limit)
	}
	long := Table[string, int]{Keep: func(k string, v int) (string, int) { kept = -1; return k, v }}
	long.Get(strings.Repeat("z", MaxKey+1), func(string) int { return 0 })
	if kept == -1 {
		t.Errorf("a key too long to remember was given to Keep")
	}
}

// entries is every remembered result, read or not yet.
func (c *Table[K, V]) entries() map[K]V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dirty != nil {
		return c.dirty
	}
	if m := c.read.Load(); m != nil {
		return *m
	}
	return nil
}

// What is added is read without the lock once it has been looked up
// again about as many times as the table holds, and a full table holds
// everything where it is read without the lock.
func TestAddedResultsAreReadWithoutTheLock(t *testing.T) {
	var tb Table[int, int]
	for i := range 10 {
		tb.Get(i, func(k int) int { return k })
	}
	for range 2 {
		for i := range 10 {
			if got := tb.Get(i, func(int) int { return -1 }); got != i {
				t.Fatalf("Get(%d) = %d", i, got)
			}
		}
	}
	if m := tb.read.Load(); m == nil || len(*m) != 10 || tb.dirty != nil {
		t.Errorf("after looking up 10 results twice, %d are read without the lock and %d wait", len(tb.entries())-len(tb.dirty), len(tb.dirty))
	}
	for i := range Limit {
		tb.Get(i, func(k int) int { return k })
	}
	if m := tb.read.Load(); !tb.full.Load() || m == nil || len(*m) != Limit || tb.dirty != nil {
		t.Errorf("a full table does not hold everything where it is read without the lock")
	}
}

// BenchmarkGetParallel looks up remembered header texts from every
// processor at once, as a batch's workers do.
func BenchmarkGetParallel(b *testing.B) {
	var tb Table[string, int]
	keys := make([]string, 24)
	for i := range keys {
		keys[i] = strings.Repeat("Tingkat Kematangan ", i%3+1) + string(rune('A'+i))
		tb.Get(keys[i], func(k string) int { return len(k) })
	}
	for _, k := range keys { // published
		tb.Get(k, func(k string) int { return len(k) })
	}
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			tb.Get(keys[i%len(keys)], func(k string) int { return len(k) })
			i++
		}
	})
}
