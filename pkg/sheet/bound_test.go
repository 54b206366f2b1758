package sheet

import (
	"fmt"
	"strings"
	"testing"
)

func TestClipArgsClipsOnlyQuotedTexts(t *testing.T) {
	long := strings.Repeat("x", 5000)
	args := clipArgs("%s: %5.2f%% of %q, %d, %q", []any{long, 1.5, long, 7, "short"})
	if args[0] != long {
		t.Errorf("a %%s argument (a phrase the reader made) was cut to %d bytes", len(args[0].(string)))
	}
	if want := strings.Repeat("x", 64) + "…"; args[2] != want {
		t.Errorf("the first %%q argument is %d bytes, want 64 characters and an ellipsis", len(args[2].(string)))
	}
	if args[4] != "short" || args[3] != 7 {
		t.Errorf("other arguments changed: %v", args[3:])
	}
	if got := clipArgs("%q and %q", []any{"a"}); len(got) != 1 {
		t.Errorf("more verbs than arguments: got %v", got)
	}
}

func TestBoundKeepsAHundredProblemsAndCountsTheRest(t *testing.T) {
	e := &Error{File: "f.xlsx"}
	for i := range 250 {
		e.Problems = append(e.Problems, Problem{Sheet: strings.Repeat("S", 1000), Msg: fmt.Sprint("problem ", i)})
	}
	bound(e, 50)
	if len(e.Problems) != MaxProblems+1 {
		t.Fatalf("got %d problems, want %d and one saying how many more", len(e.Problems), MaxProblems)
	}
	last := e.Problems[MaxProblems]
	if last.Code != "more-problems" || last.Values[0] != "200" || last.Msg != "and 200 more problems, not shown" {
		t.Errorf("last problem = %+v, want 200 more (150 cut here, 50 never kept)", last)
	}
	if n := len([]rune(e.Problems[0].Sheet)); n != 65 {
		t.Errorf("a sheet name is kept at %d characters, want 64 and an ellipsis", n)
	}
	small := &Error{Problems: []Problem{{Msg: "one"}}}
	if bound(small, 0); len(small.Problems) != 1 {
		t.Errorf("one problem became %d", len(small.Problems))
	}
}
