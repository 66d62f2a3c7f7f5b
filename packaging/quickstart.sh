#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   packaging/quickstart.sh run [APP OPTIONS]    install what is missing, build the app and the
#                                                sandbox server, launch the app on its sandbox
#   packaging/quickstart.sh test [CTEST OPTIONS] install what is missing, build everything, run the
#                                                whole test suite
# Safe to run again: apt-get is only called when a package is missing, through sudo unless root.
# Both modes configure the same build tree the same way, so `run` then `test` only adds what
# `test` needs instead of rebuilding everything.
set -euo pipefail

usage() {
    echo "usage: $0 run [APP OPTIONS] | test [CTEST OPTIONS]" >&2
    exit 2
}

mode="${1:-run}"
case "$mode" in
run | test) ;;
-h | --help)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
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

"$here/install-deps.sh"

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
