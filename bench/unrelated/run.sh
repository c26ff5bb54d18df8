#!/usr/bin/env bash
# Conflicts claimdiff reports between unrelated wire stories (issue 13):
# pairs of stories of different days that share a title word, drawn with
# a fixed seed from ../shared/news (pairs.py), each compared alone. The
# target is none. Prints the pairs with conflicts or updates, the total,
# and how many pairs got a "share no story" warning.
#
#   bench/unrelated/run.sh                 # from the repository's root
#   N=300 SEED=7 bench/unrelated/run.sh
#   CLAIMDIFF=/path/to/other/claimdiff bench/unrelated/run.sh   # a baseline
#   SAME_DAY=1 bench/unrelated/run.sh      # stories of one day, no title word shared
set -euo pipefail
cd "$(dirname "$0")/../.."
news=../shared/news
[ -d "$news" ] || { echo "no stories at $news" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${CLAIMDIFF:-}
if [ -z "$bin" ]; then
	go build -o "$work/claimdiff" ./cmd/claimdiff
	bin=$work/claimdiff
fi
python3 bench/unrelated/pairs.py "$news" "${N:-150}" "${SEED:-13}" ${SAME_DAY:+same-day} > "$work/pairs"
total=0 warned=0 pairs=0
while read -r a b; do
	pairs=$((pairs + 1))
	"$bin" compare --format json --fail-on none "$a" "$b" > "$work/report.json"
	read -r n w < <(python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))
n = sum(1 for x in r["alignments"] if x["verdict"] in ("conflict", "update") and len({c["document"] for c in x["claims"]}) >= 2)
print(n, int(any("share no story" in w for w in r.get("warnings", []))))' "$work/report.json")
	[ "$n" = 0 ] || echo "$n $(basename "$a") $(basename "$b")"
	total=$((total + n))
	warned=$((warned + w))
done < "$work/pairs"
echo "pairs $pairs, conflicts or updates $total, warned share no story $warned"
