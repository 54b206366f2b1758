package sheet_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// TestReadingDoesNotDependOnOrderOrConcurrency reads a mix of real and
// generated sheets one after another, then again from several goroutines in
// shuffled orders, and wants the same answers or errors each time. The
// reader reuses file and part buffers through pools across files: a string
// that still pointed into a buffer handed to the next file would show here
// as one sheet's text turning into another's.
func TestReadingDoesNotDependOnOrderOrConcurrency(t *testing.T) {
	r := spbe2020(t)
	files, _ := filepath.Glob("../../testdata/fixtures/*.xlsx")
	dir := t.TempDir()
	for i := range 8 {
		levels := make([]string, len(r.Indicators))
		for j := range levels {
			levels[j] = fmt.Sprint(1 + (i+j)%5)
		}
		path := filepath.Join(dir, fmt.Sprintf("gen-%d.xlsx", i))
		s := &fixture.Sheet{Rubric: r, Levels: levels, OPD: fmt.Sprintf("Dinas %s %d", strings.Repeat("Contoh ", i), i), Year: fmt.Sprint(2020 + i), Cover: i%2 == 0}
		if err := s.Write(path); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	read := func(path string) string {
		a, err := sheet.ReadFile(path, r, sheet.Options{})
		if err != nil {
			return "error: " + err.Error()
		}
		// JSON follows pointers (the stamp) and sorts maps.
		b, err := json.Marshal(a)
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	want := make([]string, len(files))
	for i, f := range files {
		want[i] = read(f)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(files))
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(g), 1))
			for range 3 {
				for _, i := range rng.Perm(len(files)) {
					if got := read(files[i]); !reflect.DeepEqual(got, want[i]) {
						errs <- fmt.Sprintf("%s read otherwise in a shuffled, concurrent batch: %s", filepath.Base(files[i]), firstDiff(got, want[i]))
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// firstDiff shows where two readings part.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	return fmt.Sprintf("…%s… where it was …%s…", got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)])
}
