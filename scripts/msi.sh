#!/usr/bin/env bash
# Builds the Windows installer from a staged Windows package:
#   scripts/msi.sh VERSION STAGE_DIR OUT.msi
# STAGE_DIR is laid out like scripts/dist.sh windows stages it (normcheck.exe, normcheck-cli.exe,
# README.md, LICENSE-MIT, LICENSE-APACHE, LICENSE-FONTS-OFL.txt, examples/small-*.json).
# Needs Debian's wixl and msiinfo (apt-get install wixl msitools). The package is described by
# scripts/msi/normcheck.wxs; this script passes it the version, the staging folder and the
# icon, then checks what wixl wrote.
set -euo pipefail

# The UpgradeCode hard-coded in scripts/msi/normcheck.wxs. It must never change; it is repeated
# here so that an edit of the .wxs that changes it fails the build instead of shipping an MSI
# that installs beside older versions instead of replacing them.
UPGRADE_CODE='{E89CC531-CB15-4A5E-9BDF-A98450442C8B}'

if [ $# -ne 3 ]; then
  echo "usage: scripts/msi.sh VERSION STAGE_DIR OUT.msi" >&2
  exit 2
fi
version=$1
stage=$2
out=$3

for tool in wixl msiinfo; do
  command -v "$tool" >/dev/null || {
    echo "msi: $tool not found; install it with: apt-get install wixl msitools" >&2
    exit 1
  }
done

# Windows Installer versions are numeric (major.minor.build, at most 255.255.65535) and are
# what upgrades compare. A pre-release suffix (0.2.0-rc.1) or build metadata (+abc) cannot be
# written there, so it is dropped: 0.2.0-rc.1 becomes 0.2.0. Note that an MSI of 0.2.0-rc.1
# and one of 0.2.0 then carry the same ProductVersion, and Windows Installer does not replace
# a product by one of the same version (the two would sit side by side): uninstall a
# pre-release before installing the release of the same number.
msi_version=${version%%[-+]*}
if ! [[ $msi_version =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] ||
  [ "${BASH_REMATCH[1]}" -gt 255 ] || [ "${BASH_REMATCH[2]}" -gt 255 ] ||
  [ "${BASH_REMATCH[3]}" -gt 65535 ]; then
  echo "msi: version '$version' is not major.minor.patch within 255.255.65535" >&2
  exit 1
fi
[ "$msi_version" = "$version" ] ||
  echo "msi: MSI ProductVersion is $msi_version (pre-release suffix of $version dropped)"

# Name the missing file here rather than leave it to wixl's terser message.
for f in normcheck.exe normcheck-cli.exe README.md LICENSE-MIT LICENSE-APACHE \
  LICENSE-FONTS-OFL.txt examples/small-session.json examples/small-checklist.json; do
  [ -f "$stage/$f" ] || { echo "msi: $stage/$f is missing" >&2; exit 1; }
done

repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$(dirname "$out")"
out_abs=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
# wixl 0.101 cannot open files named by absolute paths (it looks each one up relative to the
# current folder and to the .wxs's folder), so it runs from the repository root and is given
# paths relative to it.
stage_rel=$(realpath --relative-to="$repo" "$stage")
cd "$repo"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
rm -f "$out_abs"
# -a x64: a 64-bit package (Template "x64;1033"), installing into the 64-bit Program Files.
if ! wixl -a x64 \
  -D Version="$msi_version" \
  -D SourceDir="$stage_rel" \
  -D IconFile=assets/icons/icon.ico \
  -o "$out_abs" scripts/msi/normcheck.wxs 2>"$log"; then
  cat "$log" >&2
  echo "msi: wixl failed" >&2
  exit 1
fi
# wixl only warns about attributes it does not know (and goes on without them): treat any
# warning as an error, so the package is always built from the whole description.
if grep -qE 'WARNING|CRITICAL|error' "$log"; then
  cat "$log" >&2
  echo "msi: wixl warned; fix scripts/msi/normcheck.wxs" >&2
  rm -f "$out_abs"
  exit 1
fi

# Check what Windows Installer will read: the version "Apps & features" shows and upgrades
# compare, the code that ties versions together, and the per-machine install.
props=$(msiinfo export "$out_abs" Property)
prop() { awk -F'\t' -v k="$1" '$1 == k { sub(/\r$/, "", $2); print $2 }' <<<"$props"; }
problems=()
[ "$(prop ProductVersion)" = "$msi_version" ] ||
  problems+=("ProductVersion is '$(prop ProductVersion)', not $msi_version")
[ "$(prop UpgradeCode)" = "$UPGRADE_CODE" ] ||
  problems+=("UpgradeCode is '$(prop UpgradeCode)', not $UPGRADE_CODE")
[ "$(prop ALLUSERS)" = 1 ] || problems+=("ALLUSERS is '$(prop ALLUSERS)', not 1")
[ "$(prop Manufacturer)" = "normcheck project" ] ||
  problems+=("Manufacturer is '$(prop Manufacturer)'")
suminfo=$(msiinfo suminfo "$out_abs")
grep -q '^Template: x64;' <<<"$suminfo" || problems+=("not a 64-bit package (Template)")
# Eight files: the two programs, the README, three licences and two examples.
files=$(msiinfo export "$out_abs" File | tail -n +4 | grep -c .) || true
[ "$files" = 8 ] || problems+=("the File table holds $files files, not 8")
if [ ${#problems[@]} -gt 0 ]; then
  printf 'msi: %s\n' "${problems[@]}" >&2
  rm -f "$out_abs"
  exit 1
fi

echo "== msi: wrote $out ($(du -h "$out_abs" | cut -f1), ProductVersion $msi_version," \
  "ProductCode $(prop ProductCode))"
