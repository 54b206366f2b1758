//go:build windows

package proc

import (
	"os"
	"unsafe"

	"golang.org/x/sys/windows"
)

// enableVT switches on virtual-terminal processing for f's console, so that
// the progress bar's "\r\033[K" redraws in place. It reports false when f is
// not a console or the console cannot (Windows before 10), and the caller
// then prints plain lines instead of a bar.
func enableVT(f *os.File) bool {
	h := windows.Handle(f.Fd())
	var mode uint32
	if err := windows.GetConsoleMode(h, &mode); err != nil {
		return false
	}
	if mode&windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0 {
		return true
	}
	return windows.SetConsoleMode(h, mode|windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING) == nil
}

var procGetConsoleProcessList = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetConsoleProcessList")

// ownConsole reports whether Windows made the console for this process
// alone, as it does when spbe.exe is double-clicked or a sheet is dropped
// on it in Explorer: that window closes the moment spbe exits. From a
// Command Prompt or PowerShell the console is shared with the shell, and
// the list holds two processes or more.
func ownConsole() bool {
	if procGetConsoleProcessList.Find() != nil {
		return false
	}
	var ids [2]uint32
	n, _, _ := procGetConsoleProcessList.Call(uintptr(unsafe.Pointer(&ids[0])), 2)
	return n == 1
}
