#!/usr/bin/env bash
# Reproduces the performance table of the README: builds Precis in release mode, prepares the
# inputs from the shared corpus, times Precis and its peers (sumy, scikit-learn) in the same
# run, and prints the comparison.
#
#   Scripts/bench/run.sh [CORPUS_DIR] [SEEDS_DIR]     (defaults: ../shared/corpus ../shared/seeds)
#   REPEAT=5 OUT=/tmp/precis-bench Scripts/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpus}
seeds=${2:-../shared/seeds}
out=${OUT:-/tmp/precis-bench}
repeat=${REPEAT:-5}
mkdir -p "$out"
bash Scripts/setup.sh
bash Scripts/bench/setup-venv.sh
venv=${PRECIS_BENCH_VENV:-.venv-bench}
"$venv/bin/python" Scripts/bench/make_inputs.py --corpus "$corpus" --seeds "$seeds" --out "$out/inputs"
swift build -c release --product precis-bench
.build/release/precis-bench --inputs "$out/inputs" --corpus "$corpus" --repeat "$repeat" --json "$out/precis.json"
"$venv/bin/python" Scripts/bench/peers.py --inputs "$out/inputs" --repeat "$repeat" --float32 --json "$out/peers.json"
python3 Scripts/bench/compare.py "$out/precis.json" "$out/peers.json"
