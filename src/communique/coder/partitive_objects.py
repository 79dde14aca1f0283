"""A direct object headed by a noun of set, sequence or component offers its OF object to the verb's object patterns
(profile `communique`, switch `partitive_objects`).

PETRARCH-2's object patterns test the head of the object ("- * &TREATY [057] # SIGN"). In a partitive phrase
("signed a set of accords", "received a shipment of anti-tank missiles") the head is the word of
quantity, which no pattern names: the main verb is silent, or takes its block's default, and another clause's
event (a background clause, the attribution's "said") stands as the sentence's main event. As
`partitive_subjects` does for a subject ("a contingent of Kenyan troops arrived"), the object's OF object is
offered to the patterns after the object itself, so that a pattern naming the partitive word still wins. The
nouns: data/coder_partitive_objects.tsv (set, sequence, component; not the nouns of quantity over persons of
data/coder_additions_partitives.tsv, nor ROUND, SERIES, STRING, the episode nouns' own). Only the pattern search sees the added
phrase; the clause's object, and so its target, is read as before: the words of the OF object a pattern matched
are not taken from its noun phrase's reading (`kept_partitive_words`).

Session 31: a noun of collection may name what it holds by a common noun in compound before it, as by an OF phrase
("an aid package", "a relief package": a package of aid, of relief; data/coder_container_compounds.tsv); that
modifier is offered to the patterns the same way ("granted Yland an aid package" is GRANT's `- * AID`, 070, not the
block's 060).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..data_files import upper_words
from .phrases import Clause, SentenceView

OBJECT_WORDS_FILE = "coder_partitive_objects.tsv"
CONTAINERS_FILE = "coder_container_compounds.tsv"
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


@lru_cache(maxsize=1)
def partitive_object_heads() -> frozenset[str]:
    """The nouns whose OF object a direct object headed by them offers to the object patterns."""
    return upper_words(OBJECT_WORDS_FILE, "the coder's partitive nouns of objects")


@lru_cache(maxsize=1)
def compound_container_heads() -> frozenset[str]:
    """The nouns of collection whose common-noun compound modifier names what they hold ("an aid package")."""
    return upper_words(CONTAINERS_FILE, "the coder's nouns of collection with a compound content")


def with_partitive_objects(clause: Clause, view: SentenceView) -> Clause:
    """The clause with, after each direct object headed by a partitive noun, the object of that noun's OF phrase
    (or, for a noun of collection, its common-noun compound modifier) among its objects (for the pattern search only: match.py sorts objects by position)."""
    if clause.passive or not clause.objects:
        return clause
    heads = partitive_object_heads()
    held = [pp.obj for np in clause.objects if view.words[np.head] in heads
            for pp in np.pps if pp.text == "OF" and pp.obj is not None]
    held += [view.noun_phrase(i) for np in clause.objects if view.words[np.head] in compound_container_heads()
             for i in view.children[np.head] if view.deps[i] == "compound" and view.tags[i] in COMMON_NOUN_TAGS]
    return replace(clause, objects=[*clause.objects, *held]) if held else clause


def kept_partitive_words(match, clause: Clause, offered: Clause):
    """The verb match `match` of the clause `offered` (the clause with its partitives' OF objects added), with the
    words of those added phrases left out of what the pattern consumed: the object keeps its own reading."""
    if offered is clause or not match.consumed:
        return match
    added = {i for np in offered.objects[len(clause.objects):] for i in np.words}
    return replace(match, consumed=match.consumed - added) if match.consumed & added else match
