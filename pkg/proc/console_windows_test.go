//go:build windows

package proc

import (
	"os"
	"testing"
)

// Under go test the console, if any, belongs to the shell that started the
// test, so spbe must not take it for a console of its own; a file is never
// a console.
func TestConsoleOnWindows(t *testing.T) {
	if ownConsole() {
		t.Error("ownConsole() = true under go test, whose console is the shell's")
	}
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if enableVT(f) {
		t.Error("enableVT(a regular file) = true")
	}
}
