# The first command of the README, `./bootstrap run`, driven with stand-ins for cmake,
# dpkg-query and apt-get: it must install exactly what is missing, configure and build
# the release preset, and start the program where CMake really puts it (the stand-in
# cmake links the tested binary at the same place relative to its build folder).
. "$(dirname "$0")/lib.sh"
: "${KNEAD_BINARY_DIR:?KNEAD_BINARY_DIR must point at the build folder}"

tree="$SCRATCH/tree"
fake="$SCRATCH/fake-bin"
mkdir -p "$tree" "$fake"
cp "$KNEAD_SOURCE_DIR/bootstrap" "$tree/"
binary_in_build=${KNEAD#"$KNEAD_BINARY_DIR"/}

cat >"$fake/cmake" <<FAKE
#!/usr/bin/env bash
echo "cmake \$*" >>"$SCRATCH/calls"
# \$FORMAT_FAILS stands for a tree with unformatted files, \$TIDY_FAILS for one with a
# clang-tidy finding.
if [ -n "\${FORMAT_FAILS:-}" ] && [ "\${*: -1}" = check-format ]; then exit 1; fi
if [ "\$*" = "--build --preset tidy" ]; then
  if [ -n "\${TIDY_FAILS:-}" ]; then
    echo "tidy: 1 findings in 1 of 9 files"
    exit 1
  fi
  echo "tidy: 9 files clean"
  exit 0
fi
if [ "\$1" = --build ]; then
  mkdir -p "build/\$3/$(dirname "$binary_in_build")"
  ln -sf "$KNEAD" "build/\$3/$binary_in_build"
fi
FAKE
cat >"$fake/dpkg-query" <<FAKE
#!/usr/bin/env bash
# Every package is installed except those named in \$MISSING.
for package in \$MISSING; do [ "\${!#}" = "\$package" ] && exit 1; done
printf 'install ok installed'
FAKE
cat >"$fake/apt-get" <<FAKE
#!/usr/bin/env bash
echo "apt-get \$*" >>"$SCRATCH/calls"
FAKE
printf '#!/usr/bin/env bash\n"$@"\n' >"$fake/sudo"
# The other steps of `./bootstrap test` only say that they ran.
mkdir -p "$tree/fuzz" "$tree/tests/packaging"
for step in "$fake/ctest" "$tree/fuzz/run.sh" "$tree/tests/packaging/check_install.sh"; do
  printf '#!/usr/bin/env bash\necho "%s $*" >>"%s"\n' "${step##*/}" "$SCRATCH/calls" >"$step"
  chmod +x "$step"
done
chmod +x "$fake"/*

bootstrap() {
  rm -f "$SCRATCH/calls"
  out=$(cd "$SCRATCH" && PATH="$fake:$PATH" "$tree/bootstrap" "$@" 2>"$SCRATCH/stderr" </dev/null)
  code=$?
  err=$(cat "$SCRATCH/stderr")
  calls=$(cat "$SCRATCH/calls" 2>/dev/null)
}

# Everything installed: no apt-get, the release preset built, the program started.
export MISSING=""
bootstrap run --help
expect_code 0 "bootstrap run --help"
expect_eq "$out" "$("$KNEAD" run --help)" "bootstrap run starts the built program"
expect_not_contains "$calls" "apt-get" "nothing missing, nothing installed"
expect_contains "$calls" "cmake --preset release" "bootstrap run configures the release preset"
expect_contains "$calls" "cmake --build --preset release --target knead" \
  "bootstrap run builds the program"

# The arguments reach `knead run`: a routine that does not exist is knead's own error.
bootstrap run no-such-routine
expect_code 1 "bootstrap run no-such-routine"
expect_contains "$err" "no-such-routine" "the routine name reaches knead run"

# Missing packages are installed, and only those.
export MISSING="libtomlplusplus-dev doctest-dev tmux"
bootstrap run --help
expect_code 0 "bootstrap run with packages missing"
expect_contains "$calls" "apt-get update" "the package lists are refreshed first"
expect_contains "$calls" "install -y -qq --no-install-recommends libtomlplusplus-dev doctest-dev tmux" \
  "exactly the missing packages, for building and for testing, are installed"

# `./bootstrap test` checks the formatting before it builds anything, and stops there
# when a file is not formatted.
export MISSING="" FORMAT_FAILS=1
bootstrap test
expect_code 1 "bootstrap test with an unformatted file"
first_build=$(grep -m1 -e "--build" <<<"$calls")
expect_eq "$first_build" "cmake --build --preset asan --target check-format" \
  "the formatting check is the first build"
expect_eq "$(grep -c -e "--build" <<<"$calls")" 1 "nothing is built after it fails"
unset FORMAT_FAILS

# Every step runs, clang-tidy beside the suite; its verdict comes last.
bootstrap test
expect_code 0 "bootstrap test"
expect_eq "$(grep -e "--build\|^ctest\|\.sh" <<<"$calls" | grep -v tidy | tr '\n' ';')" \
  "cmake --build --preset asan --target check-format;cmake --build --preset asan;ctest --preset asan --parallel 2;cmake --build --preset fuzz --target fuzz_all;run.sh 33;check_install.sh ;" \
  "the order of the other steps"
expect_contains "$calls" "cmake --preset tidy" "clang-tidy's preset is configured"
expect_contains "$calls" "cmake --build --preset tidy" "clang-tidy runs"
expect_eq "$(tail -n 1 <<<"$out")" "tidy: 9 files clean" "the tidy summary, last"

# A clang-tidy finding fails the test command, after the other steps, with the findings.
export TIDY_FAILS=1
bootstrap test
expect_code 1 "bootstrap test with a clang-tidy finding"
expect_contains "$out" "tidy: 1 findings in 1 of 9 files" "the findings are shown"
expect_contains "$calls" "check_install.sh" "the other steps still ran"
unset TIDY_FAILS

# No command, or an unknown one: usage on stderr, exit 2.
bootstrap
expect_code 2 "bootstrap with no command"
expect_contains "$err" "usage: ./bootstrap run" "the usage line"
bootstrap build
expect_code 2 "bootstrap with an unknown command"

finish
