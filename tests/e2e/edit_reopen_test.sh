# knead edit on a terminal: after an edit that leaves errors it asks whether to
# reopen the editor, and checks again after the second edit.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

user="$XDG_CONFIG_HOME/knead/routines"

# First run breaks the file, the second repairs it: the stand-in editor counts.
cat >"$SCRATCH/editor.sh" <<SH
#!/bin/sh
n=\$(cat "$SCRATCH/runs" 2>/dev/null || echo 0)
n=\$((n + 1))
echo \$n >"$SCRATCH/runs"
if [ \$n -eq 1 ]; then
  printf 'hodl = "1m"\n' >>"\$1"
else
  sed -i '/^hodl/d' "\$1"
fi
SH
chmod +x "$SCRATCH/editor.sh"
export EDITOR="$SCRATCH/editor.sh"

tmux_start
run_live edit lower-back
expect_screen "error: unknown key \"hodl\"" "errors shown"
expect_screen "Reopen the editor to fix it? [Y/n]" "prompt"
keys y Enter
expect_screen "$user/lower-back.toml: ok (4 steps, 23:15)" "fixed on the second edit"
expect_exit 0 "reopened and fixed"
expect_eq "$(cat "$SCRATCH/runs")" "2" "the editor ran twice"

# Answering no keeps the broken file and fails.
rm -f "$SCRATCH/runs"
run_live edit lower-back
expect_screen "Reopen the editor to fix it? [Y/n]" "prompt again"
keys n Enter
expect_exit 1 "declined"
expect_contains "$(cat "$user/lower-back.toml")" 'hodl = "1m"' "the broken edit is kept"

finish
