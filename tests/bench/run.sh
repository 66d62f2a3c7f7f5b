#!/usr/bin/env bash
# Builds (Release flags) and runs the poll pipeline benchmarks and prints their summary tables:
# sjm_model_bench (decode, diff, apply, filter, memory) with the given flags, then sjm_poll_bench
# (bytes per poll at 10,000 jobs, delta polls against a full refetch).
# Usage: tests/bench/run.sh [build-dir] [extra Google Benchmark flags for sjm_model_bench...]
# Example: tests/bench/run.sh build-bench --benchmark_filter='/10000$'
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build-bench}"
shift || true

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSJM_BUILD_TESTS=ON \
        -DSJM_BUILD_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build" --target sjm_model_bench sjm_poll_bench sjm_app_bench sjm_sandbox_bench \
    spaceone-job-monitor-sandbox -j"$(nproc)"

# Machines are often shared: ask for enough repetitions that one slow slice does not decide.
"$build/tests/bench/sjm_model_bench" --benchmark_min_time=1 "$@"
# The running app: GUI thread per poll and per keystroke at 10k and 100k jobs; resident memory
# with the sandbox in its own process.
"$build/tests/bench/sjm_app_bench"
"$build/tests/bench/sjm_app_bench" --rss=10000
"$build/tests/bench/sjm_app_bench" --rss=100000
# The sandbox: filtered page and a full listing at 100k jobs (add --jobs=1000000 for 1M).
"$build/tests/bench/sjm_sandbox_bench" --benchmark_filter='StatusWorkspace|OnePage1000|FullListing|CountStar'
exec "$build/tests/bench/sjm_poll_bench"
