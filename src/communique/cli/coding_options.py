"""The options that choose what the coder knows and how it codes (--actors, --gazetteer, --verbs, --profile,
--model, --config): the same for each command that codes articles (`extract`, `ingest`)."""
from __future__ import annotations

from ..coder.profiles import PROFILES
from ..model_check import MODELS


def add_coding_options(p) -> None:
    """Add the coding options to the argument parser `p`, in the order `--help` lists them."""
    p.add_argument("--actors", metavar="FILE", help="your actor additions and overrides (TSV, see README)")
    p.add_argument("--gazetteer", metavar="FILE", help="your places (TSV, see README)")
    p.add_argument("--verbs", metavar="FILE", help="your verbs and patterns, in PETRARCH-2 syntax (see README)")
    p.add_argument("--profile", choices=sorted(PROFILES),
                   help="coding conventions: communique (default) or petrarch2 (PETRARCH-2's, see README)")
    p.add_argument("--model", choices=sorted(MODELS),
                   help="the spaCy English model: sm (default) or md (with word vectors; see README)")
    p.add_argument("--config", metavar="FILE", help="settings file (key = value)")
