#!/usr/bin/env python3
"""Print Precis's time, the peer's time and the ratio for each benchmark, from the JSON written
by `precis-bench --json` and `peers.py --json` in the same run. Standard library only.

    python3 Scripts/bench/compare.py PRECIS.json PEERS.json [--markdown]
"""
import json
import sys


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    markdown = "--markdown" in sys.argv
    if len(args) != 2:
        sys.exit("usage: compare.py PRECIS.json PEERS.json [--markdown]")
    precis = json.load(open(args[0]))
    peers = json.load(open(args[1]))["results"]

    def mine(task, input_, note_prefix=None):
        for r in precis:
            if r["task"] == task and r["input"] == input_ and (note_prefix is None or (r.get("note") or "").startswith(note_prefix)):
                return r
        return None

    def peer(task, tool, input_):
        for r in peers:
            if r["task"] == task and r["tool"] == tool and r["input"] == input_:
                return r
        return None

    rows = []
    for article in ["article-en.txt", "article-ja.txt"]:
        for tool, task in [("sumy", "lexrank"), ("sumy", "textrank")]:
            rows.append((f"summarize one article ({article})", article, mine("summarize", article), tool + " " + task, peer(task, tool, article)))
    for n in [1000, 5000, 20000]:
        f = f"sentences-{n}.txt"
        for tool, task in [("sumy", "lexrank"), ("sumy", "textrank")]:
            rows.append((f"LexRank, {n:,} sentences", f, mine("lexrank", f), tool + " " + task, peer(task, tool, f)))
        for tool in ["scikit-learn", "scikit-learn-float32"]:
            rows.append((f"similarity matrix from text, {n:,}", f, mine("similarity", f), tool + " tfidf+cosine", peer("similarity", tool, f)))
        rows.append((f"cosine only, {n:,}", f, mine("cosine", f, "kernel automatic"), "scikit-learn cosine_similarity", peer("cosine", "scikit-learn", f)))

    def seconds(r):
        if r is None:
            return None
        v = r.get("median_s")
        return None if v in (None, "nan") or v != v else float(v)

    def fmt(v):
        if v is None:
            return "-"
        return f"{v * 1000:.2f} ms" if v < 1 else f"{v:.2f} s"

    header = ["benchmark", "Precis", "peak MB", "peer", "peer time", "peer peak MB", "ratio (peer / Precis)"]
    table = []
    for name, _, m, tool, p in rows:
        if m is None and p is None:
            continue
        ms, ps = seconds(m), seconds(p)
        if ps is None and p is not None and p.get("timed_out"):
            peer_text = f"> {p.get('lower_bound_s', '?')} s"
            ratio = f"> {float(p['lower_bound_s']) / ms:.0f}×" if ms else "-"
        elif p is None or ps is None:
            peer_text = "skipped" if p is not None else "-"
            ratio = "-"
        else:
            peer_text = fmt(ps)
            ratio = f"{ps / ms:.1f}×" if ms else "-"
        mem = lambda r: "-" if r is None or r.get("peak_rss_mb") is None else f"{float(r['peak_rss_mb']):.0f}"
        table.append([name, fmt(ms), mem(m), tool, peer_text, mem(p), ratio])

    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in table:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(str(r[i])) for r in table + [header]) for i in range(len(header))]
        for row in [header] + table:
            print("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(row)))


if __name__ == "__main__":
    main()
