#!/bin/sh
# run_fuzzer.sh FUZZER SEED_CORPUS WORK_DIR RUNS
# Runs one libFuzzer target for RUNS inputs, starting from the seed corpus (read only); new
# inputs and crash reproducers go to WORK_DIR. Prints the run count and the coverage reached.
set -eu
fuzzer="$1" seeds="$2" work="$3" runs="$4"
mkdir -p "$work/corpus"
log="$work/last-run.log"
status=0
# -seed=0: a fresh random seed each run (libFuzzer prints it); -timeout: seconds per input.
"$fuzzer" -runs="$runs" -seed=0 -timeout=20 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/corpus" "$seeds" >"$log" 2>&1 || status=$?
grep -E '^INFO: Seed:|^#[0-9]+.*(INITED|DONE)|^stat::number_of_executed_units|^Done' "$log" || true
if [ "$status" -ne 0 ]; then
    tail -n 80 "$log"
    echo "fuzzer failed (exit $status); reproducers in $work" >&2
fi
exit "$status"
