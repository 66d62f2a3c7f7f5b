#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   packaging/quickstart.sh run [APP OPTIONS]    install what is missing, build the app and the
#                                                sandbox server, launch the app on its sandbox
#   packaging/quickstart.sh test [CTEST OPTIONS] install what is missing (clang too, for the next
#                                                mode), build everything, run the whole test suite
#   packaging/quickstart.sh sanitize [CTEST OPTIONS]  build what the suite needs with ASan, UBSan
#                                                and LSan plus the libFuzzer targets in
#                                                build-sanitize/, run the whole suite and the fuzzers
# Safe to run again: apt-get is only called when a package is missing, through sudo unless root.
# Both modes configure the same build tree the same way, so `run` then `test` only adds what
# `test` needs instead of rebuilding everything.
set -euo pipefail

usage() {
    echo "usage: $0 run [APP OPTIONS] | test [CTEST OPTIONS] | sanitize [CTEST OPTIONS]" >&2
    exit 2
}

mode="${1:-run}"
case "$mode" in
run | test | sanitize) ;;
-h | --help)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
*)
    echo "error: unknown mode '$mode'" >&2
    usage
    ;;
esac
shift || true

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${SJM_BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"
say() { echo "quickstart: $*" >&2; }

if [ "$mode" = sanitize ]; then
    "$here/install-deps.sh" test
    sbuild="$root/build-sanitize"
    say "configuring $sbuild (clang, ASan + UBSan + LSan, libFuzzer targets)"
    mkdir -p "$sbuild"
    (cd "$root" && cmake --preset sanitize >"$sbuild/configure.log" 2>&1) ||
        { cat "$sbuild/configure.log" >&2; say "configuring failed"; exit 1; }
    say "building with sanitizers ($jobs jobs; about 12 min on 2 cores the first time)"
    cmake --build "$sbuild" --parallel "$jobs"
    # The packaging checks (installed files, the .deb, man pages) look at no memory; `test` runs them.
    say "running the test suite and the fuzzers under the sanitizers"
    cd "$sbuild"
    exec ctest --output-on-failure --parallel "$jobs" --timeout 600 --label-exclude packaging "$@"
fi

if [ "$mode" = test ]; then
    # The sanitizer toolchain too: CI runs `sanitize` right after `test` on the same machine.
    "$here/install-deps.sh" test
else
    "$here/install-deps.sh"
fi

# Warnings are errors in both modes: the supported compiler is Debian 12's, on which the tree
# builds without any, and one setting for both modes keeps the build tree shared.
if [ -f "$build/CMakeCache.txt" ]; then
    say "configuring $build"
else
    say "configuring a new build tree in $build (about 20 s)"
fi
mkdir -p "$build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSJM_WERROR=ON >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log" >&2; say "configuring failed"; exit 1; }

case "$mode" in
run)
    say "building the app and the sandbox server ($jobs jobs; about 5 min on 2 cores the first time)"
    cmake --build "$build" --parallel "$jobs" --target spaceone-job-monitor spaceone-job-monitor-sandbox
    exec "$build/bin/spaceone-job-monitor" "$@"
    ;;
test)
    say "building the app, the tests and the benchmarks ($jobs jobs; about 8 min on 2 cores the first time)"
    cmake --build "$build" --parallel "$jobs"
    say "running the test suite"
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" --timeout 300 "$@"
    ;;
esac
