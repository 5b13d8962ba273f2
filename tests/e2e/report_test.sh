# stats and report over eight weeks of sessions, imported: the calendar of 84 days
# (Unicode and ASCII), the dated trend, the weekly median against the threshold, and
# the report: a strict XML parser reads the HTML (python3's xml.etree, on markup
# written XHTML-compatible), the chart has one point per rated session, the
# calendar 84 days, and nothing in it points outside the file. Then headless
# Chromium (Debian's `chromium`) opens it once: a screenshot, the DOM it built, and
# its network log, which must show no request leaving the page.
. "$(dirname "$0")/lib.sh"
# Whole lines are compared: no wrapping at 80 columns.
export COLUMNS=1000

# 56 daily sessions ending yesterday, pain before falling from 7 to 4; every fifth
# day partial; one note; one screening "yes" in the middle.
lines="$SCRATCH/diary.jsonl"
for n in $(seq 56 -1 1); do
  day=$(date -u -d "-$n days" +%Y-%m-%d)
  before=$((4 + n * 3 / 56))
  outcome=completed
  [ $((n % 5)) -eq 0 ] && outcome=partial
  note=""
  [ "$n" -eq 10 ] && note="stiff after a long drive"
  pregnant=false
  [ "$n" -eq 20 ] && pregnant=true
  printf '{"knead_history":1,"id":%d,"routine_id":"lower-back","routine_title":"Lower back","routine_hash":"a6b2eb48c37ba801","started_at":"%sT12:00:00Z","ended_at":"%sT12:23:10Z","outcome":"%s","active_s":1390,"working_s":1380,"planned_s":1380,"step_count":4,"speed":1,"pain_before":%d,"pain_after":%d,"screening":"clear","note":"%s","pid":1,"process_start":"","steps":[],"answers":[{"question_id":"emergency_signs","answer":false},{"question_id":"pregnant","answer":%s}]}\n' \
    $((57 - n)) "$day" "$day" "$outcome" "$before" $((before - 1)) "$note" "$pregnant" >>"$lines"
done
run_knead history import "$lines"
expect_code 0 "import of eight weeks"

run_knead stats --json
expect_eq "$(printf '%s' "$out" | jq -c '[(.calendar | length), .calendar_start, (.calendar | map(select(. == "completed")) | length), (.calendar | map(select(. == "partial")) | length)]')" \
  "[84,\"$(date -d '-83 days' +%Y-%m-%d)\",45,11]" "stats --json: the calendar"
expect_eq "$(printf '%s' "$out" | jq -c '.progress[0] | [.routine, .weeks >= 8, .first_median, .last_median, .meaningful]')" \
  '["lower-back",true,6,4,true]' "stats --json: the weekly median moved"
run_knead stats
expect_contains "$out" "Change:       lower-back: weekly median 6.0 → 4.0 from the week of" "stats: the change"
expect_contains "$out" "a meaningful improvement" "stats: the verdict"
expect_contains "$out" "not one session's before and after" "stats: the caveat"
expect_contains "$out" "               $(date -d '-29 days' +%Y-%m-%d)          $(date +%Y-%m-%d)" "stats: the trend's dates"
expect_contains "$out" "Last 12 weeks: █ completed, ▒ partial, · none (45 of 84 days completed)" "stats: the calendar"
expect_eq "$(printf '%s\n' "$out" | grep -c '^  \(Mon\|Tue\|Wed\|Thu\|Fri\|Sat\|Sun\) ')" "7" "stats: a row a weekday"
out=$(LC_ALL=C "$KNEAD" stats)
expect_contains "$out" "Last 12 weeks: # completed, + partial, . none" "stats: the ASCII calendar"
checks=$((checks + 1))
if printf '%s' "$out" | LC_ALL=C grep -qaP '[\x80-\xff]'; then fail "stats under LC_ALL=C printed a byte outside ASCII"; fi

# The report.
run_knead report --out "$SCRATCH/report.html"
expect_code 0 "report"
expect_eq "$out" "Wrote the report of 56 sessions to $SCRATCH/report.html." "report"
python3 - "$SCRATCH/report.html" <<'PY' >"$SCRATCH/report.check" 2>&1
import re, sys
import xml.etree.ElementTree as ET
tree = ET.parse(sys.argv[1])  # strict: any unclosed element or unknown entity fails
root = tree.getroot()
points = [g for g in root.iter("g") if g.get("class") == "point"]
days = [r for r in root.iter("rect") if (r.get("class") or "").startswith("day ")]
print("points", len(points))
print("days", len(days))
print("scripts", sum(1 for _ in root.iter("script")))
text = open(sys.argv[1], encoding="utf-8").read()
print("urls", len(re.findall(r"(https?:|//|url\(|@import|src=|href=)", text)))
print("print", "@media print" in text and "size: A4" in text)
print("notes", "stiff after a long drive" in text)
print("screening", "pregnant no → yes" in text and "pregnant yes → no" in text)
print("disclaimer", "not a medical device" in text)
PY
expect_eq "$(cat "$SCRATCH/report.check")" "points 56
days 84
scripts 0
urls 0
print True
notes True
screening True
disclaimer True" "the report's HTML"

run_knead report --format markdown --since "$(date -d '-7 days' +%Y-%m-%d)"
expect_contains "$out" "# Pain diary, " "markdown report"
expect_contains "$out" "| lower-back | " "markdown report: routines"
expect_eq "$(printf '%s\n' "$out" | grep -c '^| [0-9]* | ')" "7" "markdown report --since: a row a session"
run_knead report --routine back-points --format markdown
expect_contains "$out" "No notes." "report of a routine without sessions"
run_knead report --since 2026-02-30
expect_code 2 "report --since with a bad date"

# Headless Chromium, one launch: a screenshot, the DOM it built, its network log.
if ! command -v chromium >/dev/null; then
  fail "chromium is not installed (./bootstrap test installs it)"
  finish
  exit 1
fi
timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --user-data-dir="$SCRATCH/chromium" --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --disable-default-apps \
  --log-net-log="$SCRATCH/net.json" --net-log-capture-mode=Default \
  --window-size=794,1123 --screenshot="$SCRATCH/report.png" --dump-dom \
  "file://$SCRATCH/report.html" >"$SCRATCH/dom.html" 2>"$SCRATCH/chromium.err"
expect_eq "$?" "0" "chromium ran (stderr: $(tail -3 "$SCRATCH/chromium.err"))"
checks=$((checks + 1))
[ -s "$SCRATCH/report.png" ] && [ "$(head -c 4 "$SCRATCH/report.png" | od -An -c | tr -d ' ')" = "211PNG" ] ||
  fail "no screenshot"
expect_eq "$(grep -o '<g class="point"' "$SCRATCH/dom.html" | wc -l)" "56" "the DOM Chromium built: one point a session"
expect_eq "$(grep -o '<rect class="day ' "$SCRATCH/dom.html" | wc -l)" "84" "the DOM Chromium built: 84 days"
# Every URL the browser asked for: only the file itself.
# The browser's own background requests (its clock, updates, accounts) go at IDLE
# priority; what a page loads (an <img src="http://…">, a font, a stylesheet) is
# logged at another priority, with the renderer's traffic annotation. (A log cut short
# by the browser's exit may lack its closing brackets: the events are read from the
# text.)
python3 - "$SCRATCH/net.json" <<'PY' >"$SCRATCH/net.check" 2>&1
import json, re, sys
text = open(sys.argv[1]).read()
urls = set()
for event in re.findall(r'\{[^{}]*"url":"[^{}]*\}', text):
    params = json.loads(event)
    if "priority" in params and params["priority"] != "IDLE":
        urls.add(params["url"])
    if params.get("traffic_annotation") == 101845102:  # blink_resource_loader
        urls.add(params["url"])
print(sorted(urls))
PY
expect_eq "$(cat "$SCRATCH/net.check")" "[]" "no request leaves the page"
finish
