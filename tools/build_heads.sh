#!/bin/bash
# Refit every head that reads the sentence encoder's vectors, in order, with each head's own tool:
#   1. tools/build_classifier_head.py  the int8 encoder's input ranges (data/classify_encoder_ranges.tsv), then the
#                                      event classifier's ACLED and PLOVER heads (data/classify_head.tsv)
#   2. tools/build_class_head.py       the sentence-class head (data/classify_class_head.tsv)
#   3. tools/build_class_head.py --cv  its leave-one-census-out probabilities, and
#      tools/learned_arbiter_cv.py     the census sentences coded afresh (with the heads of 1 and 2) and the learned
#                                      arbiter fitted on them (data/classify_arbiter.tsv), at the shipped file's margin
# Run it from the repository's root after anything that changes the vectors (the encoder, its settings, the
# training sentences): every later head reads the vectors of the encoder as the steps before it left it.
#     tools/build_heads.sh [PYTHON]        (PYTHON: .venv/bin/python by default)
# Scratch files (the census vectors' cache, the --cv probabilities, the coded sentences) go to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
export PYTHONPATH=src:tests${PYTHONPATH:+:$PYTHONPATH}
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
MARGIN=$(awk -F'\t' '$1 == "margin" {print $2}' src/communique/data/classify_arbiter.tsv)
step() { echo "== $(date -u +%H:%M:%S) $*"; }
step "event heads";            "$PY" tools/build_classifier_head.py
step "sentence-class head";    "$PY" tools/build_class_head.py --vectors "$SCRATCH/vectors.npz"
step "class head, held out";   "$PY" tools/build_class_head.py --vectors "$SCRATCH/vectors.npz" --cv "$SCRATCH/cv.tsv"
step "arbiter (margin $MARGIN)"
"$PY" tools/learned_arbiter_cv.py "$SCRATCH/cv.tsv" --coded "$SCRATCH/coded.pkl" --margin "$MARGIN" --write
step "done"
