// Command spbe scores SPBE / Indeks Pemdi answer sheets. See the README and
// `spbe --help`.
package main

import (
	"os"

	"github.com/spbe-id/spbe/pkg/cli"
)

func main() { os.Exit(cli.Main()) }
