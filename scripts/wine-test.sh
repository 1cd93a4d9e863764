#!/usr/bin/env bash
# Runs the Windows programs end to end on Windows' runtime as Debian's Wine provides it, every
# command through normcheck-cli.exe, the console launcher: new, validate, score --json
# (compared with the Linux build's output on the same files), report (checked by qpdf), an
# atomic save over an existing file, a folder named with spaces and Vietnamese letters, exit
# codes, a protected session, a closed pipe; then normcheck.exe's window under Xvfb with no
# WGPU_BACKEND, and the Windows-only file tests (tests/windows_files.rs).
#
# Needs: scripts/dist.sh windows run first (or WIN_BIN=folder with the two .exe files),
# wine64, qpdf, xvfb and xdotool (the window test), gcc-mingw-w64-x86-64 (for the test-only
# bcryptprimitives.dll shim, see scripts/wine/) and the Linux build (LINUX_NORMCHECK, default target/debug/normcheck).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

WINE=${WINE:-/usr/lib/wine/wine64}
WIN_BIN=${WIN_BIN:-target/x86_64-pc-windows-gnu/release}
LINUX_NORMCHECK=${LINUX_NORMCHECK:-target/debug/normcheck}
[ -x "$LINUX_NORMCHECK" ] || cargo build --locked --bin normcheck

work=$(mktemp -d)
WINESERVER=${WINESERVER:-/usr/lib/wine/wineserver}
# Stop this prefix's wineserver (it holds files open) before removing the test folder.
# Each step may fail (the server may have ended already): under `set -e` a failing command
# in the trap would end the script with status 1 after every check passed.
cleanup() {
  "$WINESERVER" -k 2>/dev/null || true
  "$WINESERVER" -w 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# winemenubuilder.exe=d: Wine would otherwise mirror shortcuts into this machine's menus.
export WINEPREFIX="$work/prefix" WINEDEBUG=-all \
  WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
bin="$work/bin"
mkdir -p "$bin"
cp "$WIN_BIN/normcheck.exe" "$WIN_BIN/normcheck-cli.exe" "$bin/"
# Test folder only: Wine 8 lacks bcryptprimitives.dll, which Rust's std needs.
x86_64-w64-mingw32-gcc -O2 -shared -o "$bin/bcryptprimitives.dll" \
  scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32

# ok, fail, check and their counts.
. scripts/checks.sh

# Runs normcheck-cli.exe under Wine; stdout, stderr and the exit code reach the caller.
cli() { "$WINE" "$bin/normcheck-cli.exe" "$@"; }
# A Unix path as Windows sees it (Z:\...).
winpath() { "$WINE" winepath -w "$1" 2>/dev/null | tr -d '\r'; }

echo "== wine: $("$WINE" --version) in a fresh prefix"
"$WINE" wineboot --init >/dev/null 2>&1 || true

fixtures="$repo/tests/fixtures"
data="$work/Nguyễn Văn"
mkdir -p "$data"

# The console program reports its version, exit codes and errors like the Linux one.
version=$(cli --version | tr -d '\r')
check "normcheck-cli --version prints the version ($version)" \
  test "$version" = "normcheck $(cargo pkgid | sed 's/.*[#@]//')"
check "validate of good files exits 0" \
  cli validate "$fixtures/small-checklist.json" "$fixtures/small-session.json" \
      --checklist "$fixtures/small-checklist.json"
set +e
cli validate "$fixtures/session-level-off-scale.json" --checklist "$fixtures/small-checklist.json" \
  >"$work/out.txt" 2>"$work/err.txt"
code=$?
set -e
check "validate of a bad session exits 1 (got $code)" test "$code" = 1
check "...and names the problem on stderr or stdout" \
  grep -q "level-off-scale" "$work/out.txt" "$work/err.txt"

# new, in a folder with spaces and Vietnamese letters, given as a Windows path.
session="$data/đánh giá.json"
check "new writes Nguyễn Văn/đánh giá.json (Windows path)" \
  cli new --member-state "Việt Nam" --title "Đánh giá 2026" -o "$(winpath "$session")"
check "...and the Linux build validates it" "$LINUX_NORMCHECK" validate "$session"
set +e
cli new --member-state "Việt Nam" -o "$session" 2>"$work/err.txt"
code=$?
set -e
check "new refuses to overwrite without --force (exit $code, message on stderr)" \
  bash -c "test $code = 1 && grep -q 'already exists' '$work/err.txt'"

# Atomic save over an existing file: the old content is replaced whole, no temporary left.
cp "$session" "$work/before.json"
check "new --force saves over the existing file" \
  cli new --member-state "Cambodia" --force -o "$session"
check "...which now holds the new assessment" grep -q '"Cambodia"' "$session"
check "...and no temporary file is left beside it" \
  test "$(find "$data" -mindepth 1 | wc -l)" = 1

# Verbatim paths (what canonicalize gives on Windows) work; a UNC share that cannot be reached
# (Wine serves none) fails with one line naming the file, exit 1, and no crash.
verbatim="\\\\?\\$(winpath "$data/verbatim.json")"
check "new writes to a verbatim path ($verbatim)" cli new --member-state Brunei -o "$verbatim"
check "...and score reads it back" cli score "$verbatim"
rm -f "$data/verbatim.json"
set +e
cli new --member-state Brunei -o '\\nowhere\share\s.json' 2>"$work/err.txt"
code=$?
set -e
check "an unreachable UNC share gives exit 1 and one line naming the file" \
  bash -c "test $code = 1 && test \$(wc -l <'$work/err.txt') = 1 && grep -q 'nowhere' '$work/err.txt'"

# score --json: the same numbers as the Linux build on the same files.
compare_scores() { # compare_scores NAME SESSION [ARGS...]
  local name=$1 session_file=$2
  shift 2
  cli score --json "$session_file" "$@" | tr -d '\r' >"$work/win.json"
  "$LINUX_NORMCHECK" score --json "$session_file" "$@" >"$work/linux.json"
  if cmp -s "$work/win.json" "$work/linux.json" && [ -s "$work/linux.json" ]; then
    ok "score --json matches Linux: $name"
  else
    fail "score --json matches Linux: $name"
    diff "$work/linux.json" "$work/win.json" | head -20 || true
  fi
}
compare_scores "small fixture session" "$fixtures/small-session.json" \
  --checklist "$fixtures/small-checklist.json"
compare_scores "new session (built-in checklist)" "$session"
"$LINUX_NORMCHECK" new --member-state "Lao PDR" -o "$work/lao.json"
compare_scores "a Linux-made session" "$work/lao.json"

# report: a PDF that qpdf accepts, written into the Vietnamese-named folder.
pdf="$data/báo cáo.pdf"
check "report writes a PDF (Windows path)" \
  cli report "$(winpath "$fixtures/small-session.json")" \
    --checklist "$fixtures/small-checklist.json" -o "$(winpath "$pdf")"
check "...which qpdf --check accepts" qpdf --check "$pdf"
check "report over the existing PDF replaces it" \
  cli report "$session" -o "$pdf"
check "...and qpdf --check accepts that too" qpdf --check "$pdf"

# The console launcher passes on what the program says and returns: a usage error (exit 2),
# a protected session opened with --passphrase-file, and a reader that stops early.
set +e
cli score >"$work/out.txt" 2>"$work/err.txt"
code=$?
set -e
check "a usage error through the launcher exits 2 with the usage on stderr (got $code)" \
  bash -c "test $code = 2 && grep -q 'Usage' '$work/err.txt'"
printf 'hội nghị 2026\n' >"$data/pass.txt"
check "protect writes a protected copy through the launcher" \
  cli protect "$fixtures/small-session.json" --checklist "$fixtures/small-checklist.json" \
    -o "$data/vn.normcheck.age" --passphrase-file "$data/pass.txt"
check "...which score opens with the passphrase file" \
  bash -c "'$WINE' '$bin/normcheck-cli.exe' score '$data/vn.normcheck.age' \
    --checklist '$fixtures/small-checklist.json' --passphrase-file '$data/pass.txt' |
    grep -q 'Viet Nam'"
set +e
cli score --json "$fixtures/small-session.json" --checklist "$fixtures/small-checklist.json" \
  2>"$work/err.txt" | head -c 1 >/dev/null
code=${PIPESTATUS[0]}
set -e
check "a reader that stops early: the launcher exits $code, no panic" \
  bash -c "test $code = 0 && ! grep -q panicked '$work/err.txt'"
check "the launcher is a small console program (≤ 2 MB)" \
  test "$(stat -c %s "$bin/normcheck-cli.exe")" -le $((2 * 1024 * 1024))

# The window opens without WGPU_BACKEND: where Direct3D 12 cannot make a device (Wine has no
# GPU here) the next graphics interface is tried, and the app says on stderr which one draws.
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  display=":$((40 + RANDOM % 50))"
  Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 2
  (unset WGPU_BACKEND; DISPLAY=$display "$WINE" "$bin/normcheck.exe" >"$work/gui.txt" 2>&1 &)
  drawn=no
  for _ in $(seq 1 120); do
    if grep -q '^normcheck: .*Graphics\|^normcheck: .*No graphics card' "$work/gui.txt"; then
      drawn=yes
      break
    fi
    sleep 1
  done
  window=$(DISPLAY=$display xdotool search --name '^normcheck$' 2>/dev/null | head -1 || true)
  check "normcheck.exe opens its window with no WGPU_BACKEND (window ${window:-none})" \
    test -n "$window" -a "$drawn" = yes
  echo "     it said: $(grep '^normcheck: ' "$work/gui.txt" | head -1)"
  "$WINESERVER" -k 2>/dev/null || true
  "$WINESERVER" -w 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
else
  fail "Xvfb and xdotool are needed for the window test (apt-get install xvfb xdotool)"
fi

# The Windows-only file tests (locks, verbatim paths), cross-built with the shim beside them.
if [ "${WINE_UNIT_TESTS:-1}" = 1 ]; then
  echo "== wine: cross-building tests/windows_files.rs"
  test_exe=$(cargo test --release --locked --target x86_64-pc-windows-gnu --test windows_files \
    --no-run --message-format=json 2>/dev/null | grep '"name":"windows_files"' |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
  cp "$test_exe" "$bin/windows_files.exe"
  if (cd "$work" && "$WINE" "$bin/windows_files.exe" --test-threads=1); then
    ok "tests/windows_files.rs under Wine"
  else
    fail "tests/windows_files.rs under Wine"
  fi
fi

# The MSI for IT departments: installed silently, upgraded by a newer-versioned build of the
# same package (made here from the zip's files), and uninstalled (scripts/wine-msi-test.sh).
version=$(cargo pkgid | sed 's/.*[#@]//')
msi="dist/normcheck-$version-x86_64.msi"
zip="dist/normcheck-$version-windows-x86_64.zip"
if [ -f "$msi" ] && [ -f "$zip" ]; then
  IFS=. read -r major minor patch <<<"${version%%[-+]*}"
  next="$major.$minor.$((patch + 1))"
  mkdir -p "$work/next"
  unzip -q "$zip" -d "$work/next"
  if scripts/msi.sh "$next" "$work/next/normcheck-$version-windows-x86_64" "$work/next.msi" &&
    CLI_CHECK_VERSION="normcheck $version" scripts/wine-msi-test.sh "$msi" "$work/next.msi"; then
    ok "the MSI installs, upgrades to $next and uninstalls (scripts/wine-msi-test.sh)"
  else
    fail "the MSI installs, upgrades to $next and uninstalls (scripts/wine-msi-test.sh)"
  fi
else
  fail "$msi and $zip are needed for the MSI test: run scripts/dist.sh windows first"
fi

echo "wine-test: $passed passed, $failed failed"
[ "$failed" = 0 ]
