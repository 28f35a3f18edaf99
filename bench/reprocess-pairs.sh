#!/usr/bin/env bash
# bench/reprocess-pairs.sh: `govwatch reprocess` next to `govwatch analyze --jsonl`
# on the kept data directory of a bench/run.sh run, in alternation, so that runs
# next to each other share the machine's load.
#
# Usage: bench/reprocess-pairs.sh OUTDIR [ROUNDS] [BINARY]
#   OUTDIR  a bench/run.sh -p small ... --keep output directory (work/r1/first, texts.jsonl)
#   ROUNDS  3 by default; each round runs: reprocess, analyze, reprocess --from-warc
#   BINARY  the govwatch binary to time (default OUTDIR/bin/govwatch)
# With AGAIN=1 the timed reprocess is the second on its copy (an untimed one first
# writes the rows and capture indexes it reads), as when the extractors change again.
# Each run goes under /usr/bin/time -v on a fresh copy of the crawl's data directory;
# one line per run goes to OUTDIR/pairs.tsv: tool, round, wall s, CPU s, peak RSS KiB,
# 1-minute load average at the start, pages read back from stored rows.
set -euo pipefail
OUT="$1" R="${2:-3}" BIN="${3:-$1/bin/govwatch}"
SRC="$OUT/work/r1/first"
[[ -d "$SRC/data" && -s "$OUT/texts.jsonl" ]] || { echo "reprocess-pairs: $OUT has no kept crawl (run.sh --keep) or texts" >&2; exit 2; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
printf 'tool\tround\twall_s\tcpu_s\tpeak_kib\tload1\treused\tunopened_warc\n' >"$OUT/pairs.tsv"
run() { # TOOL ROUND ARGS...
	local tool="$1" r="$2"; shift 2
	local load; load="$(cut -d' ' -f1 /proc/loadavg)"
	/usr/bin/time -v -o "$TMP/time" "$@" >"$TMP/out" 2>"$TMP/err" || { echo "reprocess-pairs: $tool failed" >&2; tail -3 "$TMP/err" >&2; exit 1; }
	local reused; reused="$(sed -n 's/.*stored rows: \([0-9]*\).*/\1/p' "$TMP/out")"
	local unopened; unopened="$(sed -n 's/.*WARC files not opened: \([0-9]*\).*/\1/p' "$TMP/out")"
	awk -F': ' -v t="$tool" -v r="$r" -v l="$load" -v u="${reused:--}" -v o="${unopened:--}" '
		/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; w = s}
		/User time/ {us = $2} /System time/ {sy = $2} /Maximum resident/ {m = $2}
		END {printf "%s\t%s\t%.2f\t%.2f\t%d\t%s\t%s\t%s\n", t, r, w, us + sy, m, l, u, o}' "$TMP/time" | tee -a "$OUT/pairs.tsv"
}
for r in $(seq "$R"); do
	rm -rf "$TMP/d" && cp -a "$SRC" "$TMP/d" && sed -i "s|$SRC|$TMP/d|g" "$TMP/d/govwatch.yaml"
	if [[ "${AGAIN:-0}" == 1 ]]; then
		"$BIN" reprocess --config "$TMP/d/govwatch.yaml" --log-format json --log-level warn >/dev/null 2>&1
	fi
	run reprocess "$r" "$BIN" reprocess --config "$TMP/d/govwatch.yaml" --log-format json --log-level warn
	run analyze "$r" "$BIN" analyze --jsonl "$OUT/texts.jsonl"
	rm -rf "$TMP/d" && cp -a "$SRC" "$TMP/d" && sed -i "s|$SRC|$TMP/d|g" "$TMP/d/govwatch.yaml"
	run reprocess-from-warc "$r" "$BIN" reprocess --from-warc --config "$TMP/d/govwatch.yaml" --log-format json --log-level warn
done
rm -rf "$TMP/d"
