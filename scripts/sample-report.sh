#!/usr/bin/env bash
# Rebuilds docs/sample-report.{md,html,pdf,png} from a generated journal (never real text):
# four months of entries and episodes, reported for the four weeks up to 2026-11-23.
# Needs chromium and poppler-utils (apt-get install chromium poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --bin ebb --example sample_journal
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export EBB_JOURNAL="$work/journal.ebb" EBB_PASSPHRASE="sample only"
target/debug/examples/sample_journal --entries 120 --episodes 90 --end 2026-11-23 > "$work/sample.json"
target/debug/ebb init > /dev/null 2>&1
target/debug/ebb import "$work/sample.json" > /dev/null 2>&1
target/debug/ebb report --to 2026-11-23 --format markdown -o docs/sample-report.md 2>/dev/null
target/debug/ebb report --to 2026-11-23 --format html -o docs/sample-report.html 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/chromium" --no-pdf-header-footer \
  --print-to-pdf=docs/sample-report.pdf "file://$PWD/docs/sample-report.html" 2>/dev/null
pdftoppm -png -r 110 -singlefile docs/sample-report.pdf docs/sample-report
echo "pages: $(pdfinfo docs/sample-report.pdf | awk '/^Pages/ {print $2}')"
