# Sourced by every end-to-end test. Gives each test a scratch home and XDG folders,
# and small assertion helpers that print what was expected and what came.
set -u
: "${KNEAD:?KNEAD must point at the built binary}"
: "${KNEAD_SOURCE_DIR:?KNEAD_SOURCE_DIR must point at the source tree}"

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/knead-e2e.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
export HOME="$SCRATCH/home"
export XDG_CONFIG_HOME="$SCRATCH/config"
export XDG_STATE_HOME="$SCRATCH/state"
export XDG_DATA_HOME="$SCRATCH/data"
export XDG_DATA_DIRS="$SCRATCH/share"
export LC_ALL=C.UTF-8
unset NO_COLOR VISUAL EDITOR
# No test reaches the desktop's session bus or systemd user manager: on a developer's
# machine a reminder test would otherwise enable real timers and show real notifications.
unset DBUS_SESSION_BUS_ADDRESS
export XDG_RUNTIME_DIR="$SCRATCH/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_DATA_DIRS"

failures=0
checks=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# run_knead ARGS...: runs the binary; sets $out, $err and $code.
run_knead() {
  out=$("$KNEAD" "$@" 2>"$SCRATCH/stderr" </dev/null)
  code=$?
  err=$(cat "$SCRATCH/stderr")
}

expect_code() {
  checks=$((checks + 1))
  [ "$code" -eq "$1" ] || fail "${2:-command}: expected exit $1, got $code (stderr: $err)"
}

# expect_contains HAYSTACK NEEDLE [LABEL]
expect_contains() {
  checks=$((checks + 1))
  case "$1" in
  *"$2"*) ;;
  *) fail "${3:-output} should contain '$2' but was: $1" ;;
  esac
}

expect_not_contains() {
  checks=$((checks + 1))
  case "$1" in
  *"$2"*) fail "${3:-output} should not contain '$2' but was: $1" ;;
  *) ;;
  esac
}

expect_eq() {
  checks=$((checks + 1))
  [ "$1" = "$2" ] || fail "${3:-value}: expected '$2', got '$1'"
}

# within_5s COMMAND...: until COMMAND succeeds, tried every 0.1 s; 1 when it never does.
within_5s() {
  local tries=50
  until "$@"; do
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || return 1
    sleep 0.1
  done
}

# finish: the last line of every test; exits non-zero when any check failed.
finish() {
  if [ "$checks" -eq 0 ]; then
    echo "FAIL: the test made no checks" >&2
    exit 1
  fi
  echo "$checks checks, $failures failed"
  [ "$failures" -eq 0 ]
}

# quick_routine ID: writes a user routine ID of two one-second holds (about three
# seconds in all) and the answers file for it, and prints the answers file's path. A
# session run with --speed is kept but never counted by due and stats; this is the
# routine to run at normal speed when a test needs a counted session. It has no
# get-ready (ready = "0s"), which would more than double its length.
quick_routine() {
  mkdir -p "$XDG_CONFIG_HOME/knead/routines"
  cat >"$XDG_CONFIG_HOME/knead/routines/$1.toml" <<TOML
title = "Quick $1"
ready = "0s"
[[step]]
title = "Paraspinal muscles"
region = "lower-back"
where = "Both sides of the spine"
how = "Press with both thumbs"
hold = "1s"
release = "1s"
[[step]]
title = "Hip points"
region = "hips"
where = "Over the dimples above the buttocks"
how = "Press with both thumbs"
hold = "1s"
TOML
  all_no_answers "$1"
}

# all_no_answers ROUTINE: writes an answers file that answers "no" to every safety
# question ROUTINE may ask and prints its path, for `knead run --answers`.
all_no_answers() {
  local file
  file="$SCRATCH/answers-$(printf '%s' "$1" | tr -c 'A-Za-z0-9_-' _).toml"
  "$KNEAD" questions "$1" --template | sed -n 's/^# \([A-Za-z0-9_-]*\) = $/\1 = false/p' >"$file"
  printf '%s\n' "$file"
}
