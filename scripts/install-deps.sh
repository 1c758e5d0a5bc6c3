#!/usr/bin/env bash
# Installs what building and testing Ebb needs on Debian/Ubuntu, skipping what is there.
# Safe to run again. Uses sudo when not root.
set -euo pipefail

APT_PACKAGES=(
  build-essential pkg-config file curl ca-certificates
  # Tauri 2 on Linux
  libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev
  # End-to-end tests: a virtual display and the WebKit WebDriver
  xvfb xauth webkit2gtk-driver
  # … and what a person does with window frames and file dialogs (ui/e2e/x11.py)
  xdotool python3-xlib
  # … and a private D-Bus for the lock-on-suspend tests (src-tauri/src/session_watch.rs)
  dbus-daemon
  # … and a real notification server and a bus monitor for ui/e2e/background.e2e.mjs
  dunst dbus-bin
  # … and the no-network checks (tests/network.rs, ui/e2e/network.e2e.mjs)
  strace
  # … and the core dumps of the secrets-in-memory check (scripts/secrets-in-memory.sh)
  gdb
  # … and reading the printed summary (scripts/print-check.sh, ui/e2e/patterns.e2e.mjs):
  # page count, the fonts embedded, the text of page 1. No system fonts are installed: the
  # app and the report bring their own, and print-check unpacks its comparison fonts privately.
  poppler-utils fontconfig
  # … and the sync tests (tests/sync.rs): two real Syncthing instances on 127.0.0.1, and rsync
  # as a second way of carrying the folder
  syncthing rsync
  # … and the real jrnl (from PyPI, in a private venv below) whose exports tests/sources.rs reads
  python3-venv
)

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# A private archive cache: some machines clean the shared one while apt is working.
cache="${TMPDIR:-/tmp}/ebb-apt-cache"

apt_install() {
  mkdir -p "$cache/partial"
  echo "Installing: $*" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    -o Dir::Cache::Archives="$cache" "$@"
}

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# Node 20.19 or newer for the UI build (Vite 7).
node_ok() {
  command -v node >/dev/null 2>&1 && node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'
}
if ! node_ok; then
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  if ! node_ok; then
    # The npm registry ships Node itself as a package.
    $SUDO npm install -g --no-fund --no-audit node@22
    hash -r
  fi
fi

if ! command -v cargo >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/cargo" ]; then
  echo "Installing Rust with rustup…" >&2
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
fi

# The real jrnl, whose plain and encrypted journals tests/sources.rs exports and imports: in a
# private virtual environment under target/, never the system's Python.
jrnl_venv="${EBB_JRNL_VENV:-$PWD/target/tools/jrnl}"
if [ ! -x "$jrnl_venv/bin/jrnl" ]; then
  echo "Installing jrnl from PyPI into $jrnl_venv…" >&2
  mkdir -p "$(dirname "$jrnl_venv")"
  /usr/bin/python3 -m venv "$jrnl_venv"
  "$jrnl_venv/bin/pip" install --quiet --disable-pip-version-check "jrnl==4.6"
fi
