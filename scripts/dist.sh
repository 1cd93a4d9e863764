#!/usr/bin/env bash
# Builds the package handed to users, in dist/ (git-ignored):
#   scripts/dist.sh windows  ->  dist/normcheck-<version>-windows-x86_64.zip (for users without
#                                administrator rights) and dist/normcheck-<version>-x86_64.msi
#                                (for IT departments: scripts/msi.sh)
#   scripts/dist.sh linux    ->  dist/normcheck-<version>-linux-<arch>.tar.gz (this machine's)
# Each holds both programs (normcheck, the desktop app; normcheck-cli, its small console
# launcher), the README, our licences, the fonts' OFL and an example session. The Windows build
# is cross-compiled for x86_64-pc-windows-gnu: it needs `rustup target add x86_64-pc-windows-gnu`
# and Debian's gcc-mingw-w64-x86-64 (linker and windres; see .cargo/config.toml), zip, wixl and
# msitools. The sizes users download are held to limits (issue 23): see limit() below.
set -euo pipefail
cd "$(dirname "$0")/.."

platform=${1:-}
pkgid=$(cargo pkgid)
version=${pkgid##*[#@]}

case "$platform" in
  windows)
    target=x86_64-pc-windows-gnu
    arch=x86_64
    exe=.exe
    strip_tool=x86_64-w64-mingw32-strip
    ;;
  linux)
    target=   # the host's own build (target/release), shared with `cargo build --release`
    arch=$(uname -m)
    exe=
    strip_tool=strip
    ;;
  *)
    echo "usage: scripts/dist.sh windows|linux" >&2
    exit 2
    ;;
esac

name="normcheck-$version-$platform-$arch"
stage="dist/stage/$name"
echo "== dist: building $name (${target:-host}, release)"
cargo build --release --locked ${target:+--target "$target"} --bins

built="target/${target:+$target/}release"
rm -rf "$stage"
mkdir -p "$stage/examples"
for program in normcheck normcheck-cli; do
  # Symbols are of no use to users; stripping keeps the icon and version resources.
  "$strip_tool" -o "$stage/$program$exe" "$built/$program$exe"
done
cp README.md LICENSE-MIT LICENSE-APACHE "$stage/"
cp assets/fonts/OFL.txt "$stage/LICENSE-FONTS-OFL.txt"
cp tests/fixtures/small-session.json tests/fixtures/small-checklist.json "$stage/examples/"

if [ "$platform" = windows ]; then
  # What a double-click gets: a GUI program (no console window) and a console program, both
  # with the icon and version information in a resource section.
  # (objdump's output is kept whole: `grep -q` on a pipe would fail it under pipefail.)
  expect() { # expect PROGRAM OBJDUMP-FLAG PATTERN WHAT
    local dump
    dump=$(x86_64-w64-mingw32-objdump "$2" "$stage/$1")
    grep -q "$3" <<<"$dump" || { echo "dist: $1 is not $4" >&2; exit 1; }
  }
  expect normcheck.exe -p 'Subsystem.*(Windows GUI)' "a GUI-subsystem program"
  expect normcheck-cli.exe -p 'Subsystem.*(Windows CUI)' "a console program"
  for program in normcheck.exe normcheck-cli.exe; do
    expect "$program" -h '\.rsrc' "carrying resources (icon, version)"
    grep -qx "$version" <<<"$(strings -el "$stage/$program" | grep -A1 -x ProductVersion)" \
      || { echo "dist: $program's version resource does not say $version" >&2; exit 1; }
  done
fi

# The test-only bcryptprimitives.dll shim (scripts/wine/) must never reach users: ship no DLL.
if find "$stage" -iname '*.dll' | grep -q .; then
  echo "dist: refusing to package a DLL: $(find "$stage" -iname '*.dll')" >&2
  exit 1
fi

# Size limits (issue 23): mail filters drop attachments over 20-25 MB, and ministries copy
# tools over slow links. A program over its limit fails the build.
limit() { # limit FILE MEGABYTES
  local size
  size=$(stat -c %s "$1")
  if [ "$size" -gt $(($2 * 1024 * 1024)) ]; then
    echo "dist: $1 is $size bytes, over its limit of $2 MB" >&2
    exit 1
  fi
  echo "== dist: $(basename "$1"): $size bytes (limit $2 MB)"
}
if [ "$platform" = windows ]; then
  limit "$stage/normcheck.exe" 30
  limit "$stage/normcheck-cli.exe" 2
fi

rm -f "dist/$name.zip" "dist/$name.tar.gz"
if [ "$platform" = windows ]; then
  out="dist/$name.zip"
  (cd dist/stage && zip -9 -qrX "../$name.zip" "$name")
  limit "$out" 16
  scripts/msi.sh "$version" "$stage" "dist/normcheck-$version-$arch.msi"
  limit "dist/normcheck-$version-$arch.msi" 16
  if grep -qi '\.dll$' <<<"$(unzip -Z1 "$out")"; then
    echo "dist: $out holds a DLL" >&2
    exit 1
  fi
else
  out="dist/$name.tar.gz"
  tar -C dist/stage --sort=name --owner=0 --group=0 --numeric-owner \
    --mtime=@"${SOURCE_DATE_EPOCH:-0}" -czf "$out" "$name"
fi
rm -rf dist/stage
echo "== dist: wrote $out ($(du -h "$out" | cut -f1))"
