#!/usr/bin/env bash
# Installs the Debian package on a fresh, minimal Debian 12 system and starts
# Trinn from its desktop entry there, as a clinic's workstation would:
#   sudo tools/try-package.sh [CHROOT]     (default CHROOT: /tmp/trinn-bookworm)
# Builds the package (cpack in build/), makes the minimal system with
# debootstrap once (needs the debootstrap package and the network), installs
# the package with `apt install ./trinn_*.deb` inside it, runs trinn --help and
# trinnctl --help, makes a demo journal, starts the desktop entry's Exec line
# under Xvfb with a screenshot (copied to build/package-try.png), and removes
# the package again.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "$0: run as root (debootstrap and chroot)" >&2; exit 2; }
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=${1:-/tmp/trinn-bookworm}

(cd "$top/build" && cpack -G DEB -B "$top/build/package" >/dev/null)
deb=$(ls "$top"/build/package/trinn_*_amd64.deb | tail -1)
echo "Package: $deb"

if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
    echo "deb http://deb.debian.org/debian-security bookworm-security main" >>"$root/etc/apt/sources.list"
fi
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cp "$deb" "$root/root/"
chroot "$root" env DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c '
    cd /root
    apt-get update -q >/dev/null
    apt-get install -y -q ./'"$(basename "$deb")"' >/root/install.log
    apt-get install -y -q --no-install-recommends xvfb xauth >/dev/null   # only for this check
    trinn --help | sed -n 1,3p
    trinnctl --help | sed -n 1,2p
    rm -f demo.trinn && trinnctl demo demo.trinn | sed -n "\$p"
    exec_line=$(sed -n "s/^Exec=//p" /usr/share/applications/no.trinn.Trinn.desktop)
    TRINN_USER=sykepleier TRINN_PASSWORD=demo-passord xvfb-run -a -s "-screen 0 1280x800x24" \
        $exec_line --journal demo.trinn --workspace 2 --screenshot try.png
    apt-get remove -y -q trinn >/dev/null
    if command -v trinn >/dev/null; then echo "trinn is still installed after apt-get remove" >&2; exit 1; fi
'
cp "$root/root/try.png" "$top/build/package-try.png"
echo "Installed, started from its desktop entry and removed again: see build/package-try.png"
