"""The default of CAMEO.2.0.txt's BOOST block over a rise in something that is no cooperation (profile `communique`,
switch `scale_defaults`; session 18, branch weak18).

BOOST's verbs (increase, expand, boost, deepen, heighten, intensify, ...) say only that something rose; the block's
default code, 060 "Engage in material cooperation" (PLOVER COOPERATE), is its reading of what they most often raise
in news, cooperation and exchange. PETRARCH-2 gives it to every clause of these verbs that no pattern of the block
matched, so "Iran increased uranium enrichment", "North Korea expanded its nuclear arsenal" and "the government
increased fuel prices" are material cooperation. A record of the block's default (coded by its verb alone: no pattern
step) stands only where the verb's object, or the object of its IN or OF phrase, is a noun of cooperation or
exchange (data/coder_scale_defaults.tsv: "deepened its ties with Yland", "boosted trade"); else it is dropped and the
clause has no code of its own. Patterns of the block ("- * AID [073]", "- * &MILITARY [154]") and the other
mechanisms (data/act_nouns.tsv: "increased its troops") are untouched. `petrarch2` keeps the default.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, kinded_words
from ..phrases import SentenceView
from .silent_verbs import lemmas_forms

DEFAULTS_FILE = "coder_scale_defaults.tsv"
BLOCK_DEFAULT = "060"
# the steps of a record coded by its verb alone (the block's default), however combined or repaired
VERB_STEPS = ("verb:", "combine:", "parse:")
WAY_PREPOSITIONS = ("IN", "OF")


@lru_cache(maxsize=1)
def scale_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the forms of the block's verbs, the nouns of cooperation and exchange) from data/coder_scale_defaults.tsv."""
    words = kinded_words(data_path(DEFAULTS_FILE), "the coder's verbs of degree", ("verb", "noun"),
                         rows={"verb": lemmas_forms})
    return words["verb"], words["noun"]


def scale_defaults(records: Sequence, view: SentenceView) -> list:
    """The records without the BOOST block's default over a rise in no cooperation (module docstring)."""
    verbs, nouns = scale_words()
    return [r for r in records if not (r.code == BLOCK_DEFAULT and view.words[r.verb] in verbs
                                       and all(s.startswith(VERB_STEPS) for s in r.steps)
                                       and not _raises_cooperation(view, r.verb, nouns))]


def _raises_cooperation(view: SentenceView, verb: int, nouns: frozenset[str]) -> bool:
    clause = view.clauses.get(verb)
    if clause is None:
        return True  # no clause read: keep the dictionary's reading
    objects = [*clause.objects, *(pp.obj for pp in clause.pps if pp.text in WAY_PREPOSITIONS and pp.obj is not None)]
    return any(view.words[np.head] in nouns for np in objects)
