#!/usr/bin/env bash
# Run under xvfb-run: starts the packaged trinn the way its desktop entry
# does (its Exec line) on a new journal, waits for its main window, and prints
# the icon sizes the window offers the desktop (_NET_WM_ICON) and its WM_CLASS.
#   window-icon.sh ROOT JOURNAL USER PASSWORD
set -euo pipefail
root=$1 journal=$2 user=$3 password=$4
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/no.trinn.Trinn.desktop")
program=$root/usr/bin/${exec_line%% *}
TRINN_USER=$user TRINN_PASSWORD=$password "$program" --journal "$journal" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    window=$(xwininfo -root -tree | awk '/"Trinn — / {print $1; exit}')
    [ -n "$window" ] && break
    sleep 0.2
done
[ -n "${window:-}" ] || { echo "no Trinn window appeared" >&2; exit 1; }
xprop -id "$window" WM_CLASS
xprop -id "$window" _NET_WM_ICON | grep -oE 'Icon \([0-9]+ x [0-9]+\)' | sort -u || true   # no icon: the caller says so
