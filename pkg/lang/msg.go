package lang

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
	"sync/atomic"
)

// This file is the catalogue's side for messages: the language a run
// speaks in (one per process, chosen from --lang or SPBE_LANG before the
// command tree is built), and messages that stay data — a key and its
// values — until they are printed.

var ui atomic.Value // Lang

// SetUI sets the language of every message this run prints.
func SetUI(l Lang) { ui.Store(l) }

// UI is the language of the run's messages: Indonesian unless SetUI said
// otherwise.
func UI() Lang {
	if l, ok := ui.Load().(Lang); ok {
		return l
	}
	return ID
}

// Localized is a value that has words in each language (a message, a
// list named with a plural).
type Localized interface {
	In(l Lang) string
}

// Msg is a message as data: a catalogue key and the values it names. It
// is an error, printed in the run's language; Key stays stable for
// machines.
type Msg struct {
	Key  string
	Args []any
}

// Errorf returns the message key with args as an error. An argument that
// is an error is wrapped: errors.Is and errors.As see through it.
func Errorf(key string, args ...any) error { return &Msg{Key: key, Args: args} }

// Sprintf is the message key with args in the run's language.
func Sprintf(key string, args ...any) string { return UI().Tf(key, args...) }

// S is the message key in the run's language.
func S(key string) string { return UI().T(key) }

// Error is the message in the run's language.
func (m *Msg) Error() string { return m.In(UI()) }

// In is the message in the language l.
func (m *Msg) In(l Lang) string { return l.Tf(m.Key, m.Args...) }

// Unwrap returns the errors among the message's values.
func (m *Msg) Unwrap() []error {
	var out []error
	for _, a := range m.Args {
		if err, ok := a.(error); ok {
			out = append(out, err)
		}
	}
	return out
}

// Tf formats the message key in l with args: a Localized value or an
// error that is one prints in l, and an exact number with l's decimal
// separator.
func (l Lang) Tf(key string, args ...any) string {
	vs := make([]any, len(args))
	for i, a := range args {
		vs[i] = l.arg(a)
	}
	return fmt.Sprintf(l.T(key), vs...)
}

func (l Lang) arg(a any) any {
	switch v := a.(type) {
	case Localized:
		return v.In(l)
	case error:
		// A wrapped message prints in the run's language.
		return v.Error()
	case *big.Rat:
		return l.Exact(v)
	case Dec:
		return strings.Replace(string(v), ".", l.Sep(), 1)
	case float64:
		return strings.Replace(fmt.Sprint(v), ".", l.Sep(), 1)
	}
	return a
}

// RoundingMode names a rubric's rounding mode (half-up, half-even) in
// the language; the rubric file keeps its own word.
func (l Lang) RoundingMode(mode string) string {
	if Has("rounding." + mode) {
		return l.T("rounding." + mode)
	}
	return mode
}

// Version is spbe's version as printed on a page: a build without one
// is a development build, said in the language.
func (l Lang) Version(v string) string {
	if v == "dev" || v == "" {
		return l.T("version.dev")
	}
	return v
}

// Dec is a decimal number written with a point, printed with the
// language's separator.
type Dec string

// Words is a value given in both languages.
type Words [2]string

// In picks the words of l.
func (w Words) In(l Lang) string {
	if l == EN {
		return w[1]
	}
	return w[0]
}

// Keys lists every message key, for the test that each has both
// languages.
func Keys() []string {
	out := make([]string, 0, len(messages))
	for k := range messages {
		out = append(out, k)
	}
	return out
}

// Pair is the Indonesian and English text of key.
func Pair(key string) [2]string { return messages[key] }

// Incomplete lists the catalogue's faults: a key without its Indonesian
// or English text, or whose two texts take different values. Tests call
// it once every package has added its messages.
func Incomplete() []string {
	var out []string
	for k, m := range messages {
		if strings.TrimSpace(m[0]) == "" || strings.TrimSpace(m[1]) == "" {
			out = append(out, fmt.Sprintf("message %q lacks a language: %q", k, m))
		}
		if verbs(m[0]) != verbs(m[1]) {
			out = append(out, fmt.Sprintf("message %q: Indonesian takes %q, English %q", k, verbs(m[0]), verbs(m[1])))
		}
	}
	sort.Strings(out)
	return out
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
