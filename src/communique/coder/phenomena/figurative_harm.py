"""Harm done to a thing that is no body and no property is no violence (profile `communique`, switch
`figurative_harm`).

CAMEO.2.0.txt's HURT block (180, "Use unconventional violence") holds the verbs of physical harm (INJURE, WOUND,
BRUISE, DAMAGE) beside those news uses mostly of an event, a standing, a relation or an economy (MAR, TARNISH,
SPOIL, VITIATE, HARM): "the election was marred by fraud", "the scandal has tarnished the image of the ruling
party", "analysts said the dispute could harm the peace process". With no actor named, `agentless_material_conflict`
kept such a record with an unidentified source, and it became the sentence's main event, over the statement that
told it. The CAMEO codebook's root 18 is violence against persons and their property. A record of root 18 whose
object, or in a passive its subject, is headed by a noun of data/coder_figurative_harm.tsv is no event; "rebels
damaged a power station", "shelling damaged the hospital" keep theirs.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, kinded_words
from ..phrases import SentenceView

NOUNS_FILE = "coder_figurative_harm.tsv"
KINDS = ("event", "standing", "relation", "economy", "violence")
PATIENT_KINDS = KINDS[:-1]
VIOLENCE_ROOT = "18"
PATIENTS = frozenset({"dobj", "nsubjpass"})


@lru_cache(maxsize=1)
def harm_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of data/coder_figurative_harm.tsv, singular and plural: (things harmed only figuratively, nouns
    of violence)."""
    found = kinded_words(data_path(NOUNS_FILE), "the coder's nouns of figurative harm", list(KINDS),
                         rows={kind: _numbers for kind in KINDS})
    return frozenset(noun for kind in PATIENT_KINDS for noun in found[kind]), found["violence"]


def _numbers(words: list[str]) -> list[str]:
    """A noun's singular and its plurals in -S and -ES."""
    return [form for word in words for form in (word, word + "S", word + "ES")]


def without_figurative_harm(records: Sequence, view: SentenceView) -> list:
    """The records less those of root 18 whose object or passive subject is a thing harmed only figuratively and
    whose cause (the subject, or a passive's BY phrase) is no violence."""
    return [r for r in records if not (r.code.startswith(VIOLENCE_ROOT) and figurative(r.verb, view))]


def figurative(verb: int, view: SentenceView) -> bool:
    """Whether the verb at `verb` harms a thing harmed only figuratively, by a cause that is no violence."""
    patients, violence = harm_nouns()
    children = view.children[verb]
    if not any(view.deps[c] in PATIENTS and view.words[c] in patients for c in children):
        return False
    causes = [c for c in children if view.deps[c] == "nsubj"] + [
        o for c in children if view.deps[c] == "agent" for o in view.children[c] if view.deps[o] == "pobj"]
    return not any(view.words[c] in violence for c in causes)
