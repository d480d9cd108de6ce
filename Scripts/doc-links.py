#!/usr/bin/env python3
"""Checks the links between modules in the DocC catalogs.

DocC resolves ``Symbol`` links only inside one module's catalog, so the catalogs link other
modules' pages with plain Markdown links to their address in the combined archive
(`/documentation/precissummary/summarizer`). This fails when such a page does not exist.
Usage: python3 Scripts/doc-links.py ARCHIVE
"""
import glob
import os
import re
import sys

def main() -> int:
    archive = sys.argv[1]
    broken, count = [], 0
    for path in sorted(glob.glob("Sources/*/*.docc/**/*.md", recursive=True)):
        text = open(path, encoding="utf-8").read()
        for number, line in enumerate(text.split("\n"), 1):
            for target in re.findall(r"\]\((/documentation/[^)#\s]+)", line):
                count += 1
                page = os.path.join(archive, target.strip("/"), "index.html")
                if target != target.lower() or not os.path.isfile(page):
                    broken.append(f"{path}:{number}: no page {target}")
    for entry in broken:
        print(f"broken link: {entry}")
    print(f"doc-links: {count - len(broken)} of {count} links between modules resolve", file=sys.stderr)
    return 1 if broken else 0

if __name__ == "__main__":
    sys.exit(main())
