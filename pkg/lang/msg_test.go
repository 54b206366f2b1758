package lang

import (
	"strings"
	"testing"
)

// TestEveryMessageHasBothLanguages fails when a catalogue key lacks its
// Indonesian or English text, or when the two take different values.
func TestEveryMessageHasBothLanguages(t *testing.T) {
	for _, k := range Keys() {
		m := Pair(k)
		if strings.TrimSpace(m[0]) == "" || strings.TrimSpace(m[1]) == "" {
			t.Errorf("message %q lacks a language: %q", k, m)
		}
		if verbs(m[0]) != verbs(m[1]) {
			t.Errorf("message %q: Indonesian takes %q, English %q", k, verbs(m[0]), verbs(m[1]))
		}
	}
}

// verbs lists the formatting verbs of a message in order.
func verbs(s string) string {
	var b strings.Builder
	for i := 0; i < len(s)-1; i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.[]", s[j]) >= 0 {
			j++
		}
		if j < len(s) {
			b.WriteString(s[i : j+1])
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
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
