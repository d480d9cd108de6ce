#!/usr/bin/env python3
"""Checks that each PNG named exists, decodes, and shows a page rather than a blank one.

python3 Scripts/png-not-blank.py FILE.png ...   exits 1 naming the first file that fails.
A page counts as not blank when at least MIN_INK of its pixels differ from the most common
colour (the background) and it has at least MIN_COLOURS distinct colours (text, highlights).
Standard library only (zlib): reads 8-bit RGB and RGBA PNGs, as Chromium writes them.
"""
import struct, sys, zlib
from collections import Counter

MIN_INK = 0.01       # share of pixels that are not the background colour
MIN_COLOURS = 16     # distinct colours: antialiased text alone gives dozens

def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, width = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if width is None:
        raise ValueError("no IHDR chunk")
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1: line[x] = (line[x] + a) & 255
            elif kind == 2: line[x] = (line[x] + b) & 255
            elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(r[x:x + 3]) for r in rows for x in range(0, stride, channels)]

def main():
    for path in sys.argv[1:]:
        try:
            width, height, colours = pixels(path)
        except (OSError, ValueError, zlib.error) as e:
            sys.exit(f"{path}: {e}")
        counts = Counter(colours)
        background = counts.most_common(1)[0][1]
        ink = 1 - background / len(colours)
        if ink < MIN_INK or len(counts) < MIN_COLOURS:
            sys.exit(f"{path}: looks blank ({ink:.2%} non-background pixels, {len(counts)} colours)")
        print(f"{path}: {width}x{height}, {ink:.1%} non-background pixels, {len(counts)} colours")

if __name__ == "__main__":
    main()
