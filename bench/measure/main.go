//go:build unix

// Command measure runs a command once and prints, on one line, its wall
// time and CPU time (user plus system, of the command and its children) in
// seconds with microsecond resolution and its peak resident set size in
// KiB: "wall cpu rss_kib". The command's output goes to /dev/null; if it
// fails, its standard error is shown and measure exits 1. /usr/bin/time
// rounds CPU time to 10 ms, too coarse for the smoke run's 200 sheets.
//
// Usage: measure [-o FILE] -- COMMAND [ARG...]   (-o appends the line to FILE)
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	out := flag.String("o", "", "append the line to `FILE` instead of printing it")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: measure [-o FILE] -- COMMAND [ARG...]")
		os.Exit(2)
	}
	cmd := exec.Command(args[0], args[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		fmt.Fprintf(os.Stderr, "measure: %v: %v\n%s", args, err, stderr.Bytes())
		os.Exit(1)
	}
	st := cmd.ProcessState
	rss := int64(0)
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss // KiB on Linux
	}
	line := fmt.Sprintf("%.6f %.6f %d\n", wall.Seconds(), (st.UserTime() + st.SystemTime()).Seconds(), rss)
	if *out == "" {
		fmt.Print(line)
		return
	}
	f, err := os.OpenFile(*out, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err == nil {
		_, err = f.WriteString(line)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}
