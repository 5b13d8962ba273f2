# `knead completions`: each shell loads its script without errors and completes
# subcommands, options and routine ids; the man page covers every command.
. "$(dirname "$0")/lib.sh"

run_knead completions bash
expect_code 0 "completions bash"
printf '%s\n' "$out" >"$SCRATCH/knead.bash"

checks=$((checks + 1))
registered=$(bash -c "source <('$KNEAD' completions bash); complete -p knead" 2>&1) ||
  fail "bash could not load the script: $registered"
expect_eq "$registered" "complete -F _knead knead" "bash complete -p"

# bash_complete WORDS…: the candidates bash offers for the last word.
bash_complete() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _knead
           printf "%s\n" "${COMPREPLY[@]}"' bash "$SCRATCH/knead.bash" "$KNEAD" "$@"
}
expect_eq "$(bash_complete rem)" "remind" "bash: a subcommand"
expect_eq "$(bash_complete remind '' | tr '\n' ' ')" "add list remove " "bash: remind's subcommands"
expect_contains "$(bash_complete remind add --)" "--no-enable" "bash: options"
expect_eq "$(bash_complete remind add lo)" "lower-back" "bash: routine ids"
expect_eq "$(bash_complete completions z)" "zsh" "bash: a fixed set of values"
expect_eq "$(bash_complete con)" "config" "bash: the config command"
expect_contains "$(bash_complete config --)" "--init" "bash: config --init"
expect_contains "$(bash_complete run --no-)" "--no-voice" "bash: run --no-voice"
expect_eq "$(bash_complete remind add --days '')" "" "bash: nothing to offer for a free value"

# zsh: both as compinit autoloads it from fpath and sourced into a running shell.
mkdir -p "$SCRATCH/zfunc"
"$KNEAD" completions zsh >"$SCRATCH/zfunc/_knead"
# Only the completion system's own folders, so compinit does not scan every function.
zcompletion=$(zsh -f -c 'print -rl -- $fpath' | grep '/Completion$' | head -1)
checks=$((checks + 1))
zsh_out=$(zsh -f -c "fpath=('$SCRATCH/zfunc' '$zcompletion' '$zcompletion/Base'); autoload -Uz compinit
  compinit -u -d '$SCRATCH/zcompdump'; print -r -- \$_comps[knead]
  source <('$KNEAD' completions zsh); print -r -- \$_comps[knead]" 2>&1) ||
  fail "zsh could not load the script: $zsh_out"
expect_eq "$zsh_out" "_knead
_knead" "zsh compinit"
checks=$((checks + 1))
zsh -n "$SCRATCH/zfunc/_knead" || fail "zsh -n found a syntax error"

# fish: subcommands at the top, and deeper.
"$KNEAD" completions fish >"$SCRATCH/knead.fish"
fish_complete() {
  HOME="$SCRATCH/home" fish --no-config -c "source '$SCRATCH/knead.fish'; complete -C '$1'" 2>&1 |
    cut -f1 | tr '\n' ' '
}
expect_eq "$(fish_complete 'knead ')" \
  "check completions config due edit history list log new note notify points questions remind report run show stats status " \
  "fish: subcommands"
expect_eq "$(fish_complete 'knead remind ')" "add list remove " "fish: remind's subcommands"
expect_eq "$(fish_complete 'knead history ')" "export import " "fish: history's subcommands"
expect_eq "$(fish_complete 'knead log ')" "delete edit " "fish: log's subcommands"
expect_contains "$(fish_complete 'knead report --')" "--format --help --out --routine --since" "fish: report's options"
expect_contains "$(fish_complete 'knead remind add --')" "--at --cron --days" "fish: options"
expect_eq "$(fish_complete "$KNEAD remind add lo")" "lower-back " "fish: routine ids"
expect_contains "$(fish_complete 'knead config --')" "--init" "fish: config --init"

# Candidates are data: a routine file named to run a command when expanded is no id
# (so never offered), and no shell runs it while completing.
hostile_dir="$XDG_CONFIG_HOME/knead/routines"
mkdir -p "$hostile_dir" "$SCRATCH/cwd"
cp "$KNEAD_SOURCE_DIR/routines/lower-back.toml" "$hostile_dir/\$(id>PWNED).toml"
cp "$KNEAD_SOURCE_DIR/routines/lower-back.toml" "$hostile_dir/\`id>PWNED2\`.toml"
cd "$SCRATCH/cwd"
bash_hostile=$(bash_complete run '')
expect_not_contains "$bash_hostile" "PWNED" "bash: a file name that is no id is not offered"
fish_complete "$KNEAD run " >/dev/null
HOME="$SCRATCH/home" fish --no-config -c "source '$SCRATCH/knead.fish'; complete -C '$KNEAD run \$'" >/dev/null 2>&1 || true
checks=$((checks + 1))
[ ! -e PWNED ] && [ ! -e PWNED2 ] || fail "completing ran a command from a routine file's name"
run_knead completions --routines
expect_not_contains "$out" "id>" "completions --routines leaves out names that are no id"
rm -f "$hostile_dir/\$(id>PWNED).toml" "$hostile_dir/\`id>PWNED2\`.toml"
cd "$SCRATCH"

# Files where a file is taken: folders end in / (no space), routine files complete.
mkdir -p "$SCRATCH/cwd/drafts"
: >"$SCRATCH/cwd/drafts/neck.toml"
cd "$SCRATCH/cwd"
expect_eq "$(bash_complete run dra)" "drafts" "bash: a folder for run"
expect_eq "$(bash_complete run drafts/)" "drafts/neck.toml" "bash: a routine file for run"
expect_eq "$(bash_complete check drafts/)" "drafts/neck.toml" "bash: files for check"
cd "$SCRATCH"

run_knead completions --routines
expect_eq "$out" "back-points
lower-back
tennis-ball-hips" "completions --routines"
run_knead completions
expect_code 2 "completions without a shell"
expect_eq "$err" "knead: error: name a shell: knead completions bash|zsh|fish" "no shell"
run_knead completions tcsh
expect_code 2 "completions tcsh"

# The man page is generated from the same tree as --help: every subcommand and
# every option --help lists is in it, and groff reads it without a warning.
run_knead completions --man
man="$out"
for command in $("$KNEAD" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 {print $1}'); do
  expect_contains "$man" ".SS \"knead $command" "man page section for $command"
done
for option in $("$KNEAD" remind add --help | grep -o -- '--[a-z-]*' | sort -u); do
  expect_contains "$man" "\\fB$(printf '%s' "$option" | sed 's/-/\\-/g')\\fR" "man page option $option"
done
for option in $("$KNEAD" config --help | grep -o -- '--[a-z-]*' | sort -u); do
  expect_contains "$man" "\\fB$(printf '%s' "$option" | sed 's/-/\\-/g')\\fR" "man page config option $option"
done
checks=$((checks + 1))
warnings=$(printf '%s\n' "$man" | groff -man -ww -z 2>&1)
[ -z "$warnings" ] || fail "groff warns about the man page: $warnings"

finish
