# Children that hang: stand-ins for notify-send, the sound player and the speech
# program that never exit. At most one of each kind lives at any moment of a session,
# none outlives knead, none inherits a descriptor of knead's (the --events file, the
# history), and a speech renderer that hangs does not hold knead's exit.
. "$(dirname "$0")/lib.sh"

fakes="$SCRATCH/fakes"
mkdir -p "$fakes" "$SCRATCH/pids"
# hang_fake NAME: a program that notes its pid (by kind) and its open descriptors, then
# hangs.
hang_fake() {
  cat >"$fakes/$1" <<FAKE
#!/bin/sh
echo \$\$ >>"$SCRATCH/pids/$1"
/bin/ls -l /proc/\$\$/fd/ >"$SCRATCH/fds.\$\$" 2>&1
exec /bin/sleep 1000
FAKE
  chmod +x "$fakes/$1"
}
for name in notify-send pw-play hang-speak hang-render; do
  hang_fake "$name"
done

events="$SCRATCH/events.jsonl"
answers=$(all_no_answers lower-back)

# alive KIND: how many of the stand-ins of KIND still run (a zombie has ended).
alive() {
  local pid count=0 state
  [ -f "$SCRATCH/pids/$1" ] || {
    echo 0
    return
  }
  while read -r pid; do
    state=$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null) || continue
    [ "$state" = Z ] || count=$((count + 1))
  done <"$SCRATCH/pids/$1"
  echo "$count"
}

# A session with notifications, chimes and speech spoken line by line, all hanging.
mkdir -p "$XDG_CONFIG_HOME/knead"
printf 'voice = true\nnotify = true\nvoice_command = ["hang-speak", "{text}"]\n' \
  >"$XDG_CONFIG_HOME/knead/config.toml"
# (A session bus to name, or --notify warns that it cannot notify and sends none.)
DBUS_SESSION_BUS_ADDRESS="unix:path=$SCRATCH/bus" PATH="$fakes:$PATH" "$KNEAD" run lower-back \
  --plain --answers "$answers" --pain-before 5 --pain-after 5 --speed 600 --events "$events" \
  </dev/null >"$SCRATCH/out" 2>"$SCRATCH/err" &
pid=$!
# A child killed a moment ago may not have died yet: a count is taken as true when the
# next look, 300 ms later, finds as many.
most=0
while kill -0 "$pid" 2>/dev/null; do
  for kind in notify-send pw-play hang-speak; do
    n=$(alive "$kind")
    if [ "$n" -gt "$most" ]; then
      sleep 0.3
      again=$(alive "$kind")
      [ "$again" -lt "$n" ] && n=$again
      [ "$n" -gt "$most" ] && most=$n && most_kind=$kind
    fi
  done
  sleep 0.05
done
wait "$pid"
expect_eq "$?" "0" "hung children: exit code"
expect_eq "$most" "1" "hung children: the most of one kind alive at once (${most_kind:-})"
checks=$((checks + 1))
[ "$(wc -l <"$SCRATCH/pids/notify-send")" -gt 3 ] ||
  fail "hung children: fewer notifications than expected: $(cat "$SCRATCH/pids/notify-send")"
for kind in notify-send pw-play hang-speak; do
  expect_eq "$(alive "$kind")" "0" "hung children: $kind left running after knead"
done
checks=$((checks + 1))
if grep -l -e 'events.jsonl' -e 'history.db' "$SCRATCH"/fds.* >/dev/null 2>&1; then
  fail "a child inherited a descriptor: $(grep -h -e 'events.jsonl' -e 'history.db' "$SCRATCH"/fds.*)"
fi

finish
