# knead points: the point catalog, searched by code or word.
. "$(dirname "$0")/lib.sh"
# Whole lines are checked here; wrapping at the width (COLUMNS, 80 by default) is
# checked in show_test.sh, screening_tty_test.sh and wrap_test.sh.
export COLUMNS=1000

run_knead points
expect_code 0 "points"
for code in BL23 BL52 GV4 BL53 GB30 BL40 CV6 LI4 EX-UE7 TE3 LR3 KI1 BL57 BL60 SP6 BL67 GB21; do
  expect_contains "$out" "$code " "catalog has $code"
done

run_knead points bl40
expect_code 0 "points bl40"
expect_eq "$out" 'BL40  Weizhong, "Commanding Middle" (legs)
      where:     Back of the knee, in the middle of the crease
      for:       the classic distal point for the lower back; sciatica, stiffness
      article:   commanding middle (back of the knee)
      pregnancy: no caution found
      caution:   Light pressure only. Do not press over varicose veins.
      sources:   location: WHO 2008; the point (Gach'"'"'s B54): the article; varicose veins: massage contraindications (University of Minnesota, Taking Charge)' "one point"

# The corrections of the second safety review.
run_knead points --json
expect_eq "$(printf '%s' "$out" | jq -r '.[] | select(.code == "BL52") | .english')" "Will Chamber" "BL52's name"
expect_contains "$(printf '%s' "$out" | jq -r '.[] | select(.code == "GB30") | .where')" \
  "one third of the way from the greater trochanter (the bony bump on the side of the hip) to the sacral hiatus" "GB30"
expect_contains "$(printf '%s' "$out" | jq -r '.[] | select(.code == "KI1") | .where')" \
  "the web between the 2nd and 3rd toes" "KI1's toe web"
expect_contains "$(printf '%s' "$out" | jq -r '.[] | select(.code == "BL23") | .where')" \
  "the tops of the hip bones are level with the 4th: count two bones up" "the L2 landmark"
expect_eq "$(printf '%s' "$out" | jq -c '.[] | select(.code == "EX-UE7") | [.name, .region, .article_name]')" \
  '["Yaotongdian","hands","hand point (between the fourth finger and the pinky)"]' "EX-UE7"
expect_eq "$(printf '%s' "$out" | jq '[.[] | select(.sources == "")] | length')" "0" "every point has sources"

# A step may name the new point, in any case.
mkdir -p "$SCRATCH/r"
printf 'title = "Hand"\n[[step]]\ntitle = "Lumbar pain point"\nkind = "reps"\npoint = "ex-ue7"\nreps = 5\nrep = "6s"\n' >"$SCRATCH/r/hand.toml"
run_knead show "$SCRATCH/r/hand.toml" --json
expect_code 0 "show a step on EX-UE7"
expect_eq "$(printf '%s' "$out" | jq -c '.steps[0] | [.point, .region]')" '["EX-UE7","hands"]' "EX-UE7 step"

run_knead points foot
expect_contains "$out" "LR3 " "search foot"
expect_contains "$out" "KI1 " "search foot"
expect_contains "$out" "article:   foot point (lying down: between the first toe and the big toe) (closest standard point)" "closest standard point"
expect_not_contains "$out" "BL40" "search foot"

run_knead points --json LI4
expect_code 0 "points --json"
expect_eq "$(printf '%s' "$out" | jq -c '.[0] | [.code, .avoid_in_pregnancy, .closest_standard_point, .region]')" \
  '["LI4",true,true,"hands"]' "json point"
run_knead points --json
expect_eq "$(printf '%s' "$out" | jq 'length')" "17" "json catalog size"

run_knead points nothing-like-this
expect_code 1 "no match"
expect_eq "$err" "knead: error: no point matches \"nothing-like-this\"; 'knead points' lists them all" "no match"

finish
