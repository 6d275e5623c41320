#!/usr/bin/env bash
# Renders the committed PNGs from the SVGs, so building never needs a converter.
# Run again after changing an SVG (needs rsvg-convert from librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
name=io.github.videoremix.VideoRemix
# 16 px has its own drawing, snapped to the pixel grid; the others scale the main one.
rsvg-convert -w 16 -h 16 "$name-16.svg" -o "png/16/$name.png"
for size in 24 32 48 64 128 256 512; do
    mkdir -p "png/$size"
    rsvg-convert -w "$size" -h "$size" "$name.svg" -o "png/$size/$name.png"
done
