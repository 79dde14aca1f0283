"""Cheaper encoders tried for issue 11's cost and measured, not used by the pipeline: a static word-piece
table distilled from MiniLM with a cascade (static.py; tools/static_encoder_trial.py) and MiniLM's first
layers through a ridge map, or token dropping (distil.py; tools/build_distil_map.py). Kept so the trials
can be rerun; their figures are in benchmarks/README.md (sixth and seventh rounds)."""
