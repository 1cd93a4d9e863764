#!/usr/bin/env bash
# First-frame time of the desktop app under Xvfb (no GPU): from starting the process until its
# first frame is on the screen, i.e. the screen is no longer Xvfb's empty black. Each run has a
# fresh HOME (no remembered window state or recovery copies).
#   benches/first_frame.sh BINARY [RUNS]        (needs xvfb, x11-apps for xwd)
# Prints each run in ms, then the median. Polls the screen every few ms, so figures are
# accurate to about 10 ms.
set -euo pipefail
binary=$(realpath "$1")
runs=${2:-5}
display=:93
work=$(mktemp -d)
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=$display
blank=$(xwd -root -silent | md5sum)
times=()
for run in $(seq "$runs"); do
  mkdir -p "$work/home$run" "$work/xdg$run"
  chmod 700 "$work/xdg$run"
  start=$(date +%s%N)
  HOME="$work/home$run" XDG_RUNTIME_DIR="$work/xdg$run" "$binary" >/dev/null 2>&1 &
  app=$!
  while [ "$(xwd -root -silent | md5sum)" = "$blank" ]; do
    if ! kill -0 "$app" 2>/dev/null; then
      echo "the app exited before drawing" >&2
      exit 1
    fi
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 30000 ]; then
      echo "no frame after 30 s" >&2
      exit 1
    fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$app"
  wait "$app" 2>/dev/null || true
  sleep 0.5
  echo "run $run: $ms ms"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "median of $runs: $median ms"
