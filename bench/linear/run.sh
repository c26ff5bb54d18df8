#!/usr/bin/env bash
# CPU time and peak memory of claimdiff at three sizes (x1, x2, x4) of each
# input that used to cost the square of its size: one sentence with many
# numbers, many short sentences, nested front matter, nested HTML. Each
# size is run RUNS times (default 5) and the median kept; the ratios from
# one size to the next must stay at most 2.5, or the script exits 1.
#
#   bench/linear/run.sh            # from the repository's root
#   RUNS=9 bench/linear/run.sh
#
# Needs python3 and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/claimdiff" ./cmd/claimdiff
python3 bench/linear/gen.py "$work" 1 2 4

# measure CMD... prints "seconds peak-KiB", the medians of $runs runs.
measure() {
  : > "$work/times"
  for _ in $(seq "$runs"); do
    # CPU time (user + system) rather than wall time: the machine may
    # be shared, and waiting for a core is no cost of claimdiff's.
    /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$work/time" | awk '{ printf "%.2f %s\n", $1 + $2, $3 }' >> "$work/times" # after "Command exited with non-zero status 2"
  done
  mid=$(( (runs + 1) / 2 ))
  echo "$(cut -d' ' -f1 "$work/times" | sort -n | sed -n "${mid}p") $(cut -d' ' -f2 "$work/times" | sort -n | sed -n "${mid}p")"
}

fail=0
printf '%-16s %-6s %9s %8s %9s %7s %9s\n' case input bytes cpu-s peak-MiB x-time x-memory
for name in numbers.txt short.txt brackets.txt front-deep.md front-wide.md html-deep.html html-wide.html; do
  stem=${name%.*} ext=${name##*.}
  prev_t="" prev_m=""
  for scale in 1 2 4; do
    f="$work/$stem-x$scale.$ext"
    # Two copies, so that compare aligns and judges as well.
    cp "$f" "$work/copy-$stem-x$scale.$ext"
    read -r t m < <(measure "$work/claimdiff" compare --config none --fail-on none --format json "$f" "$work/copy-$stem-x$scale.$ext")
    rt="" rm=""
    if [ -n "$prev_t" ]; then
      # Times below 50 ms are start-up noise: compare them as 50 ms.
      rt=$(awk -v a="$t" -v b="$prev_t" 'BEGIN { a = a < .05 ? .05 : a; b = b < .05 ? .05 : b; printf "%.2f", a / b }')
      rm=$(awk -v a="$m" -v b="$prev_m" 'BEGIN { printf "%.2f", a / b }')
      if awk -v x="$rt" -v y="$rm" 'BEGIN { exit !(x > 2.5 || y > 2.5) }'; then
        fail=1
        rt="$rt!"
      fi
    fi
    printf '%-16s %-6s %9d %8s %9.1f %7s %9s\n' "$stem" "x$scale" "$(stat -c %s "$f")" "$t" "$(awk -v m="$m" 'BEGIN { print m / 1024 }')" "$rt" "$rm"
    prev_t=$t prev_m=$m
  done
done
exit $fail
