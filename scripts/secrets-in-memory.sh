#!/usr/bin/env bash
# Secrets in memory (issue 6): unlock the desktop app, show a record, lock, then take a core
# dump of the app's process (gcore) and count the passphrase and the record's text in it.
# Needs gdb, xdotool and Xvfb; builds nothing (run `make e2e` or build the debug app first).
#   xvfb-run -a bash scripts/secrets-in-memory.sh
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export EBB_JOURNAL=$dir/journal.ebb HOME=$dir NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory
pass='core dump passphrase CANARYPASS'
EBB_PASSPHRASE="$pass" "$root/target/debug/ebb" init >/dev/null 2>&1
EBB_PASSPHRASE="$pass" "$root/target/debug/ebb" write "CANARYTEXT a private line" >/dev/null 2>&1
"$root/target/debug/ebb-desktop" >/dev/null 2>&1 &
pid=$!
sleep 5
w=$(xdotool search --onlyvisible --name '^Ebb$' | head -1)
xdotool windowfocus --sync "$w"
xdotool type --delay 10 "$pass"
xdotool key Return
sleep 5
xdotool key alt+3 # the journal list shows the record
sleep 2
xdotool key ctrl+l # lock
sleep 3
gcore -o "$dir/core" "$pid" >/dev/null 2>&1
for s in CANARYPASS CANARYTEXT; do
  python3 - "$dir/core.$pid" "$s" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
s = sys.argv[2]
print(f"{s}: {data.count(s.encode())} in UTF-8, {data.count(s.encode('utf-16-le'))} in UTF-16 (process after lock)")
PY
done
kill "$pid"
