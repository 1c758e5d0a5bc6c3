#!/usr/bin/env bash
# Rebuilds docs/sample-report.{md,html,pdf,png}, and the Spanish and German Markdown and PDF
# (docs/sample-report.{es,de}.{md,pdf}), from a generated journal (never real text):
# four months of entries and episodes, reported for the four weeks up to 2026-11-23, printed
# through WebKitGTK as the app prints it. Needs a display (runs itself under xvfb-run) and
# poppler-utils (both installed by scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --bin ebb --example sample_journal
cargo build -q -p ebb-desktop --example print_pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export EBB_JOURNAL="$work/journal.ebb" EBB_PASSPHRASE="sample only"
target/debug/examples/sample_journal --entries 120 --episodes 90 --end 2026-11-23 > "$work/sample.json"
target/debug/ebb init > /dev/null 2>&1
target/debug/ebb import "$work/sample.json" > /dev/null 2>&1
target/debug/ebb report --to 2026-11-23 --format markdown -o docs/sample-report.md 2>/dev/null
target/debug/ebb report --to 2026-11-23 --format html -o docs/sample-report.html 2>/dev/null
xvfb-run -a target/debug/examples/print_pdf docs/sample-report.html docs/sample-report.pdf > /dev/null
rm -f docs/sample-report-*.png
pdftoppm -png -r 110 -f 1 -l 1 -singlefile docs/sample-report.pdf docs/sample-report
# The same report in Spanish and German (SPEC §11), as a therapist in either language reads it.
for l in es de; do
  target/debug/ebb report --to 2026-11-23 --format markdown --language "$l" -o "docs/sample-report.$l.md" 2>/dev/null
  target/debug/ebb report --to 2026-11-23 --format html --language "$l" -o "$work/report.$l.html" 2>/dev/null
  xvfb-run -a target/debug/examples/print_pdf "$work/report.$l.html" "docs/sample-report.$l.pdf" > /dev/null
done
echo "pages: $(pdfinfo docs/sample-report.pdf | awk '/^Pages/ {print $2}'); fonts: $(pdffonts docs/sample-report.pdf | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]\{6\}+//' | sort -u | tr '\n' ' ')"
