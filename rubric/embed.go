// Package rubric holds the built-in rubrics as YAML files and embeds them
// into the binary. Each file NAME.yaml is the built-in rubric NAME; the Go
// model that reads them is package github.com/spbe-id/spbe/pkg/rubric.
package rubric

import "embed"

// FS holds the built-in rubric files, one NAME.yaml per rubric.
//
//go:embed *.yaml
var FS embed.FS
