"""An act whose subject is a proper name the dictionaries lack is kept, its source that name with no code (profile
`communique`, switch `named_subjects`).

PETRARCH-2's actor dictionaries (2014) name states, their leaders and organisations; they lack most of the people
and parties of domestic politics a wire story names: a provincial premier, an opposition leader by surname, a
party, a newly elected president ("Ford accused the federal government of ...", "Wilders called for the closure
of all mosques"). Where neither they nor the document's own actors (`document_actors`: titles, coreference) give
such a subject a code, the record was dropped for want of a source, and the sentence kept no event, or only an
attribution's statement. The subject is nonetheless named: spaCy's named-entity recogniser marks it a person, an
organisation or a group (PERSON, ORG, NORP) or, as the small model often does for names it has not seen ("Kenyatta",
"Tehreek-e-Insaf"), marks no entity at all; it is written as a proper noun. The record is kept with that name as its
source and no code (country and sector unknown, as "---"), so the act is not lost; a later actor table, or the
analyst, can give the name its code. A subject named by a common noun, a pronoun or a place is left to the other
rules (`kind_subjects`, `document_actors`).
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from ...extract.actors import UNKNOWN_COUNTRY
from ...nlp import doc_entities
from ...records import ActorRef
from .kind_subjects import phrase_head

ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", ""})  # "": no entity (a name the recogniser missed)
PROPER_TAGS = frozenset({"NNP", "NNPS"})
NAMED_STEP = "addition: a subject named by a proper name the dictionaries lack, kept with no code (named_subjects)"


def named_subject(doc: Doc, tokens: Sequence[int]) -> ActorRef | None:
    """The subject at `tokens` as a source with its name and no code, where the phrase's head (the one token whose
    head is outside it) is a proper noun inside a PERSON, ORG or NORP entity or in none (not a place, a date, an
    event, a law ...); else None."""
    found = phrase_head(doc, tokens)
    if found is None:
        return None
    head = doc[found]
    if head.tag_ not in PROPER_TAGS or head.ent_type_ not in ENTITY_LABELS:
        return None
    entity = next((e for e in doc_entities(doc) if e.start <= head.i < e.end), None)  # `Doc.ents` builds anew
    name = entity.text if entity is not None else head.text
    return ActorRef(text=name, name=name, country=None, sector=None, code=UNKNOWN_COUNTRY)
