#!/usr/bin/env bash
# Packaging checks, run by CTest (label "packaging") on an already built tree:
#
#   check_packaging.sh install KEY=VALUE...   cmake --install into a temporary prefix; validate
#       the desktop file, the AppStream metainfo and the icons; run the installed app with
#       --version, and a CLI "stat" against the installed sandbox server.
#   check_packaging.sh deb KEY=VALUE...       cpack -G DEB into a temporary directory; inspect the
#       package: fields, computed Depends, file list, no maintainer scripts, stripped binaries.
#   check_packaging.sh man KEY=VALUE...       lint the man pages, and check that they document
#       exactly the options the programs accept, with the same defaults.
#   check_packaging.sh quickstart KEY=VALUE...  packaging/quickstart.sh refuses an unknown mode
#       before it installs or builds anything.
#
# Keys: build, source, version, app_id, exe, sandbox_exe, exe_file, sandbox_file, cpack, homepage,
# bugtracker, maintainer, authors.
# Nothing is written outside a temporary directory (but cmake --install's install_manifest.txt
# in the build tree), and everything started is stopped on exit.
#
# SJM_PACKAGING_APT_SIMULATE=1 also has apt-get simulate installing the .deb (slow).
set -euo pipefail

mode="${1:?usage: $0 install|deb|man|quickstart KEY=VALUE...}"
shift
build='' source='' version='' app_id='' exe='' sandbox_exe='' exe_file='' sandbox_file='' cpack=''
homepage='' bugtracker='' maintainer='' authors=''
for arg in "$@"; do
    case "${arg%%=*}" in
    build | source | version | app_id | exe | sandbox_exe | exe_file | sandbox_file | cpack | homepage | bugtracker | \
        maintainer | authors)
        printf -v "${arg%%=*}" '%s' "${arg#*=}"
        ;;
    *)
        echo "error: unknown argument $arg" >&2
        exit 2
        ;;
    esac
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/sjm-packaging.XXXXXX")"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
ok() { echo "ok: $*"; }
# A tool the checks run must be there, and its package must be one that packaging/install-deps.sh
# installs (or one of their direct dependencies, or part of every Debian system): a machine that
# happens to have the tool must not hide that a new machine lacks it.
need() {
    local path real owner
    path="$(command -v "$1")" || fail "$1 is missing; packaging/install-deps.sh must install its package"
    real="$(readlink -f "$path")"
    owner="$(dpkg-query -S "$real" 2>/dev/null | head -n 1 | cut -d: -f1)" ||
        owner=''
    if [ -z "$owner" ]; then
        echo "note: $1 ($real) belongs to no Debian package; not checked against install-deps.sh"
        return 0
    fi
    declared_package "$owner" || fail "$1 comes from the package $owner, which packaging/install-deps.sh does not install"
}

declared_package() {
    local pkg="$1" priority essential declared
    declared="$("${source}/packaging/install-deps.sh" --list)"
    grep -qx "$pkg" <<<"$declared" && return 0
    priority="$(dpkg-query -W -f='${Priority}' "$pkg" 2>/dev/null || true)"
    essential="$(dpkg-query -W -f='${Essential}' "$pkg" 2>/dev/null || true)"
    [ "$priority" = required ] || [ "$essential" = yes ] && return 0
    # A direct dependency of a declared package (binutils brings binutils-x86-64-linux-gnu).
    local d
    while read -r d; do
        dpkg-query -W -f='${Depends}\n${Pre-Depends}\n' "$d" 2>/dev/null |
            tr ',|' '\n\n' | sed 's/^ *//; s/[ :(].*//' | grep -qx "$pkg" && return 0
    done <<<"$declared"
    return 1
}

# A private home, so that running the app reads and writes no user settings.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

icon_sizes=(16 22 24 32 48 64 128 256)
desktop_rel="share/applications/$app_id.desktop"
metainfo_rel="share/metainfo/$app_id.metainfo.xml"

# Width x height of a PNG, from its IHDR chunk.
png_size() {
    local sig
    sig="$(od -An -tx1 -N8 "$1" | tr -d ' \n')"
    [ "$sig" = 89504e470d0a1a0a ] || { echo "not-a-png"; return; }
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}

# The files every install carries, relative to the prefix (/usr in the package).
expected_files() {
    echo "bin/$exe"
    echo "bin/$sandbox_exe"
    echo "$desktop_rel"
    echo "$metainfo_rel"
    echo "share/icons/hicolor/scalable/apps/$app_id.svg"
    local size
    for size in "${icon_sizes[@]}"; do
        echo "share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    echo "share/man/man1/$exe.1.gz"
    echo "share/man/man1/$sandbox_exe.1.gz"
    echo "share/doc/$exe/copyright"
}

# Checks the desktop integration files of an installed tree rooted at $1 (a prefix).
check_desktop_integration() {
    local prefix="$1" f size out
    while read -r f; do
        [ -f "$prefix/$f" ] || fail "$f is not installed"
    done < <(expected_files)
    [ -x "$prefix/bin/$exe" ] || fail "bin/$exe is not executable"

    for size in "${icon_sizes[@]}"; do
        f="$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        [ "$(png_size "$f")" = "${size}x${size}" ] || fail "$f is $(png_size "$f"), expected ${size}x${size}"
    done
    grep -q '<svg' "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" || fail "the scalable icon is no SVG"
    ok "icons: scalable SVG and ${icon_sizes[*]} px PNGs named $app_id"

    local desktop="$prefix/$desktop_rel"
    out="$(desktop-file-validate "$desktop" 2>&1)" || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate is not silent: $out"
    local key expected
    for key in "Name=SpaceONE Job Monitor" "Exec=$exe" "Icon=$app_id" "StartupWMClass=$exe" "Type=Application"; do
        grep -qx "$key" "$desktop" || fail "$desktop_rel lacks $key"
    done
    grep -q '^GenericName=.' "$desktop" || fail "$desktop_rel has no GenericName"
    grep -q '^Comment=.' "$desktop" || fail "$desktop_rel has no Comment"
    grep -q '^Keywords=.' "$desktop" || fail "$desktop_rel has no Keywords"
    grep -q '^Categories=.*Qt;' "$desktop" || fail "$desktop_rel has no Categories"
    ok "desktop file $app_id.desktop validates"

    local metainfo="$prefix/$metainfo_rel"
    out="$(appstreamcli validate --no-net "$metainfo" 2>&1)" || fail "appstreamcli validate: $out"
    for expected in "<id>$app_id</id>" "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
        "<release version=\"$version\"" "<binary>$exe</binary>" '<content_rating type="oars-1.1"' \
        '<project_license>MIT</project_license>' '<component type="desktop-application">' \
        "<url type=\"homepage\">$homepage</url>" "<url type=\"bugtracker\">$bugtracker</url>" \
        "<name>$authors</name>" "<developer_name>$authors</developer_name>"; do
        grep -qF "$expected" "$metainfo" || fail "$metainfo_rel lacks $expected"
    done
    # What ships names the project's own home and people, never a stand-in.
    for f in "$metainfo_rel" "$desktop_rel" "share/doc/$exe/copyright"; do
        if grep -Eqi 'placeholder|example\.(com|org)|todo|fixme' "$prefix/$f"; then
            fail "$f holds a placeholder: $(grep -Ei 'placeholder|example\.(com|org)|todo|fixme' "$prefix/$f" | head -1)"
        fi
    done
    grep -qx "Upstream-Contact: $maintainer" "$prefix/share/doc/$exe/copyright" || fail "copyright: Upstream-Contact is not $maintainer"
    grep -qx "Source: $homepage" "$prefix/share/doc/$exe/copyright" || fail "copyright: Source is not $homepage"
    out="$(appstreamcli validate-tree --no-net "$prefix" 2>&1)" || fail "appstreamcli validate-tree: $out"
    ok "metainfo $app_id.metainfo.xml validates, release $version"
}

# A TCP port on the loopback interface that nothing listens on.
free_port() {
    local port i
    for i in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

wait_for_port() {
    local port="$1" pid="$2" i
    for i in $(seq 1 150); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

check_install() {
    need cmake
    need desktop-file-validate
    need appstreamcli
    local prefix="$tmp/prefix" out rc
    cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
        { cat "$tmp/install.log" >&2; fail "cmake --install $build --prefix $prefix"; }
    ok "cmake --install into a temporary prefix"
    # One install rule per file: a second one for the same file hides which of them wins.
    local twice
    twice="$(sed -n 's/^-- \(Installing\|Up-to-date\): //p' "$tmp/install.log" | sort | uniq -d)"
    [ -z "$twice" ] || fail "installed by more than one rule: $(tr '\n' ' ' <<<"$twice")"
    ok "every file is installed by one rule"
    check_desktop_integration "$prefix"

    # The version, from the CMake project version.
    rc=0
    out="$(timeout 30 "$prefix/bin/$exe" --version 2>&1)" || rc=$?
    [[ "$out" == *"$version"* ]] && [ "$rc" = 0 ] ||
        fail "$exe --version exited $rc and printed '$out', expected the version $version"
    ok "$exe --version prints $version"

    # The CLI against the installed sandbox server.
    rc=0
    out="$(timeout 30 "$prefix/bin/$exe" --help 2>&1)" || rc=$?
    grep -qw stat <<<"$out" || fail "$exe --help does not mention 'stat': $out"
    [ -x "$prefix/bin/$sandbox_exe" ] || fail "$sandbox_exe is not installed"
    out="$(timeout 30 "$prefix/bin/$sandbox_exe" --version 2>&1)" || fail "$sandbox_exe --version: $out"
    [[ "$out" == *"$version"* ]] || fail "$sandbox_exe --version printed '$out', expected $version"
    ok "$sandbox_exe --version prints $version"

    local token="$tmp/token" tokens="$tmp/tokens.json" port pid
    # The sandbox accepts a fixed token string from its token file; the CLI reads the same string.
    printf 'packaging-check-token\n' >"$token"
    printf '{"tokens":[{"role":"DOMAIN_ADMIN","token":"packaging-check-token"}]}\n' >"$tokens"
    chmod 600 "$token" "$tokens"
    port="$(free_port)" || fail "no free loopback port"
    "$prefix/bin/$sandbox_exe" --port "$port" --jobs 60 --seed 7 --token-file "$tokens" \
        >"$tmp/sandbox.log" 2>&1 &
    pid=$!
    pids+=("$pid")
    wait_for_port "$port" "$pid" ||
        { cat "$tmp/sandbox.log" >&2; fail "$sandbox_exe did not listen on 127.0.0.1:$port"; }
    rc=0
    out="$(timeout 30 "$prefix/bin/$exe" stat --endpoint "http://127.0.0.1:$port" --token-file "$token" \
        --by status 2>"$tmp/stat.err")" || rc=$?
    [ "$rc" = 0 ] || { cat "$tmp/stat.err" >&2; fail "$exe stat against the sandbox exited $rc"; }
    [ -n "$out" ] || fail "$exe stat printed nothing"
    ok "$exe stat against the installed $sandbox_exe on port $port"
    echo "$out" | sed 's/^/    /'
}

check_deb() {
    # cpack's DEB generator runs file and dpkg-shlibdeps to compute Depends.
    need file
    need dpkg-deb
    need dpkg-shlibdeps
    need readelf
    [ -n "$cpack" ] || fail "no cpack command"
    local out="$tmp/out" rc
    "$cpack" -G DEB -B "$out" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1 ||
        { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB"; }
    local arch deb
    arch="$(dpkg --print-architecture)"
    deb="$out/${exe}_${version}_${arch}.deb"
    [ -f "$deb" ] || fail "cpack made $(ls "$out"), expected $(basename "$deb")"
    ok "cpack -G DEB made $(basename "$deb"), $(stat -c %s "$deb") bytes"

    # Control fields.
    dpkg-deb -f "$deb" >"$tmp/control.txt"
    field() { awk -v f="$1" 'index($0, f ": ") == 1 { sub(/^[^:]*: /, ""); print; on = 1; next }
        on && /^ / { print; next } { on = 0 }' "$tmp/control.txt"; }
    local name value
    [ "$(field Package)" = "$exe" ] || fail "Package is not $exe"
    [ "$(field Version)" = "$version" ] || fail "Version is not $version"
    [ "$(field Architecture)" = "$arch" ] || fail "Architecture is not $arch"
    for name in Section Priority Maintainer Homepage Description Installed-Size; do
        [ -n "$(field "$name")" ] || fail "the package has no $name"
    done
    field Maintainer | grep -Eq '^[^<]+ <[^@ ]+@[^> ]+>$' || fail "Maintainer is not 'Name <email>'"
    [ "$(field Maintainer)" = "$maintainer" ] || fail "Maintainer is '$(field Maintainer)', not '$maintainer'"
    field Homepage | grep -q '^https://' || fail "Homepage is not an https URL"
    [ "$(field Homepage)" = "$homepage" ] || fail "Homepage is '$(field Homepage)', not '$homepage'"
    [ "$(field Description | wc -l)" -ge 3 ] || fail "Description has no long description"
    local depends
    depends="$(field Depends)"
    for value in libc6 libqt6core6 libqt6widgets6 libqt6sql6-sqlite; do
        grep -Eq "(^|, )$value( |,|$)" <<<"$depends" || fail "Depends lacks $value: $depends"
    done
    ok "Depends: $depends"
    ok "Section $(field Section), Installed-Size $(field Installed-Size) KiB, Maintainer $(field Maintainer)"

    # Nothing runs or is written at install time but the files of the package: no maintainer
    # scripts (Debian's own triggers refresh the icon cache, desktop database and man index).
    dpkg-deb -e "$deb" "$tmp/control"
    for value in preinst postinst prerm postrm config triggers conffiles; do
        [ ! -e "$tmp/control/$value" ] || fail "the package has a $value"
    done
    ok "no maintainer scripts, triggers or conffiles"

    # Files: all under /usr, the expected ones present, binaries stripped and without RPATH.
    dpkg-deb -c "$deb" | awk '{ print $6 }' >"$tmp/files"
    if grep -Ev '^\./(usr/.*)?$' "$tmp/files" >"$tmp/outside"; then
        fail "files outside /usr: $(tr '\n' ' ' <"$tmp/outside")"
    fi
    local f
    while read -r f; do
        grep -qx "./usr/$f" "$tmp/files" || fail "the package lacks /usr/$f"
    done < <(expected_files)
    dpkg-deb -x "$deb" "$tmp/root"
    for f in "$tmp/root/usr/bin/"*; do
        if readelf -d "$f" | grep -Eq '\((RPATH|RUNPATH)\)'; then
            fail "$(basename "$f") has an RPATH: $(readelf -d "$f" | grep -E 'R(UN)?PATH')"
        fi
        if readelf -S "$f" | grep -q '\.debug_info'; then
            fail "$(basename "$f") is not stripped"
        fi
    done
    for f in "$tmp/root/usr/share/man/man1/"*.gz; do
        gzip -t "$f" || fail "$f is not a valid gzip file"
    done
    check_desktop_integration "$tmp/root/usr"
    ok "$(wc -l <"$tmp/files") entries, all under /usr; binaries stripped, no RPATH"

    # Would apt install it here? A simulation that changes nothing, but reads all package lists:
    # slow, so only on request.
    if [ "${SJM_PACKAGING_APT_SIMULATE:-0}" = 1 ]; then
        rc=0
        apt-get install --simulate -o Debug::NoLocking=1 -qq "$deb" >"$tmp/apt.log" 2>&1 || rc=$?
        [ "$rc" = 0 ] || { cat "$tmp/apt.log" >&2; fail "apt-get install --simulate $(basename "$deb")"; }
        ok "apt-get install --simulate resolves its dependencies"
    fi
}

# Long options in a text, one per line, "--" included.
long_options() {
    grep -Eo -- '(^|[^a-z0-9-])--[a-z][a-z0-9-]*' | grep -Eo -- '--[a-z][a-z0-9-]*' | sort -u
}

# Options a man page documents in tagged paragraphs (the line after .TP), one per line.
documented_options() {
    zcat "$1" | awk 'tp { print } { tp = ($0 ~ /^\.TP/) }' | sed 's/\\-/-/g' | long_options
}

check_man() {
    need groff
    need man
    local page file text warnings
    for page in "$exe" "$sandbox_exe"; do
        file="$build/packaging/man/$page.1.gz"
        [ -f "$file" ] || fail "$file is not built"
        gzip -t "$file" || fail "$file is not a valid gzip file"
        warnings="$(zcat "$file" | groff -man -ww -z -Tutf8 2>&1)"
        [ -z "$warnings" ] || fail "groff warns about $page.1: $warnings"
        warnings="$(MANWIDTH=80 man --warnings -E UTF-8 -l "$file" 2>&1 >/dev/null)"
        [ -z "$warnings" ] || fail "man --warnings on $page.1: $warnings"
        zcat "$file" | grep -q "^\.TH .*\"SpaceONE Job Monitor $version\"" || fail "$page.1 is not for version $version"
        zcat "$file" | groff -man -Tascii -P-cbou 2>/dev/null >"$tmp/$page.txt"
        grep -q '^NAME' "$tmp/$page.txt" && grep -q '^SYNOPSIS' "$tmp/$page.txt" || fail "$page.1 lacks NAME or SYNOPSIS"
        grep -qF "$bugtracker" "$tmp/$page.txt" || fail "$page.1 does not say where to report bugs ($bugtracker)"
        ok "$page.1.gz lints clean"
    done

    # What the pages must cover, as the project defines it.
    local option
    for option in list get delete stat --endpoint --path-style --token-file --token SPACEONE_TOKEN \
        --format --timeout --profile --status --workspace --trusted-account --plugin --keyword \
        --limit --sort --yes --by --screenshot --settings --sandbox-seed --version --help "EXIT STATUS"; do
        grep -Eq -- "(^|[^a-z-])$option([^a-z-]|$)" "$tmp/$exe.txt" || fail "$exe.1 does not document $option"
    done
    for option in --port --db --jobs --seed --data --token-file --rate --version "EXIT STATUS"; do
        grep -Eq -- "(^|[^a-z-])$option([^a-z-]|$)" "$tmp/$sandbox_exe.txt" || fail "$sandbox_exe.1 does not document $option"
    done
    ok "the man pages cover the commands and options of the app, its CLI and the sandbox"

    # Against the programs themselves: every option they accept is documented, and every option
    # documented exists.
    local help command
    help="$(timeout 30 "$exe_file" --help 2>&1 || true)"
    grep -qw stat <<<"$help" || fail "$exe --help does not mention 'stat': $help"
    for command in list get delete stat; do
        help+=$'\n'"$(timeout 30 "$exe_file" "$command" --help 2>&1 || true)"
    done
    compare_options "$exe" "$help"
    help="$(timeout 30 "$sandbox_file" --help 2>&1 || true)"
    compare_options "$sandbox_exe" "$help"
}

compare_options() {
    local page="$1" help="$2" accepted documented missing extra
    accepted="$(long_options <<<"$help" | grep -vx -- '--help-all' || true)"
    documented="$(documented_options "$build/packaging/man/$page.1.gz")"
    [ -n "$accepted" ] || fail "$page --help lists no options"
    missing="$(comm -23 <(echo "$accepted") <(long_options <"$tmp/$page.txt"))"
    extra="$(comm -13 <(echo "$accepted") <(echo "$documented"))"
    [ -z "$missing" ] || fail "$page.1 does not document: $(echo $missing)"
    [ -z "$extra" ] || fail "$page.1 documents options $page does not accept: $(echo $extra)"
    ok "$page.1 documents exactly the $(echo "$accepted" | wc -l) options of $page --help"

    # Defaults the program names in its help ("Default: X.") are the ones the man page names.
    local option value paragraph count=0
    while IFS=$'\t' read -r option value; do
        paragraph="$(option_paragraph "$option" <"$tmp/$page.txt")"
        grep -qiF -e "default: $value)" -e "default is $value." -e "default is $value," <<<"$paragraph" ||
            fail "$page --help says $option defaults to $value; $page.1 says: $(echo $paragraph)"
        count=$((count + 1))
    done < <(help_defaults <<<"$help")
    ok "$page.1 names the same defaults as $page --help ($count options)"
}

# "--option<TAB>default" for each option whose help text ends in "Default: X.".
help_defaults() {
    awk '/^ +(-[a-zA-Z], )?--[a-z]/ { flush(); match($0, /--[a-z][a-z0-9-]*/); name = substr($0, RSTART, RLENGTH); text = $0; next }
        /^ +[^ -]/ && name != "" { text = text " " $0; next }
        { flush() }
        END { flush() }
        function flush() {
            if (name != "" && match(text, /Default: [^ ]+\.$/)) { v = substr(text, RSTART + 9, RLENGTH - 10); print name "\t" v }
            name = ""; text = ""
        }'
}

# The paragraph of a rendered man page that documents one option, joined into one line.
option_paragraph() {
    awk -v opt="$1" '$1 == opt { on = 1; next } on && /^$/ { exit } on { $1 = $1; printf "%s ", $0 }'
}

# The quick start's entry point refuses a mistyped mode before it installs or builds anything.
check_quickstart() {
    local fake="$tmp/fakebin" tool rc out
    mkdir -p "$fake"
    for tool in apt-get sudo cmake ninja dpkg-query ctest; do
        printf '#!/bin/sh\necho "%s $*" >>"%s/calls"\nexit 0\n' "$tool" "$tmp" >"$fake/$tool"
        chmod +x "$fake/$tool"
    done
    for typo in tests Run build; do
        rc=0
        out="$(PATH="$fake:$PATH" SJM_BUILD_DIR="$tmp/build" bash "$source/packaging/quickstart.sh" "$typo" 2>&1)" || rc=$?
        [ "$rc" = 2 ] || fail "quickstart.sh $typo exited $rc, expected 2: $out"
        grep -q "unknown mode '$typo'" <<<"$out" || fail "quickstart.sh $typo does not name the mode: $out"
        grep -q 'usage:' <<<"$out" || fail "quickstart.sh $typo prints no usage: $out"
        [ ! -e "$tmp/calls" ] || fail "quickstart.sh $typo ran $(cat "$tmp/calls") before refusing"
        [ ! -e "$tmp/build" ] || fail "quickstart.sh $typo created the build directory"
    done
    ok "quickstart.sh refuses unknown modes before installing or building anything"
    out="$(bash "$source/packaging/quickstart.sh" --help 2>&1)" || fail "quickstart.sh --help failed: $out"
    grep -q 'run' <<<"$out" && grep -q 'test' <<<"$out" || fail "quickstart.sh --help names no modes: $out"
    ok "quickstart.sh --help names its modes"
}

case "$mode" in
quickstart) check_quickstart ;;
install) check_install ;;
deb) check_deb ;;
man) check_man ;;
*) fail "unknown mode $mode" ;;
esac
