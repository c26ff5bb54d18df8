#!/usr/bin/env bash
# run.sh compares claimdiff's time expressions with chrono-node's on the
# TimeML texts: throughput in MB/s (median of several runs, parsing only,
# in one process each) and TempEval-3 value F1 from ../shared/score/timeml.py.
#
#   bash bench/timeml/run.sh [TIMEML_DIR]
#
# chrono-node is installed from npm into bench/timeml/.deps (ignored by git).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${1:-$root/../shared/timeml}
scorer=$root/../shared/score/timeml.py
chrono_version=2.10.3
runs=6

[ -d "$data" ] || { echo "run.sh: no TimeML folder at $data" >&2; exit 1; }
[ -f "$scorer" ] || { echo "run.sh: no scorer at $scorer" >&2; exit 1; }
if [ ! -f "$here/.deps/node_modules/chrono-node/package.json" ]; then
	npm install --silent --no-audit --no-fund --prefix "$here/.deps" "chrono-node@$chrono_version" >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "claimdiff: go test -bench BenchmarkTimeML/Find -count $runs" >&2
(cd "$root" && go test -run '^$' -bench 'BenchmarkTimeML/Find$' -count "$runs" ./compare/times) >"$tmp/go.txt"
cd_mbs=$(awk '/BenchmarkTimeML\/Find/ { for (i = 1; i <= NF; i++) if ($(i+1) == "MB/s") print $i }' "$tmp/go.txt" |
	sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; print (NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2) }')

echo "chrono-node $chrono_version: node chrono.mjs bench ($runs runs)" >&2
ch_mbs=$(TZ=UTC node "$here/chrono.mjs" bench "$data" "$runs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["median_mb_s"])')

echo "scoring claimdiff and chrono with $scorer" >&2
(cd "$root" && go build -o "$tmp/claimdiff" ./cmd/claimdiff)
cd_score=$(python3 "$scorer" "$tmp/claimdiff" "$data")
ch_score=$(python3 "$scorer" "$here/chrono-extract" "$data")

field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
printf '%-22s %12s %11s %11s\n' "tagger" "MB/s median" "relaxed F1" "value F1"
printf '%-22s %12s %11s %11s\n' "claimdiff" "$cd_mbs" "$(field "$cd_score" relaxed_f1)" "$(field "$cd_score" value_f1)"
printf '%-22s %12s %11s %11s\n' "chrono-node $chrono_version" "$ch_mbs" "$(field "$ch_score" relaxed_f1)" "$(field "$ch_score" value_f1)"
python3 -c "import sys; print(f'claimdiff is {float(sys.argv[1]) / float(sys.argv[2]):.1f}x faster per MB')" "$cd_mbs" "$ch_mbs"
