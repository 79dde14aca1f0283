"""A leader's word that he or she will not run again is an intent to change leadership (profile `communique`, switch
`renounced_terms`; data/coder_renounced_terms.tsv).

"Flake said he would not run for re-election", "the governor said she would not seek another term", "'I will not be
a candidate in the next election,' the president said": the CAMEO codebook codes a stated intent to leave office
0341 "Express intent to change leadership" (verbal cooperation), as it codes a pledge to step down, which the coder
reads already (RESIGN and STEP DOWN after WOULD: the 083 family's intent, 034). PETRARCH-2 reads the negated verb of
candidacy by its block (SEEK's 120 "reject", RUN's 124) or leaves the verb of saying a bare statement (010).

So a verb of candidacy of the table (SEEK, RUN, STAND, CONTEST; BE with CANDIDATE as its predicate) that is negated
and future (NOT or NEVER, with WILL or WOULD), whose object or FOR/IN phrase names an office or a candidacy (TERM,
RE-ELECTION, ELECTION, OFFICE, PRESIDENCY ...) and whose subject is a personal pronoun (the speaker's own word: "he",
"she", "I", "we") recodes 0341: the record of that verb, and a statement (CAMEO 01) whose verb of saying governs
it. Its actors are the record's own. A bare "would not run" (no office named: "would not run the company") and
another's candidacy ("said the senator would not run": a reported fact, not the speaker's intent) are left."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError

TABLE = "coder_renounced_terms.tsv"
KINDS = ("verb", "office")
CODE = "0341"
STEP = "addition: a candidacy renounced, an intent to change leadership (renounced_terms)"
NEGATIONS = frozenset({"NOT", "N'T", "NEVER"})
FUTURE = frozenset({"WILL", "WOULD", "'LL", "WO"})
PRONOUNS = frozenset({"HE", "SHE", "I", "WE"})
OBJECT_DEPS = frozenset({"dobj", "attr"})
OFFICE_PREPOSITIONS = frozenset({"FOR", "IN"})
STATEMENT_ROOT = "01"


@lru_cache(maxsize=1)
def renounced_words() -> dict[str, frozenset[str]]:
    """kind -> the words of data/coder_renounced_terms.tsv."""
    path = data_path(TABLE)
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for number, fields in tsv_rows(path, "the coder's renounced terms", header={"kind"}):
        if len(fields) != 2 or fields[0] not in found or not fields[1].isupper():
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>WORD' (kind one of {', '.join(KINDS)}).")
        found[fields[0]].add(fields[1])
    return {kind: frozenset(words) for kind, words in found.items()}


def renounced_term_records(sentence, records: Sequence) -> list:
    """The records of one sentence, those that tell a candidacy renounced recoded 0341 (module docstring)."""
    from ..phrases import phrase_view

    view = phrase_view(sentence)
    verbs = renounced_verbs(view)
    if not verbs:
        return list(records)
    out = []
    for record in records:
        if record.source and (record.verb in verbs or (
                record.code[:2] == STATEMENT_ROOT and any(_governs(view, record.verb, v) for v in verbs))):
            record = replace(record, code=CODE, steps=tuple(record.steps) + (STEP,))
        out.append(record)
    return out


def renounced_verbs(view) -> set[int]:
    """The tokens of a verb of candidacy negated and future, its subject a personal pronoun, naming an office."""
    words = renounced_words()
    found = set()
    for i in range(view.start, view.end):  # the view's lists are the Doc's: its own sentence's tokens alone
        if view.words[i] not in words["verb"] or not view.tags[i].startswith("VB"):
            continue
        children = view.children[i]
        marks = {view.words[c] for c in children if view.deps[c] in ("neg", "aux")}
        subject = next((c for c in children if view.deps[c] == "nsubj"), None)
        if not (marks & NEGATIONS and marks & FUTURE) or subject is None or view.words[subject] not in PRONOUNS:
            continue
        if any(_office(view, c, words) for c in children if view.deps[c] in OBJECT_DEPS) or any(
                _office(view, o, words) for p in children if view.deps[p] == "prep"
                and view.words[p] in OFFICE_PREPOSITIONS for o in view.children[p] if view.deps[o] == "pobj"):
            found.add(i)
    return found


def _office(view, token: int, words) -> bool:
    word = view.words[token]
    return word in words["office"] or (word.endswith("S") and word[:-1] in words["office"])


def _governs(view, head: int, token: int) -> bool:
    """Whether `token` hangs under `head` in the phrase view."""
    seen = 0
    while token != head and seen < len(view.words):
        parent = view.heads[token]
        if parent == token:
            return False
        token, seen = parent, seen + 1
    return token == head
