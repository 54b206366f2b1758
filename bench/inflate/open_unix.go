//go:build unix

package main

import (
	"os"
	"syscall"
)

// openFlags open a sheet as spbe does (pkg/sheet/open_unix.go).
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK
