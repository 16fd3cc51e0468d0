#!/usr/bin/env bash
# Sets Trinn up on a Debian 12 machine from a clean checkout, idempotently:
#   tools/setup.sh demo   install what is needed, build, open Trinn on a demo journal
#   tools/setup.sh test   install what is needed, build, run every test
# Works as root and through sudo (the build then runs as the user who called sudo).
set -euo pipefail

mode=${1:-}
if [ "$mode" != demo ] && [ "$mode" != test ]; then
    echo "usage: $0 demo|test" >&2
    exit 2
fi
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$top/build"

# 1. Debian packages, by name, from the project's own list.
mapfile -t packages < <(grep -Ev '^\s*(#|$)' "$top/tools/debian-packages.txt")
# A package counts as there when it is installed or an installed package
# provides it (a node from elsewhere brings its own npm; installing Debian's
# npm beside it would replace that node).
provided=" $(dpkg-query -W -f='${db:Status-Status} ${Provides}\n' 2>/dev/null | awk '$1 == "installed" { $1 = ""; print }' \
    | tr ',' '\n' | awk '{ print $1 }' | tr '\n' ' ') "
missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = installed ] || [[ "$provided" == *" $package "* ]] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# 2. Build (and test, and run) as the person, not as root, when called through sudo.
as_user=()
user_home=$HOME
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    as_user=(runuser -u "$SUDO_USER" --)
    user_home=$(getent passwd "$SUDO_USER" | cut -d: -f6)
fi
"${as_user[@]}" cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
"${as_user[@]}" cmake --build "$build"

if [ "$mode" = test ]; then
    cd "$build"
    exec "${as_user[@]}" ctest --output-on-failure -j "$(nproc)" --timeout 300
fi

# 3. A demo journal (made once) and the desktop program on it.
journal="$user_home/.local/share/Trinn/demo.trinn"
if [ ! -f "$journal" ]; then
    "${as_user[@]}" mkdir -p "$(dirname "$journal")"
    # Made in Bokmål, as the clinic would write it (notes, programs, groups).
    "${as_user[@]}" env TRINN_LANG=nb "$build/app/trinnctl/trinnctl" demo "$journal" --size clinic --seed 1
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    shot="$build/trinn-demo.png"
    echo "No display here: starting Trinn under Xvfb and saving its window to $shot"
    exec "${as_user[@]}" env TRINN_USER=sykepleier TRINN_PASSWORD=demo-passord xvfb-run -a -s "-screen 0 1280x800x24" \
        "$build/app/trinn/trinn" --journal "$journal" --workspace 2 --screenshot "$shot"
fi
exec "${as_user[@]}" "$build/app/trinn/trinn" --journal "$journal"
