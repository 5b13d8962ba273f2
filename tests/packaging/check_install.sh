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
cmake --build "$build"

# Every file a user relies on, relative to the prefix.
expected=(
  bin/knead
  share/knead/routines/lower-back.toml
  share/man/man1/knead.1
  share/bash-completion/completions/knead
  share/zsh/vendor-completions/_knead
  share/fish/vendor_completions.d/knead.fish
)

cmake --install "$build" --prefix "$scratch/prefix" >/dev/null
for file in "${expected[@]}"; do
  [ -s "$scratch/prefix/$file" ] || fail "cmake --install did not install $file"
done
[ -x "$scratch/prefix/bin/knead" ] || fail "the installed knead is not executable"

(cd "$build" && cpack -G DEB -B "$PWD/packages" >/dev/null)
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
groff -man -ww -z "$scratch/root/usr/share/man/man1/knead.1" || fail "groff warns about the man page"

if [ "$failures" -ne 0 ]; then
  echo "packaging: $failures problems" >&2
  exit 1
fi
echo "packaging: install and .deb OK"
