#!/usr/bin/env bash
# Batch benchmark: `spbe score DIR` on a folder of generated answer sheets,
# against two floors and two peers, in one run. (bench/run.sh runs this and
# the other measurements of the benchmark; see there.)
#
# It writes N realistic sheets (bench/gen: pkg/fixture layouts, 47
# indicators, title rows, merged cells, about 8.5 KiB each, every one with
# its own agency and levels) into a temporary folder, checks that spbe
# scores them all and that each peer finds the same index and predicate for
# every sheet (bench/compare.py), then times, interleaved in each of RUNS
# rounds on the same files:
#
#   inflate   bench/inflate: reads each zip's directory and inflates the
#             parts a reader needs (rels, workbook, shared strings,
#             worksheets, custom properties); parses nothing. What no
#             reader can avoid: the true floor.
#   tokenise  bench/floor: unzips each file and tokenises its worksheet
#             XML with encoding/xml. The old floor, kept for comparison; it
#             costs more than a fast reader needs, so it is not the limit.
#   spbe      spbe score DIR (the text ranking to /dev/null)
#   excelize  bench/peer-excelize: OpenFile + GetRows, what a Go programmer
#             writes instead; weights from the rubric YAML, exact (big.Rat),
#             so its indices are checked exactly
#   openpyxl  bench/peer_openpyxl.py, Debian's python3-openpyxl and
#             python3-yaml, what an evaluator's analyst writes instead; it
#             sums floats, so its indices are checked within 1e-9
#
# All use one worker per core. It prints the median wall time, CPU time
# (user+sys, children included) and peak RSS of each, per-sheet times and
# the ratios. The machine may be shared: wall times are noisy, CPU times
# less so; both are reported, with the load average.
#
# Usage: bench/batch.sh [N [RUNS]]          (defaults 2000 and 5)
#   PEER=0             without the peers (the openpyxl one takes minutes)
#   MAX_CPU_RATIO=X    fail unless spbe's CPU time is at most X times the
#                      inflate floor's (the lowest of the RUNS of each, the
#                      run least disturbed by other load); for CI
#   SHEETS=DIR         use the N sheets already in DIR instead of generating
#   KEEP=1             keep the temporary folder
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-2000}
runs=${2:-5}
python=/usr/bin/python3
run_peer=${PEER:-1}
run_openpyxl=$run_peer
if [ "$run_peer" = 1 ] && ! "$python" -c 'import openpyxl, yaml' 2>/dev/null; then
	echo "bench: no openpyxl peer (needs Debian's python3-openpyxl and python3-yaml); running without it" >&2
	run_openpyxl=0
fi

tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] && echo "bench: kept $tmp" >&2 || rm -rf "$tmp"' EXIT
# spbe is built as .ci/release builds what users run (static, stripped,
# paths trimmed), as bench/run.sh builds it for its other parts.
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$tmp/spbe" ./cmd/spbe
go build -o "$tmp/inflate" ./bench/inflate
go build -o "$tmp/tokenise" ./bench/floor
go build -o "$tmp/measure" ./bench/measure
[ "$run_peer" = 1 ] && go build -o "$tmp/excelize" ./bench/peer-excelize
sheets=${SHEETS:-$tmp/sheets}
[ -n "${SHEETS:-}" ] || go run ./bench/gen -n "$n" -o "$sheets"
have=$(find "$sheets" -maxdepth 1 -name '*.xlsx' | wc -l)
[ "$have" = "$n" ] || { echo "bench: $sheets holds $have sheets, not $n" >&2; exit 1; }
bytes=$(du -sb "$sheets" | cut -f1)

# Correctness first: every sheet scores, and every peer computes the same
# index and predicate for each.
"$tmp/spbe" score -q --format json "$sheets" >"$tmp/spbe.json"
"$python" - "$tmp/spbe.json" "$n" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["scored"] == int(sys.argv[2]) and d["failed"] == 0, (d["scored"], d["failed"])
EOF
if [ "$run_peer" = 1 ]; then
	"$tmp/excelize" "$sheets" >"$tmp/excelize.txt"
	"$python" bench/compare.py "$tmp/spbe.json" "$tmp/excelize.txt" exact excelize
fi
if [ "$run_openpyxl" = 1 ]; then
	"$python" bench/peer_openpyxl.py "$sheets" >"$tmp/openpyxl.txt"
	"$python" bench/compare.py "$tmp/spbe.json" "$tmp/openpyxl.txt" float openpyxl
fi

tools="inflate tokenise spbe"
[ "$run_peer" = 1 ] && tools="$tools excelize"
[ "$run_openpyxl" = 1 ] && tools="$tools openpyxl"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$runs"); do
	for t in $tools; do
		case $t in
		inflate) cmd=("$tmp/inflate" "$sheets") ;;
		tokenise) cmd=("$tmp/tokenise" "$sheets") ;;
		spbe) cmd=("$tmp/spbe" score --progress none "$sheets") ;;
		excelize) cmd=("$tmp/excelize" "$sheets") ;;
		openpyxl) cmd=("$python" bench/peer_openpyxl.py "$sheets") ;;
		esac
		"$tmp/measure" -o "$tmp/times.$t" -- "${cmd[@]}"
	done
	echo "run $r/$runs done"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

# median FILE COLUMN; lowest FILE COLUMN
median() {
	cut -d' ' -f"$2" "$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
lowest() { cut -d' ' -f"$2" "$1" | sort -g | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo
echo "$n sheets ($(awk -v b="$bytes" -v n="$n" 'BEGIN {printf "%.1f", b / n / 1024}') KiB each), $runs runs, $(nproc) cores, medians:"
printf '%-9s %9s %9s %12s %13s %12s %9s\n' tool "wall s" "cpu s" "peak RSS MB" "wall ms/sheet" "cpu ms/sheet" "cpu/floor"
for t in $tools; do
	w=$(median "$tmp/times.$t" 1)
	c=$(median "$tmp/times.$t" 2)
	awk -v t="$t" -v w="$w" -v c="$c" -v k="$(median "$tmp/times.$t" 3)" -v n="$n" -v f="$(median "$tmp/times.inflate" 2)" \
		'BEGIN {printf "%-9s %9.3f %9.3f %12.0f %13.3f %12.3f %8.2fx\n", t, w, c, k / 1024, w / n * 1000, c / n * 1000, c / f}'
done
sw=$(median "$tmp/times.spbe" 1)
sc=$(median "$tmp/times.spbe" 2)
echo
echo "spbe / inflate floor:  wall $(ratio "$sw" "$(median "$tmp/times.inflate" 1)")x, cpu $(ratio "$sc" "$(median "$tmp/times.inflate" 2)")x   (target: cpu at most 2x)"
echo "spbe / tokenise floor: wall $(ratio "$sw" "$(median "$tmp/times.tokenise" 1)")x, cpu $(ratio "$sc" "$(median "$tmp/times.tokenise" 2)")x"
for t in excelize openpyxl; do
	case " $tools " in *" $t "*)
		echo "$t / spbe: $(printf '%*s' $((13 - ${#t})) '')wall $(ratio "$(median "$tmp/times.$t" 1)" "$sw")x, cpu $(ratio "$(median "$tmp/times.$t" 2)" "$sc")x"
		;;
	esac
done

if [ -n "${MAX_CPU_RATIO:-}" ]; then
	got=$(ratio "$(lowest "$tmp/times.spbe" 2)" "$(lowest "$tmp/times.inflate" 2)")
	if awk -v g="$got" -v m="$MAX_CPU_RATIO" 'BEGIN {exit !(g > m)}'; then
		echo "bench: spbe's CPU time is ${got}x the inflate floor's (lowest of $runs runs), over the bound of ${MAX_CPU_RATIO}x" >&2
		exit 1
	fi
	echo "bound: spbe cpu ${got}x the inflate floor (lowest of $runs runs), at most ${MAX_CPU_RATIO}x: ok"
fi
