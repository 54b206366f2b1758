// Command genbuiltin writes pkg/rubric/builtin_gen.go, the built-in
// rubrics as Go literals, from the YAML under rubric/. It runs from
// go generate in pkg/rubric, built with the tag spbe_nogen so that it
// builds even when the file it replaces no longer compiles.
package main

import (
	"fmt"
	"os"

	"github.com/spbe-id/spbe/pkg/rubric/internal/gen"
)

func main() {
	src, err := gen.Source()
	if err == nil {
		err = os.WriteFile(gen.File, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genbuiltin:", err)
		os.Exit(1)
	}
}
