#!/usr/bin/env bash
# Speed of the syntax stage, as the parser issue measures it:
#   1. tagging + parsing words per second on one core (BenchmarkAnalyze,
#      GOMAXPROCS=1, median of 5), and loading the embedded model;
#   2. `claimdiff eval ud` on the treebank's dev set, one core;
#   3. `claimdiff compare` on the shared corpus against a build of BASE (the
#      commit before the parser, by default), interleaved, median of N runs.
#
# usage: bench/syntax/run.sh [BASE] [N]      (from the repository's root)
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-cc21a30}
n=${2:-7}
shared=../shared
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

# median prints the median of the numbers on standard input.
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

echo "## BenchmarkAnalyze, BenchmarkLoad (GOMAXPROCS=1, median of 5)"
GOMAXPROCS=1 go test -run xxx -bench 'BenchmarkAnalyze|BenchmarkLoad' -count 5 ./compare/syntax >"$tmp/bench"
echo "Analyze: $(awk '/^BenchmarkAnalyze/ {print $5}' "$tmp/bench" | median) words/s," \
	"$(awk '/^BenchmarkAnalyze/ {print $3}' "$tmp/bench" | median) ns/op"
echo "Load:    $(awk '/^BenchmarkLoad/ {print $3 / 1e6}' "$tmp/bench" | median) ms"

go build -o "$tmp/claimdiff" ./cmd/claimdiff
if [ -f "$shared/ud/en_ewt-ud-dev.conllu" ]; then
	echo "## eval ud, dev set, one core"
	GOMAXPROCS=1 "$tmp/claimdiff" eval ud --format json "$shared/ud/en_ewt-ud-dev.conllu"
fi

if [ -d "$shared/corpus" ]; then
	git worktree add --detach "$tmp/base" "$base" >/dev/null 2>&1
	(cd "$tmp/base" && go build -o "$tmp/claimdiff-base" ./cmd/claimdiff)
	echo "## compare on the shared corpus (all clusters in one run): $base against this tree, median of $n"
	for i in $(seq "$n"); do
		for b in claimdiff-base claimdiff; do
			/usr/bin/time -f "$b %e %U" -a -o "$tmp/times" "$tmp/$b" compare "$shared"/corpus/*/ >/dev/null 2>&1 || true
		done
	done
	for b in claimdiff-base claimdiff; do
		echo "$b: wall $(awk -v b=$b '$1 == b {print $2}' "$tmp/times" | median) s," \
			"user $(awk -v b=$b '$1 == b {print $3}' "$tmp/times" | median) s"
	done
	wb=$(awk '$1 == "claimdiff-base" {print $2}' "$tmp/times" | median)
	wn=$(awk '$1 == "claimdiff" {print $2}' "$tmp/times" | median)
	awk -v a="$wn" -v b="$wb" 'BEGIN {if (b > 0) printf "ratio (wall, this tree / base): %.2f\n", a / b}'
fi
