package outfile

import (
	"os"
	"testing"

	"github.com/spbe-id/spbe/pkg/lang"
)

// The unit tests read the English messages; the testscript scripts
// check both languages through the binary.
func TestMain(m *testing.M) {
	lang.SetUI(lang.EN)
	os.Exit(m.Run())
}
