# A user routine folder that cannot be read (no permission; a file in its place):
# `list` and running a built-in still work, with one warning naming the folder.
. "$(dirname "$0")/lib.sh"

answers=$(all_no_answers lower-back) # the safety questions, all "no"
folder="$XDG_CONFIG_HOME/knead/routines"
mkdir -p "$folder"
printf 'title = "Mine"\n[[step]]\ntitle = "Press"\nregion = "hips"\nhold = "1s"\n' >"$folder/mine.toml"

# A file where the folder should be.
mv "$folder" "$SCRATCH/routines.aside"
echo "in the way" >"$folder"
run_knead list
expect_code 0 "list, a file in place of the folder"
expect_eq "$err" "knead: warning: cannot read the routine folder $folder: Not a directory; its routines are left out" \
  "list: one warning for the file"
run_knead show lower-back
expect_code 0 "show, a file in place of the folder"
expect_contains "$err" "Not a directory" "show: the warning"

rm "$folder"
mv "$SCRATCH/routines.aside" "$folder"

# chmod does not stop root from reading, so as root the commands run as nobody, with
# the scratch folders handed to nobody.
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
  # nobody may not reach the build tree; a copy of the binary in the scratch folder works.
  if ! "${as_user[@]}" test -x "$KNEAD"; then
    cp "$KNEAD" "$SCRATCH/knead"
    KNEAD=$SCRATCH/knead
  fi
  chown -R nobody "$SCRATCH"
  chmod 755 "$SCRATCH"
  if ! "${as_user[@]}" test -x "$KNEAD" -a -w "$XDG_STATE_HOME"; then
    echo "SKIPPED the folder without permission: running as root, and nobody cannot run" \
      "$KNEAD (setpriv failed, or $SCRATCH is out of reach)" >&2
    finish
    exit
  fi
fi
chmod 000 "$folder"

# run_as ARGS...: run_knead, as nobody when the test runs as root.
run_as() {
  out=$("${as_user[@]}" "$KNEAD" "$@" 2>"$SCRATCH/stderr" </dev/null)
  code=$?
  err=$(cat "$SCRATCH/stderr")
}

warning="knead: warning: cannot read the routine folder $folder: Permission denied; its routines are left out"
run_as list
expect_code 0 "list, folder without permission"
expect_eq "$err" "$warning" "list: one warning"
expect_contains "$out" "lower-back" "list: the built-ins"
expect_not_contains "$out" "mine" "list: the folder's routine"

run_as run lower-back --answers "$answers" --plain --speed 1000
expect_code 0 "run a built-in, folder without permission"
expect_contains "$out" "Session complete: 4 of 4 steps done" "run: the session"
expect_eq "$err" "$warning" "run: one warning"

run_as run mine --answers "$answers" --plain --speed 1000
expect_code 1 "run a routine of the unreadable folder"
expect_eq "$err" "$warning
knead: error: no routine named \"mine\"; 'knead list' shows them all" "run mine"

finish
