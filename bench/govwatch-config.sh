# bench/govwatch-config.sh: the govwatch config every bench script crawls with,
# sourced by bench/run.sh and bench/crawl-pairs.sh. It reads N, C, LIST_URL and
# MEMLIMIT (memory_limit, left out when empty) from the sourcing script.

# govwatch_config DIR writes DIR/govwatch.yaml: one source, limits lifted to -c.
govwatch_config() {
	mkdir -p "$1"
	cat >"$1/govwatch.yaml" <<EOF
# Written by bench/$(basename "$0"): politeness limits lifted to the shared concurrency.
data_dir: data
report_dir: reports
timezone: Asia/Tehran
${MEMLIMIT:+memory_limit: $MEMLIMIT}
crawl:
  user_agent: "govwatch-bench/1.0"
  timeout: 30s
  rate: 100000
  burst: 100000
  concurrency: $C
  respect_robots: true
  max_pages_per_source: 0
  max_listing_pages: $((N / 10 + 10))
sources:
  - id: gen
    name: "استانداری فارس - اخبار شهرستان‌ها"
    province: "فارس"
    start_urls: ["$LIST_URL"]
    profile: iran_gov_cms
EOF
}
