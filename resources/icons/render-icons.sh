#!/bin/sh
# Renders the PNG icons from the SVG (needs rsvg-convert from librsvg2-bin).
# Run it after changing no.trinn.Trinn.svg and commit the PNGs: the build uses
# them as they are, so building Trinn does not need librsvg.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --output "$size.png" no.trinn.Trinn.svg
done
