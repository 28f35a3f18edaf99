#!/usr/bin/env bash
# bench/crawl-pairs.sh: two govwatch binaries crawling one portal in alternation, so
# that the two crawls of a pair share the machine's load, and the change between the
# binaries can be told from the load's noise by the paired differences.
#
# Usage: bench/crawl-pairs.sh [-p small|demo] [-n PAGES] [-r PAIRS] [-c CONCURRENCY]
#                             [-o OUTDIR] [--memory-limit SIZE] OLD_BINARY NEW_BINARY
#   -p small (default): bench/smallportal over transform/testdata/real/texts; demo: bench/portal
#   -n 10000; -r 6 pairs; -c 8; -o bench/out/crawl-pairs; --memory-limit 0 (none)
# Build the two binaries first, e.g. each from its own `git worktree`:
#   go build -o /tmp/old ./cmd/govwatch   (in the old tree)   go build -o /tmp/new ./cmd/govwatch
# One untimed crawl of each warms the portal and the page cache; then each pair runs
# OLD, then NEW, each from an empty data directory, under /usr/bin/time -v. One line
# per crawl goes to OUTDIR/pairs.tsv: binary (old/new), pair, wall s, CPU s (user+sys),
# peak RSS KiB, 1-minute load at the start, articles written, WARC bytes, bytes of the
# rest of the data directory (tables and state). At the end it prints the medians and
# the median of the paired CPU differences (new - old) with how many pairs new was lower.
set -euo pipefail

PORTAL=small N=10000 R=6 C=8 OUT="" MEMLIMIT=0
while [[ $# -gt 2 ]]; do
	case "$1" in
	-p) PORTAL="$2"; shift 2 ;;
	-n) N="$2"; shift 2 ;;
	-r) R="$2"; shift 2 ;;
	-c) C="$2"; shift 2 ;;
	-o) OUT="$2"; shift 2 ;;
	--memory-limit) MEMLIMIT="$2"; shift 2 ;;
	*) echo "crawl-pairs: unknown argument $1 (see the head of $0)" >&2; exit 2 ;;
	esac
done
[[ $# -eq 2 ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
OLD="$(realpath "$1")" NEW="$(realpath "$2")"
[[ -x $OLD && -x $NEW ]] || { echo "crawl-pairs: $1 and $2 must be executables" >&2; exit 2; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
OUT="${OUT:-bench/out/crawl-pairs}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
WORK="$OUT/work"
rm -rf "$WORK"
mkdir -p "$WORK" "$OUT/bin"

case "$PORTAL" in
small)
	go build -o "$OUT/bin/portal" ./bench/smallportal
	"$OUT/bin/portal" -n "$N" -texts transform/testdata/real/texts >"$OUT/portal.url" 2>"$OUT/portal.err" &
	;;
demo)
	go build -o "$OUT/bin/portal" ./bench/portal
	"$OUT/bin/portal" -n "$N" >"$OUT/portal.url" 2>"$OUT/portal.err" &
	;;
*) echo "crawl-pairs: -p small or demo, not $PORTAL" >&2; exit 2 ;;
esac
PORTAL_PID=$!
trap 'kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 300); do [[ -s "$OUT/portal.url" ]] && break; sleep 0.1; done
LIST_URL="$(head -1 "$OUT/portal.url")"
[[ -n $LIST_URL ]] || { echo "crawl-pairs: portal did not start" >&2; cat "$OUT/portal.err" >&2; exit 1; }

source "$ROOT/bench/govwatch-config.sh"

# crawl LABEL PAIR BINARY: one crawl from an empty data directory; appends a line.
crawl() {
	local label="$1" pair="$2" bin="$3" d="$WORK/$1"
	rm -rf "$d" && mkdir -p "$d"
	govwatch_config "$d"
	local load; load="$(cut -d' ' -f1 /proc/loadavg)"
	/usr/bin/time -v -o "$d/time" "$bin" crawl --config "$d/govwatch.yaml" --log-format json --log-level warn \
		>"$d/out" 2>"$d/err" || { echo "crawl-pairs: $label crawl failed" >&2; tail -3 "$d/err" >&2; exit 1; }
	[[ $pair == warm-up ]] && return
	local articles warc total
	articles="$(sed -n 's/.*rows written: articles \([0-9]*\),.*/\1/p' "$d/out" | tail -1)"
	warc="$(du -sb "$d/data/_archive" | cut -f1)"
	total="$(du -sb "$d/data" | cut -f1)"
	awk -F': ' -v t="$label" -v r="$pair" -v l="$load" -v a="${articles:-0}" -v wb="$warc" -v rb="$((total - warc))" '
		/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; w = s}
		/User time/ {us = $2} /System time/ {sy = $2} /Maximum resident/ {m = $2}
		END {printf "%s\t%s\t%.2f\t%.2f\t%d\t%s\t%s\t%s\t%s\n", t, r, w, us + sy, m, l, a, wb, rb}' "$d/time" | tee -a "$OUT/pairs.tsv"
}

printf 'binary\tpair\twall_s\tcpu_s\tpeak_kib\tload1\tarticles\twarc_bytes\tother_bytes\n' >"$OUT/pairs.tsv"
crawl old warm-up "$OLD"
crawl new warm-up "$NEW"
for r in $(seq "$R"); do
	crawl old "$r" "$OLD"
	crawl new "$r" "$NEW"
done

awk -F'\t' 'NR > 1 {cpu[$1, $2] = $4; v[$1] = v[$1] " " $4; m[$1] = m[$1] " " $5; if ($1 == "new") n++}
	function median(s,   a, k, i, j, t) {
		k = split(s, a, " ")
		for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) {t = a[j]; a[j] = a[j - 1]; a[j - 1] = t}
		return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
	}
	END {
		d = ""; lower = 0
		for (i = 1; i <= n; i++) {x = cpu["new", i] - cpu["old", i]; d = d " " x; if (x < 0) lower++}
		printf "CPU s, medians: old %.2f, new %.2f; paired new - old: median %+.2f, new lower in %d of %d pairs\n", median(v["old"]), median(v["new"]), median(d), lower, n
		printf "peak RSS MiB, medians: old %.1f, new %.1f\n", median(m["old"]) / 1024, median(m["new"]) / 1024
	}' "$OUT/pairs.tsv" | tee "$OUT/summary.txt"
