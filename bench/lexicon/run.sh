#!/usr/bin/env bash
# Lexicon speed and memory: runs compare/lexicon's benchmarks COUNT times
# (default 10) and prints the median of each metric. BenchmarkBaseline (one
# map probe per word) is measured in the same run as the floor to compare
# Lemma and Classes against; BenchmarkLoad's heap-MB is what the decoded
# table keeps. Usage: bench/lexicon/run.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-10}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
nice -n 10 go test -run '^$' -bench . -benchtime 1s -count "$count" ./compare/lexicon >"$out"
awk '
/^Benchmark/ {
	name = $1; sub(/-[0-9]+$/, "", name)
	if (!(name in seen)) { seen[name] = 1; order[++n] = name }
	for (i = 3; i < NF; i += 2) {
		unit = $(i + 1); key = name SUBSEP unit
		if (!(key in cnt)) units[name] = units[name] " " unit
		vals[key, ++cnt[key]] = $i
	}
}
function median(key,   k, m, i, j, t, a) {
	m = cnt[key]
	for (i = 1; i <= m; i++) a[i] = vals[key, i] + 0
	for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
	return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
END {
	printf "median of %d runs each\n", cnt[order[1] SUBSEP "ns/op"]
	for (k = 1; k <= n; k++) {
		name = order[k]; line = sprintf("%-20s", name)
		split(substr(units[name], 2), us, " ")
		for (i = 1; i in us; i++) line = line sprintf("  %12.4g %s", median(name SUBSEP us[i]), us[i])
		print line
	}
}' "$out"
