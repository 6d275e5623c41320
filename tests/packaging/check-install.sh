#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks what a desktop sees:
# programs, desktop file, AppStream metainfo, hicolor icons and the man page.
# usage: check-install.sh BUILD_DIR APP_ID VERSION WITH_GUI(0|1); $CMAKE: the cmake to use
set -uo pipefail

build_dir=$1 app_id=$2 version=$3 with_gui=$4
prefix=$(mktemp -d "${TMPDIR:-/tmp}/videoremix-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

for tool in desktop-file-validate appstreamcli groff man file; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps installs it)"; exit 1; }
done

if ! "${CMAKE:-cmake}" --install "$build_dir" --prefix "$prefix" >"$prefix.log" 2>&1; then
    cat "$prefix.log"; rm -f "$prefix.log"
    echo "FAIL: cmake --install"; exit 1
fi
rm -f "$prefix.log"
pass "cmake --install --prefix $prefix"

programs=(videoremix-cli videoremix-mock)
[ "$with_gui" = 1 ] && programs+=(videoremix)
for program in "${programs[@]}"; do
    if [ -x "$prefix/bin/$program" ]; then pass "bin/$program"; else fail "bin/$program not installed"; fi
done

# --version runs from the installed location without a display.
for program in "${programs[@]}"; do
    [ -x "$prefix/bin/$program" ] || continue
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen timeout 20 "$prefix/bin/$program" --version 2>&1)
    rc=$?
    if [ $rc -eq 0 ] && [[ "$out" == *"$version"* ]]; then
        pass "$program --version: $out"
    else
        fail "$program --version exited $rc: $out"
    fi
done

man_page="$prefix/share/man/man1/videoremix-cli.1"
if [ -f "$man_page" ]; then
    # -ww: every groff warning; a clean page prints nothing on stderr.
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$man_page" 2>&1)
    text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$man_page" 2>&1)
    if [ -n "$warnings" ]; then
        fail "man page warnings: $warnings"
    elif [[ "$text" != *"EXIT STATUS"* || "$text" != *"VideoRemix $version"* ]]; then
        fail "man page does not render as expected: $text"
    else
        pass "man page renders"
    fi
else
    fail "share/man/man1/videoremix-cli.1 not installed"
fi

[ -f "$prefix/share/doc/videoremix/copyright" ] && grep -q "MIT License" "$prefix/share/doc/videoremix/copyright" \
    && pass "licence" || fail "share/doc/videoremix/copyright (MIT) not installed"

if [ "$with_gui" = 1 ]; then
    desktop="$prefix/share/applications/$app_id.desktop"
    metainfo="$prefix/share/metainfo/$app_id.metainfo.xml"
    if [ -f "$desktop" ]; then
        if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
            pass "desktop-file-validate"
        else
            fail "desktop-file-validate: $out"
        fi
        grep -qx "Icon=$app_id" "$desktop" && pass "desktop Icon= is the app ID" || fail "desktop Icon= is not $app_id"
        exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop" | head -1)
        [ -x "$prefix/bin/$exec_program" ] && pass "desktop Exec= $exec_program is installed" \
            || fail "desktop Exec= $exec_program is not in bin"
        grep -q '^Name\[zh_CN\]=' "$desktop" && pass "desktop name in Chinese" || fail "no Name[zh_CN]"
    else
        fail "share/applications/$app_id.desktop not installed"
    fi
    if [ -f "$metainfo" ]; then
        if out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
            pass "appstreamcli validate --no-net"
        else
            fail "appstreamcli validate: $out"
        fi
        grep -q "<id>$app_id</id>" "$metainfo" && pass "metainfo ID is the app ID" || fail "metainfo <id> is not $app_id"
        grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
            && pass "metainfo launches the desktop file" || fail "metainfo launchable is not $app_id.desktop"
        grep -q "<release version=\"$version\"" "$metainfo" && pass "metainfo release $version" \
            || fail "metainfo has no release $version"
    else
        fail "share/metainfo/$app_id.metainfo.xml not installed"
    fi

    icons="$prefix/share/icons/hicolor"
    if [ -f "$icons/scalable/apps/$app_id.svg" ] && grep -q "<svg" "$icons/scalable/apps/$app_id.svg"; then
        pass "scalable icon"
    else
        fail "hicolor/scalable/apps/$app_id.svg not installed"
    fi
    for size in 16 24 32 48 64 128 256 512; do
        png="$icons/${size}x${size}/apps/$app_id.png"
        if [ ! -f "$png" ]; then
            fail "hicolor/${size}x${size}/apps/$app_id.png not installed"
        elif ! file -b "$png" | grep -q "PNG image data, $size x $size"; then
            fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
        else
            pass "icon ${size}x${size}"
        fi
    done
fi

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
