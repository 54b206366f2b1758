package lang

import "testing"

// TestEveryMessageHasBothLanguages fails when a catalogue key lacks its
// Indonesian or English text, or when the two take different values
// (cmd/spbe runs the same check over every package's messages).
func TestEveryMessageHasBothLanguages(t *testing.T) {
	for _, p := range Incomplete() {
		t.Error(p)
	}
}

func TestMessageFollowsTheLanguage(t *testing.T) {
	AddMessages(map[string][2]string{"test.msg": {"target %s untuk %s", "target %s for %s"}})
	defer delete(messages, "test.msg")
	err := Errorf("test.msg", Dec("3.5"), Words{"indikator", "indicator"})
	SetUI(ID)
	if got := err.Error(); got != "target 3,5 untuk indikator" {
		t.Errorf("Indonesian: %q", got)
	}
	SetUI(EN)
	defer SetUI(ID)
	if got := err.Error(); got != "target 3.5 for indicator" {
		t.Errorf("English: %q", got)
	}
}
