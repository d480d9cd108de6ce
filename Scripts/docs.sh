#!/usr/bin/env bash
# Builds the documentation and fails on any gap:
#   1. every public declaration of the library has a doc comment (Scripts/doc-coverage.py);
#   2. the DocC archive of all library modules builds with warnings as errors (broken symbol
#      links, undocumented parameters, unknown snippets): .build/docs/Precis.doccarchive, and
#      every link from one module's pages to another's resolves (Scripts/doc-links.py);
#   3. the man pages precis.1 and evaluate.1 (Scripts/man.sh) render without warnings.
# The snippets under Snippets/ that the articles show are compiled by `swift build`.
# Usage: bash Scripts/docs.sh [OUTPUT_DIR]        (default .build/docs)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/docs}"
mkdir -p "$out"
# the library, the commands and the snippets; the symbol graphs for the coverage check
swift build >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
targets=(PrecisText PrecisVectors PrecisSummary PrecisFigures PrecisFacts PrecisReport PrecisEvaluation Precis)
# dump-symbol-graph also tries the test modules, which `swift build` does not build, and then
# exits non-zero; what counts is that every library module's graph was written.
graphs="$(swift build --show-bin-path)/../symbolgraph"
rm -rf "$graphs"
swift package dump-symbol-graph --minimum-access-level public >"$out/symbols.log" 2>&1 || true
for t in "${targets[@]}" PrecisCommandLine; do
  [[ -s "$graphs/$t.symbols.json" ]] || { cat "$out/symbols.log" >&2; echo "docs: no symbol graph for $t" >&2; exit 1; }
done
python3 Scripts/doc-coverage.py "$graphs"
args=()
for t in "${targets[@]}"; do args+=(--target "$t"); done
swift package --disable-sandbox --allow-writing-to-directory "$out" generate-documentation \
  --enable-experimental-combined-documentation "${args[@]}" --warnings-as-errors --transform-for-static-hosting \
  --output-path "$out/Precis.doccarchive" >"$out/docc.log" 2>&1 || { cat "$out/docc.log" >&2; exit 1; }
python3 Scripts/doc-links.py "$out/Precis.doccarchive"
echo "docs: $out/Precis.doccarchive (open with: xcrun docc preview, or serve it as a static site)" >&2
bash Scripts/man.sh "$out/man"
