#!/usr/bin/env bash
# Builds the Debian package from the build folder (cpack -G DEB) and checks it
# as Debian and a desktop would: lintian (no errors or warnings), the desktop
# entry (desktop-file-validate), the AppStream metadata (appstreamcli), the
# files it holds, that the packaged programs run (the window with its icon)
# and their manual pages describe what their --help offers, and that the icon
# PNGs match the SVG.
#   check-package.sh BUILD_DIR SOURCE_DIR WORK_DIR VERSION
set -euo pipefail
build=$1 source=$2 work=$3 version=$4
id=no.trinn.Trinn
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

rm -rf "$work"
mkdir -p "$work"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; exit 1; }
shopt -s nullglob
debs=("$work"/trinn_"$version"-*_amd64.deb)
[ ${#debs[@]} -eq 1 ] || { echo "FAIL: expected one trinn_${version}-N_amd64.deb in $work, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
echo "Package: $deb"

# lintian: nothing at error or warning level (it warns about running as root
# on standard error; that is not about the package).
if ! lintian --fail-on error,warning --no-tag-display-limit "$deb" >"$work/lintian.txt" 2>"$work/lintian.err"; then
    cat "$work/lintian.txt" "$work/lintian.err" >&2
    fail "lintian found errors or warnings"
fi
if grep -E '^[EW]: ' "$work/lintian.txt" >&2; then fail "lintian tags above"; fi

# The package's files.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files.txt"
for path in \
    /usr/bin/trinn /usr/bin/trinnctl \
    /usr/share/applications/$id.desktop \
    /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg \
    /usr/share/man/man1/trinn.1.gz /usr/share/man/man1/trinnctl.1.gz \
    /usr/share/trinn/translations/trinn_nb.qm /usr/share/trinn/translations/trinn_nn.qm \
    /usr/share/doc/trinn/copyright /usr/share/doc/trinn/changelog.Debian.gz /usr/share/doc/trinn/user-guide.md; do
    grep -qxF "$path" "$work/files.txt" || fail "the package lacks $path"
done
for size in 16 22 24 32 48 64 128 256; do
    grep -qxF "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" "$work/files.txt" || fail "the package lacks the ${size}x${size} icon"
done

# What a desktop reads, as installed.
root=$work/root
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$id.desktop" >"$work/desktop.txt" 2>&1 || fail "desktop-file-validate failed"
if grep -E ': (error|warning): ' "$work/desktop.txt" >&2; then fail "desktop-file-validate errors or warnings above"; fi
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$work/appstream.txt" 2>&1 || { cat "$work/appstream.txt" >&2; fail "appstreamcli validate failed"; }
if grep -E '^[EWI]: ' "$work/appstream.txt" >&2; then fail "appstreamcli errors, warnings or infos above"; fi
appstreamcli validate-tree --no-net "$root" >"$work/appstream-tree.txt" 2>&1 || { cat "$work/appstream-tree.txt" >&2; fail "appstreamcli validate-tree failed"; }
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" || fail "the metainfo has no <release> for $version"
grep -qx "Exec=trinn" "$root/usr/share/applications/$id.desktop" || fail "the desktop entry does not start trinn"
grep -qx "Icon=$id" "$root/usr/share/applications/$id.desktop" || fail "the desktop entry does not use the icon $id"

# The packaged programs run, without a display, and say their version.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/trinn" --version 2>/dev/null | grep -qx "Trinn $version" || fail "packaged trinn --version"
"$root/usr/bin/trinnctl" --version | grep -qx "trinnctl $version" || fail "packaged trinnctl --version"

# Started as its desktop entry starts it, the packaged program's window
# offers its icon to the desktop and names the class the entry expects.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
printf '%s\n' packaging-check | "$root/usr/bin/trinnctl" init "$work/journal.trinn" -u admin --password-stdin >/dev/null 2>&1 ||
    fail "packaged trinnctl init"
if xvfb-run -a bash "$source/tests/packaging/window-icon.sh" "$root" "$work/journal.trinn" admin packaging-check \
    >"$work/window.txt" 2>&1; then
    for size in 16 32 48 128; do
        grep -qxF "Icon ($size x $size)" "$work/window.txt" || fail "the window offers no ${size}x${size} icon"
    done
    wm_class=$(sed -n 's/^StartupWMClass=//p' "$root/usr/share/applications/$id.desktop")
    grep -qF "\"$wm_class\"" "$work/window.txt" || fail "the window's WM_CLASS is not the desktop entry's StartupWMClass $wm_class"
else
    cat "$work/window.txt" >&2
    fail "the packaged trinn did not show its window under Xvfb"
fi

# The manual pages describe every verb and option the programs' --help lists.
zcat "$root/usr/share/man/man1/trinnctl.1.gz" >"$work/trinnctl.1"
zcat "$root/usr/share/man/man1/trinn.1.gz" >"$work/trinn.1"
for page in trinn trinnctl; do
    grep -qE "^\.TH [A-Z]+ 1 \"[0-9-]+\" \"Trinn $version\"" "$work/$page.1" || fail "$page.1 is not marked Trinn $version (.TH)"
done
verbs=$("$root/usr/bin/trinnctl" --help | awk '/^Verbs:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {exit}')
[ -n "$verbs" ] || fail "no verbs found in trinnctl --help"
for verb in $verbs; do
    grep -qE "^\.B $verb( |$)" "$work/trinnctl.1" || fail "trinnctl.1 does not describe the verb $verb"
done
options=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/trinn" --help 2>/dev/null | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+')
[ -n "$options" ] || fail "no options found in trinn --help"
for option in $options; do
    grep -qF -- "$(sed 's/-/\\-/g' <<<"$option")" "$work/trinn.1" || fail "trinn.1 does not describe $option"
done

# The committed PNGs are the SVG rendered (resources/icons/render-icons.sh).
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --output "$work/icon-$size.png" "$source/resources/icons/$id.svg"
    cmp -s "$work/icon-$size.png" "$source/resources/icons/$size.png" ||
        fail "resources/icons/$size.png is not the SVG rendered at $size: run resources/icons/render-icons.sh"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "The package passes lintian, desktop-file-validate and appstreamcli, and holds every file."
