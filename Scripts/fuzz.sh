#!/usr/bin/env bash
# Runs one libFuzzer target of Fuzz/ for a while, seeded from the repository's own text.
#   bash Scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags…]
#   bash Scripts/fuzz.sh all SECONDS          # every target, SECONDS each
# TARGET: FuzzSegmenter FuzzTokenizer FuzzFigures FuzzFrames FuzzFactCheck FuzzModels.
# Exit status: 0 nothing found; 1 a crash, hang or broken invariant (libFuzzer keeps the input
# under Fuzz/artifacts/TARGET/); 2 usage error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
targets=(FuzzSegmenter FuzzTokenizer FuzzFigures FuzzFrames FuzzFactCheck FuzzModels)
usage() { echo "usage: bash Scripts/fuzz.sh TARGET|all SECONDS [libFuzzer flags]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
target=$1; seconds=$2; shift 2
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || usage
if [[ $target == all ]]; then
    for t in "${targets[@]}"; do bash "$0" "$t" "$seconds" "$@"; done
    exit 0
fi
[[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target '$target' (one of: ${targets[*]})" >&2; exit 2; }

(cd Fuzz && swift build -c release --sanitize=fuzzer --product "$target" >&2)
bin=$(cd Fuzz && swift build -c release --sanitize=fuzzer --show-bin-path)
export PRECIS_MODELS_DIR="$root/Models"

# Seeds: the bundled examples, fixture texts and labelled sentences (small files, so that
# libFuzzer's length limit keeps them whole); model-file heads and fixtures for the loaders.
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
python3 - "$corpus" "$target" <<'PY'
import json, glob, os, sys
out, target = sys.argv[1], sys.argv[2]
def put(name, data):
    with open(os.path.join(out, name), 'wb') as f: f.write(data)
if target == 'FuzzModels':
    for p in sorted(glob.glob('Models/idf-*.tsv')):
        put(os.path.basename(p), b''.join(open(p, 'rb').readlines()[:40]))
    for p in sorted(glob.glob('Evaluation/fixtures/fc-*.json'))[:20]:
        put(os.path.basename(p), open(p, 'rb').read())
else:
    n = 0
    for p in sorted(glob.glob('Evaluation/fixtures/*.json')):
        docs = json.load(open(p, encoding='utf-8'))['documents']
        if target == 'FuzzFactCheck' and len(docs) >= 2:
            put(f'{n}.txt', (docs[0]['text'][:1500] + '\0' + docs[1]['text'][:1500]).encode()); n += 1
        else:
            for d in docs:
                for k in range(0, min(len(d['text']), 6000), 1500):
                    put(f'{n}.txt', d['text'][k:k + 1500].encode()); n += 1
    for p in sorted(glob.glob('Evaluation/figures/*.jsonl')):
        for line in open(p, encoding='utf-8'):
            put(f'{n}.txt', json.loads(line)['text'].encode()); n += 1
PY
mkdir -p "Fuzz/artifacts/$target"
max_len=4096
[[ $target == FuzzModels ]] && max_len=16384
echo "fuzz: $target for ${seconds}s from $(ls "$corpus" | wc -l) seeds" >&2
"$bin/$target" "$corpus" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="Fuzz/artifacts/$target/" -print_final_stats=1 "$@"
