//go:build !unix

package main

import "os"

// openFlags open a sheet as spbe does (pkg/sheet/open_other.go).
const openFlags = os.O_RDONLY
