#!/usr/bin/env bash
# The printed summary is the same on any machine. A busy period (13 weeks, two dozen flagged
# records) and a quiet one (4 weeks) are printed to PDF through WebKitGTK with fontconfig
# limited to one family of system fonts at a time — DejaVu only, Liberation only, Noto only —
# and each PDF must:
#   - use Ebb's own embedded face (Fira Sans) and no other font, the same in all three;
#   - hold the whole summary on page 1: the episode count, both charts, the cycles, what set
#     things off / what it looked like / what I practised, the sessions, and how many flagged
#     records follow;
#   - give every flagged record after the summary (busy: on later pages), and the quiet period
#     prints on one page.
# The font packages are unpacked into target/print-fonts, never installed: the machine keeps
# the fonts it had. Needs a display: run under xvfb-run (scripts/e2e.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
root="$PWD"
target="${CARGO_TARGET_DIR:-$root/target}"
cargo build -q --bin ebb --example sample_journal
cargo build -q -p ebb-desktop --example print_pdf
EBB="$target/debug/ebb"
SAMPLE="$target/debug/examples/sample_journal"
PRINT="$target/debug/examples/print_pdf"

fonts="$target/print-fonts"
work="$(mktemp -d "${TMPDIR:-/tmp}/ebb-print-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }

# Unpacks a Debian font package into its own folder (downloaded once, kept in target/).
unpack() {
  local pkg="$1"
  [ -d "$fonts/$pkg/usr/share/fonts" ] && return 0
  mkdir -p "$fonts/$pkg" "$work/deb"
  if ! (cd "$work/deb" && apt-get download -q "$pkg" >/dev/null 2>&1); then
    apt-get update -qq >/dev/null 2>&1 || true
    (cd "$work/deb" && apt-get download -q "$pkg" >/dev/null)
  fi
  dpkg-deb -x "$work/deb/${pkg}"_*.deb "$fonts/$pkg"
}

# fontconfig that sees one folder of fonts and nothing else.
fontconfig_for() {
  local name="$1" dir="$2"
  mkdir -p "$work/fc-$name"
  cat >"$work/fc-$name/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$dir</dir>
  <cachedir>$work/fc-$name/cache</cachedir>
</fontconfig>
EOF
  echo "$work/fc-$name/fonts.conf"
}

declare -A FC
unpack fonts-dejavu-core
unpack fonts-liberation2
unpack fonts-noto-core
FC[dejavu]="$(fontconfig_for dejavu "$fonts/fonts-dejavu-core/usr/share/fonts")"
FC[liberation]="$(fontconfig_for liberation "$fonts/fonts-liberation2/usr/share/fonts")"
FC[noto]="$(fontconfig_for noto "$fonts/fonts-noto-core/usr/share/fonts")"
for k in dejavu liberation noto; do
  families="$(FONTCONFIG_FILE="${FC[$k]}" fc-list : family | sort -u | tr '\n' ',')"
  case "$k:$families" in
    dejavu:*DejaVu*) ;; liberation:*Liberation*) ;; noto:*Noto*) ;;
    *) bad "fontconfig for $k sees: $families"; continue ;;
  esac
  if grep -qiv "${k}" <<<"$(tr ',' '\n' <<<"$families" | sed '/^$/d')"; then
    bad "fontconfig for $k also sees other families: $families"
  else
    ok "fontconfig limited to $k ($(tr ',' '\n' <<<"$families" | sed '/^$/d' | wc -l) families)"
  fi
done

# Two journals: a busy quarter and a quiet month, both ending today.
today="$(date +%F)"
journal() { # name entries episodes flagged from
  local j="$work/$1.ebb"
  "$SAMPLE" --entries "$2" --episodes "$3" --flagged "$4" --end "$today" --practices >"$work/$1.json"
  EBB_JOURNAL="$j" EBB_PASSPHRASE="print check words" "$EBB" init >/dev/null 2>&1
  EBB_JOURNAL="$j" EBB_PASSPHRASE="print check words" "$EBB" import "$work/$1.json" >/dev/null 2>&1
  for f in json html; do
    EBB_JOURNAL="$j" EBB_PASSPHRASE="print check words" "$EBB" report --from "$5" --to "$today" --format "$f" -o "$work/$1.$f" 2>/dev/null
  done
}
journal busy 91 160 24 "$(date -d '-90 days' +%F)"
journal quiet 28 9 3 "$(date -d '-27 days' +%F)"

# Prints $2 (HTML) to $3 (PDF) with fontconfig $1 and says its page count; fails if printing does.
print_pages() {
  FONTCONFIG_FILE="$1" "$PRINT" "$2" "$3" >/dev/null || return 1
  pdfinfo "$3" | awk '/^Pages:/ {print $2}'
}
# The page count a period must have ($1 busy or quiet, $2 the label, $3 pages), and keeping the
# print ($4) when EBB_KEEP_PRINTS names a folder.
pages_right() {
  case "$1" in
    busy) [ "$3" -ge 2 ] && ok "$2: the flagged records continue after page 1 ($3 pages)" || bad "$2: $3 page(s): expected the flagged records to run on" ;;
    quiet) [ "$3" -eq 1 ] && ok "$2: one page" || bad "$2: $3 pages" ;;
  esac
  if [ -n "${EBB_KEEP_PRINTS:-}" ]; then mkdir -p "$EBB_KEEP_PRINTS" && cp "$4" "$EBB_KEEP_PRINTS/"; fi
}

fonts_seen=""
for k in dejavu liberation noto; do
  for period in busy quiet; do
    pdf="$work/$period-$k.pdf"
    if ! pages="$(print_pages "${FC[$k]}" "$work/$period.html" "$pdf")"; then
      bad "$period/$k: printing failed"
      continue
    fi
    used="$(pdffonts "$pdf" | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]\{6\}+//' | sort -u | tr '\n' ' ')"
    if [ "$used" = "FiraSans-Regular FiraSans-SemiBold " ]; then
      ok "$period/$k: only the embedded faces ($used)"
    else
      bad "$period/$k: fonts used: $used"
    fi
    if [ -z "$fonts_seen" ]; then fonts_seen="$used"; elif [ "$fonts_seen" != "$used" ]; then bad "$period/$k: fonts differ from the first print"; fi

    n="$(python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["patterns"]["totals"]; print(sum(v for k in p.values() for v in k.values()))' "$work/$period.json")"
    flagged="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["flagged"]))' "$work/$period.json")"
    page1="$(pdftotext -f 1 -l 1 "$pdf" - | tr -s ' \n' ' ')"
    missing=()
    for want in "For my therapy session" "$n episodes in this period" "Episodes per week" "Average intensity per week" \
      "Cycles" "What set things off" "What it looked like" "What I practised" "Sessions in this period" \
      "I marked $flagged things to talk about"; do
      grep -qF -- "$want" <<<"$page1" || missing+=("$want")
    done
    # The summary's last line (the latest session) is on page 1 too.
    last_session="$(python3 -c '
import json, sys, datetime
s = json.load(open(sys.argv[1]))["sessions"]
d = datetime.date.fromisoformat(s[-1]["date"]) if s else None
print(f"{d.day} {d:%B %Y}" if d else "No sessions were logged")' "$work/$period.json")"
    grep -qF -- "$last_session" <<<"$page1" || missing+=("$last_session")
    if [ ${#missing[@]} -eq 0 ]; then
      ok "$period/$k: page 1 of $pages holds the whole summary ($n episodes, $flagged flagged)"
    else
      bad "$period/$k: page 1 of $pages lacks: ${missing[*]}"
    fi
    # Every flagged record follows, in full: its heading line, on some page.
    # (A heading at the top of a page follows pdftotext's form feed.)
    headings="$(pdftotext "$pdf" - | tr -d '\f' | grep -E '^[0-9]{1,2} [A-Z][a-z]+ [0-9]{4}(, [0-9]{2}:[0-9]{2})? — ' | grep -vc ' — to practise: ' || true)"
    if [ "$headings" -eq "$flagged" ]; then ok "$period/$k: all $flagged flagged records printed"; else bad "$period/$k: $headings of $flagged flagged records printed"; fi
    pages_right "$period" "$period/$k" "$pages" "$pdf"
  done
done

# German, whose words are longest (SPEC §11): the same two periods, written with
# `--language de`, still hold the whole summary on page 1 and the quiet one on one page. What
# page 1 must say is read from the German page itself: its headings, the count, the line
# saying how many flagged records follow.
for period in busy quiet; do
  from="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["from"])' "$work/$period.json")"
  EBB_JOURNAL="$work/$period.ebb" EBB_PASSPHRASE="print check words" "$EBB" report --from "$from" --to "$today" --format html --language de -o "$work/$period-de.html" 2>/dev/null
  pdf="$work/$period-de.pdf"
  if ! pages="$(print_pages "${FC[dejavu]}" "$work/$period-de.html" "$pdf")"; then
    bad "$period/de: printing failed"
    continue
  fi
  page1="$(pdftotext -f 1 -l 1 "$pdf" - | tr -s ' \n' ' ')"
  all="$(pdftotext "$pdf" - | tr -s ' \n\f' ' ')"
  missing="$(PAGE1="$page1" ALL="$all" python3 - "$work/$period-de.html" <<'PY'
import html, os, re, sys
doc = open(sys.argv[1], encoding="utf-8").read().split("</style>", 1)[1]
summary = doc.split('class="flagged-items"', 1)[0]
text = lambda s: " ".join(html.unescape(re.sub(r"<[^>]+>", " ", s)).split())
wants = [text(m) for m in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", summary, re.S)]
wants += [text(m) for m in re.findall(r'class="(?:big|follows)"[^>]*>(.*?)</p>', summary, re.S)]
squeeze = lambda s: " ".join(s.split())
page1, everything = squeeze(os.environ["PAGE1"]), squeeze(os.environ["ALL"])
out = [w for w in wants if w and w not in page1]
# Every flagged record's first words, somewhere in the print.
for f in re.findall(r'class="flag"[^>]*>(.*?)</(?:li|div|section|article)>', doc, re.S):
    first = " ".join(text(f).split()[:4])
    if first and first not in everything:
        out.append("flagged: " + first)
print("; ".join(out))
PY
)"
  if [ -z "$missing" ]; then ok "$period/de: page 1 of $pages holds the whole German summary"; else bad "$period/de: page 1 of $pages lacks: $missing"; fi
  pages_right "$period" "$period/de" "$pages" "$pdf"
done

echo "print-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
