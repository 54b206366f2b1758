package cli

import (
	"github.com/spf13/pflag"

	"github.com/spbe-id/spbe/pkg/sheet"
)

// addReaderFlags adds the flags that settle what the sheet reader refuses
// to guess: which worksheet holds the table and which columns name the
// indicators, the headline levels and the self-assessed levels. Every
// refusal for an ambiguity names the flag that settles it.
func addReaderFlags(f *pflag.FlagSet, o *sheet.Options) {
	f.StringVar(&o.Sheet, "sheet", "", "read the answer table from the worksheet `NAME` only")
	f.StringVar(&o.IDColumn, "id-column", "", "the column that names the indicators, by header text or letter (`COLUMN`)")
	f.StringVar(&o.LevelColumn, "level-column", "", "the column of the levels scored, by header text or letter (`COLUMN`)")
	f.StringVar(&o.SelfColumn, "self-column", "", "the column of the self-assessed levels, by header text or letter (`COLUMN`)")
}
