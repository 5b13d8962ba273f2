# No HOME and no XDG variables at all (`env -i PATH=$PATH`): what needs no folder of
# the person's works as usual; the history cannot be found, so a session runs with one
# warning and records nothing, while log, stats and due say why in one line.
. "$(dirname "$0")/lib.sh"

answers=$(all_no_answers lower-back) # the safety questions, all "no"
cd "$SCRATCH" || exit 1

# bare ARGS...: knead ARGS with nothing in its environment but PATH.
bare() {
  out=$(env -i PATH="$PATH" "$KNEAD" "$@" 2>"$SCRATCH/stderr" </dev/null)
  code=$?
  err=$(cat "$SCRATCH/stderr")
}

bare list
expect_code 0 "list"
expect_eq "$err" "" "list: stderr"
expect_contains "$out" "lower-back          23:15  built-in" "list: the built-ins"

bare show lower-back
expect_code 0 "show"
expect_eq "$err" "" "show: stderr"
expect_contains "$out" "23:15" "show: the total"

bare run --answers "$answers" --speed 1000 --plain
expect_code 0 "run"
expect_contains "$out" "Session complete: 4 of 4 steps done" "run: the session"
expect_eq "$err" "knead: warning: cannot record this session in the history: neither XDG_STATE_HOME nor HOME is set to an absolute path" \
  "run: one warning"

bare log
expect_code 1 "log"
expect_eq "$err" "knead: error: neither XDG_STATE_HOME nor HOME is set to an absolute path" "log"
bare stats
expect_code 1 "stats"
expect_eq "$err" "knead: error: neither XDG_STATE_HOME nor HOME is set to an absolute path" "stats"
# due's 1 means "done today", so it cannot tell; 2 is its error.
bare due lower-back
expect_code 2 "due"
expect_eq "$err" "knead: error: neither XDG_STATE_HOME nor HOME is set to an absolute path" "due"

# Writing a routine needs the user folder: one line, exit 1.
bare new mine
expect_code 1 "new"
expect_eq "$err" "knead: error: neither XDG_CONFIG_HOME nor HOME is set to an absolute path" "new"

# A relative HOME is as good as none (the XDG spec ignores relative paths).
out=$(env -i PATH="$PATH" HOME=relative "$KNEAD" list 2>"$SCRATCH/stderr")
code=$?
expect_code 0 "list with a relative HOME"
expect_eq "$(cat "$SCRATCH/stderr")" "" "list with a relative HOME: stderr"

finish
