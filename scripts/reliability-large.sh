#!/usr/bin/env bash
# The reliability suites of docs/reliability.md at their large setting: ten times the crash
# loop and tamper sizes `make test` runs, and half an hour of fuzzing per target. About three
# hours on 2 cores. Every figure is printed as it comes; the log is also kept in
# target/reliability-large.log. Each size can be set: EBB_CRASH_CYCLES, EBB_CRASH_PASSWD_CYCLES,
# EBB_CRASH_BACKUP_CYCLES, EBB_CRASH_SYNC_CYCLES, EBB_TAMPER_FLIPS, EBB_FUZZ_SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
log="${CARGO_TARGET_DIR:-target}/reliability-large.log"
mkdir -p "$(dirname "$log")"
{
  echo "reliability-large: $(date -u +%FT%TZ) on $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  EBB_CRASH_CYCLES=${EBB_CRASH_CYCLES:-10000} EBB_CRASH_PASSWD_CYCLES=${EBB_CRASH_PASSWD_CYCLES:-600} \
    EBB_CRASH_BACKUP_CYCLES=${EBB_CRASH_BACKUP_CYCLES:-1500} EBB_CRASH_SYNC_CYCLES=${EBB_CRASH_SYNC_CYCLES:-1500} cargo test --test durability -- --nocapture --test-threads=1 2>&1 | grep --line-buffered -E -A3 "crash-loop:|test result|panicked"
  EBB_TAMPER_FLIPS=${EBB_TAMPER_FLIPS:-100000} cargo test --test tamper -- --nocapture 2>&1 | grep --line-buffered -E -A3 "tamper:|test result|panicked"
  cargo test --test thief --test privacy --test network -- --nocapture 2>&1 | grep --line-buffered -E -A3 "thief:|plaintext scan|test result|panicked"
  bash scripts/fuzz.sh "${EBB_FUZZ_SECONDS:-1800}"
} 2>&1 | tee "$log"
test "${PIPESTATUS[0]}" -eq 0
