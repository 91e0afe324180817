#!/usr/bin/env bash
# Renders the PWA icons from assets/icon.svg (committed; rerun after changing the SVG).
# Needs Debian's librsvg2-bin (rsvg-convert).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for s in 192 512; do rsvg-convert -w "$s" -h "$s" assets/icon.svg -o "assets/icons/icon-$s.png"; done
cp assets/icons/icon-512.png assets/icons/icon-maskable-512.png
rsvg-convert -w 180 -h 180 assets/icon.svg -o assets/icons/apple-touch-icon.png
command -v pngquant >/dev/null && pngquant --force --ext .png 8 assets/icons/*.png  # 2-colour art: 8 colours lose nothing
echo "render-icons: assets/icons/*.png"
