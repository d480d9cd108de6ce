#!/usr/bin/env bash
# Creates the Python virtual environment for the peer benchmarks (Scripts/bench/peers.py)
# and installs pinned versions of the tools Precis is compared with.
#
#   Scripts/bench/setup-venv.sh            # venv at <repo>/.venv-bench
#   PRECIS_BENCH_VENV=/tmp/v Scripts/bench/setup-venv.sh
#   PYTHON=python3.11 Scripts/bench/setup-venv.sh
#
# Idempotent: if the venv already holds exactly these pins (recorded in a stamp file) and they
# import, it does nothing. No NLTK data is downloaded or needed: peers.py gives sumy its own
# tokenizer and uses no stemmer.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${PRECIS_BENCH_VENV:-$repo/.venv-bench}"
python="${PYTHON:-python3}"

# The versions the published results were measured with. scipy, nltk and threadpoolctl are
# pulled in by the others; they are pinned too because scipy does the sparse products, sumy
# imports nltk, and threadpoolctl reports the BLAS in use.
pins=(
  "numpy==2.4.6"
  "scipy==1.17.1"
  "scikit-learn==1.9.1"
  "sumy==0.13.0"
  "nltk==3.10.4"
  "rouge-score==0.1.2"
  "threadpoolctl==3.8.0"
)
stamp="$venv/.precis-bench-pins"
wanted="$(printf '%s\n' "${pins[@]}")"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]] \
   && "$venv/bin/python" -c 'import numpy, scipy, sklearn, sumy, nltk, rouge_score, threadpoolctl' 2>/dev/null; then
  echo "setup-venv: $venv is already set up (pins unchanged)"
  exit 0
fi

if [[ ! -x "$venv/bin/python" ]]; then
  echo "setup-venv: creating $venv with $("$python" --version 2>&1)"
  "$python" -m venv "$venv"
fi

echo "setup-venv: installing ${pins[*]}"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${pins[@]}"
"$venv/bin/python" -c 'import numpy, scipy, sklearn, sumy, nltk, rouge_score, threadpoolctl'
printf '%s\n' "$wanted" > "$stamp"
echo "setup-venv: done; run with $venv/bin/python"
