#!/usr/bin/env bash
# coverage.sh [BUILD_DIR]: edge coverage each fuzzer reaches in the code it targets, over its seed
# corpus plus what the fuzz tests found (BUILD_DIR/tests/fuzz/work/<target>/corpus). Run after
# `ctest -L fuzz` in the sanitizer build (default build-sanitize/). Needs llvm-symbolizer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "${1:-$here/../../build-sanitize}" && pwd)"

# target: the source files it is meant to exercise
declare -A files=(
    [fuzz_list_decoder]="jobdecoder.cpp jobfastdecoder.cpp jobtime.cpp"
    [fuzz_job_decoder]="jobdecoder.cpp jobtime.cpp"
    [fuzz_stat_decoder]="jobdecoder.cpp"
    [fuzz_error_decoder]="apierror.cpp secretscrubber.cpp"
    [fuzz_jwt]="jwtclaims.cpp tokeninfo.cpp"
    [fuzz_yaml_reader]="yamlsubsetreader.cpp"
    [fuzz_http_framing]="requestframer.cpp"
    [fuzz_sandbox_request]="jobservice.cpp protojson.cpp jsonvalue.cpp querycompiler.cpp statengine.cpp"
    [fuzz_query_compiler]="querycompiler.cpp"
    [fuzz_stat_engine]="statengine.cpp"
)

printf '%-22s %-22s %8s %8s %7s\n' target file edges of covered
for target in $(printf '%s\n' "${!files[@]}" | sort); do
    exe="$build/tests/fuzz/$target"
    [ -x "$exe" ] || { echo "missing $exe" >&2; continue; }
    work="$build/tests/fuzz/work/$target/corpus"
    mkdir -p "$work"
    report="$(ASAN_OPTIONS=detect_leaks=0 "$exe" -runs=0 -print_coverage=1 "$work" "$here/corpus/$target" 2>&1 || true)"
    for file in ${files[$target]}; do
        awk -v f="/$file:" '
            /^(COVERED|UNCOVERED)_FUNC:/ && index($0, f) {
                split($5, e, "/"); covered += e[1]; total += e[2]
            }
            END { printf "%d %d\n", covered, total }' <<<"$report" | {
            read -r covered total
            pct="-"
            [ "$total" -gt 0 ] && pct="$(awk -v c="$covered" -v t="$total" 'BEGIN { printf "%.0f%%", 100 * c / t }')"
            printf '%-22s %-22s %8s %8s %7s\n' "$target" "$file" "$covered" "$total" "$pct"
        }
    done
done
