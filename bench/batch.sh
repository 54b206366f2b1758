#!/usr/bin/env bash
# Benchmark of `spbe score DIR` on a folder of generated answer sheets.
#
# It writes N realistic sheets (bench/gen: pkg/fixture layouts, 47
# indicators, title rows, merged cells, about 8.6 KB each, every one with its
# own agency and levels) into a temporary folder, checks that spbe scores
# them all and that the peer finds the same predicate and index for each,
# then times, interleaved in each of RUNS rounds on the same files:
#
#   floor  bench/floor: only unzips each file and tokenises its worksheet
#          XML with encoding/xml, with as many workers as spbe
#   spbe   spbe score DIR (text ranking to /dev/null)
#   peer   ../shared/bench/peer_openpyxl.py DIR --workers 2 (Debian's
#          python3-openpyxl; what an evaluator would write instead)
#
# and prints the median wall time, CPU time (user+sys) and peak RSS of each,
# and the ratios. The machine may be shared: wall times are noisy, CPU times
# less so; both are reported.
#
# Usage: bench/batch.sh [N [RUNS]]        (defaults 2000 and 5)
#        PEER=0 bench/batch.sh 25000 3    (without the peer, which takes minutes)
# PEER_SCRIPT=path overrides where the peer is (from a worktree, for one);
# KEEP=1 keeps the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-2000}
runs=${2:-5}
peer_script=${PEER_SCRIPT:-../shared/bench/peer_openpyxl.py}
python=/usr/bin/python3
run_peer=${PEER:-1}
if [ "$run_peer" = 1 ] && { [ ! -f "$peer_script" ] || ! "$python" -c 'import openpyxl' 2>/dev/null; }; then
	echo "bench: no peer ($peer_script with Debian's python3-openpyxl); running without it" >&2
	run_peer=0
fi

tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] && echo "bench: kept $tmp" >&2 || rm -rf "$tmp"' EXIT
go build -o "$tmp/spbe" ./cmd/spbe
go build -o "$tmp/floor" ./bench/floor
go run ./bench/gen -n "$n" -o "$tmp/sheets"
bytes=$(du -sb "$tmp/sheets" | cut -f1)

# Correctness first: every sheet scores, and the peer computes the same
# index for each.
"$tmp/spbe" score -q --format json "$tmp/sheets" >"$tmp/spbe.json"
"$python" - "$tmp/spbe.json" "$n" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["scored"] == int(sys.argv[2]) and d["failed"] == 0, (d["scored"], d["failed"])
EOF
if [ "$run_peer" = 1 ]; then
	"$python" "$peer_script" "$tmp/sheets" --workers 2 >"$tmp/peer.txt"
	"$python" - "$tmp/spbe.json" "$tmp/peer.txt" <<'EOF'
import json, os, sys
from fractions import Fraction as F
spbe = {os.path.basename(e["file"]): e for e in json.load(open(sys.argv[1]), parse_float=str)["ranking"]}
peer = {f: (i, p) for f, i, p in (l.rstrip("\n").split("\t") for l in open(sys.argv[2]))}
assert len(peer) == len(spbe), "spbe scored %d sheets, the peer %d" % (len(spbe), len(peer))
printed = 0
for f, e in spbe.items():
    i, p = peer[f]
    exact = F(e["index_exact"])  # the exact index has at most 4 decimals here
    assert p == e["predicate"] and abs(exact - F(i)) <= F(1, 200), (f, e["index_exact"], e["predicate"], i, p)
    if str(e["index"]) != i:
        # Only where the exact index ends in a 5 at the third decimal,
        # which spbe rounds half up and the peer's binary float may not.
        assert (exact * 1000).denominator == 1 and (exact * 1000) % 10 == 5 and abs(F(str(e["index"])) - F(i)) == F(1, 100), (f, e["index_exact"], i)
        printed += 1
print("check: spbe and the peer agree on all %d predicates and indices; %d exact indices ending in"
      " 5 at the third decimal print one hundredth apart (the peer rounds a binary float)" % (len(spbe), printed))
EOF
fi

# measure TOOL CMD...: one timed run, appended as
# "wall cpu rss_kb" in $tmp/times.TOOL.
measure() {
	local tool=$1
	shift
	/usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || {
		echo "bench: $tool failed:" >&2
		cat "$tmp/stderr" >&2
		exit 1
	}
	awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$tmp/time" >>"$tmp/times.$tool"
}

tools="floor spbe"
[ "$run_peer" = 1 ] && tools="$tools peer"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$runs"); do
	measure floor "$tmp/floor" "$tmp/sheets"
	measure spbe "$tmp/spbe" score --progress none "$tmp/sheets"
	[ "$run_peer" = 1 ] && measure peer "$python" "$peer_script" "$tmp/sheets" --workers 2
	echo "run $r/$runs done"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

# median FILE COLUMN
median() {
	cut -d' ' -f"$2" "$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

echo
echo "$n sheets ($(awk -v b="$bytes" -v n="$n" 'BEGIN {printf "%.1f", b / n / 1024}') KiB each), $runs runs, $(nproc) cores, medians:"
printf '%-6s %10s %10s %12s\n' tool "wall s" "cpu s" "peak RSS MB"
for t in $tools; do
	printf '%-6s %10s %10s %12s\n' "$t" "$(median "$tmp/times.$t" 1)" "$(median "$tmp/times.$t" 2)" "$(awk -v k="$(median "$tmp/times.$t" 3)" 'BEGIN {printf "%.0f", k / 1024}')"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "spbe / floor: wall $(ratio "$(median "$tmp/times.spbe" 1)" "$(median "$tmp/times.floor" 1)")x, cpu $(ratio "$(median "$tmp/times.spbe" 2)" "$(median "$tmp/times.floor" 2)")x   (target: at most 2x)"
if [ "$run_peer" = 1 ]; then
	echo "peer / spbe:  wall $(ratio "$(median "$tmp/times.peer" 1)" "$(median "$tmp/times.spbe" 1)")x, cpu $(ratio "$(median "$tmp/times.peer" 2)" "$(median "$tmp/times.spbe" 2)")x   (target: at least 5x)"
fi
