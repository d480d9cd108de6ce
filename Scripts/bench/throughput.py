#!/usr/bin/env python3
"""Corpus-sized throughput of the precis command, beside scikit-learn, in one run.

    Scripts/bench/throughput.sh                      # builds, sets up the venv, runs this
    python3 Scripts/bench/throughput.py --corpus ../shared/corpus --precis .build/release/precis \
        --python .venv-bench/bin/python --out /tmp/precis-throughput

Inputs (written to --out, deterministically, from the corpus's en.jsonl and ja.jsonl):
  en-50.jsonl  the English corpus repeated 18 times (28,116 items, about 53 MB)
  ja-50.jsonl  the Japanese corpus repeated 13 times (26,000 items, about 51 MB)
  en-10.jsonl, ja-10.jsonl   the first 10 MB of each (for summarize and check)
Each line is {"id": ..., "text": ...}; ids get a -N suffix per repeat so that they stay distinct.

Cases: `precis idf fit` on the 50 MB files and `precis summarize --jsonl` / `precis check --jsonl`
on the 10 MB files, each with --jobs 1 and --jobs N (N: the processors available), as whole
processes (start-up included), timed with perf_counter; user CPU and peak RSS from wait4.
Every --jobs N output is compared byte for byte with --jobs 1 (a difference fails the run).
scikit-learn: TfidfVectorizer(min_df=2).fit on the same English texts, and
TfidfVectorizer(analyzer="char", ngram_range=(2, 2), min_df=2).fit on the Japanese ones (a
character-bigram model, as Precis' Japanese terms are), in a child process of --python, timing
fit only (reading the file and importing excluded). Each case runs --repeat times; the median
is reported. The table gives MB/s, the speed-up of N jobs over 1, and Precis' ratio to
scikit-learn for idf fit.
"""

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time

SKLEARN_FIT = r"""
import json, sys, time
from sklearn.feature_extraction.text import TfidfVectorizer
path, language, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
runs = []
for _ in range(repeat):
    if language == "en":
        vectorizer = TfidfVectorizer(min_df=2)
    else:
        vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 2), min_df=2)
    start = time.perf_counter()
    vectorizer.fit(texts)
    runs.append(time.perf_counter() - start)
print(json.dumps({"runs": runs, "terms": len(vectorizer.vocabulary_)}))
"""


def make_inputs(corpus, out):
    os.makedirs(out, exist_ok=True)
    for language, repeats in (("en", 18), ("ja", 13)):
        with open(os.path.join(corpus, f"{language}.jsonl"), encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
        big = os.path.join(out, f"{language}-50.jsonl")
        small = os.path.join(out, f"{language}-10.jsonl")
        written = 0
        with open(big, "w", encoding="utf-8") as b, open(small, "w", encoding="utf-8") as s:
            for r in range(repeats):
                for record in records:
                    line = json.dumps({"id": f"{record['id']}-{r}", "text": record["text"]}, ensure_ascii=False) + "\n"
                    b.write(line)
                    if written < 10_000_000:
                        s.write(line)
                        written += len(line.encode("utf-8"))


def run_precis(arguments, stdin_path, out_path):
    """Runs one precis process; returns (wall s, user s, peak RSS MB, sha256 of its output)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(arguments, stdin=stdin, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    if stdin_path:
        stdin.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(arguments)}: exit {code}: {stderr.strip()[-500:]}")
    digest_path = arguments[arguments.index("--output") + 1] if "--output" in arguments else out_path
    with open(digest_path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return wall, usage.ru_utime, usage.ru_maxrss / 1024, digest


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="../shared/corpus")
    parser.add_argument("--precis", default=".build/release/precis")
    parser.add_argument("--python", default=".venv-bench/bin/python", help="a Python with scikit-learn")
    parser.add_argument("--out", default="/tmp/precis-throughput")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args()

    make_inputs(args.corpus, args.out)
    size = {name: os.path.getsize(os.path.join(args.out, name)) for name in os.listdir(args.out) if name.endswith(".jsonl")}
    cases = []
    for language in ("en", "ja"):
        model = os.path.join(args.out, f"model-{language}.tsv")
        cases.append(("idf fit", language, f"{language}-50.jsonl", None,
                      [args.precis, "idf", "fit", os.path.join(args.out, f"{language}-50.jsonl"),
                       "--language", language, "--output", model]))
        for command in ("summarize", "check"):
            cases.append((f"{command} --jsonl", language, f"{language}-10.jsonl", os.path.join(args.out, f"{language}-10.jsonl"),
                          [args.precis, command, "--jsonl"]))
    results = []
    for task, language, input_name, stdin_path, arguments in cases:
        row = {"task": task, "language": language, "input": input_name, "bytes": size[input_name]}
        digests = {}
        for jobs in sorted({1, args.jobs}):
            runs = [run_precis(arguments + ["--jobs", str(jobs)], stdin_path, os.path.join(args.out, "out.txt"))
                    for _ in range(args.repeat)]
            digests[jobs] = {r[3] for r in runs}
            row[f"jobs{jobs}"] = {"median_s": statistics.median(r[0] for r in runs), "runs_s": [r[0] for r in runs],
                                  "user_s": statistics.median(r[1] for r in runs), "peak_rss_mb": max(r[2] for r in runs)}
        if len(set().union(*digests.values())) != 1:
            sys.exit(f"{task} {language}: the output differs between runs or job counts: {digests}")
        row["identical_for_every_jobs"] = True
        if task == "idf fit":
            child = subprocess.run([args.python, "-c", SKLEARN_FIT, os.path.join(args.out, input_name), language, str(args.repeat)],
                                   capture_output=True, text=True)
            if child.returncode != 0:
                sys.exit(f"scikit-learn: {child.stderr.strip()[-500:]}")
            peer = json.loads(child.stdout)
            row["scikit-learn"] = {"median_s": statistics.median(peer["runs"]), "runs_s": peer["runs"], "terms": peer["terms"]}
        results.append(row)
        print(f"done: {task} {language}", file=sys.stderr)

    n = args.jobs
    print(f"machine: {platform.machine()}, {os.cpu_count()} processors, {platform.platform()}")
    print(f"| work | input | MB | --jobs 1 | --jobs {n} | speed-up | MB/s per core (--jobs 1) | scikit-learn fit | Precis ({n} jobs) vs scikit-learn |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in results:
        mb = row["bytes"] / 1e6
        one, many = row["jobs1"]["median_s"], row[f"jobs{n}"]["median_s"]
        peer = row.get("scikit-learn")
        peer_cells = f"{peer['median_s']:.2f} s | {peer['median_s'] / many:.1f}× faster" if peer else "— | —"
        print(f"| `{row['task']}` {row['language']} | {row['input']} | {mb:.1f} | {one:.2f} s | {many:.2f} s | "
              f"{one / many:.2f}× | {mb / one:.1f} | {peer_cells} |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"machine": {"processors": os.cpu_count(), "platform": platform.platform()},
                       "jobs": n, "repeat": args.repeat, "results": results}, f, indent=2)


if __name__ == "__main__":
    main()
