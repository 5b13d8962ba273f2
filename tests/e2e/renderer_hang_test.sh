# A speech renderer that hangs (the {wav} command never exits) does not hold knead's
# exit: the session waits its 5 seconds for the rendering at the start, runs without
# speech, and at its end the renderer is killed instead of joined.
. "$(dirname "$0")/lib.sh"

fakes="$SCRATCH/fakes"
mkdir -p "$fakes" "$XDG_CONFIG_HOME/knead"
cat >"$fakes/hang-render" <<FAKE
#!/bin/sh
echo \$\$ >>"$SCRATCH/pids"
exec /bin/sleep 1000
FAKE
# A player that plays at once (only the chimes use it: no phrase is ever rendered).
printf '#!/bin/sh\nexit 0\n' >"$fakes/pw-play"
chmod +x "$fakes"/*
answers=$(all_no_answers lower-back)

# A renderer that hangs: the session waits its 5 seconds for it at the start, then runs
# without speech, and knead exits at its end instead of waiting for the renderer.
printf 'voice = true\nvoice_command = ["hang-render", "-w", "{wav}", "{text}"]\n' \
  >"$XDG_CONFIG_HOME/knead/config.toml"
PATH="$fakes:$PATH" timeout -s KILL 20 "$KNEAD" run lower-back --plain --answers "$answers" \
  --pain-before 5 --pain-after 5 --speed 1000 --no-history </dev/null >"$SCRATCH/out" \
  2>"$SCRATCH/err"
expect_eq "$?" "0" "hung renderer: exit code"

checks=$((checks + 1))
while read -r pid; do
  kill -0 "$pid" 2>/dev/null && fail "hung renderer: $pid left running after knead"
done <"$SCRATCH/pids"

finish
