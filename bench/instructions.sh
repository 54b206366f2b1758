#!/usr/bin/env bash
# Instructions, not time: spbe and the inflate floor on the same folder,
# counted by valgrind's cachegrind, with the ratio. For comparing two
# versions of spbe while working on its speed:
#
#   bash bench/instructions.sh [DIR]            (default: 200 generated sheets)
#   BIN=/path/to/spbe bash bench/instructions.sh DIR
#   PROFILE=cg.out bash bench/instructions.sh   (then: cg_annotate cg.out)
#
# Time on a shared machine drifts by a third within the hour and a change
# worth 1 % is lost in it; an instruction count repeats to about 0.1 %.
# Both programs run with GOMAXPROCS=1, because under valgrind one thread
# runs at a time and Go's idle threads would otherwise spin and be
# counted, and with GOGC=off (GOGC=100 to count the collector too): a
# collection more or fewer moves the count by 2 %, more than the changes
# it is meant to compare. Allocating still counts; collecting does not.
#
# Instructions are a guide, not the measure: the targets are CPU time
# (bench/run.sh). Time also depends on memory and on how well the
# processor overlaps instructions, which inflating does poorly: spbe's
# ratio in instructions is higher than its ratio in time. And valgrind
# does not offer the SHA instructions of a recent processor, so SHA-256
# counts about 250,000 instructions a sheet more than it executes there.
#
# Needs valgrind (apt-get install valgrind) and Go.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v valgrind >/dev/null || {
	echo "bench: needs valgrind (apt-get install valgrind)" >&2
	exit 2
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dir=${1:-}
if [ -z "$dir" ]; then
	dir=$tmp/sheets
	go run ./bench/gen -n 200 -o "$dir" >/dev/null
fi
bin=${BIN:-}
if [ -z "$bin" ]; then
	# Symbols kept, for cg_annotate; otherwise as a release is built.
	CGO_ENABLED=0 go build -trimpath -o "$tmp/spbe" ./cmd/spbe
	bin=$tmp/spbe
fi
go build -o "$tmp/inflate" ./bench/inflate

# count OUT PROG ARGS...: the instructions PROG executes, written to OUT
# as a cachegrind profile when OUT is not /dev/null. A program that fails
# (a sheet that cannot be scored exits 1) is still counted, and said.
count() {
	local out=$1 log=$tmp/valgrind.log
	shift
	local code=0
	GOMAXPROCS=1 GOGC=${GOGC:-off} valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$out" "$@" >/dev/null 2>"$log" || code=$?
	if [ "$code" != 0 ]; then
		echo "bench: $(basename "$1") exited $code; counted all the same. It said:" >&2
		grep -v '^==\|^--' "$log" | head -5 >&2
	fi
	awk '/I *refs:/ {gsub(",", "", $NF); print $NF}' "$log"
}
sheets=$(find "$dir" -maxdepth 1 -name '*.xlsx' | wc -l)
spbe=$(count "${PROFILE:-/dev/null}" "$bin" score --progress none "$dir")
floor=$(count /dev/null "$tmp/inflate" "$dir")
awk -v s="$spbe" -v f="$floor" -v n="$sheets" 'BEGIN {
	printf "%-8s %14s %14s\n", "", "instructions", "a sheet"
	printf "%-8s %14d %14.0f\n", "spbe", s, s / n
	printf "%-8s %14d %14.0f\n", "inflate", f, f / n
	printf "spbe / inflate floor: %.3fx (%d sheets)\n", s / f, n
}'
