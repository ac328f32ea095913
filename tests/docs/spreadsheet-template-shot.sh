#!/usr/bin/env bash
# Makes assets/readme/spreadsheet-template.png for the curator's guide: the template written by
# `npm run collection -- export` (from the sample collection), opened in LibreOffice Calc in a
# virtual screen. Needs Debian's libreoffice-calc, xvfb, x11-utils and imagemagick:
#   apt-get install --no-install-recommends libreoffice-calc xvfb x11-utils imagemagick
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'kill "${office:-0}" "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

npm --prefix "$root" run --silent collection -- export "$root/collection" --to "$work/inventaris.xlsx"

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1600x900x24 -nolisten tcp &
xvfb=$!
export DISPLAY="$display"
until xdpyinfo >/dev/null 2>&1; do sleep 0.2; done

soffice --calc --norestore --nologo --nofirststartwizard \
  "-env:UserInstallation=file://$work/profile" "$work/inventaris.xlsx" &
office=$!
# Wait for Calc's window with the file in it, then for it to stop redrawing (two equal frames).
until xwininfo -root -tree | grep -q 'inventaris.xlsx'; do sleep 0.5; done
previous=""
while true; do
  sleep 1
  frame="$(import -window root -depth 8 rgb:- | md5sum)"
  [ "$frame" = "$previous" ] && break
  previous="$frame"
done
import -window root -crop 1600x720+0+0 +repage "$root/assets/readme/spreadsheet-template.png"
echo "Wrote assets/readme/spreadsheet-template.png"
