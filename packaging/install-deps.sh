#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and package the app, and nothing when all
# of them are already there. Uses sudo only when not root and something is missing.
#   install-deps.sh           install what is missing to build and run the app
#   install-deps.sh test      also the clang toolchain of the sanitizer build and the fuzzers: the
#                             suite runs under ASan/UBSan/LSan too (`quickstart.sh sanitize`, CI)
#   install-deps.sh --list    print the packages, one per line, and change nothing
set -euo pipefail

packages=(
    # Build
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libgl-dev libvulkan-dev libsimdjson-dev
    # Tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev fonts-dejavu-core
    # The notification tests run a private session bus
    dbus-daemon
    # Packaging and its checks: cpack's DEB generator runs file and dpkg-shlibdeps on the binaries
    dpkg-dev file binutils desktop-file-utils appstream groff-base man-db gzip
)

# For testing: clang with its sanitizer and libFuzzer runtimes (compiler-rt), and
# llvm-symbolizer for readable sanitizer reports.
sanitize_packages=(clang libclang-rt-14-dev llvm)

list=false
for arg in "$@"; do
    case "$arg" in
    --list) list=true ;;
    test | sanitize) packages+=("${sanitize_packages[@]}") ;;
    *) echo "usage: $0 [test] [--list]" >&2; exit 2 ;;
    esac
done
if $list; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed" >&2
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${#missing[@]} missing packages with apt-get (1 to 3 min on a new machine): ${missing[*]}" >&2
# A fresh machine has empty package lists; refresh them once, then install quietly.
if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    echo "install-deps: refreshing the package lists (apt-get update)" >&2
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "install-deps: done" >&2
