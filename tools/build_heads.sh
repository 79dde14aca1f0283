#!/bin/bash
# Refit every head that reads the sentence encoder's vectors, in order, with each head's own tool:
#   1. tools/build_classifier_head.py  the int8 encoder's input ranges (data/classify_encoder_ranges.tsv), then the
#                                      event classifier's ACLED and PLOVER heads (data/classify_head.tsv)
#   2. tools/build_learned.sh          the sentence-class head (data/classify_class_head.tsv), its leave-one-census-out
#                                      probabilities, and the learned arbiter fitted on the census sentences coded
#                                      afresh with them, its margins chosen on the grid (data/classify_arbiter.tsv)
#   3. classify/encoders.py            another encoder's files (not the default's) get a header line naming it
# Run it from the repository's root after anything that changes the vectors (the encoder, its settings, the
# training sentences): every later head reads the vectors of the encoder as the steps before it left it.
#     tools/build_heads.sh [PYTHON]        (PYTHON: .venv/bin/python by default)
#     ENCODER=student3 tools/build_heads.sh   another encoder's heads, in that encoder's own files (the setting
#                                          `encoder`, classify/encoders.py; minilm6, the default, by default)
# Scratch files (the census vectors' cache, the --cv probabilities, the coded sentences) go to build_learned.sh's temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
export PYTHONPATH=src:tests${PYTHONPATH:+:$PYTHONPATH}
export COMMUNIQUE_ENCODER=${ENCODER:-minilm6}  # every step reads the setting: its vectors, its files
step() { echo "== $(date -u +%H:%M:%S) $*"; }
step "encoder $COMMUNIQUE_ENCODER: event heads";    "$PY" tools/build_classifier_head.py
step "sentence-class head and arbiter";      PY="$PY" tools/build_learned.sh
step "marking $COMMUNIQUE_ENCODER's files";    "$PY" -m communique.classify.encoders "$COMMUNIQUE_ENCODER"
step "done"
