#!/usr/bin/env bash
# Fuzzes the import parser, the record decoder and every desktop command's input with
# `cargo fuzz` (libFuzzer), each for SECONDS (default 60: the CI run; try 1800 by hand).
# The corpus under fuzz/corpus/ is kept between runs: seeds from fuzz/seeds/, plus what the
# fuzzer found worth keeping. A crash stops the script with its input in fuzz/artifacts/.
#
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-${EBB_FUZZ_SECONDS:-60}}
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version '^0.13'
# cargo fuzz passes -Z flags to rustc; the machine has one stable toolchain, which accepts
# them with RUSTC_BOOTSTRAP. No sanitizer: the core forbids unsafe code, and libFuzzer still
# catches panics, hangs (-timeout) and runaway memory (-rss_limit_mb).
export RUSTC_BOOTSTRAP=1
python3 fuzz/seeds/make.py fuzz/corpus
cargo fuzz build -s none
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for target in import record commands; do
    echo "fuzz: $target for ${secs} s"
    if ! cargo fuzz run -s none "$target" "fuzz/corpus/$target" -- \
        -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
        tail -n 60 "$log"
        rm -rf /dev/shm/ebb-fuzz-* "${TMPDIR:-/tmp}"/ebb-fuzz-*
        echo "fuzz: $target found a crash; its input is in fuzz/artifacts/$target/" >&2
        exit 1
    fi
    # The commands target keeps its journal in a scratch folder named for its process.
    rm -rf /dev/shm/ebb-fuzz-* "${TMPDIR:-/tmp}"/ebb-fuzz-*
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" "$log"
    echo "fuzz: corpus $(ls "fuzz/corpus/$target" | wc -l) inputs"
done
