"""An act whose subject names its actor only by a pronoun or by its kind is kept with an unidentified source, where
the sentence keeps no other act (profile `communique`, switch `kind_subjects`).

Wire copy names the actor of a story once, in its lede, and after that by a pronoun ("he called on both sides to
exercise restraint"), by the kind of actor it is ("the two countries signed an agreement", "the two leaders
discussed trade", "both sides agreed to a ceasefire", "the bloc condemned the launch") or by a generic title ("the
bloc's foreign policy chief"), also after a name the dictionaries lack ("Catalan leaders refused ..."). Where
neither PETRARCH-2's dictionaries nor the document's own actors (coreference, `document_actors`) find who that is
(a sentence read alone has no lede), the record is dropped for want of a source and the sentence has no event, or
only the statement of its attribution ("..., the White House said"), though the verb tells what was done. The act
is the news, as for material conflict with no actor named (`agentless_material_conflict`): the record is kept with
an unidentified source, at the adapter's lower confidence for one, where the sentence keeps no act other than a
statement (CAMEO 01). A statement by such a subject is not kept (CAMEO 010 by no one named says nothing), nor a
subject headed by another word ("it", "the storm"), nor one a negative determiner empties ("no country has
recognised ..."), nor a subject a verb of saying hands down ("he said the meeting had gone well"). Its unidentified
source does not take the country of the place (resolve/event_countries.py: "the two leaders met in Geneva" are not
Swiss), as a perpetrator's does. The rule reads only a document's first sentence, a sentence read alone: after it, the
lede is there, and the document's actors resolve the subject or no one does ("The envoy met the leader. They
discussed ...": the same meeting again, not another by someone unnamed). An act so kept does not keep the
classifier from recalling a violent or police act in the sentence (classify/recall.py `blocks_recall`).
data/coder_kind_subjects.tsv gives the rule its words.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc

from ...data_files import data_path, kinded_words

WORDS_FILE = "coder_kind_subjects.tsv"
KINDS = frozenset({"pronoun", "state", "group", "person"})
STATEMENT_ROOT = "01"
SUBJECT_DEPS = frozenset({"nsubj"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})  # "no country has recognised ...": no one did
CHAIN_DEPS = frozenset({"xcomp", "conj"})  # "agreed to build", "accused ... and vowed to stage"
KIND_SUBJECT_STEP = ("addition: a subject naming its actor by a pronoun or its kind, the source unidentified"
                     " (kind_subjects)")


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    """The words of data/coder_kind_subjects.tsv, of every kind."""
    found = kinded_words(data_path(WORDS_FILE), "the coder's words of subjects named by their kind", KINDS)
    return frozenset(word for words in found.values() for word in words)


def kind_subject(doc: Doc, code: str, tokens: Sequence[int], verb: int | None = None, sentence: int = 0) -> bool:
    """Whether a record of CAMEO `code` whose source phrase is `tokens` (the subject's words, no actor read from
    them; where the engine kept none, the subject of its verb, the token `verb`) is an act by a subject named by
    a pronoun or its kind: the phrase's head, the one word whose head is outside it, is a word of the table and the
    subject of the record's verb (`_subject_of`); only in the document's first sentence (number `sentence` 0),
    read with no lede before it."""
    if sentence != 0 or code[:2] == STATEMENT_ROOT:
        return False  # after the first sentence, the document's actors (coreference) resolve the subject or none do
    if not tokens and verb is not None and 0 <= verb < len(doc):
        tokens = [t.i for c in doc[verb].children if c.dep_ == "nsubj" for t in c.subtree]
    head = phrase_head(doc, tokens)
    return head is not None and doc[head].text.upper() in kind_words() \
        and not any(c.lower_ in NEGATIVE_DETERMINERS for c in doc[head].children) \
        and (verb is None or _subject_of(doc[head], verb))


def phrase_head(doc: Doc, tokens: Sequence[int]) -> int | None:
    """The head of the phrase at `tokens`: the one token whose own head lies outside them (or is itself, a root);
    None where there is no such token or several (a coordination: "Xland and Yland")."""
    inside = set(tokens)
    heads = [i for i in inside if 0 <= i < len(doc) and (doc[i].head.i == i or doc[i].head.i not in inside)]
    return heads[0] if len(heads) == 1 else None


def _subject_of(head, verb: int) -> bool:
    """Whether `head` is the subject of the token `verb`, or of a verb it is the infinitive or the conjunct of
    ("vowed to stage", "accused ... and vowed"): the act's own subject, not a speaker a verb of saying handed down
    ("he said the meeting had gone well": "he" said, and the meeting went well)."""
    if head.dep_ not in SUBJECT_DEPS:
        return False
    token = head.doc[verb]
    while True:
        if head.head.i == token.i:
            return True
        if token.dep_ not in CHAIN_DEPS or token.head.i == token.i:
            return False
        token = token.head
