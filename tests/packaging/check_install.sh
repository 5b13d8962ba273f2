#!/usr/bin/env bash
# The install and the .deb, checked the way a user gets them: builds the release
# preset (as Release: the .deb strips debug info anyway, and compiling without it
# is faster; without the tests; in its own folder so `./bootstrap run`'s build is
# untouched), installs it into a scratch prefix and checks every file is there,
# then builds the .deb and checks its fields, its contents, and that the binary it
# ships runs. `./bootstrap test` calls this after the test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=build/package
scratch=$(mktemp -d "${TMPDIR:-/tmp}/knead-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

cmake --preset release -B "$build" -DCMAKE_BUILD_TYPE=Release -DKNEAD_BUILD_TESTS=OFF \
  -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
# A user's build prints its progress and nothing else: no compiler warning, ours or
# from the headers of the libraries we build with.
build_log=$(cmake --build "$build" 2>&1) || {
  printf '%s\n' "$build_log" >&2
  exit 1
}
warnings=$(printf '%s\n' "$build_log" | grep -i 'warning' || true)
[ -z "$warnings" ] || fail "the release build printed warnings:
$(printf '%s\n' "$warnings" | head -20)"

# Every file a user relies on, relative to the prefix.
expected=(
  bin/knead
  share/knead/routines/lower-back.toml
  share/knead/routine.schema.json
  share/man/man1/knead.1.gz
  share/man/man5/knead-routine.5.gz
  share/bash-completion/completions/knead
  share/zsh/vendor-completions/_knead
  share/fish/vendor_completions.d/knead.fish
  share/doc/knead/copyright
  share/doc/knead/changelog.gz
  share/doc/knead/README.md
  share/doc/knead/docs/routine-format.md
)

cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
for file in "${expected[@]}"; do
  [ -s "$scratch/prefix/$file" ] || fail "cmake --install did not install $file"
done
[ -x "$scratch/prefix/bin/knead" ] || fail "the installed knead is not executable"

cpack_out=$(cd "$build" && cpack -G DEB -B "$PWD/packages" 2>&1) || {
  printf '%s\n' "$cpack_out" >&2
  exit 1
}
deb=$(ls "$build"/packages/knead_*.deb)
echo "built $deb"

depends=$(dpkg-deb -f "$deb" Depends)
# The shared libraries the release build links (dpkg-shlibdeps finds them)...
for library in libsqlite3-0 libc6; do
  case "$depends" in
  *"$library"*) ;;
  *) fail "Depends should name $library (from dpkg-shlibdeps) but is: $depends" ;;
  esac
done
# ...and not those it builds in for a faster start (KNEAD_STATIC_RUNTIME; toml++
# is header-only): finding one means each start resolves its symbols again.
for library in libfmt9 libtomlplusplus3 libstdc++6; do
  case "$depends" in
  *"$library"*) fail "Depends names $library, which the release build should not load: $depends" ;;
  esac
done
[ "$(dpkg-deb -f "$deb" Recommends)" = "libnotify-bin" ] || fail "Recommends is not libnotify-bin"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "the .deb has no Maintainer"
[ -n "$(dpkg-deb -f "$deb" Description)" ] || fail "the .deb has no Description"

contents=$(dpkg-deb -c "$deb")
for file in "${expected[@]}"; do
  case "$contents" in
  *" ./usr/$file"*) ;;
  *) fail "the .deb does not contain /usr/$file" ;;
  esac
done

# The packaged binary runs and finds the packaged routines (unpacked, not installed,
# so the machine running the tests is left as it was).
dpkg-deb -x "$deb" "$scratch/root"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_STATE_HOME="$scratch/state"
export XDG_DATA_DIRS="$scratch/root/usr/share"
"$scratch/root/usr/bin/knead" --version >/dev/null || fail "the packaged knead --version failed"
"$scratch/root/usr/bin/knead" show lower-back >/dev/null || fail "the packaged knead show lower-back failed"
for page in "$scratch"/root/usr/share/man/man*/*.gz; do
  warnings=$(zcat "$page" | groff -man -ww -z 2>&1) || fail "groff failed on $page"
  [ -z "$warnings" ] || fail "groff warns about $page: $warnings"
done
[ "$(dpkg-deb -f "$deb" Description | head -1)" != "$(dpkg-deb -f "$deb" Description | sed -n 2p | sed 's/^ //')" ] ||
  fail "the .deb's synopsis repeats its first line"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
  "$scratch/root/usr/share/doc/knead/copyright" || fail "the copyright file is not in the DEP-5 format"
"$scratch/root/usr/bin/knead" --version | grep -q 'MIT License' || fail "--version does not name the licence"

# Installed as dpkg installs it, into a scratch root: every file where Debian's tools
# look (man, the shells' completion folders, /usr/share/doc), and dpkg's own record
# of them.
mkdir -p "$scratch/dpkg-root/var/lib/dpkg/updates" "$scratch/dpkg-root/var/lib/dpkg/info"
touch "$scratch/dpkg-root/var/lib/dpkg/status"
# (--force-depends: the scratch root has no libc6 of its own to satisfy Depends.)
dpkg_out=$(dpkg --root="$scratch/dpkg-root" --force-not-root --force-depends --log=/dev/null \
  --install "$deb" 2>&1) || fail "dpkg --root could not install the .deb: $dpkg_out"
listed=$(dpkg --root="$scratch/dpkg-root" --force-not-root -L knead 2>/dev/null || true)
for file in "${expected[@]}"; do
  [ -s "$scratch/dpkg-root/usr/$file" ] || fail "dpkg --root did not install /usr/$file"
  case "$listed" in
  *"/usr/$file"*) ;;
  *) fail "dpkg -L knead does not list /usr/$file" ;;
  esac
done
MANPATH="$scratch/dpkg-root/usr/share/man" man -w knead >/dev/null 2>&1 ||
  [ ! -x /usr/bin/man ] || fail "man does not find knead(1) in the installed tree"

# What Debian's package checker says: no error, no warning (tags kept on purpose are
# overridden in packaging/lintian-overrides, each with its reason).
if command -v lintian >/dev/null; then
  lintian_out=$(lintian --fail-on error,warning --display-level '>=warning' "$deb" 2>&1) ||
    fail "lintian found problems in the .deb:
$lintian_out"
else
  fail "lintian is not installed (./bootstrap test installs it)"
fi

if [ "$failures" -ne 0 ]; then
  echo "packaging: $failures problems" >&2
  exit 1
fi
echo "packaging: install and .deb OK"
