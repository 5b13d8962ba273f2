# knead points: the point catalog, searched by code or word.
. "$(dirname "$0")/lib.sh"

run_knead points
expect_code 0 "points"
for code in BL23 BL52 GV4 BL53 GB30 BL40 CV6 LI4 TE3 LR3 KI1 BL57 BL60 SP6 BL67 GB21; do
  expect_contains "$out" "$code " "catalog has $code"
done

run_knead points bl40
expect_code 0 "points bl40"
expect_eq "$out" 'BL40  Weizhong, "Commanding Middle" (legs)
      where:     Back of the knee, in the middle of the crease
      for:       the classic distal point for the lower back; sciatica, stiffness
      article:   commanding middle (back of the knee)
      pregnancy: no caution found
      caution:   Light pressure only. Do not press over varicose veins.' "one point"

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
expect_eq "$(printf '%s' "$out" | jq 'length')" "16" "json catalog size"

run_knead points nothing-like-this
expect_code 1 "no match"
expect_eq "$err" "knead: error: no point matches \"nothing-like-this\"; 'knead points' lists them all" "no match"

finish
