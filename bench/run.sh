#!/usr/bin/env bash
# The whole benchmark in one run, from a clone: bash bench/run.sh
#
# It builds everything it times and prints, part by part:
#
#   batch    bench/batch.sh at N sheets: spbe against the inflate floor, the
#            tokenising floor, the excelize peer and the openpyxl peer,
#            every peer's indices checked against spbe's, ratios printed
#   scale    spbe (and the inflate floor) at each of SIZES sheets: wall
#            time, CPU time, peak RSS, per-sheet time, and the per-sheet
#            CPU time against that at the first size; each folder is
#            generated, timed and deleted (100,000 sheets take ~1 GB and
#            about two minutes to generate on 2 cores)
#   single   one `spbe score testdata/example/dinkes-2024.xlsx` against a
#            Go hello-world process (bench/hello), CALLS interleaved
#            rounds, medians; then the package initialisation of that call
#            (GODEBUG=inittrace=1, INIT_RUNS runs, medians): its total and
#            the costliest packages and modules
#   reports  the consolidated workbook of the N sheets (-o rekap.xlsx)
#            against the ranking alone, RUNS rounds, and a single sheet's
#            workbook report (-o r.xlsx) against its summary alone,
#            REPORT_RUNS rounds (at least RUNS): calls of 10 to 20 ms vary
#            by a millisecond or two on a shared machine, and a round
#            costs well under a tenth of a second
#
# Settings (environment):
#   N=2000 RUNS=5                   batch and reports: sheets and rounds
#   REPORT_RUNS=31                  reports: rounds of the single sheet
#   SIZES="2000 25000 100000"       scale: sheet counts; SCALE_RUNS=1 rounds
#   CALLS=21 INIT_RUNS=5            single: rounds
#   PARTS="batch scale single reports"   which parts to run, in this order
#   PEER=0                          batch without the peers
#
# Needs Go, and for the openpyxl peer Debian's python3-openpyxl and
# python3-yaml (apt-get install python3-openpyxl python3-yaml; the batch
# runs without that peer when they are missing). The machine may be
# shared: the load average is printed with each part, and CPU times are
# less disturbed by other load than wall times.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${N:-2000}
runs=${RUNS:-5}
report_runs=$(( ${REPORT_RUNS:-31} > runs ? ${REPORT_RUNS:-31} : runs ))
sizes=${SIZES:-2000 25000 100000}
scale_runs=${SCALE_RUNS:-1}
calls=${CALLS:-21}
init_runs=${INIT_RUNS:-5}
parts=${PARTS:-batch scale single reports}
python=/usr/bin/python3
example=testdata/example/dinkes-2024.xlsx

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# spbe and the hello-world are built as .ci/release builds what users
# run: static, stripped, paths trimmed.
release() { CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" "$@"; }
release -o "$tmp/spbe" ./cmd/spbe
go build -o "$tmp/inflate" ./bench/inflate
go build -o "$tmp/measure" ./bench/measure
release -o "$tmp/hello" ./bench/hello

median() {
	cut -d' ' -f"$2" "$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
# sheets N: a folder of N generated sheets, made once.
sheets() {
	[ -d "$tmp/sheets-$1" ] || go run ./bench/gen -n "$1" -o "$tmp/sheets-$1"
	echo "$tmp/sheets-$1"
}
# row NAME FILE: the medians of a times file as a table row.
row() {
	awk -v t="$1" -v w="$(median "$2" 1)" -v c="$(median "$2" 2)" -v k="$(median "$2" 3)" \
		'BEGIN {printf "%-26s %9.4f %9.4f %12.1f\n", t, w, c, k / 1024}'
}
header() { printf '%-26s %9s %9s %12s\n' "" "wall s" "cpu s" "peak RSS MB"; }

for part in $parts; do
	echo
	case $part in
	batch)
		echo "== batch: $n sheets, spbe against the floors and the peers"
		SHEETS=$(sheets "$n") bash bench/batch.sh "$n" "$runs"
		;;
	scale)
		echo "== scale: spbe at $sizes sheets ($scale_runs run(s) each); $(load)"
		printf '%8s %9s %9s %12s %14s %13s %10s %14s\n' sheets "wall s" "cpu s" "peak RSS MB" "wall ms/sheet" "cpu ms/sheet" "cpu/floor" "cpu/sheet vs"
		first=""
		for s in $sizes; do
			made=0
			if [ ! -d "$tmp/sheets-$s" ]; then
				start=$(date +%s.%N)
				go run ./bench/gen -n "$s" -o "$tmp/sheets-$s"
				made=1
				echo "(generated $s sheets in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.0f", b - a}') s)" >&2
			fi
			rm -f "$tmp/scale.spbe" "$tmp/scale.inflate"
			for r in $(seq "$scale_runs"); do
				"$tmp/measure" -o "$tmp/scale.inflate" -- "$tmp/inflate" "$tmp/sheets-$s"
				"$tmp/measure" -o "$tmp/scale.spbe" -- "$tmp/spbe" score --progress none "$tmp/sheets-$s"
			done
			[ "$made" = 1 ] && rm -rf "$tmp/sheets-$s"
			w=$(median "$tmp/scale.spbe" 1)
			c=$(median "$tmp/scale.spbe" 2)
			per=$(awk -v c="$c" -v s="$s" 'BEGIN {print c / s}')
			[ -n "$first" ] || first=$per
			awk -v s="$s" -v w="$w" -v c="$c" -v k="$(median "$tmp/scale.spbe" 3)" -v f="$(median "$tmp/scale.inflate" 2)" -v p="$per" -v p0="$first" \
				'BEGIN {printf "%8d %9.2f %9.2f %12.0f %14.3f %13.3f %9.2fx %+13.1f%%\n", s, w, c, k / 1024, w / s * 1000, c / s * 1000, c / f, (p / p0 - 1) * 100}'
		done
		echo "(cpu/floor: against bench/inflate on the same folder; cpu/sheet vs: against the first size; target: within 5% at 100,000, peak RSS at most 150 MB)"
		;;
	single)
		echo "== single call: spbe score $example against a Go hello-world, $calls rounds, medians; $(load)"
		rm -f "$tmp/one.hello" "$tmp/one.spbe"
		for r in $(seq "$calls"); do
			"$tmp/measure" -o "$tmp/one.hello" -- "$tmp/hello"
			"$tmp/measure" -o "$tmp/one.spbe" -- "$tmp/spbe" score "$example"
		done
		header
		row hello "$tmp/one.hello"
		row "spbe score" "$tmp/one.spbe"
		echo "spbe score / hello: wall $(ratio "$(median "$tmp/one.spbe" 1)" "$(median "$tmp/one.hello" 1)")x, cpu $(ratio "$(median "$tmp/one.spbe" 2)" "$(median "$tmp/one.hello" 2)")x   (target: wall at most 5x)"
		echo
		echo "package initialisation of spbe score (GODEBUG=inittrace=1, medians of $init_runs runs):"
		for r in $(seq "$init_runs"); do
			GODEBUG=inittrace=1 "$tmp/spbe" score "$example" 2>"$tmp/init.$r" >/dev/null
		done
		"$python" - "$tmp"/init.* <<'EOF'
import re, statistics, sys
from collections import defaultdict
line = re.compile(r"^init (\S+) @\S+ ms, ([\d.]+) ms clock, (\d+) bytes, (\d+) allocs$")
runs = []
for path in sys.argv[1:]:
    pkgs = {}
    for l in open(path):
        m = line.match(l.strip())
        if m:
            pkgs[m.group(1)] = (float(m.group(2)), int(m.group(3)))
    runs.append(pkgs)
def module(p):
    parts = p.split("/")
    if "." not in parts[0]:
        return "standard library"
    if parts[0] in ("github.com", "golang.org") and len(parts) >= 3:
        n = 4 if len(parts) >= 4 and re.fullmatch(r"v\d+", parts[3]) else 3
        return "/".join(parts[:n])
    return "/".join(parts[:2])
pkgs = sorted(set().union(*runs))
clock = {p: statistics.median(r.get(p, (0, 0))[0] for r in runs) for p in pkgs}
mem = {p: statistics.median(r.get(p, (0, 0))[1] for r in runs) for p in pkgs}
total = statistics.median(sum(c for c, _ in r.values()) for r in runs)
print("  %d packages initialised, %.2f ms in all" % (len(pkgs), total))
mods = defaultdict(float)
for p in pkgs:
    mods[module(p)] += clock[p]
print("  by module:")
for m, c in sorted(mods.items(), key=lambda kv: -kv[1])[:6]:
    print("    %-40s %7.3f ms" % (m, c))
print("  costliest packages:")
for p in sorted(pkgs, key=lambda p: -clock[p])[:10]:
    print("    %-40s %7.3f ms %10d bytes" % (p, clock[p], mem[p]))
EOF
		;;
	reports)
		dir=$(sheets "$n")
		echo "== reports: workbooks against the text output, $runs rounds ($report_runs of the single sheet), medians; $(load)"
		rm -f "$tmp/rep."*
		for r in $(seq "$report_runs"); do
			if [ "$r" -le "$runs" ]; then
				"$tmp/measure" -o "$tmp/rep.ranking" -- "$tmp/spbe" score --progress none "$dir"
				"$tmp/measure" -o "$tmp/rep.rekap" -- "$tmp/spbe" score --progress none --force -o "$tmp/rekap.xlsx" "$dir"
			fi
			"$tmp/measure" -o "$tmp/rep.summary" -- "$tmp/spbe" score "$example"
			"$tmp/measure" -o "$tmp/rep.single" -- "$tmp/spbe" score --force -o "$tmp/r.xlsx" "$example"
		done
		header
		row "$n sheets: ranking" "$tmp/rep.ranking"
		row "$n sheets: -o rekap.xlsx" "$tmp/rep.rekap"
		row "1 sheet: summary" "$tmp/rep.summary"
		row "1 sheet: -o r.xlsx" "$tmp/rep.single"
		echo "rekap.xlsx / ranking: wall $(ratio "$(median "$tmp/rep.rekap" 1)" "$(median "$tmp/rep.ranking" 1)")x, cpu $(ratio "$(median "$tmp/rep.rekap" 2)" "$(median "$tmp/rep.ranking" 2)")x   (target: wall at most 1.5x)"
		echo "r.xlsx / summary:     wall $(ratio "$(median "$tmp/rep.single" 1)" "$(median "$tmp/rep.summary" 1)")x, cpu $(ratio "$(median "$tmp/rep.single" 2)" "$(median "$tmp/rep.summary" 2)")x   (target: wall at most 2x)"
		;;
	*)
		echo "bench: unknown part $part (batch, scale, single or reports)" >&2
		exit 2
		;;
	esac
done
