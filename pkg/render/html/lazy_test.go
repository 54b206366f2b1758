package html

import (
	"fmt"
	"io"
	"os"
	"testing"
)

// TestMain checks, before any test has drawn a page, that initialising the
// package parsed no template: every run of spbe links this package, and
// most never write HTML.
func TestMain(m *testing.M) {
	if n := parsed.Load(); n != 0 {
		fmt.Fprintf(os.Stderr, "initialising package html parsed the page template %d time(s); it must wait for the first page\n", n)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// The page template is parsed once, on the first page, however many pages
// are written.
func TestThePageTemplateIsParsedOnceOnFirstUse(t *testing.T) {
	for range 3 {
		if err := write(io.Discard, &page{}); err != nil {
			t.Fatal(err)
		}
	}
	if n := parsed.Load(); n != 1 {
		t.Errorf("the page template was parsed %d times, want once", n)
	}
}
