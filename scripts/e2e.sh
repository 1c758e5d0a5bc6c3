#!/usr/bin/env bash
# End-to-end tests of the real desktop app: a real window under Xvfb, driven over WebDriver
# (tauri-driver + WebKitWebDriver). Builds the UI and the debug app first.
# EBB_SCREENSHOTS=DIR also saves a screenshot of every screen there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v tauri-driver >/dev/null || cargo install tauri-driver --version ^2 --locked
(cd ui && npm run build)
cargo build -p ebb-desktop --bin ebb-desktop
cargo build --bin ebb --example sample_journal
target="${CARGO_TARGET_DIR:-$PWD/target}"
export EBB_APP="$target/debug/ebb-desktop" EBB_CLI="$target/debug/ebb" EBB_SAMPLE_BIN="$target/debug/examples/sample_journal"
# No accessibility bus or keyring under Xvfb: keep GTK quiet about them.
# The file chooser keeps its settings in memory rather than asking for a session bus.
export NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory
cd ui
# Privacy failures are written here as well as failing their test (ui/e2e/harness.mjs).
export EBB_E2E_LEAKS="$PWD/../target/e2e-leaks.txt"
mkdir -p ../target && : >"$EBB_E2E_LEAKS"
run() { xvfb-run -a -s "-screen 0 1280x900x24" node --test --test-concurrency=1 "$@"; }
# Each file runs on its own. A file that fails is run once more and that is said out loud,
# with the tests that failed, so a real failure (failing twice) still fails and a flaky one
# is never silent. EBB_E2E_NO_RERUN=1 turns the second chance off.
reruns="$PWD/../target/e2e-reruns.txt"
: >"$reruns"
for f in e2e/*.e2e.mjs; do
  log="$(mktemp)"
  if ! run "$f" 2>&1 | tee "$log"; then
    failed="$(grep -E '^ *not ok [0-9]+ - ' "$log" | sed -E 's/^ *not ok [0-9]+ - //' | paste -sd ';' - || true)"
    echo "$f: ${failed:-the file itself}" >>"$reruns"
    rm -f "$log"
    if [ -n "${EBB_E2E_NO_RERUN:-}" ]; then
      echo "e2e: $f failed (no re-run asked for)" >&2
      exit 1
    fi
    echo "e2e: $f failed once (${failed:-the file itself}); running it again to tell a flaky run from a real failure" >&2
    run "$f"
  fi
  rm -f "$log"
done
if [ -s "$reruns" ]; then
  echo "e2e: these needed a re-run:" >&2
  cat "$reruns" >&2
fi
if [ -s "$EBB_E2E_LEAKS" ]; then
  echo "e2e: a privacy check failed (a re-run that passed does not undo it):" >&2
  cat "$EBB_E2E_LEAKS" >&2
  exit 1
fi
cd ..
# After lock, a core dump of the app holds no passphrase and no key.
xvfb-run -a -s "-screen 0 1280x900x24" bash scripts/secrets-in-memory.sh
