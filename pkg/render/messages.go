package render

import "github.com/spbe-id/spbe/pkg/lang"

// This package's messages, in Indonesian and English.
func init() {
	lang.AddMessages(map[string][2]string{
		"render.unknown-format": {"format %q tidak dikenal (%s)",
			"unknown format %q (%s)"},
		"render.cannot-tell-format-from": {"format %q tidak dapat dikenali dari ekstensinya: pakai .xlsx, .html, .md, .json atau .txt, atau berikan --format",
			"cannot tell the format of %q from its extension: use .xlsx, .html, .md, .json or .txt, or give --format"},
		"render.unknown-format-2": {"format %q tidak dikenal (%s)",
			"unknown format %q (%s)"},
		"render.cannot-tell-format-from-2": {"format %q tidak dapat dikenali dari ekstensinya: pakai .xlsx, .html, .md, .json atau .txt, atau berikan --format",
			"cannot tell the format of %q from its extension: use .xlsx, .html, .md, .json or .txt, or give --format"},
		"render.unknown-format-text-markdown": {"format %q tidak dikenal (text, markdown, json atau html)",
			"unknown format %q (text, markdown, json or html)"},
	})
}
