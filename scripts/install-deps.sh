#!/usr/bin/env bash
# Installs what building and testing Ebb needs on Debian/Ubuntu, skipping what is there.
# Safe to run again. Uses sudo when not root.
set -euo pipefail

APT_PACKAGES=(build-essential pkg-config curl ca-certificates)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  # A private archive cache: some machines clean the shared one while apt is working.
  cache="${TMPDIR:-/tmp}/ebb-apt-cache"
  mkdir -p "$cache/partial"
  echo "Installing: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    -o Dir::Cache::Archives="$cache" "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "Rust is installed in ~/.cargo/bin; add it to PATH (source ~/.cargo/env)." >&2
  else
    echo "Installing Rust with rustup (needs crates.io/rustup access)…" >&2
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
  fi
fi
