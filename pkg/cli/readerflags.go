package cli

import (
	"github.com/spf13/pflag"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// addReaderFlags adds the flags that settle what the sheet reader refuses
// to guess: which worksheet holds the table and which columns name the
// indicators, the headline levels and the self-assessed levels. Every
// refusal for an ambiguity names the flag that settles it.
func addReaderFlags(f *pflag.FlagSet, o *sheet.Options) {
	f.StringVar(&o.Sheet, "sheet", "", lang.S("cli.readerflags.read-answer-table-from"))
	f.StringVar(&o.IDColumn, "id-column", "", lang.S("cli.readerflags.column-that-names-indicators"))
	f.StringVar(&o.LevelColumn, "level-column", "", lang.S("cli.readerflags.column-levels-scored-by"))
	f.StringVar(&o.SelfColumn, "self-column", "", lang.S("cli.readerflags.column-self-assessed-levels"))
}
