#!/usr/bin/env bash
# run.sh measures claimdiff at scale: `claimdiff compare --format json` on
# 1,000 and 10,000 articles retold from ../shared/news with a fixed seed
# (bench/corpus), run RUNS times, and prints for each size the median wall
# time, CPU seconds (user and system), documents/s, MB/s, claims and
# alignments reported, candidate pairs examined and peak memory; the
# extraction stages' megabytes per CPU second on one core, with and
# without the parser (bench/measure -stages, RUNS rounds, with the base's
# own measure in the same rounds: medians and the ratio per round); the
# same for the
# chrono-node + compromise script a user would write instead (naive.mjs);
# and, given a git revision BASE, the same for claimdiff built from it,
# run interleaved with the working tree's build so that both see the
# same load.
#
#   bash bench/scale/run.sh [BASE]
#
# Environment: RUNS (5), SIZES ("1000 10000"), NAIVE_SIZES ("1000"; ""
# for none), NAIVE_RUNS (3), KEEP=1 to keep the temporary folder.
# On a machine shared with other work, compare the CPU seconds and the
# ratio to BASE rather than the wall times. Needs Go, Node and
# npm (chrono-node and compromise go to bench/scale/.deps, ignored by
# git), python3 and GNU time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
news=$root/../shared/news
base=${1:-}
runs=${RUNS:-5}
sizes=${SIZES:-1000 10000}
naive_sizes=${NAIVE_SIZES-1000}
naive_runs=${NAIVE_RUNS:-3}

[ -d "$news" ] || { echo "run.sh: no stories at $news" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "run.sh: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 1; }
if [ -n "$naive_sizes" ] && [ ! -f "$here/.deps/node_modules/compromise/package.json" ]; then
	npm install --silent --no-audit --no-fund --prefix "$here/.deps" chrono-node@2.10.3 compromise@14.20.0 >&2
fi

tmp=$(mktemp -d)
cleanup() {
	if [ -n "$base" ] && [ -d "$tmp/base" ]; then git -C "$root" worktree remove --force "$tmp/base" || true; fi
	if [ "${KEEP:-}" = 1 ]; then echo "run.sh: kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

echo "run.sh: building claimdiff from the working tree" >&2
(cd "$root" && go build -o "$tmp/after" ./cmd/claimdiff && go build -o "$tmp/measure" ./bench/measure)
tools=(after)
if [ -n "$base" ]; then
	echo "run.sh: building claimdiff from $base" >&2
	git -C "$root" worktree add --detach "$tmp/base" "$base" >/dev/null 2>&1
	(cd "$tmp/base" && go build -o "$tmp/before" ./cmd/claimdiff)
	# The base's own stage measure, when it has one, for paired rounds.
	(cd "$tmp/base" && [ -d bench/measure ] && go build -o "$tmp/measure-before" ./bench/measure) || true
	tools=(before after)
fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } print (NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2) }'; }
stat() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stats"][sys.argv[2]])' "$1" "$2"; }

results=$tmp/results.tsv # size tool run wall_s rss_kb claims alignments cpu_s
: >"$results"
for n in $sizes; do
	echo "run.sh: writing $n articles" >&2
	(cd "$root" && go run ./bench/corpus -n "$n" -seed 1 -src "$news" -out "$tmp/news$n")
	for r in $(seq "$runs"); do
		for t in "${tools[@]}"; do
			/usr/bin/time -f "%e %M %U %S" -o "$tmp/time" "$tmp/$t" compare --fail-on none --format json --output "$tmp/$t.json" "$tmp/news$n"
			read -r wall rss user sys <"$tmp/time"
			cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
			printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$t" "$r" "$wall" "$rss" \
				"$(stat "$tmp/$t.json" claims)" "$(stat "$tmp/$t.json" alignments)" "$cpu" >>"$results"
			echo "run.sh: $n articles, $t, run $r: ${wall} s, ${cpu} s CPU, $((rss / 1024)) MB" >&2
		done
	done
	if [ "${#tools[@]}" = 2 ] && ! cmp -s "$tmp/before.json" "$tmp/after.json"; then
		echo "run.sh: note: the reports of before and after differ on $n articles" >&2
	fi
	"$tmp/measure" "$tmp/news$n" >"$tmp/measure$n.json"
	# Extraction per core varies by a tenth from run to run on a shared
	# machine: RUNS rounds, the base's in the same rounds when it has a
	# measure, and medians (and the median ratio per round) reported.
	for r in $(seq "$runs"); do
		"$tmp/measure" -stages "$tmp/news$n" >"$tmp/stages$n.json"
		python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sys.argv[3], d["mb_per_cpu_s"], d["mb_per_cpu_s_without_parser"])' \
			"$tmp/stages$n.json" "$n" after >>"$tmp/stages.tsv"
		if [ -x "$tmp/measure-before" ]; then
			"$tmp/measure-before" -stages "$tmp/news$n" >"$tmp/stages-before.json"
			python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], sys.argv[3], d["mb_per_cpu_s"], d["mb_per_cpu_s_without_parser"])' \
				"$tmp/stages-before.json" "$n" before >>"$tmp/stages.tsv"
		fi
	done
	for r in $(seq "$naive_runs"); do
		case " $naive_sizes " in *" $n "*) ;; *) break ;; esac
		/usr/bin/time -f "%e %M %U %S" -o "$tmp/time" node "$here/naive.mjs" "$tmp/news$n" >"$tmp/naive.json"
		read -r wall rss user sys <"$tmp/time"
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" naive "$r" "$wall" "$rss" \
			"$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["claims"])' "$tmp/naive.json")" \
			"$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["alignments"])' "$tmp/naive.json")" \
			"$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" >>"$results"
		echo "run.sh: $n articles, naive, run $r: ${wall} s" >&2
	done
done

echo
echo "claimdiff compare --format json, medians of $runs runs (naive: $naive_runs); $(nproc) CPUs, load when done: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-7s %-7s %9s %8s %9s %7s %8s %10s %11s %9s\n' docs tool "wall s" "CPU s" "docs/s" "MB/s" claims alignments "pairs" "peak MB"
for n in $sizes; do
	mb=$(du -sb "$tmp/news$n" | awk '{ print $1 / 1e6 }')
	for t in "${tools[@]}" naive; do
		rows=$(awk -F'\t' -v n="$n" -v t="$t" '$1 == n && $2 == t' "$results")
		[ -n "$rows" ] || continue
		wall=$(cut -f4 <<<"$rows" | median)
		rss=$(cut -f5 <<<"$rows" | median)
		cpu=$(cut -f8 <<<"$rows" | median)
		pairs=-
		[ "$t" = after ] && pairs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pairs_examined"])' "$tmp/measure$n.json")
		printf '%-7s %-7s %9.2f %8.2f %9.0f %7.2f %8s %10s %11s %9.0f\n' "$n" "$t" "$wall" "$cpu" \
			"$(awk -v n="$n" -v w="$wall" 'BEGIN { print n / w }')" "$(awk -v m="$mb" -v w="$wall" 'BEGIN { print m / w }')" \
			"$(cut -f6 <<<"$rows" | head -1)" "$(cut -f7 <<<"$rows" | head -1)" "$pairs" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
		echo "$n $t $wall $cpu" >>"$tmp/medians"
	done
done
echo
awk '{ w[$1 " " $2] = $3; c[$1 " " $2] = $4; ns[$1] = 1 }
	END { for (n in ns) {
		if ((n " before") in w) printf "%s docs: after is %.2fx faster than before (wall), %.2fx (CPU)\n", n, w[n " before"] / w[n " after"], c[n " before"] / c[n " after"]
		if ((n " naive") in w) printf "%s docs: after is %.1fx faster than chrono-node + compromise\n", n, w[n " naive"] / w[n " after"]
	} }' "$tmp/medians" | sort -n
for n in $sizes; do
	echo "$n docs, stages of after (one run): $(cat "$tmp/measure$n.json")"
	echo "$n docs, extraction on one core, last round: $(cat "$tmp/stages$n.json")"
done
echo
echo "extraction on one core, MB of text per CPU second, medians of $runs rounds (all stages / without the parser):"
python3 - "$tmp/stages.tsv" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for n in sorted({r[0] for r in rows}, key=int):
    got = {t: [(float(r[2]), float(r[3])) for r in rows if r[0] == n and r[1] == t] for t in ("before", "after")}
    for t, v in got.items():
        if v:
            print(f"{n:>6} {t:<7} {statistics.median(a for a, _ in v):6.2f} / {statistics.median(b for _, b in v):5.2f}"
                  f"   (without the parser: {min(b for _, b in v):.2f} to {max(b for _, b in v):.2f})")
    if got["before"] and got["after"]:
        ratio = statistics.median(a[1] / b[1] for a, b in zip(got["after"], got["before"]))
        print(f"{n:>6} after/before per round, without the parser: median {ratio:.2f}")
PY
