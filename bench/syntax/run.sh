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

echo "## BenchmarkAnalyze, BenchmarkLoad (GOMAXPROCS=1, median of 5)"
GOMAXPROCS=1 go test -run xxx -bench 'BenchmarkAnalyze|BenchmarkLoad' -count 5 ./compare/syntax |
	awk '/^Benchmark/ {v[$1] = v[$1] " " $3; if ($1 ~ /Analyze/) w[$1] = w[$1] " " $5}
	END {for (k in v) {n = split(v[k], a, " "); asort(a); printf "%s  %s ns/op", k, a[int((n+1)/2)];
	     if (k in w) {m = split(w[k], b, " "); asort(b); printf "  %s words/s", b[int((m+1)/2)]}; print ""}}'

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
			/usr/bin/time -f "$b %e %U" "$tmp/$b" compare "$shared"/corpus/*/ >/dev/null 2>>"$tmp/times" || true
		done
	done
	awk '/^claimdiff/ {w[$1] = w[$1] " " $2; u[$1] = u[$1] " " $3}
	END {for (k in w) {n = split(w[k], a, " "); asort(a); m = split(u[k], b, " "); asort(b);
	     med[k] = a[int((n+1)/2)]; printf "%-15s wall %.2f s  user %.2f s\n", k, med[k], b[int((m+1)/2)]}
	     if (med["claimdiff-base"] > 0) printf "ratio (wall): %.2f\n", med["claimdiff"] / med["claimdiff-base"]}' "$tmp/times"
fi
