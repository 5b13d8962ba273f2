# Makes history_v1.db, a history file written by knead at schema version 1 (the
# release before `partial`, working time and the audit), for the migration test.
# Run with KNEAD pointing at a build of that version; the file is committed, this
# script says how it was made.
set -eu
: "${KNEAD:?}"
work=$(mktemp -d)
export XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" HOME="$work/home"
export LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_CONFIG_HOME/knead/routines"
answers="$work/answers.toml"
"$KNEAD" questions lower-back --template | sed -n 's/^# \([A-Za-z0-9_-]*\) = $/\1 = false/p' >"$answers"
# 1: the whole routine, pain 6 -> 4.
"$KNEAD" run lower-back --answers "$answers" --plain --speed 1000 --pain-before 6 --pain-after 4 </dev/null >/dev/null
# 2: the ice only (--from 4).
"$KNEAD" run lower-back --answers "$answers" --plain --speed 1000 --from 4 --pain-before 5 </dev/null >/dev/null
# 3: stopped by screening (a serious accident).
sed 's/^serious_accident = false/serious_accident = true/' "$answers" >"$work/stop.toml"
"$KNEAD" run lower-back --answers "$work/stop.toml" --plain --speed 1000 </dev/null >/dev/null || true
# 4: a one-step routine whose step the person skipped ("n" on the live screen).
cat >"$XDG_CONFIG_HOME/knead/routines/one.toml" <<'TOML'
title = "One hold"
[[step]]
title = "Paraspinal muscles"
region = "lower-back"
where = "Both sides of the spine"
how = "Press with both thumbs"
hold = "2m"
TOML
"$KNEAD" questions one --template | sed -n 's/^# \([A-Za-z0-9_-]*\) = $/\1 = false/p' >"$work/one.toml"
sock="knead-fixture-$$"
tmux -L "$sock" -f /dev/null new-session -d -s t -x 100 -y 30 \
  "env XDG_STATE_HOME='$XDG_STATE_HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' HOME='$HOME' LC_ALL=C.UTF-8 '$KNEAD' run one --answers '$work/one.toml' --pain-before 3 --pain-after 3 --speed 10; sleep 2"
sleep 2
tmux -L "$sock" send-keys -t t n
sleep 3
tmux -L "$sock" kill-server 2>/dev/null || true
# 5: the whole routine quit in its second step ("q", then "y").
tmux -L "$sock" -f /dev/null new-session -d -s t -x 100 -y 30 \
  "env XDG_STATE_HOME='$XDG_STATE_HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' HOME='$HOME' LC_ALL=C.UTF-8 '$KNEAD' run lower-back --answers '$answers' --pain-before 7 --pain-after 6 --speed 100; sleep 2"
sleep 3
tmux -L "$sock" send-keys -t t q
sleep 0.5
tmux -L "$sock" send-keys -t t y
sleep 2
tmux -L "$sock" kill-server 2>/dev/null || true
sqlite3 "$XDG_STATE_HOME/knead/history.db" "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;" >/dev/null
cp "$XDG_STATE_HOME/knead/history.db" "${1:-history_v1.db}"
rm -rf "$work"
