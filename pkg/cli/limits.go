package cli

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// rubricSizeRange is the range of --max-rubric-size.
var rubricSizeRange = sheet.Range{Min: 1, Max: 256 << 20, Unit: "bytes"}

// limitFlag is a pflag.Value for an int64 or int limit flag: the range
// clamps what it is given (sheet.Range.Clamp), and the flag keeps the
// notice for noteClampedLimits.
type limitFlag struct {
	name   string
	set    func(int64)
	get    func() int64
	r      sheet.Range
	notice string
}

func (b *limitFlag) String() string { return strconv.FormatInt(b.get(), 10) }
func (b *limitFlag) Type() string {
	if b.r.Unit == "bytes" {
		return "int64"
	}
	return "int"
}

func (b *limitFlag) Set(s string) (err error) {
	var v int64
	if v, b.notice, err = b.r.Clamp(b.name, s); err == nil {
		b.set(v)
	}
	return err
}

// int64Limit and intLimitP define a limit flag on f within r.
func int64Limit(f *pflag.FlagSet, p *int64, name string, def int64, r sheet.Range, usage string) {
	*p = def
	addLimit(f, &limitFlag{name: name, set: func(v int64) { *p = v }, get: func() int64 { return *p }, r: r}, "", usage)
}

func intLimitP(f *pflag.FlagSet, p *int, name, short string, def int, r sheet.Range, usage string) {
	*p = def
	addLimit(f, &limitFlag{name: name, set: func(v int64) { *p = int(v) }, get: func() int64 { return int64(*p) }, r: r}, short, usage)
}

func addLimit(f *pflag.FlagSet, v *limitFlag, short, usage string) {
	f.VarP(v, v.name, short, lang.Sprintf("cli.help.range", usage, v.r.Min, v.r.Max))
	f.Lookup(v.name).DefValue = v.String()
}

// noteClampedLimits says on stderr which limit flags were clamped, and to
// what. It runs before every command.
func noteClampedLimits(cmd *cobra.Command, _ []string) error {
	cmd.Flags().Visit(func(fl *pflag.Flag) {
		if b, ok := fl.Value.(*limitFlag); ok && b.notice != "" {
			fmt.Fprint(cmd.ErrOrStderr(), b.notice)
		}
	})
	return nil
}
