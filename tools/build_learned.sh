#!/bin/bash
# Refit communique's learned sentence models on this tree's censuses, in order, with one command:
#   1. the sentence-class head (data/classify_class_head.tsv) and its leave-one-census-out probabilities
#      (tools/build_class_head.py: every census but tools/build_class_head.py's NEWEST_UNREAD);
#   2. the learned arbiter (data/classify_arbiter.tsv: tools/learned_arbiter_cv.py), which codes every census
#      sentence with the new head, scores the margins' grid leave-one-census-out and writes the best point.
# Rerun it whenever the encoder's vectors change (classify/encoder.py, quantise.py): both fits read them.
#   tools/build_learned.sh [WORKDIR]     (from the repository's root; WORKDIR: scratch, a new temporary one by default)
# PY names the interpreter (default .venv/bin/python). Its log and per-census tables are in WORKDIR.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-$(mktemp -d -t build_learned.XXXXXX)}
mkdir -p "$WORK"
PY=${PY:-.venv/bin/python}
export PYTHONPATH=src:tests OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1  # one BLAS thread: many small fits
rm -f "$WORK/vectors.npz" "$WORK/coded.pkl"  # never vectors or codings of another encoder or head
"$PY" tools/build_class_head.py --vectors "$WORK/vectors.npz" --cv "$WORK/cv.tsv" 2> "$WORK/cv.log"
"$PY" tools/build_class_head.py --vectors "$WORK/vectors.npz"
"$PY" tools/learned_arbiter_cv.py "$WORK/cv.tsv" --coded "$WORK/coded.pkl" --margin 0 0.5 1.0 \
    --learned-margin inf 0 0.5 1.0 --learned-below 1.01 0.9 0.8 0.7 0.6 --write > "$WORK/arbiter.log"
grep -E "^(nested|mean|margins|wrote)" "$WORK/arbiter.log"
echo "work files in $WORK"
