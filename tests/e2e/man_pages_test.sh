# The manuals: knead(1) has every command and option `--help` shows, with the same
# value names and descriptions, in both directions, for every command in the tree
# (found by walking `--help`, so new commands are covered without naming them); the
# reference sections are there; knead-routine(5) is built from docs/routine-format.md;
# groff reads both without a warning.
. "$(dirname "$0")/lib.sh"

run_knead completions --man
expect_code 0 "completions --man"
man="$out"

# The roff source as plain text: fonts dropped, escapes read.
plain_man=$(printf '%s\n' "$man" | sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\e/\\/g' -e 's/\\&//g')

# help_entries PATH…: "name value|description" for each option and positional of
# `knead PATH… --help`, one a line (CLI11 puts a long description on the next line).
help_entries() {
  "$KNEAD" "$@" --help | awk '
    /^(Options|Positionals):/ { inside = 1; next }
    /^[A-Z][a-z]*:/ { inside = 0 }
    !inside { next }
    /^  [^ ]/ {
      line = substr($0, 3)
      split(line, parts, /  +/)
      head = parts[1]; text = parts[2]
      n = split(head, words, " ")
      names = words[1]; value = ""
      if (n > 1 && words[2] !~ /^(REQUIRED|Excludes|Needs)/) value = words[2]
      sub(/=.*/, "", value); sub(/:.*/, "", value)
      if (names ~ /^-h,--help$/) { pending = ""; next }
      if (text == "") { pending = names " " value; next }
      print names " " value "|" text; pending = ""; next
    }
    /^    +[^ ]/ && pending != "" { t = $0; sub(/^ +/, "", t); print pending "|" t; pending = "" }
  '
}

# commands PATH…: the subcommands `knead PATH… --help` lists.
subcommands() {
  "$KNEAD" "$@" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF {print $1}'
}

# The man page's section for a command: from its .SS line to the next .SS or .SH.
section_of() {
  printf '%s\n' "$plain_man" | awk -v head=".SS \"knead $1 " -v exact=".SS \"knead $1\"" '
    inside && /^\.S[SH] / { exit }
    index($0, head) == 1 || $0 == exact { inside = 1; print; next }
    inside { print }'
}

walked=0
check_command() {
  local path="$*" section entry names value text
  walked=$((walked + 1))
  section=$(section_of "$path")
  checks=$((checks + 1))
  [ -n "$section" ] || {
    fail "knead($path): the man page has no section for it"
    return
  }
  while IFS= read -r entry; do
    [ -n "$entry" ] || continue
    names=${entry%%|*}
    text=${entry#*|}
    value=${names#* }
    names=${names%% *}
    if [[ $names == -* ]]; then
      # "-v,--voice" in --help is "-v, --voice" in the page.
      expect_contains "$section" "${names//,/, }${value:+ $value}" "man $path: option $names $value"
    else
      expect_contains "$section" "$names" "man $path: argument $names"
    fi
    expect_contains "$section" "$text" "man $path: the description of $names"
  done < <(help_entries "$@")
  # And back: every option the page lists for the command is in its --help.
  local help_text
  help_text=$("$KNEAD" "$@" --help)
  for option in $(printf '%s\n' "$section" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    expect_contains "$help_text" "$option" "knead $path --help has the man page's $option"
  done
  local sub
  for sub in $(subcommands "$@"); do
    check_command "$@" "$sub"
  done
}
for command in $(subcommands); do
  check_command "$command"
done
checks=$((checks + 1))
[ "$walked" -ge 17 ] || fail "walked only $walked commands"

for heading in '.SH "SESSION KEYS"' '.SH "EXIT STATUS"' '.SH ENVIRONMENT' '.SH FILES' \
  '.SH EXAMPLES' '.SH "SAFETY QUESTIONS"' 'knead\-routine\fR(5)'; do
  expect_contains "$man" "$heading" "man page: $heading"
done
for code in 129 130 143; do
  expect_contains "$plain_man" ".TP
$code" "man page: exit status $code"
done
for file in history.db last-check config.toml knead/routines; do
  expect_contains "$plain_man" "$file" "man page FILES: $file"
done
expect_contains "$plain_man" "--at HH:MM" "man page: --at keeps its :MM"
checks=$((checks + 1))
warnings=$(printf '%s\n' "$man" | groff -man -ww -z 2>&1)
[ -z "$warnings" ] || fail "groff warns about knead(1): $warnings"

# knead-routine(5), as the build made it from docs/routine-format.md.
page="$KNEAD_BINARY_DIR/generated/knead-routine.5"
checks=$((checks + 1))
[ -s "$page" ] || fail "the build made no $page"
if [ -s "$page" ]; then
  checks=$((checks + 1))
  warnings=$(groff -man -ww -z "$page" 2>&1)
  [ -z "$warnings" ] || fail "groff warns about knead-routine(5): $warnings"
  routine_page=$(sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' "$page")
  expect_contains "$routine_page" "knead-routine - the routine file format of knead" "NAME line"
  # Every section of the Markdown page is a section of the manual.
  while IFS= read -r heading; do
    title=$(printf '%s' "${heading#\#\# }" | tr -d '`' | tr '[:lower:]' '[:upper:]')
    expect_contains "$routine_page" ".SH \"$title\"" "knead-routine(5) section $title"
  done < <(grep '^## ' "$KNEAD_SOURCE_DIR/docs/routine-format.md")
fi

finish
