# share/knead/routine.schema.json: every shipped routine and the scaffold of knead new
# pass it, the malformed routines below fail it (and knead check), and its keys are
# the loader's (the keys knead check lists for an unknown key), so the two cannot drift.
. "$(dirname "$0")/lib.sh"

schema="$KNEAD_SOURCE_DIR/share/knead/routine.schema.json"
python3 -c 'import jsonschema, tomllib' 2>/dev/null ||
  fail "python3-jsonschema is not installed (./bootstrap test installs it)"

# validate FILE...: prints "FILE: ok" or "FILE: invalid: the first reason" for each.
validate() {
  python3 - "$schema" "$@" <<'PY'
import json, sys, tomllib
import jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        errors = sorted(validator.iter_errors(tomllib.load(f)), key=lambda e: list(e.path))
    print(f"{path}: ok" if not errors else f"{path}: invalid: {errors[0].message}")
PY
}

verdicts=$(validate "$KNEAD_SOURCE_DIR"/routines/*.toml)
for routine in "$KNEAD_SOURCE_DIR"/routines/*.toml; do
  expect_contains "$verdicts" "$routine: ok" "shipped routine $(basename "$routine")"
done

run_knead new evening-back --stdout
expect_code 0 "new --stdout"
printf '%s\n' "$out" >"$SCRATCH/scaffold.toml"
first_line=$(head -1 "$SCRATCH/scaffold.toml")
case "$first_line" in
"#:schema file:///"*/share/knead/routine.schema.json) ;;
*) fail "the scaffold's first line should name the installed schema, but was: $first_line" ;;
esac
expect_eq "$(validate "$SCRATCH/scaffold.toml")" "$SCRATCH/scaffold.toml: ok" "the scaffold"

# Malformed routines: each one mistake, refused by the schema and by knead check.
mkdir "$SCRATCH/bad"
bad() { cat >"$SCRATCH/bad/$1.toml"; }
head='title = "T"
[[step]]
title = "S"
region = "hips"'
bad typo <<<"$head
hodl = \"2m\""
bad unquoted-number <<<"$head
hold = 900"
bad upper-unit <<<"$head
hold = \"2M\""
bad strict-duration <<<"$head
hold = \"1h60m\""
bad no-hold <<<"$head"
bad reps-without-kind <<<"$head
reps = 5
rep = \"6s\""
bad reps-with-hold <<<"$head
kind = \"reps\"
reps = 5
rep = \"6s\"
hold = \"1m\""
bad unknown-region <<<'title = "T"
[[step]]
title = "S"
region = "hip"
hold = "1m"'
bad one-bracket <<<'title = "T"
[step]
title = "S"
region = "hips"
hold = "1m"'
bad steps <<<'title = "T"
[[steps]]
title = "S"
region = "hips"
hold = "1m"'
bad no-title <<<'[[step]]
title = "S"
region = "hips"
hold = "1m"'
bad unknown-sides <<<"$head
hold = \"1m\"
sides = \"both\""
bad question-without-effect <<<"$head
hold = \"1m\"
[[question]]
id = \"tired\"
text = \"Tired?\""
bad bad-question-id <<<"$head
hold = \"1m\"
[[question]]
id = \"Bad Id\"
text = \"Tired?\"
effect = \"stop\""
bad skip-without-list <<<"$head
hold = \"1m\"
[[question]]
id = \"tired\"
text = \"Tired?\"
effect = \"skip\""
verdicts=$(validate "$SCRATCH"/bad/*.toml)
for file in "$SCRATCH"/bad/*.toml; do
  expect_contains "$verdicts" "$file: invalid: " "the schema refuses $(basename "$file")"
  run_knead check --format short "$file"
  expect_code 1 "knead check refuses $(basename "$file")"
done

# The schema's keys are the loader's: an unknown key's hint lists the keys of its table.
cat >"$SCRATCH/keys.toml" <<'TOML'
title = "T"
zzzzzzzzzz = 1
[[step]]
title = "S"
region = "hips"
hold = "1m"
zzzzzzzzzz = 1
[[question]]
id = "tired"
text = "Tired?"
effect = "stop"
zzzzzzzzzz = 1
TOML
run_knead check --format json "$SCRATCH/keys.toml"
loader_keys() { jq -r ".diagnostics[$1].hint" <<<"$out" | sed 's/^the keys here are //; s/, /\n/g' | sort; }
schema_keys() { jq -r "$1 | keys[]" "$schema" | sort; }
expect_eq "$(loader_keys 0)" "$(schema_keys .properties)" "top-level keys"
expect_eq "$(loader_keys 1)" "$(schema_keys .definitions.step.properties)" "step keys"
expect_eq "$(loader_keys 2)" "$(schema_keys .definitions.question.properties)" "question keys"
# An alternative has a step's keys but no alternative of its own.
expect_eq "$(schema_keys .definitions.alternative.properties)" \
  "$(schema_keys .definitions.step.properties | grep -vx alternative)" "alternative keys"

finish
