#!/usr/bin/env bash
# Tests the Windows installer under Debian's Wine, in a fresh prefix:
#   scripts/wine-msi-test.sh OLD.msi NEW.msi
# OLD and NEW are two builds of scripts/msi.sh, NEW of a higher version. The test
#   (a) installs OLD silently: files in Program Files\normcheck, the Start-menu shortcut, the
#       "Apps & features" entry (version, publisher, install folder);
#   (b) runs the installed normcheck-cli.exe --version; if CLI_CHECK_VERSION is set, its output
#       must equal it (e.g. "normcheck 0.1.0"); CLI_CHECK_VERSION_NEW likewise after (c);
#   (c) installs NEW over it: exactly one normcheck entry is left, NEW's; then checks that OLD
#       now refuses to install over NEW (downgrade);
#   (d) uninstalls NEW by its ProductCode: no files, shortcut, uninstall entry or registry
#       key remain.
#
# Needs wine64, msiinfo (msitools; reads each MSI's version and ProductCode) and, for Rust
# builds, gcc-mingw-w64-x86-64 for the test-only bcryptprimitives.dll shim (scripts/wine/;
# SHIM=0 leaves it out).
# Wine notes: msiexec's exit code reaches the shell modulo 256 (Windows' 1603, "fatal error",
# arrives as 67); Wine 8 puts even per-machine shortcuts in the user's Start menu.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: scripts/wine-msi-test.sh OLD.msi NEW.msi" >&2
  exit 2
fi
for f in "$1" "$2"; do
  [ -f "$f" ] || { echo "wine-msi-test: $f not found" >&2; exit 2; }
done
# Resolved before moving to the repository root, which the shim's sources are relative to.
old_msi=$(realpath "$1")
new_msi=$(realpath "$2")
cd "$(dirname "$0")/.."
command -v msiinfo >/dev/null || {
  echo "wine-msi-test: msiinfo not found (apt-get install msitools)" >&2
  exit 2
}

WINE=${WINE:-/usr/lib/wine/wine64}
WINESERVER=${WINESERVER:-/usr/lib/wine/wineserver}
work=$(mktemp -d)
# winemenubuilder.exe=d: otherwise every shortcut the installer makes is mirrored into this
# machine's own desktop menus (~/.local/share/applications/wine/...).
export WINEPREFIX="$work/prefix" WINEDEBUG=-all \
  WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
# Stop this prefix's wineserver (it holds files open) before removing the test folder
# (WINEPREFIX is set first, so -k can only reach this prefix's server).
# Each step may fail (the server may have ended already): under `set -e` a failing command
# in the trap would end the script with status 1 after every check passed.
cleanup() {
  "$WINESERVER" -k 2>/dev/null || true
  "$WINESERVER" -w 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# ok, fail, check and their counts.
. scripts/checks.sh

# What each package says about itself, from its Property table.
msi_prop() { # msi_prop FILE NAME
  msiinfo export "$1" Property | awk -F'\t' -v k="$2" '$1 == k { sub(/\r$/, "", $2); print $2 }'
}
old_version=$(msi_prop "$old_msi" ProductVersion)
new_version=$(msi_prop "$new_msi" ProductVersion)
old_code=$(msi_prop "$old_msi" ProductCode)
new_code=$(msi_prop "$new_msi" ProductCode)
upgrade_code=$(msi_prop "$new_msi" UpgradeCode)
echo "== wine-msi: $(basename "$old_msi") ($old_version $old_code)" \
  "-> $(basename "$new_msi") ($new_version $new_code)"
check "both packages share the UpgradeCode $upgrade_code" \
  test "$(msi_prop "$old_msi" UpgradeCode)" = "$upgrade_code"
check "the new package's version is higher ($old_version < $new_version)" \
  bash -c "[ '$old_version' != '$new_version' ] &&
    [ \"\$(printf '%s\n' '$old_version' '$new_version' | sort -V | tail -1)\" = '$new_version' ]"

echo "== wine-msi: $("$WINE" --version) in a fresh prefix"
"$WINE" wineboot --init >/dev/null 2>&1 || true

# Rust's std needs bcryptprimitives.dll, which Wine 8 lacks: the test-only shim goes into this
# prefix's system32, not into the install folder, so that the installer's own files are all
# that folder holds (the uninstall check below counts on it). SHIM=0 skips it.
if [ "${SHIM:-1}" = 1 ] && command -v x86_64-w64-mingw32-gcc >/dev/null; then
  x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32
fi

# msiexec reads arguments starting with / as options, so packages are given as Windows paths.
winpath() { "$WINE" winepath -w "$1" 2>/dev/null | tr -d '\r'; }
code=0
msiexec() { # msiexec ARGS...: runs it, leaves the exit code in $code and the seconds in $took
  local start=$SECONDS
  set +e
  "$WINE" msiexec "$@" >"$work/msiexec.out" 2>&1
  code=$?
  set -e
  took=$((SECONDS - start))
}

install_dir="$WINEPREFIX/drive_c/Program Files/normcheck"
installed_files=(normcheck.exe normcheck-cli.exe README.md LICENSE-MIT LICENSE-APACHE
  LICENSE-FONTS-OFL.txt examples/small-session.json examples/small-checklist.json)
all_installed() {
  local f
  for f in "${installed_files[@]}"; do
    [ -f "$install_dir/$f" ] || { echo "  missing: Program Files/normcheck/$f"; return 1; }
  done
}
# Only what the package installs: nothing that a stale version could have left.
only_installed() {
  [ "$(cd "$install_dir" && find . -type f | sed 's|^\./||' | sort)" = \
    "$(printf '%s\n' "${installed_files[@]}" | sort)" ]
}
# Windows puts a per-machine shortcut in ProgramData's Start menu; Wine 8 in the user's.
start_menus=("$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs"
  "$WINEPREFIX"/drive_c/users/*/AppData/Roaming/Microsoft/Windows/"Start Menu"/Programs)
shortcuts() { # the normcheck shortcuts and menu folders, one a line
  local m
  for m in "${start_menus[@]}"; do
    [ -e "$m/normcheck" ] && find "$m/normcheck"
  done
  return 0
}
one_shortcut() { # exactly one normcheck\normcheck.lnk, pointing at the installed program
  local lnks
  lnks=$(shortcuts | grep '/normcheck/normcheck\.lnk$' || true)
  [ "$(grep -c . <<<"$lnks")" = 1 ] || { echo "  shortcuts: ${lnks:-none}"; return 1; }
  echo "  shortcut: ${lnks#"$WINEPREFIX/drive_c/"}"
  # A .lnk stores its target's path (in UTF-16 or the ANSI code page). (Kept whole before
  # grep -q: under pipefail, grep leaving early would fail a pipe from strings.)
  local text
  text=$(strings -a "$lnks"; strings -a -el "$lnks")
  grep -qi 'Program Files\\normcheck\\normcheck\.exe' <<<"$text"
}

# The "Apps & features" entries: HKLM\...\Uninstall\{ProductCode} keys with DisplayName normcheck.
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
entries() { # the product codes of normcheck's uninstall entries, one a line
  "$WINE" reg query "$uninstall_key" /s 2>/dev/null | tr -d '\r' | awk -F'    ' '
    /^HKEY_/ { key = $0; sub(/.*\\/, "", key) }
    $2 == "DisplayName" && $4 == "normcheck" { print key }'
}
entry_value() { # entry_value PRODUCTCODE NAME
  "$WINE" reg query "$uninstall_key\\$1" /v "$2" 2>/dev/null | tr -d '\r' |
    awk -F'    ' -v k="$2" '$2 == k { print $4 }'
}
only_entry() { # only_entry PRODUCTCODE VERSION
  local list
  list=$(entries)
  [ "$list" = "$1" ] || { echo "  uninstall entries:" ${list:-none}; return 1; }
  [ "$(entry_value "$1" DisplayVersion)" = "$2" ] &&
    [ "$(entry_value "$1" Publisher)" = "normcheck project" ]
}
cli_version() { "$WINE" "C:\\Program Files\\normcheck\\normcheck-cli.exe" --version | tr -d '\r'; }
check_cli() { # check_cli EXPECTED: the installed console program runs (and says EXPECTED)
  local out
  if ! out=$(cli_version); then
    fail "installed normcheck-cli.exe --version runs"
  elif [ -z "$1" ]; then
    ok "installed normcheck-cli.exe --version runs (says: $out)"
  else
    check "installed normcheck-cli.exe --version says '$1' (got '$out')" test "$out" = "$1"
  fi
}

# (a) A fresh install of the old version.
msiexec /i "$(winpath "$old_msi")" /qn
check "install $old_version: msiexec /i /qn exits 0 (got $code, ${took}s)" test "$code" = 0
check "...the files are in Program Files\\normcheck" all_installed
check "...and nothing else is" only_installed
check "...the Start-menu shortcut normcheck\\normcheck.lnk points at normcheck.exe" one_shortcut
check "...one uninstall entry, $old_code, DisplayVersion $old_version, Publisher normcheck project" \
  only_entry "$old_code" "$old_version"
location=$(entry_value "$old_code" InstallLocation)
check "...InstallLocation is C:\\Program Files\\normcheck\\ (got '$location')" \
  test "$location" = 'C:\Program Files\normcheck\'
check "...NoModify is set (no Modify button)" test "$(entry_value "$old_code" NoModify)" = 0x1

# (b) The installed console program runs.
check_cli "${CLI_CHECK_VERSION:-}"

# (c) The new version replaces the old one: one entry left, the new one.
msiexec /i "$(winpath "$new_msi")" /qn
check "upgrade to $new_version: msiexec /i /qn exits 0 (got $code, ${took}s)" test "$code" = 0
check "...exactly one uninstall entry remains: $new_code, DisplayVersion $new_version" \
  only_entry "$new_code" "$new_version"
check "...the files are in Program Files\\normcheck" all_installed
check "...and nothing else is" only_installed
check "...still one Start-menu shortcut" one_shortcut
[ -z "${CLI_CHECK_VERSION_NEW:-}" ] || check_cli "$CLI_CHECK_VERSION_NEW"

# ...and the old version refuses to go back over the new one (launch condition; 1603 = 67 here).
msiexec /i "$(winpath "$old_msi")" /qn
check "downgrade to $old_version is refused: msiexec exits non-zero (got $code, ${took}s)" \
  test "$code" != 0
check "...and $new_version stays installed, alone" only_entry "$new_code" "$new_version"
check "...with its files" all_installed

# (d) Uninstall leaves nothing behind. By product code, as "Apps & features" does it
# (UninstallString MsiExec.exe /X{...}): Windows Installer works from its cached copy.
msiexec /x "$new_code" /qn
check "uninstall: msiexec /x $new_code /qn exits 0 (got $code, ${took}s)" test "$code" = 0
check "...Program Files\\normcheck is gone" test ! -e "$install_dir"
check "...the Start-menu shortcut and its folder are gone" test -z "$(shortcuts)"
list=$(entries)
check "...no uninstall entry remains${list:+ (left: $(echo $list))}" test -z "$list"
check "...nor the shortcut's registry value (HKLM\\Software\\normcheck project)" \
  bash -c "! '$WINE' reg query 'HKLM\\Software\\normcheck project' >/dev/null 2>&1"
# Windows Installer's own record of the product family, under the "packed" UpgradeCode.
packed_guid() { # {01234567-89AB-CDEF-0123-456789ABCDEF} -> 76543210BA98FEDC1032547698BADCFE
  local g i out=
  g=$(tr -d '{}-' <<<"$1")
  for i in 7 6 5 4 3 2 1 0 11 10 9 8 15 14 13 12; do out+=${g:i:1}; done
  for ((i = 16; i < 32; i += 2)); do out+=${g:i+1:1}${g:i:1}; done
  echo "$out"
}
packed=$(packed_guid "$upgrade_code")
check "...nor Windows Installer's UpgradeCodes\\$packed" \
  bash -c "! '$WINE' reg query 'HKLM\\Software\\Classes\\Installer\\UpgradeCodes\\$packed' >/dev/null 2>&1"

echo "wine-msi-test: $passed passed, $failed failed"
[ "$failed" = 0 ]
