# Every command that reads a routine file refuses the same four bad files with the
# same one-line message and exit 1, and writes nothing: a missing file, a folder, an
# empty file and binary garbage. (`check` has its own test, check_test.sh.)
. "$(dirname "$0")/lib.sh"

cd "$SCRATCH" || exit 1
mkdir folder.toml
: >empty.toml
head -c 300 /bin/true >garbage.toml # an ELF header: its first NUL is the 8th byte

expected() {
  case $1 in
  ./missing.toml) echo "knead: error: $1: cannot open: No such file or directory" ;;
  ./folder.toml) echo "knead: error: $1: cannot open: it is a directory, not a file" ;;
  ./empty.toml) echo "knead: error: $1: the file is empty" ;;
  ./garbage.toml) echo "knead: error: $1:1:8: this is not a routine file: it contains binary data" ;;
  esac
}

for file in ./missing.toml ./folder.toml ./empty.toml ./garbage.toml; do
  for command in "show $file" "show $file --json" "questions $file" "run $file --plain" \
    "new copy --from $file"; do
    # shellcheck disable=SC2086
    run_knead $command
    expect_code 1 "knead $command"
    expect_eq "$err" "$(expected "$file")" "knead $command: the message"
    expect_eq "$out" "" "knead $command: nothing on stdout"
  done
done

# Nothing was recorded or created along the way.
checks=$((checks + 1))
[ ! -e "$XDG_STATE_HOME/knead/history.db" ] || fail "a refused run wrote a history"
checks=$((checks + 1))
[ ! -e "$XDG_CONFIG_HOME/knead/routines/copy.toml" ] || fail "a refused new --from wrote a routine"

finish
