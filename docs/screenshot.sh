#!/usr/bin/env bash
# Renders the HTML report of the korea-talks articles (../shared/corpus,
# not part of this repository) and photographs it with headless Chromium
# into docs/report-screenshot.png. Run from anywhere; needs chromium
# (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/korea-talks
[ -d "$corpus" ] || { echo "screenshot.sh: $corpus not found" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# compare exits 1 when it finds conflicts: that is the point here.
go run ./cmd/claimdiff compare --format html "$corpus"/*.txt >"$tmp/report.html" || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1600,1000 \
	--screenshot="$PWD/docs/report-screenshot.png" "file://$tmp/report.html" 2>/dev/null
echo "wrote docs/report-screenshot.png"
