#!/usr/bin/env bash
# Renders the HTML reports of the two seed documents and photographs them in headless Chromium:
#   .build/html/summary.html  precis summarize of the clean seed article (Evaluation/fixtures/seed-000.json)
#   .build/html/check.html    precis check of the forum-thread seed (Evaluation/fixtures/seed-002.json)
# and a PNG of each beside it, then checks that each PNG is a real picture, not a blank page.
# Needs Debian's chromium and fonts-noto-cjk (installed here when missing, as CI does).
# Usage: bash Scripts/html-report.sh [OUTPUT_DIR]     (open the .png files to look at the pages)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/html}"
mkdir -p "$out"
need=()
command -v chromium >/dev/null || need+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "html-report: installing ${need[*]}" >&2
  SUDO=""; if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
swift build --product precis >/dev/null
precis="$(swift build --show-bin-path)/precis"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
for name in ["seed-000", "seed-002"]:
    fixture = json.load(open(f"Evaluation/fixtures/{name}.json", encoding="utf-8"))
    open(f"{out}/{name}.txt", "w", encoding="utf-8").write(fixture["documents"][0]["text"])
PY
(cd "$out" && "$precis" summarize seed-000.txt --sentences 3 --format html > summary.html)
(cd "$out" && "$precis" check seed-002.txt --format html > check.html)
for page in summary check; do
  rm -f "$out/$page.png"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1200,1600 --screenshot="$out/$page.png" "file://$PWD/$out/$page.html" 2>/dev/null
done
python3 Scripts/png-not-blank.py "$out/summary.png" "$out/check.png"
