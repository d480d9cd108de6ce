#!/usr/bin/env python3
"""Time the Python tools a user would otherwise pick, on the inputs from make_inputs.py.

    .venv-bench/bin/python Scripts/bench/peers.py --inputs /tmp/precis-bench-inputs \
        --repeat 5 --json /tmp/peers.json

Cases (each runs in its own child process, so its peak RSS is its own):

* lexrank / textrank, tool "sumy": LexRankSummarizer / TextRankSummarizer picking 5 sentences.
  The document is built from pre-split sentences (one per line for sentences-*.txt; the
  article files are split by bench_text inside the timed region) with our own tokenizer
  (lower-cased \\w+ words; Japanese: character bigrams of kana/kanji runs), sklearn's
  ENGLISH_STOP_WORDS as stop words (English only) and sumy's default null stemmer. No NLTK
  data is used. sumy is O(n^2) in Python, so above --sumy-max-sentences (1000) it is, by
  default, run once with a time cap (--sumy-cap, 120 s) and reported as timed out past it;
  inputs above --sumy-skip-above (5000) are skipped. Both limits are printed and in the JSON.
* tfidf / cosine / similarity, tool "scikit-learn":
  TfidfVectorizer(sublinear_tf=False, norm='l2', smooth_idf=True).fit_transform(sentences)
  then cosine_similarity(X) (dense output, float64, as a user would call it). tfidf runs in
  its own child; cosine and similarity come from one child that times both steps of every
  run (similarity = tfidf + cosine of the same run). For Japanese the vectorizer is given the
  bigram tokenizer (the default token pattern makes one token of a whole kana/kanji run).
  A case whose n x n result would not fit in the memory then available is skipped.

Timing: time.perf_counter around the work only (inputs already read, imports done, Python
start-up excluded); one warm-up run, then --repeat timed runs; the median is reported.
Memory (Linux /proc): peak_rss_mb is the child's peak RSS over its whole life (interpreter,
imports, input and the work); work_peak_rss_mb is the peak during the warm-up and timed runs
only (the high-water mark is reset just before them); baseline_rss_mb is the RSS just before
them. VmHWM is read rather than getrusage's ru_maxrss, which across fork+exec keeps the
parent's peak.

Contention (the machine may be shared): every row records other_cpu_share, the share of all
cores that other processes used while its child ran (busy time from /proc/stat minus the
child's own CPU time), and the load average before it. --wait-idle makes each case first
wait until the machine is idle.
"""

import argparse
import gc
import glob
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
import bench_text  # noqa: E402

SUMMARY_SENTENCES = 5
CONTENDED = 0.10  # other processes' share of all cores above which a case counts as contended


# --------------------------------------------------------------------------- child side

def rss_mb():
    """Peak RSS of this process so far, in MiB.

    VmHWM from /proc/self/status where there is one. resource.getrusage's ru_maxrss is not used
    on Linux because across fork+exec it keeps the parent's peak (the parent here has imported
    scikit-learn), so a small child would report the parent's ~140 MB.
    """
    value = _proc_status_mb("VmHWM")
    if value is not None:
        return value
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux, bytes on macOS


def _proc_status_mb(key):
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


class Memory:
    """Peak RSS of the whole child and of the work alone.

    Before the work, the kernel's high-water mark VmHWM is reset (Linux: write 5 to
    /proc/self/clear_refs), so that the work's own peak is not hidden by the transient peak of
    importing scipy and scikit-learn. baseline is the RSS just before the work (interpreter,
    libraries, input text).
    """

    def __init__(self):
        gc.collect()
        self.import_peak = rss_mb()
        self.baseline = _current_rss_mb()
        try:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")
            self.reset = True
        except OSError:
            self.reset = False

    def fields(self):
        work_peak = rss_mb()
        out = {"peak_rss_mb": round(max(self.import_peak, work_peak), 1),
               "baseline_rss_mb": round(self.baseline, 1)}
        if self.reset:
            out["work_peak_rss_mb"] = round(work_peak, 1)
        return out


def _current_rss_mb():
    value = _proc_status_mb("VmRSS")
    return rss_mb() if value is None else value


def load_input(path):
    """(raw text, is_article, language). Sentence files are split into lines here, untimed."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    is_article = name.startswith("article-")
    return text, is_article, bench_text.language_of(name)


def sentences_of(text, is_article, language):
    if not is_article:
        return [line.strip() for line in text.splitlines() if line.strip()]
    if language == "ja":
        return bench_text.split_japanese(text)
    return bench_text.split_english(text)


class WordTokenizer:
    """The tokenizer object sumy's DOM calls (to_sentences / to_words)."""

    def __init__(self, language):
        self.language = language
        self._words = bench_text.japanese_words if language == "ja" else bench_text.english_words
        self._split = bench_text.split_japanese if language == "ja" else bench_text.split_english

    def to_sentences(self, paragraph):
        return tuple(self._split(paragraph))

    def to_words(self, sentence):
        return tuple(self._words(sentence))


def child_sumy(spec):
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    text, is_article, language = load_input(spec["input"])
    tokenizer = WordTokenizer(language)
    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[spec["task"]]()
    if language == "en":
        summarizer.stop_words = ENGLISH_STOP_WORDS
    lines = None if is_article else sentences_of(text, is_article, language)

    def run():
        sentences = sentences_of(text, is_article, language) if is_article else lines
        # A fresh document each run: sumy caches each sentence's words on the Sentence object.
        document = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])
        picked = summarizer(document, SUMMARY_SENTENCES)
        return sentences, picked

    return measure(spec, run, lambda result: {
        "sentences": len(result[0]),
        "selected": _positions(result[0], result[1]),
    }, warm_up=spec["repeat"] > 0)


def _positions(sentences, picked):
    """0-based positions of the picked sentences (sumy returns them in document order; a
    repeated sentence takes its next occurrence)."""
    index = {}
    for i, s in enumerate(sentences):
        index.setdefault(s.strip(), []).append(i)
    out = []
    for p in picked:
        positions = index.get(str(p)) or [None]
        out.append(positions.pop(0) if len(positions) > 1 else positions[0])
    return out


def child_sklearn(spec):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    text, is_article, language = load_input(spec["input"])
    lines = None if is_article else sentences_of(text, is_article, language)
    dtype = np.float32 if spec.get("dtype") == "float32" else np.float64
    options = dict(sublinear_tf=False, norm="l2", smooth_idf=True, dtype=dtype)
    if language == "ja":
        options.update(tokenizer=bench_text.japanese_words, token_pattern=None, lowercase=False)

    def vectorize():
        sentences = sentences_of(text, is_article, language) if is_article else lines
        return sentences, TfidfVectorizer(**options).fit_transform(sentences)

    if spec["task"] == "tfidf":
        return measure(spec, vectorize, lambda r: {
            "sentences": len(r[0]), "vocabulary": r[1].shape[1], "nnz": int(r[1].nnz),
        })

    # "similarity": times both steps of each run; reports similarity and cosine.
    state = {}

    def run():
        # Only `state` holds the n x n result, so that the previous one is freed before the
        # next one is made (two 20,000^2 float64 matrices would be 6.4 GB).
        state.clear()
        gc.collect()
        t0 = time.perf_counter()
        sentences, X = vectorize()
        t1 = time.perf_counter()
        S = cosine_similarity(X)
        t2 = time.perf_counter()
        state.update(sentences=sentences, X=X, S=S)
        return t1 - t0, t2 - t1, t2 - t0

    memory = Memory()
    run()  # warm-up
    parts = [run() for _ in range(spec["repeat"])]
    mem = memory.fields()
    sentences, X, S = state["sentences"], state["X"], state["S"]
    info = {
        "sentences": len(sentences), "vocabulary": X.shape[1], "nnz": int(X.nnz),
        "matrix": f"{S.shape[0]}x{S.shape[1]} {S.dtype}", "matrix_mb": round(S.nbytes / 2**20, 1),
        "checksum": float(S.sum(dtype=np.float64)),
    }
    rows = []
    for task, k in (("similarity", 2), ("cosine", 1)):
        runs = [p[k] for p in parts]
        rows.append(dict(info, task=task, runs=runs, median_s=statistics.median(runs), **mem))
    return rows


def measure(spec, work, describe, warm_up=True):
    memory = Memory()
    result = None
    if warm_up:
        result = work()
    runs = []
    for _ in range(max(spec["repeat"], 1)):
        result = None
        gc.collect()
        t0 = time.perf_counter()
        result = work()
        runs.append(time.perf_counter() - t0)
    row = dict(describe(result), task=spec["task"], runs=runs, median_s=statistics.median(runs),
               **memory.fields())
    return [row]


def child_main(spec_json):
    spec = json.loads(spec_json)
    rows = child_sumy(spec) if spec["tool"] == "sumy" else child_sklearn(spec)
    json.dump(rows, sys.stdout)


# --------------------------------------------------------------------------- parent side

def machine_info():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(meminfo("MemTotal") / 2**20, 1),
        "os": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def meminfo(key):
    """A /proc/meminfo value in KiB (0 if unknown)."""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def versions():
    import nltk
    import numpy
    import scipy
    import sklearn
    from importlib.metadata import version
    out = {
        "sumy": version("sumy"), "scikit-learn": sklearn.__version__, "numpy": numpy.__version__,
        "scipy": scipy.__version__, "nltk": nltk.__version__, "rouge-score": version("rouge-score"),
    }
    try:
        from threadpoolctl import threadpool_info
        import sklearn.metrics  # noqa: F401  (loads numpy's and scipy's BLAS)
        out["blas"] = [f"{i.get('internal_api')} {i.get('version')} threads={i.get('num_threads')}"
                       for i in threadpool_info()]
    except Exception:  # noqa: BLE001
        pass
    return out


def count_lines(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def discover(inputs_dir):
    articles = [p for p in (os.path.join(inputs_dir, n) for n in ("article-en.txt", "article-ja.txt"))
                if os.path.exists(p)]

    def size(path):
        m = re.search(r"sentences-(\d+)\.txt$", path)
        return int(m.group(1)) if m else 0
    sentence_files = sorted(glob.glob(os.path.join(inputs_dir, "sentences-*.txt")), key=size)
    if not articles and not sentence_files:
        raise SystemExit(f"peers: no article-*.txt or sentences-*.txt in {inputs_dir} (run make_inputs.py)")
    return articles + sentence_files


def cpu_busy_seconds():
    """CPU time (all cores, all processes) spent not idle since boot, from /proc/stat."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    busy = sum(fields[:8]) - idle  # user nice system idle iowait irq softirq steal
    return busy / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def busy_share(seconds=3.0):
    """Share of all cores busy over `seconds` (this process sleeps meanwhile)."""
    b0 = cpu_busy_seconds()
    time.sleep(seconds)
    b1 = cpu_busy_seconds()
    if b0 is None or b1 is None:
        return None
    return (b1 - b0) / (seconds * (os.cpu_count() or 1))


def wait_until_idle(max_wait, threshold=0.15):
    """Wait (up to max_wait s) until other processes use under `threshold` of the CPUs."""
    waited = 0.0
    share = busy_share()
    while share is not None and share > threshold and waited < max_wait:
        time.sleep(5)
        waited += 8
        share = busy_share()
    return waited, share


def run_child(spec, timeout):
    """Run one case in a child. Also measures the CPU time other processes used meanwhile:
    busy time of the whole machine minus the child's own CPU time."""
    cmd = [sys.executable, os.path.abspath(__file__), "--child", json.dumps(spec)]
    context = {"load_average_before": round(os.getloadavg()[0], 2)}
    busy0, child0 = cpu_busy_seconds(), children_cpu_seconds()
    t0 = time.perf_counter()
    error = rows = None
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            tail = (proc.stderr or "").strip().splitlines()[-3:]
            error = f"failed (exit {proc.returncode}): {' | '.join(tail)}"
        else:
            rows = json.loads(proc.stdout)
    except subprocess.TimeoutExpired:
        error = f"timed out: one run did not finish within {timeout:.0f} s (wall time of the child, start-up included)"
    wall = time.perf_counter() - t0
    busy1, child1 = cpu_busy_seconds(), children_cpu_seconds()
    context["child_wall_s"] = round(wall, 2)
    if busy0 is not None and busy1 is not None:
        other = max(0.0, (busy1 - busy0) - (child1 - child0))
        context["other_cpu_share"] = round(other / (wall * (os.cpu_count() or 1)), 3)
    for row in rows or []:
        row.update(context)
    return rows, error, context


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", help="folder written by make_inputs.py")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per case after one warm-up (default 5)")
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--tasks", default="lexrank,textrank,tfidf,similarity",
                        help="comma list of lexrank,textrank,tfidf,similarity (similarity also reports cosine)")
    parser.add_argument("--only", help="comma list of input file names to run (default: all found)")
    parser.add_argument("--sumy-max-sentences", type=int, default=1000,
                        help="run sumy with --repeat only up to this many sentences (default 1000)")
    parser.add_argument("--sumy-cap", type=float, default=120.0,
                        help="above that, run sumy once with this time cap in seconds; 0 skips instead (default 120)")
    parser.add_argument("--sumy-skip-above", type=int, default=5000,
                        help="never run sumy on more sentences than this (default 5000)")
    parser.add_argument("--float32", action="store_true",
                        help="also run the scikit-learn cases with dtype=float32 (tool 'scikit-learn-float32')")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                        help="before each case, wait up to this long until other processes use under 15%% "
                             "of the CPUs (default 0: do not wait)")
    parser.add_argument("--retry-contended", type=int, default=0, metavar="N",
                        help=f"run a case up to N more times while other processes used over {CONTENDED * 100:.0f}%% "
                             "of the CPUs during it; keep the least contended (default 0)")
    parser.add_argument("--markdown", metavar="JSON",
                        help="print the results in JSON (written by an earlier run) as a Markdown table; runs nothing")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        child_main(args.child)
        return
    if args.markdown:
        with open(args.markdown, encoding="utf-8") as f:
            print_markdown(json.load(f))
        return
    if not args.inputs:
        parser.error("--inputs is required")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    tasks = [t.strip() for t in args.tasks.split(",") if t.strip()]
    unknown = set(tasks) - {"lexrank", "textrank", "tfidf", "similarity"}
    if unknown:
        parser.error(f"unknown task(s): {', '.join(sorted(unknown))}")

    paths = discover(args.inputs)
    if args.only:
        wanted = {n.strip() for n in args.only.split(",")}
        paths = [p for p in paths if os.path.basename(p) in wanted]

    report = {
        "machine": machine_info(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "versions": versions(),
        "settings": {
            "repeat": args.repeat, "warm_up_runs": 1, "summary_sentences": SUMMARY_SENTENCES,
            "timer": "time.perf_counter, in-process, inputs loaded and imports done before timing",
            "sumy_policy": (f"repeat up to {args.sumy_max_sentences} sentences; above that "
                            + (f"one run capped at {args.sumy_cap:.0f} s" if args.sumy_cap > 0 else "skipped")
                            + f"; skipped above {args.sumy_skip_above} sentences"),
            "sumy_tokenizer": "own: lower-cased \\w+ (ja: kana/kanji bigrams); stop words sklearn "
                              "ENGLISH_STOP_WORDS (en); null stemmer; no NLTK data",
            "sklearn_vectorizer": "TfidfVectorizer(sublinear_tf=False, norm='l2', smooth_idf=True) defaults "
                                  "otherwise (token_pattern \\b\\w\\w+\\b, lowercase); ja: bigram tokenizer",
            "sklearn_similarity": "cosine_similarity(X), dense output",
        },
        "complete": False,
        "results": [],
    }

    cases = []
    for path in paths:
        name = os.path.basename(path)
        n = count_lines(path) if name.startswith("sentences-") else None
        for task in tasks:
            if task in ("lexrank", "textrank"):
                cases.append((path, name, n, task, "sumy", None))
            else:
                cases.append((path, name, n, task, "scikit-learn", "float64"))
                if args.float32:
                    cases.append((path, name, n, task, "scikit-learn-float32", "float32"))

    if args.json:
        report["_json_path"] = args.json
    print(f"peers: {len(cases)} cases, {args.repeat} timed runs each after 1 warm-up; "
          f"sumy: {report['settings']['sumy_policy']}", flush=True)
    for path, name, n, task, tool, dtype in cases:
        spec = {"input": path, "task": task, "tool": tool, "repeat": args.repeat, "dtype": dtype}
        base = {"tool": tool, "input": name}
        if dtype:
            base["dtype"] = dtype
        timeout = None
        if tool == "sumy" and n is not None and n > args.sumy_max_sentences:
            if n > args.sumy_skip_above or args.sumy_cap <= 0:
                note = (f"skipped: sumy is O(n^2) in Python; not run above "
                        f"{args.sumy_skip_above if args.sumy_cap > 0 else args.sumy_max_sentences} sentences")
                add(report, dict(base, task=task, sentences=n, median_s=None, runs=[], note=note))
                continue
            spec["repeat"] = 0  # one run, no warm-up
            timeout = args.sumy_cap
        if tool.startswith("scikit-learn") and task == "similarity" and n:
            itemsize = 4 if dtype == "float32" else 8
            # sklearn writes the sparse product straight into one dense n x n array
            # (utils.sparsefuncs.sparse_matmul_to_dense); allow half as much again.
            need_kib = 1.5 * n * n * itemsize / 1024
            avail_kib = meminfo("MemAvailable")
            if avail_kib and need_kib > 0.8 * avail_kib:
                note = (f"skipped: needs about {need_kib / 2**20:.1f} GiB, "
                        f"{avail_kib / 2**20:.1f} GiB available")
                for t in ("similarity", "cosine"):
                    add(report, dict(base, task=t, sentences=n, median_s=None, runs=[], note=note))
                continue
        best = None
        for attempt in range(1 + args.retry_contended):
            if args.wait_idle > 0:
                waited, share = wait_until_idle(args.wait_idle)
                if waited:
                    print(f"  (waited {waited:.0f} s for the machine to be idle; busy share now "
                          f"{share:.2f})", flush=True)
            result = run_child(spec, timeout)
            other = result[2].get("other_cpu_share") or 0.0
            if best is None or other < (best[2].get("other_cpu_share") or 0.0):
                best = result
            if other <= CONTENDED or attempt == args.retry_contended:
                break
            print(f"  ({task} {tool} {name}: other processes used {100 * other:.0f}% of the CPUs; "
                  f"running it again)", flush=True)
        rows, error, context = best
        context["attempts"] = attempt + 1  # runs of this case made; the least contended is kept
        for row in rows or []:
            row["attempts"] = context["attempts"]
        if error:
            row = dict(base, task=task, sentences=n, median_s=None, runs=[], note=error, **context)
            if timeout:
                row["timed_out"] = "timed out" in error
                row["lower_bound_s"] = timeout if row["timed_out"] else None
            add(report, row)
            if task == "similarity":
                add(report, dict(row, task="cosine"))
            continue
        for row in rows:
            row.update(base)
            if timeout:
                row["note"] = f"one run, no warm-up (capped at {timeout:.0f} s)"
            add(report, row)

    print()
    print_table(report["results"])
    report.pop("_json_path", None)
    if args.json:
        report["complete"] = True
        write_json(report, args.json)
        print(f"\npeers: wrote {args.json}")


def write_json(report, path):
    """Write atomically, creating the folder if it is missing (it may have been removed
    during a long run)."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False)
        f.write("\n")
    os.replace(tmp, path)


KEY_ORDER = ("task", "tool", "input", "sentences", "median_s", "runs", "peak_rss_mb")


def add(report, row):
    """Append a result row, print it, and (with --json) save the results so far, so that an
    interrupted run keeps what it measured ("complete": false until the end)."""
    ordered = {k: row[k] for k in KEY_ORDER if k in row}
    ordered.update({k: v for k, v in row.items() if k not in ordered})
    if ordered.get("runs"):
        ordered["runs"] = [round(r, 6) for r in ordered["runs"]]
        ordered["median_s"] = round(ordered["median_s"], 6)
    report["results"].append(ordered)
    if report.get("_json_path"):
        path = report.pop("_json_path")
        write_json(report, path)
        report["_json_path"] = path
    r = ordered
    status = f"{r['median_s']:.4f} s" if r.get("median_s") is not None else r.get("note", "")
    print(f"  {r['task']:10} {r['tool']:20} {r['input']:20} {status}", flush=True)


def fmt_seconds(x):
    if x is None:
        return "-"
    if x < 0.01:
        return f"{x * 1000:.2f} ms"
    if x < 1:
        return f"{x * 1000:.1f} ms"
    return f"{x:.2f} s"


def print_markdown(report):
    m, v = report["machine"], report["versions"]
    print(f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; {report['python']}; "
          f"sumy {v['sumy']}, scikit-learn {v['scikit-learn']}, numpy {v['numpy']}, scipy {v['scipy']}. "
          f"{report['settings']['repeat']} timed runs after 1 warm-up; median.")
    print()
    print("| task | tool | input | sentences | median | min | max | peak RSS | work peak | other CPU | note |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in report["results"]:
        runs = r.get("runs") or []
        median = f"> {r['lower_bound_s']:.0f} s" if r.get("timed_out") else fmt_seconds(r.get("median_s"))
        cells = [
            f"`{r['task']}`", r["tool"], r["input"], str(r.get("sentences") or "-"), median,
            fmt_seconds(min(runs)) if len(runs) > 1 else "", fmt_seconds(max(runs)) if len(runs) > 1 else "",
            f"{r['peak_rss_mb']:.0f} MB" if r.get("peak_rss_mb") else "-",
            f"{r['work_peak_rss_mb']:.0f} MB" if r.get("work_peak_rss_mb") else "-",
            f"{100 * r['other_cpu_share']:.0f}%" if r.get("other_cpu_share") is not None else "-",
            r.get("note", "").split(";")[0].split(": one run")[0],
        ]
        print("| " + " | ".join(cells) + " |")


def print_table(results):
    header = ("task", "tool", "input", "sentences", "median", "min", "max", "runs", "peak RSS", "work peak",
              "other CPU", "note")
    rows = []
    for r in results:
        runs = r.get("runs") or []
        rows.append((
            r["task"], r["tool"], r["input"], str(r.get("sentences") or "-"),
            (f"> {r['lower_bound_s']:.0f} s" if r.get("timed_out") else fmt_seconds(r.get("median_s"))),
            fmt_seconds(min(runs)) if runs else "-", fmt_seconds(max(runs)) if runs else "-",
            str(len(runs)),
            f"{r['peak_rss_mb']:.0f} MB" if r.get("peak_rss_mb") else "-",
            f"{r['work_peak_rss_mb']:.0f} MB" if r.get("work_peak_rss_mb") else "-",
            f"{100 * r['other_cpu_share']:.0f}%" if r.get("other_cpu_share") is not None else "-",
            r.get("note", ""),
        ))
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


if __name__ == "__main__":
    main()
