#!/usr/bin/env bash
# Generates the man pages precis.1 and evaluate.1 with swift-argument-parser's generate-manual
# plugin (from each command's help: options, examples, exit status) and checks that they render.
# Usage: bash Scripts/man.sh [OUTPUT_DIR] [CONFIGURATION]   (defaults: .build/man, debug; the
# pages do not depend on the configuration, so `make install` keeps its static release build)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/man}"
configuration="${2:-debug}"
mkdir -p "$out"
swift package --disable-sandbox generate-manual --configuration "$configuration" \
  --date 2026-12-04 --authors "Precis contributors" >/dev/null
for page in .build/plugins/GenerateManual/outputs/PrecisCLI/precis.1 .build/plugins/GenerateManual/outputs/EvaluateCLI/evaluate.1; do
  name="$(basename "$page")"
  # A blank line in a command's discussion is a paragraph break: mdoc's is `.Pp`.
  sed 's/^$/.Pp/' "$page" > "$out/$name.tmp"
  mv "$out/$name.tmp" "$out/$name"
  warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$out/$name" 2>&1 >/dev/null || true)"
  if [ -n "$warnings" ]; then echo "man: $name: $warnings" >&2; exit 1; fi
  grep -q "Exit status" "$out/$name" || { echo "man: $name has no exit status" >&2; exit 1; }
done
echo "man: $out/precis.1 $out/evaluate.1 (read with: man -l $out/precis.1)" >&2
