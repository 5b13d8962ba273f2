# The command line's own contract: version, help, usage errors.
. "$(dirname "$0")/lib.sh"

run_knead --version
expect_code 0 "--version"
expect_contains "$out" "knead 0.1.0" "--version"
expect_contains "$out" "MIT License" "--version names the licence"
expect_contains "$out" "/doc/knead/copyright" "--version says where the licence is"
checks=$((checks + 1))
[ -s "$KNEAD_SOURCE_DIR/LICENSE" ] && grep -q '^MIT License' "$KNEAD_SOURCE_DIR/LICENSE" ||
  fail "LICENSE is missing or not the MIT licence"

run_knead --help
expect_code 0 "--help"
expect_contains "$out" "run" "--help"

run_knead
expect_code 0 "bare knead"
expect_contains "$out" "knead run" "bare knead"

run_knead no-such-command
expect_code 2 "unknown subcommand"
expect_contains "$err" "knead: error:" "unknown subcommand"

run_knead --no-such-flag
expect_code 2 "unknown flag"

finish
