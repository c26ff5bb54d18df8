#!/usr/bin/env bash
# Cost of the claims stage that reads frames from the parse and classes
# from WordNet (issue 12): `claimdiff compare` on the shared corpus and
# `claimdiff extract` on the shared wire stories, against a build of BASE
# (the commit before the frames, by default), interleaved, median of N
# runs of wall seconds.
#
# usage: bench/claims/run.sh [BASE] [N]      (from the repository's root)
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-2c5981f}
n=${2:-7}
shared=../shared
[ -d "$shared/corpus" ] || { echo "bench/claims: ../shared is absent; nothing to measure" >&2; exit 0; }
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

go build -o "$tmp/claimdiff" ./cmd/claimdiff
git worktree add --detach "$tmp/base" "$base" >/dev/null 2>&1
(cd "$tmp/base" && go build -o "$tmp/claimdiff-base" ./cmd/claimdiff)
for i in $(seq "$n"); do
	for b in claimdiff-base claimdiff; do
		/usr/bin/time -f "compare $b %e" -a -o "$tmp/times" "$tmp/$b" compare "$shared"/corpus/*/ >/dev/null 2>&1 || true
		/usr/bin/time -f "extract $b %e" -a -o "$tmp/times" "$tmp/$b" extract --format jsonl "$shared"/news/ >/dev/null 2>&1 || true
	done
done
for job in compare extract; do
	b0=$(awk -v j=$job '$1 == j && $2 == "claimdiff-base" {print $3}' "$tmp/times" | median)
	b1=$(awk -v j=$job '$1 == j && $2 == "claimdiff" {print $3}' "$tmp/times" | median)
	echo "$job: $base ${b0}s, this tree ${b1}s, ratio $(awk -v a="$b0" -v b="$b1" 'BEGIN {printf "%.2f", b / a}')"
done
