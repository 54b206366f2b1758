package outfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPlan(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.xlsx")
	if err := os.WriteFile(in, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	ext := func(p string) (string, error) {
		if e := filepath.Ext(p); e != "" {
			return e, nil
		}
		return "", errors.New("no extension")
	}
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.json")
	outs, err := Plan([]string{a, b}, []string{in}, false, ext)
	if err != nil || len(outs) != 2 || outs[1] != (Planned[string]{Path: b, Format: ".json"}) {
		t.Fatalf("Plan = %v, %v", outs, err)
	}
	for _, c := range []struct {
		paths []string
		usage bool
		want  string
	}{
		{[]string{filepath.Join(dir, "noext")}, true, "no extension"},
		{[]string{a, filepath.Join(dir, ".", "a.md")}, true, "given twice"},
		{[]string{in}, false, ""}, // an input is never written over
	} {
		_, err := Plan(c.paths, []string{in}, false, ext)
		var ue *UsageError
		if err == nil || errors.As(err, &ue) != c.usage || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Plan(%q) = %v (usage %v), want usage %v and %q", c.paths, err, errors.As(err, &ue), c.usage, c.want)
		}
	}
}

func TestWritePlanned(t *testing.T) {
	dir := t.TempDir()
	outs := []Planned[string]{{Path: filepath.Join(dir, "a.txt"), Format: "A"}, {Path: filepath.Join(dir, "b.txt"), Format: "B"}}
	draw := func(f string, w io.Writer, d int) error { _, err := fmt.Fprintf(w, "%s%d", f, d); return err }
	if err := WritePlanned(outs, 7, false, draw); err != nil {
		t.Fatal(err)
	}
	for _, o := range outs {
		if got, _ := os.ReadFile(o.Path); string(got) != o.Format+"7" {
			t.Errorf("%s = %q", o.Path, got)
		}
	}
}
