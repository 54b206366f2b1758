package report

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// Renderer writes one report format.
type Renderer func(io.Writer, *Report) error

// Format is an output format of a single-sheet report.
type Format struct {
	Name       string
	Extensions []string
	Render     Renderer
	// Binary formats are not written to a terminal.
	Binary bool
}

var formats = map[string]*Format{}

// register adds a format; each format's file registers itself.
func register(f *Format) { formats[f.Name] = f }

func init() {
	register(&Format{Name: "text", Extensions: []string{".txt"}, Render: Text})
	register(&Format{Name: "markdown", Extensions: []string{".md", ".markdown"}, Render: Markdown})
	register(&Format{Name: "json", Extensions: []string{".json"}, Render: JSON})
}

// FormatNames lists the format names, sorted.
func FormatNames() []string {
	var names []string
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// FormatByName returns the named format ("md" is markdown).
func FormatByName(name string) (*Format, error) {
	switch name {
	case "md":
		name = "markdown"
	case "txt":
		name = "text"
	}
	if f, ok := formats[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown format %q (%s)", name, strings.Join(FormatNames(), ", "))
}

// FormatForPath returns the format a file name's extension asks for.
func FormatForPath(path string) (*Format, error) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		for _, e := range f.Extensions {
			if e == ext {
				return f, nil
			}
		}
	}
	return nil, fmt.Errorf("cannot tell the format of %q from its extension: use .xlsx, .md, .json or .txt, or give --format", path)
}
