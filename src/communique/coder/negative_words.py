"""Negation by a negative word (switch `negative_words`, profile communique): "Neither Xland nor Yland attacked
Zland", "No country has recognised Yland", "Nobody claimed responsibility", "Xland never attacked Zland", "Xland
has yet to release the prisoners" deny the act as "did not attack" does. PETRARCH-2 (spec §4.5) negates only by
"not" right after the first auxiliary (`Clause.negated`); the words read here are in data/coder_negative_words.tsv.

    negating_word(view, clause)  -> "NEVER", "NEITHER", ... or None
"""
from __future__ import annotations

from functools import lru_cache

from ..data_files import data_path, kinded_words
from .phrases import Clause, SentenceView

NEGATIVE_WORDS_FILE = "coder_negative_words.tsv"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
DETERMINER_DEPS = ("det", "preconj")
HAVE_OR_BE = frozenset({"HAS", "HAVE", "HAD", "HAVING", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "AM", "'S", "'RE"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return kinded_words(data_path(NEGATIVE_WORDS_FILE), "the negative words",
                        ("determiner", "subject", "adverb", "infinitive_adverb"))


def negating_word(view: SentenceView, clause: Clause) -> str | None:
    """The negative word that denies the clause's act: a `neg` adverb of its verb ("never"), an adverb of HAVE or BE
    over its infinitive complement ("has yet to release", "is yet to withdraw"), or its first subject
    headed by a negative pronoun ("nobody", "none", "no one") or determined by a negative determiner ("neither",
    "no"); None where there is none, or where "not" after an auxiliary already negates it (`Clause.negated`)."""
    if clause.negated:
        return None
    words, deps, children = view.words, view.deps, view.children
    kinds = _words()
    verb = clause.verb
    for c in children[verb]:
        if deps[c] == "neg" and words[c] in kinds["adverb"]:
            return words[c]
        if deps[c] == "advmod" and words[c] in kinds["infinitive_adverb"] and words[verb] in HAVE_OR_BE \
                and any(deps[x] == "xcomp" for x in children[verb]):
            return words[c]
    subject = next((c for c in children[verb] if deps[c] in SUBJECT_DEPS), None)
    if subject is None:
        return None
    if words[subject] in kinds["subject"]:
        return words[subject]
    return next((words[c] for c in children[subject]
                 if deps[c] in DETERMINER_DEPS and words[c] in kinds["determiner"]), None)
