package workbook

import (
	"strings"
	"testing"
)

// An element that closes itself at one level deeper than maxXMLDepth is
// one level too deep for encoding/xml (it counts <b/> as a start), so the
// fast path must decline the part too rather than read it.
func TestReviewSelfClosingPastTheDepthLimit(t *testing.T) {
	data := []byte(strings.Repeat("<a>", maxXMLDepth) + "<b/>" + strings.Repeat("</a>", maxXMLDepth))
	if got := viaXML(data); got[len(got)-1] != "error" {
		t.Fatalf("encoding/xml read it: %v", got[len(got)-3:])
	}
	for _, general := range []bool{false, true} {
		if _, ok := tokensOf(data, general); ok {
			t.Errorf("onlyGeneral %v: the fast path took a part encoding/xml refuses as too deep", general)
		}
	}
	// One level less is as deep as encoding/xml reads, and taken.
	data = []byte(strings.Repeat("<a>", maxXMLDepth-1) + "<b/>" + strings.Repeat("</a>", maxXMLDepth-1))
	for _, general := range []bool{false, true} {
		onlyGeneral = general
		if !checkSame(t, "deepest", data) {
			t.Errorf("onlyGeneral %v: declined <b/> at depth %d", general, maxXMLDepth)
		}
		onlyGeneral = false
	}
}
