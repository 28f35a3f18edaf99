#!/usr/bin/env bash
# bench/run.sh: govwatch against the floor, colly and Scrapy on one demo portal.
#
# Starts the demo portal (bench/portal) in generator mode on loopback with N
# articles, then, round after round, times on that same portal:
#   floor               bench/floor: GET + golang.org/x/net/html parse of every page, nothing else
#   govwatch            `govwatch crawl` from an empty data directory to Parquet + WARC
#   govwatch-2nd        the same crawl again, same data directory, unchanged portal
#   govwatch-reprocess  `govwatch reprocess` of a copy of the first run's data directory
#   colly               bench/colly (colly v2.3.0, its own Go module)
#   scrapy              bench/scrapy/spider.py with Debian's python3-scrapy
#   analyze             `govwatch analyze --jsonl` over the texts of the N articles
#                       (small portal only: analysis alone, for the crawl and reprocess)
# Every tool gets the same concurrency (-c) and obeys robots.txt. Each run is
# measured with /usr/bin/time -v; the table gives medians over the rounds.
#
# Two portals (-p): "demo", the demo portal's generated site (3.3 KB pages in the
# CMS's chrome), and "small", bench/smallportal: pages of real-portal size and
# shape (about 1.7 KB of text in a plain template) made of the real set's texts
# (transform/testdata/real/texts, rebuilt locally), where per-page costs weigh most.
#
# Usage: bench/run.sh [-p demo|small] [-n PAGES] [-r ROUNDS] [-c CONCURRENCY] [-o OUTDIR]
#                     [-t TOOLS] [--memory-limit SIZE] [--no-gobench] [--no-report] [--keep]
#                     [--rss-trace]
#   -p demo (default); -n 10000 (default) or 100000; -r 3; -c 8; -o bench/out/[small-]nPAGES
#   -t comma list of the tools above (default: all but analyze; with -p small all but scrapy)
#   --memory-limit  govwatch's memory_limit (default: the config's default, 192MiB; 0: none)
#   --no-gobench  skip the Go benchmarks (analyse throughput, CPU profile)
#   --no-report   skip timing `govwatch report` on the dataset
#   --keep        keep the data directories of the last round
#   --rss-trace   sample each run's memory every 0.2 s into logs/TOOL.ROUND.rss.tsv
#                 (seconds, VmRSS, RssAnon, RssFile in KiB: the heap and the binary's
#                 pages apart) and print each run's peaks of the three
set -euo pipefail

N=10000 R=3 C=8 OUT="" TOOLS="" PORTAL=demo MEMLIMIT=""
GOBENCH=1 REPORT=1 KEEP=0 RSSTRACE=0
while [[ $# -gt 0 ]]; do
	case "$1" in
	-p) PORTAL="$2"; shift 2 ;;
	--memory-limit) MEMLIMIT="$2"; shift 2 ;;
	-n) N="$2"; shift 2 ;;
	-r) R="$2"; shift 2 ;;
	-c) C="$2"; shift 2 ;;
	-o) OUT="$2"; shift 2 ;;
	-t) TOOLS="$2"; shift 2 ;;
	--no-gobench) GOBENCH=0; shift ;;
	--no-report) REPORT=0; shift ;;
	--keep) KEEP=1; shift ;;
	--rss-trace) RSSTRACE=1; shift ;;
	-h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done

case "$PORTAL" in
demo) TOOLS="${TOOLS:-floor,govwatch,govwatch-2nd,govwatch-reprocess,colly,scrapy}" PREFIX="" ;;
small) TOOLS="${TOOLS:-floor,govwatch,govwatch-2nd,govwatch-reprocess,colly,analyze}" PREFIX="small-" ;;
*) echo "run.sh: -p demo or small, not $PORTAL" >&2; exit 2 ;;
esac

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
OUT="${OUT:-bench/out/${PREFIX}n$N}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
BIN="$OUT/bin" LOGS="$OUT/logs" WORK="$OUT/work"
rm -rf "$LOGS" "$WORK"
mkdir -p "$BIN" "$LOGS" "$WORK"
RESULTS="$OUT/results.tsv"
: >"$RESULTS"
: >"$OUT/loadavg.tsv"

has() { [[ ",$TOOLS," == *",$1,"* ]]; }
say() { printf '==> %s\n' "$*" >&2; }

# --- prerequisites -----------------------------------------------------------
apt_install() {
	if [[ $(id -u) -ne 0 ]]; then
		echo "run.sh: $1 is missing; install it with: sudo apt-get install -y $1" >&2
		exit 1
	fi
	say "installing $1 from Debian"
	DEBIAN_FRONTEND=noninteractive apt-get install -y "$1" >"$LOGS/apt-$1.log" 2>&1 || {
		apt-get update >>"$LOGS/apt-$1.log" 2>&1
		DEBIAN_FRONTEND=noninteractive apt-get install -y "$1" >>"$LOGS/apt-$1.log" 2>&1
	}
}
[[ -x /usr/bin/time ]] || apt_install time
command -v curl >/dev/null || apt_install curl
SCRAPY=/usr/bin/scrapy
if has scrapy && ! /usr/bin/python3 -c 'import scrapy' 2>/dev/null; then
	apt_install python3-scrapy
fi

# --- build (never time `go run`) ----------------------------------------------
say "building govwatch, portal, floor, table, colly"
go build -o "$BIN/govwatch" ./cmd/govwatch
go build -o "$BIN/portal" ./bench/portal
go build -o "$BIN/smallportal" ./bench/smallportal
go build -o "$BIN/floor" ./bench/floor
go build -o "$BIN/table" ./bench/table
if has colly; then (cd bench/colly && go build -o "$BIN/colly" .); fi

# --- portal ------------------------------------------------------------------
if [[ $PORTAL == small ]]; then
	"$BIN/smallportal" -n "$N" -texts transform/testdata/real/texts -jsonl "$OUT/texts.jsonl" \
		>"$OUT/portal.url" 2>"$LOGS/portal.err" &
else
	"$BIN/portal" -n "$N" >"$OUT/portal.url" 2>"$LOGS/portal.err" &
fi
PORTAL_PID=$!
cleanup() {
	kill "$PORTAL_PID" 2>/dev/null || true
	wait "$PORTAL_PID" 2>/dev/null || true
	[[ $KEEP -eq 1 ]] || rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 300); do [[ -s "$OUT/portal.url" ]] && break; sleep 0.1; done
LIST_URL="$(head -1 "$OUT/portal.url")"
BASE_URL="${LIST_URL%/gen/*}"
BASE_URL="${BASE_URL%/news/*}"
[[ -n "$LIST_URL" ]] || { echo "run.sh: portal did not start" >&2; cat "$LOGS/portal.err" >&2; exit 1; }
say "portal $LIST_URL serving $N articles"
CLK_TCK="$(getconf CLK_TCK)"

portal_requests() { curl -sf "$BASE_URL/_bench/stats" | sed -n 's/.*"Requests":\([0-9]*\).*/\1/p'; }
portal_cpu_ticks() { awk '{print $14 + $15}' "/proc/$PORTAL_PID/stat"; }

# govwatch_config DIR writes DIR/govwatch.yaml (bench/govwatch-config.sh).
source "$ROOT/bench/govwatch-config.sh"

# articles_of TOOL LOGFILE prints the articles a run found.
articles_of() {
	case "$1" in
	govwatch*) sed -n 's/.*rows written: articles \([0-9]*\),.*/\1/p' "$2" | tail -1 ;;
	analyze) grep -c '"id"' "$2" ;;
	*) sed -n 's/^articles \([0-9]*\)$/\1/p' "$2" | tail -1 ;;
	esac
}

# trace_rss PID FILE samples the memory of PID's child (the command /usr/bin/time
# runs) every 0.2 s until it ends: seconds since the start, VmRSS, RssAnon and
# RssFile in KiB.
trace_rss() {
	local child="" start
	start="$(date +%s.%N)"
	: >"$2"
	for _ in $(seq 100); do
		child="$(pgrep -P "$1" | head -1 || true)"
		[[ -n $child ]] && break
		sleep 0.01
	done
	[[ -n $child ]] || return 0
	while [[ -r /proc/$child/status ]]; do
		awk -v t="$(date +%s.%N)" -v s="$start" '/^VmRSS:/ {v = $2} /^RssAnon:/ {a = $2} /^RssFile:/ {f = $2}
			END {if (v != "") printf "%.2f\t%d\t%d\t%d\n", t - s, v, a, f}' "/proc/$child/status" >>"$2" 2>/dev/null || true
		sleep 0.2
	done
}

# measure TOOL ROUND CMD... runs CMD under /usr/bin/time -v and appends a line
# to results.tsv.
measure() {
	local tool="$1" round="$2"
	shift 2
	local log="$LOGS/$tool.$round"
	local req0 cpu0 req1 cpu1 status=0
	req0="$(portal_requests)" cpu0="$(portal_cpu_ticks)"
	printf '%s\t%s\t%s\n' "$tool" "$round" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/loadavg.tsv"
	/usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>"$log.err" &
	local tpid=$! spid=""
	if [[ $RSSTRACE -eq 1 ]]; then
		trace_rss "$tpid" "$log.rss.tsv" &
		spid=$!
	fi
	wait "$tpid" || status=$?
	if [[ -n $spid ]]; then
		wait "$spid" || true
		say "$(awk '{for (i = 2; i <= 4; i++) if ($i > m[i]) m[i] = $i}
			END {printf "%s round %s memory peaks: VmRSS %d, RssAnon %d, RssFile %d KiB", t, r, m[2], m[3], m[4]}' \
			t="$tool" r="$round" "$log.rss.tsv")"
	fi
	req1="$(portal_requests)" cpu1="$(portal_cpu_ticks)"
	if [[ $status -ne 0 ]]; then
		echo "run.sh: $tool round $round exited $status; see $log.err" >&2
		tail -5 "$log.err" >&2
	fi
	local wall user sys rss articles
	wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$log.time")"
	user="$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$log.time")"
	sys="$(awk -F': ' '/System time \(seconds\)/ {print $2}' "$log.time")"
	rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log.time")"
	articles="$(articles_of "$tool" "$log.out")"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$round" "$wall" "$user" "$sys" "$rss" \
		"$((req1 - req0))" "${articles:-0}" "$(awk -v d="$((cpu1 - cpu0))" -v t="$CLK_TCK" 'BEGIN {printf "%.2f", d / t}')" \
		>>"$RESULTS"
	say "$(printf '%-19s round %s: %6.2f s wall, %6s s user, %5s s sys, %7s KiB, %s articles' \
		"$tool" "$round" "$wall" "$user" "$sys" "$rss" "${articles:-?}")"
}

# --- warm-up (untimed) ----------------------------------------------------------
say "warm-up: one untimed floor run"
"$BIN/floor" -url "$LIST_URL" -c "$C" >/dev/null

# --- rounds ------------------------------------------------------------------
for r in $(seq "$R"); do
	say "round $r of $R"
	A="$WORK/r$r/first" B="$WORK/r$r/reprocess"
	if has floor; then measure floor "$r" "$BIN/floor" -url "$LIST_URL" -c "$C"; fi
	if has govwatch || has govwatch-2nd || has govwatch-reprocess; then
		govwatch_config "$A"
		measure govwatch "$r" "$BIN/govwatch" crawl --config "$A/govwatch.yaml" --log-format json --log-level warn
		if [[ $r -eq 1 ]]; then
			# Bytes on disk: Parquet tables (data minus archive and state) and WARC.
			total_b="$(du -sb "$A/data" | cut -f1)"
			warc_b="$(du -sb "$A/data/_archive" | cut -f1)"
			printf 'articles\t%s\ndata_dir_bytes\t%s\nwarc_bytes\t%s\ntables_and_state_bytes\t%s\n' \
				"$N" "$total_b" "$warc_b" "$((total_b - warc_b))" >"$OUT/disk.tsv"
			(cd "$A/data" && find . -type f -printf '%s\t%p\n' | sort -k2) >"$OUT/disk-files.tsv"
		fi
		if has govwatch-reprocess; then
			cp -a "$A" "$B"
		fi
		if has govwatch-2nd; then
			measure govwatch-2nd "$r" "$BIN/govwatch" crawl --config "$A/govwatch.yaml" --log-format json --log-level warn
		fi
		if has govwatch-reprocess; then
			measure govwatch-reprocess "$r" "$BIN/govwatch" reprocess --config "$B/govwatch.yaml" --log-format json --log-level warn
			rm -rf "$B"
		fi
	fi
	if has colly; then measure colly "$r" "$BIN/colly" -url "$LIST_URL" -c "$C"; fi
	if has analyze && [[ -s "$OUT/texts.jsonl" ]]; then
		measure analyze "$r" "$BIN/govwatch" analyze --jsonl "$OUT/texts.jsonl"
	fi
	if has scrapy; then
		measure scrapy "$r" "$SCRAPY" runspider bench/scrapy/spider.py -a "start=$LIST_URL" \
			-s "CONCURRENT_REQUESTS=$C" -s "CONCURRENT_REQUESTS_PER_DOMAIN=$C"
	fi
	if [[ $r -lt $R ]] && [[ $REPORT -eq 0 || $KEEP -eq 0 ]]; then rm -rf "$WORK/r$r"; fi
done

# --- report rendering on the last round's dataset -------------------------------------
if [[ $REPORT -eq 1 ]] && has govwatch && [[ -d "$WORK/r$R/first/data" ]]; then
	A="$WORK/r$R/first"
	say "timing govwatch report --period 1397-08 ($R times)"
	: >"$OUT/report.tsv"
	for i in $(seq "$R"); do
		log="$LOGS/report.$i"
		/usr/bin/time -v -o "$log.time" "$BIN/govwatch" report --config "$A/govwatch.yaml" --period 1397-08 \
			--out "$OUT/report-1397-08.pdf" --log-format json --log-level warn >"$log.out" 2>"$log.err" ||
			{ echo "run.sh: report failed; see $log.err" >&2; tail -3 "$log.err" >&2; }
		awk -F': ' -v i="$i" '
			/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; w = s}
			/User time/ {u = $2} /System time/ {y = $2} /Maximum resident/ {m = $2}
			END {printf "%s\t%s\t%.2f\t%d\n", i, w, u + y, m}' "$log.time" >>"$OUT/report.tsv"
	done
fi

# --- Go benchmarks: analyse throughput per core, CPU profile of one crawl -----------
if [[ $GOBENCH -eq 1 ]]; then
	say "go test -bench Analyze -cpu 1 (MB/s per core)"
	go test ./bench -run '^$' -bench 'Analyze' -cpu 1 -benchtime 3s -count 3 >"$OUT/analyze.txt" 2>&1 || cat "$OUT/analyze.txt" >&2
	if has govwatch; then
		say "go test -bench Crawl -cpuprofile (portal in its own process)"
		GOVWATCH_BENCH_PAGES="$N" GOVWATCH_BENCH_URL="$LIST_URL" GOVWATCH_BENCH_CONCURRENCY="$C" \
			go test ./bench -run '^$' -bench 'Crawl' -benchtime 1x -cpuprofile "$OUT/crawl.cpu.pprof" \
			-o "$OUT/bench.test" >"$OUT/crawl-bench.txt" 2>&1 || cat "$OUT/crawl-bench.txt" >&2
		go tool pprof -top -nodecount=35 "$OUT/bench.test" "$OUT/crawl.cpu.pprof" >"$OUT/profile-flat.txt" 2>/dev/null || true
		go tool pprof -top -cum -nodecount=50 "$OUT/bench.test" "$OUT/crawl.cpu.pprof" >"$OUT/profile-cum.txt" 2>/dev/null || true
	fi
fi

# --- results -------------------------------------------------------------------
{
	echo "## $N articles, concurrency $C, $R rounds ($(date -u +%Y-%m-%dT%H:%MZ))"
	echo
	echo "Portal: $PORTAL; govwatch memory_limit: ${MEMLIMIT:-the config default (192MiB)}"
	echo
	echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(go version | cut -d' ' -f3-)"
	echo
	status=0
	"$BIN/table" -in "$RESULTS" -n "$N" || status=$?
	echo
	awk -F'\t' '{split($3, l, " "); if (NR == 1 || l[1] < lo) lo = l[1]; if (l[1] > hi) hi = l[1]}
		END {printf "Load average (1 min) when each run started: %.2f to %.2f (the machine is shared; 2 cores)\n", lo, hi}' "$OUT/loadavg.tsv"
	if [[ -s "$OUT/disk.tsv" ]]; then
		echo
		awk -F'\t' '{v[$1] = $2} END {
			printf "Bytes on disk per article (first run): %.0f total, %.0f WARC, %.0f Parquet tables and crawl state\n",
				v["data_dir_bytes"] / v["articles"], v["warc_bytes"] / v["articles"], v["tables_and_state_bytes"] / v["articles"]}' "$OUT/disk.tsv"
	fi
	if [[ -s "$OUT/report.tsv" ]]; then
		sort -t$'\t' -k2,2n "$OUT/report.tsv" | awk -F'\t' -v n="$(wc -l <"$OUT/report.tsv")" -v pdf="$(stat -c %s "$OUT/report-1397-08.pdf" 2>/dev/null || echo 0)" '
			NR == int((n + 1) / 2) {printf "govwatch report --period 1397-08 (median of %d): %.2f s wall, %.2f s CPU, %.0f MB peak RSS, PDF %.0f KB\n", n, $2, $3, $4 / 1024, pdf / 1024}'
	fi
	if [[ -s "$OUT/analyze.txt" ]]; then
		echo
		echo "Analyse throughput, one core (go test -bench Analyze -cpu 1):"
		awk '/^BenchmarkAnalyze/ {name = $1; sub("BenchmarkAnalyze/", "", name); s[name] += $(NF - 1); c[name]++}
			END {for (k in s) printf "  %-14s %6.2f MB/s\n", k, s[k] / c[k]}' "$OUT/analyze.txt" | sort
	fi
	if [[ -s "$OUT/profile-flat.txt" ]]; then
		echo
		echo "CPU profile of one govwatch crawl ($OUT/crawl.cpu.pprof), top entries:"
		sed -n '1,20p' "$OUT/profile-flat.txt"
	fi
	exit "$status"
} | tee "$OUT/summary.md"
exit "${PIPESTATUS[0]}"
