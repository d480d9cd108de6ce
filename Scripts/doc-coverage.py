#!/usr/bin/env python3
"""Fails when a public declaration of a library module has no doc comment.

Reads the symbol graphs that `swift package dump-symbol-graph` writes and lists every public
symbol declared in Sources/ (not synthesized or inherited) without a `///` comment.
Usage: python3 Scripts/doc-coverage.py SYMBOLGRAPH_DIR
"""
import glob
import json
import os
import sys

MODULES = {"PrecisText", "PrecisVectors", "PrecisSummary", "PrecisFigures", "PrecisFacts",
           "PrecisReport", "PrecisEvaluation", "Precis", "PrecisModels", "PrecisCommandLine"}

def main() -> int:
    folder = sys.argv[1]
    sources = os.path.realpath("Sources") + "/"
    total, missing = 0, []
    files = sorted(glob.glob(os.path.join(folder, "*.symbols.json")))
    if not files:
        print(f"doc-coverage: no symbol graphs in {folder}", file=sys.stderr)
        return 2
    for path in files:
        graph = json.load(open(path, encoding="utf-8"))
        if graph["module"]["name"] not in MODULES:
            continue
        for symbol in graph["symbols"]:
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            location = symbol.get("location", {})
            uri = location.get("uri", "").removeprefix("file://")
            if not os.path.realpath(uri).startswith(sources):
                continue  # synthesized, or inherited from another module
            total += 1
            if not symbol.get("docComment"):
                line = location["position"]["line"] + 1
                missing.append(f"{os.path.relpath(uri)}:{line}: {'.'.join(symbol['pathComponents'])}")
    for entry in sorted(set(missing)):
        print(f"undocumented: {entry}")
    print(f"doc-coverage: {total - len(missing)} of {total} public declarations documented", file=sys.stderr)
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main())
