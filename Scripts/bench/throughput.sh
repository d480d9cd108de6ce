#!/usr/bin/env bash
# Corpus-sized throughput (issue "Throughput"): builds precis in release mode, sets up the
# scikit-learn venv, and times idf fit, summarize --jsonl and check --jsonl with --jobs 1 and
# --jobs N beside scikit-learn's fit, in one run (see throughput.py for what is measured).
#
#   Scripts/bench/throughput.sh [CORPUS_DIR]          (default: ../shared/corpus)
#   REPEAT=3 OUT=/tmp/precis-throughput Scripts/bench/throughput.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpus}
out=${OUT:-/tmp/precis-throughput}
bash Scripts/setup.sh
bash Scripts/bench/setup-venv.sh
venv=${PRECIS_BENCH_VENV:-.venv-bench}
swift build -c release --product precis
python3 Scripts/bench/throughput.py --corpus "$corpus" --precis .build/release/precis --python "$venv/bin/python" \
    --out "$out" --repeat "${REPEAT:-3}" --json "$out/throughput.json"
