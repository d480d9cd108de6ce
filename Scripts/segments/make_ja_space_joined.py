#!/usr/bin/env python3
"""Builds Evaluation/segments/ja-space-joined.jsonl from the Precis corpus (ja.jsonl).

Scraped Japanese news often joins a headline, a caption or a sub-heading to the body with a
single space. This set measures whether the segmenter ends a sentence at such a space and
only there:
- joined items: a Wikinews headline, one space (ASCII or U+3000, alternating) and the first
  two sentences of its article; gold boundaries after the headline and after each sentence;
- heading items: a white-paper sub-heading (a line without 。 before a blank line, such as
  「（1）　生産年齢人口の減少」), one space and the first sentence of the paragraph under it;
  boundaries after the heading and at the end (the space inside the heading is not one);
- inner-space items: sentences of the corpus (Wikinews and the 情報通信白書) that contain a
  space between Japanese characters which is not a sentence end (names, figure references,
  list markers, company names); one boundary, the end.
Sentences are cut at 。！？ outside 「」『』（）(). Items alternate tune/test in each group.

Usage: python3 Scripts/segments/make_ja_space_joined.py ../shared/corpus/ja.jsonl > Evaluation/segments/ja-space-joined.jsonl
"""
import json
import re
import sys

OPEN, CLOSE = "「『（(", "」』）)"


def sentences(text):
    """Splits at 。！？ outside brackets; returns (start, end) scalar offsets."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
        elif ch in "。！？" and depth == 0:
            out.append((start, i + 1))
            start = i + 1
    return out


def is_japanese(ch):
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0xFF01 <= o <= 0xFF5E or ch in "々〆〇"


def main(path):
    records = [json.loads(line) for line in open(path, encoding="utf-8")]
    joined, headings, inner = [], [], []
    for r in records:
        title, text = r.get("title") or "", r["text"]
        if r["id"].startswith("ja-wn-") and title and not re.search(r"[\s。！？!?]", title) and len(joined) < 160:
            s = sentences(text)
            if len(s) >= 2 and s[0][0] == 0 and not re.search(r"\s", text[: s[1][1]]):
                space = " " if len(joined) % 2 == 0 else "\u3000"
                body = text[: s[1][1]]
                item = title + space + body
                b = [len(title), len(title) + 1 + s[0][1], len(item)]
                joined.append({"id": "ja-space-joined-" + r["id"], "record": r["id"], "text": item, "boundaries": b})
        if r["id"].startswith("ja-ict-") and len(headings) < 80:
            for m in re.finditer(r"(?:^|[\n。])([^\n。]{4,40})\n\n([^\n]+)", text):
                head, para = m.group(1).strip(), m.group(2)
                balanced = sum(head.count(c) for c in OPEN) == sum(head.count(c) for c in CLOSE)
                if not head or head[0] in CLOSE or not balanced:
                    continue
                s = sentences(para)
                if not s or s[0][0] != 0 or re.search(r"[ \u3000]", para[: s[0][1]]) or len(headings) >= 80:
                    continue
                space = " " if len(headings) % 2 == 0 else "\u3000"
                item = head + space + para[: s[0][1]]
                headings.append({"id": "ja-space-heading-%s-%d" % (r["id"], m.start()), "record": r["id"], "text": item,
                                 "boundaries": [len(head), len(item)]})
        for line in text.split("\n"):
            for (a, e) in sentences(line):
                sent = line[a:e].strip()
                if any(is_japanese(sent[k - 1]) and sent[k] in " \u3000" and is_japanese(sent[k + 1])
                       for k in range(1, len(sent) - 1)) and len(inner) < 120:
                    inner.append({"id": "ja-space-inner-%s-%d" % (r["id"], len(inner)), "record": r["id"],
                                  "text": sent, "boundaries": [len(sent)]})
    for group in (joined, headings, inner):
        for k, item in enumerate(group):
            print(json.dumps({"id": item["id"], "language": "ja", "split": "tune" if k % 2 == 0 else "test",
                              "source": "Precis corpus ja.jsonl record " + item["record"]
                              + (" (Japanese Wikinews, CC BY 2.5)" if item["record"].startswith("ja-wn-")
                                 else " (総務省 情報通信白書, 政府標準利用規約 2.0)"),
                              "layout": "space-joined",
                              "text": item["text"], "boundaries": item["boundaries"]}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
