#!/usr/bin/python3
"""Checks a benchmark peer's indices and predicates against spbe's.

Usage: bench/compare.py SPBE_JSON PEER_OUTPUT exact|float NAME

SPBE_JSON is `spbe score --format json DIR`; PEER_OUTPUT has one line per sheet: file, index and
predicate, tab-separated. In exact mode the peer's index (a fraction or a decimal) must equal spbe's
exact index and its predicate spbe's. In float mode (a peer that sums in binary floating point) the
index must be within 1e-9 of spbe's exact index, and the predicate equal, except where the exact
index lies exactly on a band's lower bound and the float fell just below it: such sheets are the
peer's own errors, counted and printed, not a failure of the check. Exits 1 on any other
difference. Only the standard library is used.
"""
import json
import os
import sys
from fractions import Fraction

spbe_json, peer_out, mode, name = sys.argv[1:5]
with open(spbe_json, encoding="utf-8") as f:
    doc = json.load(f, parse_float=str)
spbe = {os.path.basename(e["file"]): e for e in doc["ranking"]}
peer = {}
with open(peer_out, encoding="utf-8") as f:
    for line in f:
        file, index, predicate = line.rstrip("\n").split("\t")
        peer[file] = (Fraction(index), predicate)
bad = []
if set(peer) != set(spbe):
    bad.append("spbe scored %d sheets, %s %d; differing: %s" % (
        len(spbe), name, len(peer), sorted(set(peer) ^ set(spbe))[:5]))
tolerance = Fraction(1, 10**9)
edge = []
for file in sorted(set(peer) & set(spbe)):
    e = spbe[file]
    exact = Fraction(e["index_exact"])
    index, predicate = peer[file]
    if mode == "exact":
        ok_index = index == exact
    else:
        ok_index = abs(index - exact) <= tolerance
    if not ok_index:
        bad.append("%s: spbe %s, %s %s" % (file, e["index_exact"], name, index))
    elif predicate != e["predicate"]:
        if mode == "float" and index < exact and (exact * 100).denominator == 1:
            edge.append("%s: exact index %s (a band's bound), %s %r: %s instead of %s" % (
                file, e["index_exact"], name, float(index), predicate, e["predicate"]))
        else:
            bad.append("%s: spbe %s %s, %s %s" % (file, e["index_exact"], e["predicate"], name, predicate))
for b in bad[:10]:
    print("check: %s" % b, file=sys.stderr)
if bad:
    print("check: %s disagrees with spbe on %d sheets" % (name, len(bad)), file=sys.stderr)
    sys.exit(1)
how = "exactly" if mode == "exact" else "within 1e-9 (it sums floats)"
print("check: %s agrees with spbe on all %d sheets: indices %s, predicates equal%s" % (
    name, len(spbe), how,
    "" if not edge else " except %d sheets on a band's bound, where its float fell below it" % len(edge)))
for e in edge[:5]:
    print("  " + e)
