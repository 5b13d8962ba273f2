# knead edit: runs $VISUAL or $EDITOR with an argv, copies built-ins first,
# checks afterwards.
. "$(dirname "$0")/lib.sh"

user="$XDG_CONFIG_HOME/knead/routines"

# A stand-in editor: records its arguments, then runs the edit in $EDIT_ACTION.
cat >"$SCRATCH/editor.sh" <<'SH'
#!/bin/sh
printf '%s\n' "$@" >"$SCRATCH/editor-args"
case "$EDIT_ACTION" in
  break) printf 'hodl = "1m"\n' >>"$1" ;;
  title) sed -i 's/^title *= .*/title = "Edited"/' "$1" ;;
  *) : ;;
esac
SH
chmod +x "$SCRATCH/editor.sh"
export SCRATCH

# A built-in is copied to the user folder, then opened there.
EDITOR="$SCRATCH/editor.sh" EDIT_ACTION=title run_knead edit lower-back
expect_code 0 "edit a built-in"
expect_eq "$out" "Copied the built-in routine lower-back to $user/lower-back.toml
$user/lower-back.toml: ok (4 steps, 23:15)" "edit output"
expect_eq "$(cat "$SCRATCH/editor-args")" "$user/lower-back.toml" "editor argv"
run_knead show lower-back
expect_contains "$out" "lower-back: Edited" "the edit took"

# VISUAL wins over EDITOR, and words in it are separate arguments (no shell).
VISUAL="$SCRATCH/editor.sh --wait" EDITOR=false run_knead edit lower-back
expect_code 0 "VISUAL with an argument"
expect_eq "$(cat "$SCRATCH/editor-args")" "--wait
$user/lower-back.toml" "VISUAL argv"

# Errors after editing: reported, exit 1, no prompt without a terminal.
EDITOR="$SCRATCH/editor.sh" EDIT_ACTION=break run_knead edit lower-back
expect_code 1 "broken edit"
expect_contains "$err" "$user/lower-back.toml:" "broken edit position"
expect_contains "$err" "error: unknown key \"hodl\"" "broken edit message"
expect_not_contains "$err" "Reopen" "no prompt without a terminal"

# A file by path is edited in place; a shell line in EDITOR is not run by a shell.
cp "$KNEAD_SOURCE_DIR/routines/tennis-ball-hips.toml" "$SCRATCH/mine.toml"
EDITOR="$SCRATCH/editor.sh; touch $SCRATCH/pwned" run_knead edit "$SCRATCH/mine.toml"
expect_code 1 "editor with a shell line"
[ -e "$SCRATCH/pwned" ] && fail "EDITOR went through a shell"

run_knead edit no-such-routine
expect_code 1 "unknown routine"
expect_eq "$err" "knead: error: no routine named \"no-such-routine\"; 'knead list' shows them all" "unknown routine"

EDITOR=/nonexistent/editor run_knead edit "$SCRATCH/mine.toml"
expect_code 1 "missing editor"
expect_eq "$err" "knead: error: cannot start the editor \"/nonexistent/editor\"; set VISUAL or EDITOR" "missing editor"

finish
