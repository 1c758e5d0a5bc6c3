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
run() { xvfb-run -a -s "-screen 0 1280x900x24" node --test --test-concurrency=1 e2e/*.e2e.mjs; }
# WebKitWebDriver now and then drops a request under Xvfb; one whole re-run is allowed, and
# said out loud, so a real failure (failing twice) still fails.
if ! run; then
  echo "e2e: the end-to-end suite failed once; running it again to tell a flaky driver from a real failure" >&2
  run
fi
if [ -s "$EBB_E2E_LEAKS" ]; then
  echo "e2e: a privacy check failed (a re-run that passed does not undo it):" >&2
  cat "$EBB_E2E_LEAKS" >&2
  exit 1
fi
cd ..
# After lock, a core dump of the app holds no passphrase and no key.
xvfb-run -a -s "-screen 0 1280x900x24" bash scripts/secrets-in-memory.sh
