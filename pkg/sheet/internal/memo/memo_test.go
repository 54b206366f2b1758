package memo

import (
	"strings"
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
	tb.m.Range(func(k, _ any) bool {
		s := k.(string)
		if unsafe.StringData(s) == unsafe.StringData(key) {
			t.Errorf("the key kept shares the memory of the text it was cut from")
		}
		return true
	})
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
	if n := tb.n.Load(); n != Limit {
		t.Errorf("the table holds %d entries, want %d", n, Limit)
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
	if calls != 2 || tb.n.Load() != 0 {
		t.Errorf("a %d-byte key was kept (%d entries, computed %d times)", len(long), tb.n.Load(), calls)
	}
	short := strings.Repeat("y", MaxKey)
	tb.Get(short, func(k string) int { return len(k) })
	if tb.n.Load() != 1 {
		t.Errorf("a %d-byte key was not kept", len(short))
	}
}
