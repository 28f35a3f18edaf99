#!/usr/bin/env bash
# analyze-pairs.sh OLD.test NEW.test [PAIRS]: the transform package's test
# binaries of two commits (go test -c -o X.test ./transform), run in
# alternating order (old first in odd pairs) on BenchmarkAnalyzeRealPassages
# and BenchmarkGoqueryParse, so that a change in analysis time can be told
# from the machine's load: compare the paired ratios, not single runs.
# The binaries read testdata/real under DIR (default: the transform package,
# whose texts are rebuilt as transform/testdata/real/README.md says); point
# DIR at a frozen copy to keep one set of passages across sessions.
set -euo pipefail
old=$(realpath "$1") new=$(realpath "$2") pairs=${3:-4}
cd "${DIR:-$(dirname "$0")/../transform}"
for i in $(seq 1 "$pairs"); do
	if ((i % 2)); then order=("$old" "$new"); else order=("$new" "$old"); fi
	for bin in "${order[@]}"; do
		echo "== $(basename "$bin") pair $i"
		"$bin" -test.run '^$' -test.bench 'AnalyzeRealPassages|GoqueryParse' \
			-test.benchtime 10x -test.benchmem | grep '^Benchmark'
	done
done
