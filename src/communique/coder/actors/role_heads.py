"""A subject named only by a common noun of its role or function, which no actor or agent phrase holds, is read
as an actor of that role's sector with no country (profile `communique`, switch `role_heads`).

Wire copy names many doers by what they do rather than by name: a state body by its function ("the country's
disaster management agency said ...", "the state audit office accused ...", "the county council moved ..."),
investigators by their work, private persons by their plight or their tie to one ("survivors criticised ...",
"relatives of the missing miners accused ...", "volunteers handed out food ..."), a party already named as "the
party". Phoenix.agents.txt holds these heads only inside compounds (ELECTION_COMMISSION, INVESTIGATIVE_AGENCY,
CRIMINAL_INVESTIGATOR, DISPLACED_FAMILY), so where the subject's words make no compound of the dictionaries its
record had no source and was dropped ("drop: no source"), and the sentence kept no event. Where neither PETRARCH's
reading nor the document's actors (`document_actors`) give a subject an actor, and its head (the one word whose
head lies outside the phrase) is a common noun of data/coder_role_heads.tsv, the subject is that kind's sector
with no country ("---GOV", "---COP", "---CVL", "---PTY", each the code of Phoenix's nearest sibling); the
document's country, where `context_country` finds one, is given later as to any sector actor (resolve/), and a
statement by it is kept as `role_speakers` keeps one by a role. A premodifier the table marks "not" (a news,
ratings or credit agency) leaves the subject alone, and so does a premodifying name (spaCy PROPN not a place or a
people) before a head of a state body ("the Nobel committee", "the Toyota board": no state's); a party named by its
name and "party" is a party ("the liberal Renewal party demanded ...": ---PTY), which `named_subjects` does not
read, its head being the common noun.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc

from ...data_files import data_path, kinded_words
from ...records import ActorRef
from ..phenomena.kind_subjects import phrase_head

WORDS_FILE = "coder_role_heads.tsv"
SECTORS = ("GOV", "COP", "CVL", "PTY")
NOT = "not"
COMMON_TAGS = frozenset({"NN", "NNS"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})  # "the Kenyan electoral board": a place's or a people's body
NAMED_OF_NO_STATE = frozenset({"GOV"})  # "the Nobel committee", "the Toyota board": named, no state's body; a
# party named by its name stays a party ("the liberal Renewal party demanded ...")
UNKNOWN_COUNTRY = "---"


@lru_cache(maxsize=1)
def role_words() -> dict[str, frozenset[str]]:
    """kind (a CAMEO sector, or "not") -> the words of data/coder_role_heads.tsv."""
    return kinded_words(data_path(WORDS_FILE), "the coder's common nouns of roles and functions", (*SECTORS, NOT))


def role_head_ref(doc: Doc, tokens: Sequence[int], verb: int | None = None) -> ActorRef | None:
    """The subject at `tokens` (where the engine kept none, the subject of the token `verb`) as an actor of its
    head noun's sector with no country, where that head is a common noun of the table with no premodifier the table
    excludes and no premodifying name; else None."""
    if not tokens and verb is not None and 0 <= verb < len(doc):
        tokens = [t.i for c in doc[verb].children if c.dep_ == "nsubj" for t in c.subtree]
    found = phrase_head(doc, tokens)
    if found is None:
        return None
    head = doc[found]
    if head.tag_ not in COMMON_TAGS:
        return None
    words = role_words()
    sector = next((s for s in SECTORS if head.text.upper() in words[s]), None)
    if sector is None:
        return None
    modifiers = [c for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i]
    if any(c.text.upper() in words[NOT] or (sector in NAMED_OF_NO_STATE and c.pos_ == "PROPN"
                                             and c.ent_type_ not in PLACE_LABELS) for c in modifiers):
        return None
    text = doc[min(tokens):max(tokens) + 1].text
    return ActorRef(text=text, name=text, country=None, sector=sector, code=UNKNOWN_COUNTRY + sector)


ROLE_HEAD_STEP = "addition: a subject named by a common noun of its role or function, read as that sector (role_heads)"
