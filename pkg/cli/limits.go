package cli

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/lang"
	"strconv"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Limit flags take a number within a range. Far above the range nothing
// real is met and sums on the limits overflow (--max-file-size
// 9223372036854775807 made the reader slice with a negative length); at or
// below zero a limit would forbid everything. A value outside the range is
// clamped to it, and a line on stderr says so before anything is read.
const (
	maxFileSizeCap  = 1 << 30  // 1 GiB: an answer sheet is read into memory
	maxUnzipSizeCap = 16 << 30 // 16 GiB of unpacked workbook
	maxRubricCap    = 256 << 20
	excelRows       = 1 << 20 // the most rows and columns a worksheet can have
	excelCols       = 1 << 14
	maxJobs         = 1024 // -j 9223372036854775807 made a channel too large to make
)

// boundedInt is a pflag.Value for an int64 or int limit flag that clamps
// what it is given to [lo, hi] and remembers that it did.
type boundedInt struct {
	set     func(int64)
	get     func() int64
	lo, hi  int64
	unit    string // "bytes", "rows", "columns"
	clamped string // what was given, when it was clamped
}

func (b *boundedInt) String() string { return strconv.FormatInt(b.get(), 10) }
func (b *boundedInt) Type() string {
	if b.unit == "bytes" {
		return "int64"
	}
	return "int"
}

func (b *boundedInt) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			// Past int64: the intent, the largest possible, is clear.
			v = b.hi + 1
			if s != "" && s[0] == '-' {
				v = b.lo - 1
			}
		} else {
			return lang.Errorf("cli.limits.q-not-whole-number", s)
		}
	}
	b.clamped = ""
	if v < b.lo || v > b.hi {
		b.clamped = s
		v = min(max(v, b.lo), b.hi)
	}
	b.set(v)
	return nil
}

// int64Limit and intLimit define a bounded limit flag on f.
func int64Limit(f *pflag.FlagSet, p *int64, name string, def, lo, hi int64, unit, usage string) {
	*p = def
	f.Var(&boundedInt{set: func(v int64) { *p = v }, get: func() int64 { return *p }, lo: lo, hi: hi, unit: unit},
		name, lang.Sprintf("cli.help.range", usage, lo, hi))
	f.Lookup(name).DefValue = strconv.FormatInt(def, 10)
}

func intLimit(f *pflag.FlagSet, p *int, name string, def, lo, hi int, unit, usage string) {
	intLimitP(f, p, name, "", def, lo, hi, unit, usage)
}

// intLimitP is intLimit with a one-letter shorthand.
func intLimitP(f *pflag.FlagSet, p *int, name, short string, def, lo, hi int, unit, usage string) {
	*p = def
	f.VarP(&boundedInt{set: func(v int64) { *p = int(v) }, get: func() int64 { return int64(*p) }, lo: int64(lo), hi: int64(hi), unit: unit},
		name, short, lang.Sprintf("cli.help.range", usage, lo, hi))
	f.Lookup(name).DefValue = strconv.Itoa(def)
}

// noteClampedLimits says on stderr which limit flags were clamped, and to
// what. It runs before every command.
func noteClampedLimits(cmd *cobra.Command, _ []string) error {
	cmd.Flags().Visit(func(fl *pflag.Flag) {
		if b, ok := fl.Value.(*boundedInt); ok && b.clamped != "" {
			fmt.Fprint(cmd.ErrOrStderr(), lang.Sprintf("cli.help.clamped",
				fl.Name, b.clamped, b.lo, b.hi, lang.S("cli.unit."+b.unit), fl.Value.String()))
		}
	})
	return nil
}
