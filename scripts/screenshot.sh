#!/usr/bin/env bash
# Screenshots of the desktop app as a person sees it (not run by CI).
# Needs xvfb, imagemagick and xdotool (apt-get install xvfb imagemagick xdotool).
#
#   scripts/screenshot.sh W H OUT.png SESSION.json [xdotool command…]
#
# Starts the built app (target/debug/normcheck, or $APP) on SESSION in a fresh W×H Xvfb screen
# with fresh settings, runs each xdotool command 1.5 s apart, then saves the screen. E.g. the
# dashboard in the dark theme at 1280×800 (View menu → Dark theme → Dashboard tab):
#
#   cargo run --example demo_session -- /tmp/demo.json
#   scripts/screenshot.sh 1280 800 dark.png /tmp/demo.json \
#     "mousemove 92 12 click 1" "mousemove 137 85 click 1" "mousemove 262 12 click 1"
#
# Zoom to 200 %: "search --name normcheck windowfocus key --repeat 10 --delay 150 ctrl+equal".
# The README's images were then reduced with `convert IN -strip -colors 256 PNG8:OUT`.
set -euo pipefail
cd "$(dirname "$0")/.."
W=$1 H=$2 OUT=$3 SESSION=$4
shift 4
APP=${APP:-target/debug/normcheck}
WORK=$(mktemp -d)
trap 'kill "${APP_PID:-}" "${X_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
export XDG_DATA_HOME=$WORK/data XDG_RUNTIME_DIR=$WORK/run
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
DISPLAY_NUMBER=$((90 + RANDOM % 9))
Xvfb ":$DISPLAY_NUMBER" -screen 0 "${W}x${H}x24" -nolisten tcp >/dev/null 2>&1 &
X_PID=$!
export DISPLAY=":$DISPLAY_NUMBER"
sleep 1
"$APP" "$SESSION" >"$WORK/app.log" 2>&1 &
APP_PID=$!
sleep "${WAIT:-6}"
for command in "$@"; do
  # Each argument is one xdotool command line, split into words on purpose.
  # shellcheck disable=SC2086
  xdotool $command
  sleep 1.5
done
import -window root "$OUT"
