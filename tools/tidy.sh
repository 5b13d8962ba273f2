#!/usr/bin/env bash
# clang-tidy, with the checks of .clang-tidy, over every C++ file of src/ in a build's
# compile_commands.json, JOBS files at a time (default: one per CPU). Prints the
# findings only, then a summary, and fails on any finding: the tree is kept clean, so
# every finding is new. Run by the `tidy` target:
#
#   cmake --preset tidy && cmake --build --preset tidy
#   tools/tidy.sh BUILD [JOBS]     BUILD configured without unity build (the tidy preset)
#
# KNEAD_CLANG_TIDY names the clang-tidy to use (default: clang-tidy-14, else clang-tidy).
set -euo pipefail

source=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: tools/tidy.sh BUILD [JOBS]}
jobs=${2:-$(nproc)}
tidy=${KNEAD_CLANG_TIDY:-$(command -v clang-tidy-14 || command -v clang-tidy || true)}
case $tidy in *-NOTFOUND) tidy="" ;; esac # from CMake, when it found none
if [ -z "$tidy" ]; then
  echo "tidy: clang-tidy was not found. On Debian: apt install clang-tidy" \
    "(./bootstrap test installs it)" >&2
  exit 1
fi
database=$build/compile_commands.json
if [ ! -f "$database" ]; then
  echo "tidy: $database is missing; configure first: cmake --preset tidy" >&2
  exit 1
fi

# Every file of src/ the build compiles (not the generated ones in the build folder),
# and the unity build's combined files of src/'s targets, each of which includes
# several files of src/: clang-tidy then parses and matches the standard, fmt, toml++
# and CLI11 headers once per combined file instead of once per file, a quarter of the
# CPU, and still reports each finding at its line of src/.
mapfile -t files < <(grep -o '"file": "[^"]*"' "$database" | cut -d'"' -f4 |
  grep -E "^($source/src/|$build/src/CMakeFiles/[^/]*/Unity/)" | sort -u)
if [ "${#files[@]}" -eq 0 ]; then
  echo "tidy: $database names no file of src/: configure with the tidy preset" >&2
  exit 1
fi

# One log per file, so that two runs at once do not interleave their lines.
logs=$(mktemp -d "${TMPDIR:-/tmp}/knead-tidy.XXXXXX")
trap '[ -n "${KNEAD_TIDY_KEEP:-}" ] || rm -rf "$logs"' EXIT
start=$SECONDS
export tidy build logs
printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$jobs" bash -c '
  log=$logs/$(printf "%s" "$1" | tr / _).log
  # A combined file is nothing but includes of .cpp files, which is what
  # bugprone-suspicious-include exists to flag.
  extra=()
  case $1 in */Unity/unity_*) extra=(--checks=-bugprone-suspicious-include) ;; esac
  "$tidy" -p "$build" --quiet --warnings-as-errors="*" "${extra[@]}" "$1" >"$log" 2>&1 ||
    echo "$1" >>"$log.failed"
' tidy || true

failed=$(cat "$logs"/*.failed 2>/dev/null | sort || true)
elapsed=$((SECONDS - start))
if [ -z "$failed" ]; then
  echo "tidy: ${#files[@]} files clean, in ${elapsed} s with $jobs jobs ($("$tidy" --version |
    grep -o 'version [0-9.]*'))"
  exit 0
fi
for file in $failed; do
  cat "$logs/$(printf "%s" "$file" | tr / _).log"
done
# A finding in a header shows once for every file that includes it; count each once.
findings=$(cat "$logs"/*.log | grep -E '^[^ ]+:[0-9]+:[0-9]+: error: ' | sort -u)
echo
echo "tidy: $(grep -c . <<<"$findings") findings in $(grep -c . <<<"$failed") of" \
  "${#files[@]} files, in ${elapsed} s:"
sed "s|^$source/||" <<<"$findings"
echo "Fix each one (a NOLINT(check) needs a comment with its reason); the checks and why" \
  "each is on: .clang-tidy"
exit 1
