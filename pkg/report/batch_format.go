package report

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// BatchFormat is an output format of a consolidated (batch) report.
type BatchFormat struct {
	Name       string
	Extensions []string
	Render     func(io.Writer, *Batch) error
	// Binary formats are not written to a terminal.
	Binary bool
}

var batchFormats = map[string]*BatchFormat{}

// registerBatch adds a batch format; each format's file registers itself.
func registerBatch(f *BatchFormat) { batchFormats[f.Name] = f }

// BatchFormatNames lists the batch format names, sorted.
func BatchFormatNames() []string {
	var names []string
	for n := range batchFormats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// BatchFormatByName returns the named batch format ("md" is markdown).
func BatchFormatByName(name string) (*BatchFormat, error) {
	switch name {
	case "md":
		name = "markdown"
	case "txt":
		name = "text"
	}
	if f, ok := batchFormats[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown format %q (%s)", name, strings.Join(BatchFormatNames(), ", "))
}

// BatchFormatForPath returns the batch format a file name's extension asks
// for.
func BatchFormatForPath(path string) (*BatchFormat, error) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range batchFormats {
		for _, e := range f.Extensions {
			if e == ext {
				return f, nil
			}
		}
	}
	return nil, fmt.Errorf("cannot tell the format of %q from its extension: use .xlsx, .md, .json or .txt, or give --format", path)
}
