"""A visitor received or welcomed is a visit hosted (profile `communique`, switch `hosted_visitors`; session 12,
branch plovercensus).

CAMEO's 043 "Host a visit" and the PLOVER manual's CONSULT ("this includes visiting and hosting visits"). CAMEO.2.0.txt
codes WELCOME ... TO and HOST as the pair [043:042], but "the Yland president received his Xland counterpart in
Ycity" gets no code (RECEIVE's block has none) and "the Xland prime minister was welcomed in Ycity by the Yland
president" WELCOME's block default, 051 "Praise or endorse". For a clause no pattern matched whose verb receives
(data/coder_hosting.tsv, kind host: receive, welcome, greet) and whose object (a passive's subject) is an actor
(the actor dictionary reads it) named by a proper noun or by a noun of the people and bodies who visit (kind
visitor: counterpart, president, delegation, ...), `hosting_code` gives 043; the host is the clause's subject (a
passive's BY agent), the visitor its target. An object that is a thing ("welcomed the decision") is left as it
was. Asked by `sense_tables.SenseTableSteps._object_sense` after the other object tables.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..nouns.acts import singular_forms
from ..codes import to_internal
from .silent_verbs import lemma_row_forms

FILE = "coder_hosting.tsv"
HOST = to_internal("043")


@lru_cache(maxsize=1)
def hosting_tables() -> tuple[frozenset[str], frozenset[str]]:
    """(the written forms of the verbs of receiving, the visitor nouns)."""
    words = kinded_words(data_path(FILE), "the hosting table", ("host", "visitor"), rows={"host": lemma_row_forms})
    return words["host"], words["visitor"]


def hosting_code(form: str, objects: list[tuple[list[str], str, bool]]) -> tuple[int, str] | None:
    """(internal code, step) where the verb form receives and one of its objects, each given as (its actor codes,
    its head word, whether the head is a proper noun), is a visitor; None otherwise."""
    verbs, visitors = hosting_tables()
    if form not in verbs:
        return None
    for codes, head, proper in objects:
        if codes and (proper or any(f in visitors for f in singular_forms(head))):
            return HOST, f"addition: {form} {head}, a visitor received, a visit hosted (043)"
    return None
