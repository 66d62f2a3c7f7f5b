#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   packaging/quickstart.sh run    install what is missing, build, launch the app on its embedded sandbox
#   packaging/quickstart.sh test   install what is missing, build, run the whole test suite
# Safe to run again: apt-get is only called when a package is missing, through sudo unless root.
set -euo pipefail

mode="${1:-run}"
shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${SJM_BUILD_DIR:-$root/build}"

"$here/install-deps.sh"

jobs="$(nproc 2>/dev/null || echo 2)"
werror=OFF
if [ "${CI:-}" = "true" ] || [ "$mode" = "test" ]; then
    werror=ON
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSJM_WERROR="$werror" >/dev/null
cmake --build "$build" --parallel "$jobs"

case "$mode" in
run)
    exec "$build/app/spaceone-job-monitor" "$@"
    ;;
test)
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" --timeout 300 "$@"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
