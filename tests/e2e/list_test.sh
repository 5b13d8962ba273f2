# knead list: the routines found built-in, in the system folders and in the
# user's folder, with what shadows what.
. "$(dirname "$0")/lib.sh"

user="$XDG_CONFIG_HOME/knead/routines"
system="$XDG_DATA_DIRS/knead/routines"
mkdir -p "$user" "$system"

run_knead list
expect_code 0 "list"
expect_contains "$out" "lower-back          23:15  built-in  Lower back: paraspinals, hips, buttocks, then ice" "built-in row"
expect_not_contains "$out" "shadows" "nothing shadowed yet"

# An identical system copy (as an installed knead ships) is the built-in itself.
cp "$KNEAD_SOURCE_DIR/routines/lower-back.toml" "$system/"
run_knead list
expect_contains "$out" "lower-back          23:15  built-in" "identical system copy"
expect_not_contains "$out" "shadows" "identical copy is not a shadow"

cat >"$user/lower-back.toml" <<'TOML'
title = "My lower back"
[[step]]
title = "Paraspinals"
region = "lower-back"
hold = "1m"
TOML
printf 'title = "Broken"\n' >"$user/broken.toml"
run_knead list
expect_code 0 "list with a shadow"
expect_contains "$out" "lower-back           1:05  user      My lower back
                  shadows the built-in lower-back" "user shadows built-in"
expect_contains "$out" "broken                  -  user      does not load: run 'knead check $user/broken.toml'" "broken routine"

run_knead list --json
expect_code 0 "list --json"
expect_eq "$(printf '%s' "$out" | jq -c '.[] | select(.id == "lower-back") | [.origin, .total_s, .shadows]')" \
  '["user",65,["builtin:lower-back"]]' "json shadow"
expect_eq "$(printf '%s' "$out" | jq -c '.[] | select(.id == "broken") | [.ok, .title]')" \
  '[false,null]' "json broken"

# A changed system copy is shadowed by the user's.
printf '# changed\n' >>"$system/lower-back.toml"
run_knead list
expect_contains "$out" "                  shadows the built-in lower-back
                  shadows $system/lower-back.toml" "two shadows"

run_knead show lower-back
expect_contains "$out" "From: user ($user/lower-back.toml)" "show uses the winner"

finish
