#!/usr/bin/env bash
# Fails when a translation file holds a message nobody has translated yet:
# lupdate marks new source strings type="unfinished", and a finished message
# with an empty <translation> (or an empty plural form) would show users
# English text or nothing at all. Obsolete/vanished messages are not counted.
# Usage: translations_complete.sh FILE.ts...
set -u
if [ "$#" -eq 0 ]; then
    echo "usage: $0 FILE.ts..." >&2
    exit 2
fi
failed=0
for ts in "$@"; do
    if [ ! -r "$ts" ]; then
        echo "$ts: cannot be read" >&2
        failed=1
        continue
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts")
    # Empty translations outside obsolete/vanished messages, plural forms included.
    empty=$(awk '
        /<translation type="(vanished|obsolete)"/ { skip = 1 }
        !skip && /<translation><\/translation>/ { n++ }
        !skip && /<numerusform><\/numerusform>/ { n++ }
        /<\/translation>/ { skip = 0 }
        END { print n + 0 }' "$ts")
    if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
        echo "$ts: $unfinished unfinished message(s) and $empty empty translation(s); translate them (see translations/)" >&2
        grep -n -B2 'type="unfinished"' "$ts" | grep '<source>' | head -5 >&2
        failed=1
    else
        echo "$ts: every message is translated"
    fi
done
exit "$failed"
