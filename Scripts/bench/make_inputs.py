#!/usr/bin/env python3
"""Write the benchmark inputs, deterministically, from the shared corpus.

    python3 Scripts/bench/make_inputs.py --corpus /work/shared/corpus \
        --seeds /work/shared/seeds --out /tmp/precis-bench-inputs

Writes into --out:

* article-en.txt       the text (as in the corpus) of the first `clean` English record, in
                       corpus order, that has 40-60 sentences by bench_text.split_english
* article-ja.txt       a byte-for-byte copy of seeds/000_8f58bfaa8e72fd3b.txt
* sentences-1000.txt   one English sentence per line: the first N sentences of en.jsonl's
* sentences-5000.txt   texts in corpus order (split by bench_text.split_english, stripped,
* sentences-20000.txt  lines shorter than 20 characters dropped); each file is a prefix of
                       the next
* inputs.json          what was written: sources, line counts, SHA-256 of each file

Uses only the standard library, so any python3 runs it.
"""

import argparse
import hashlib
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_text import split_english, split_japanese  # noqa: E402

JA_SEED = "000_8f58bfaa8e72fd3b.txt"
SIZES = (1000, 5000, 20000)
MIN_CHARS = 20
ARTICLE_MIN, ARTICLE_MAX = 40, 60


def read_records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def pick_article(records):
    for record in records:
        if record.get("quality") != "clean":
            continue
        n = len(split_english(record["text"]))
        if ARTICLE_MIN <= n <= ARTICLE_MAX:
            return record, n
    raise SystemExit(f"make_inputs: no clean English record with {ARTICLE_MIN}-{ARTICLE_MAX} sentences")


def corpus_sentences(records, limit):
    out = []
    for record in records:
        for sentence in split_english(record["text"]):
            sentence = sentence.strip()
            if len(sentence) < MIN_CHARS:
                continue
            out.append(sentence)
            if len(out) == limit:
                return out, record["id"]
    raise SystemExit(f"make_inputs: en.jsonl has only {len(out)} sentences of >= {MIN_CHARS} chars, need {limit}")


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True, help="folder with en.jsonl")
    parser.add_argument("--seeds", required=True, help=f"folder with {JA_SEED}")
    parser.add_argument("--out", required=True, help="output folder (created if missing)")
    args = parser.parse_args()

    records = read_records(os.path.join(args.corpus, "en.jsonl"))
    os.makedirs(args.out, exist_ok=True)
    manifest = {"corpus": os.path.abspath(args.corpus), "files": {}}

    article, n_article = pick_article(records)
    path = os.path.join(args.out, "article-en.txt")
    write_text(path, article["text"].rstrip("\n") + "\n")
    manifest["files"]["article-en.txt"] = {
        "source": f"en.jsonl id={article['id']}",
        "title": article["title"],
        "sentences": n_article,
        "chars": len(article["text"]),
    }

    path = os.path.join(args.out, "article-ja.txt")
    shutil.copyfile(os.path.join(args.seeds, JA_SEED), path)
    with open(path, encoding="utf-8") as f:
        ja_text = f.read()
    manifest["files"]["article-ja.txt"] = {
        "source": f"seeds/{JA_SEED}",
        "sentences": len(split_japanese(ja_text)),
        "chars": len(ja_text),
    }

    sentences, last_id = corpus_sentences(records, max(SIZES))
    for n in SIZES:
        name = f"sentences-{n}.txt"
        write_text(os.path.join(args.out, name), "\n".join(sentences[:n]) + "\n")
        manifest["files"][name] = {
            "source": "en.jsonl texts in corpus order" + (f" (through id={last_id})" if n == max(SIZES) else ""),
            "sentences": n,
            "distinct": len(set(sentences[:n])),
            "chars": sum(len(s) for s in sentences[:n]),
        }

    for name, info in manifest["files"].items():
        info["sha256"] = sha256(os.path.join(args.out, name))
    with open(os.path.join(args.out, "inputs.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")

    print(f"make_inputs: wrote {os.path.abspath(args.out)}")
    for name, info in manifest["files"].items():
        detail = ", ".join(f"{k}={v}" for k, v in info.items() if k not in ("sha256",))
        print(f"  {name:22} {detail}")
    print("  inputs.json            (sources, counts, sha256)")


if __name__ == "__main__":
    main()
