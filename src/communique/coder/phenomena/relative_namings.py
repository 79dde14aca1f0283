"""A naming told in a relative clause on a noun that sums up an act (profile `communique`, switch
`relative_namings`; session 41, judgement41).

Wire copy often adds a speaker's judgement of the act it has just told as a relative clause on a noun that sums that
act up: "Yland closed the border, a move Xland called unacceptable", "the army shelled the town, an attack the
UN called a grave violation of the truce", "a decision which the charity called cruel". The verb of naming (CALL,
DESCRIBE, BRAND: data/coder_stance_words.tsv, kind `naming`) has its own subject, the speaker, and an object
predicate that judges (the stance words' judgements, with data/coder_pejorative_words.tsv where the switch
`pejorative_words` is on), but its object is the relative's gap, so neither PETRARCH-2 (which reads no relative
clause, spec §3.1) nor stance_complements.py (which reads a naming verb's record and its direct object) codes it, and
the speaker's criticism was lost. So, where no record of the sentence is the naming verb's, a record is added: the
relative's subject the source, the judgement's code (110, 111, 112, or 051 for praise) the code, and as target the
source of the record of the clause the summing noun hangs on (the doer of the act judged), where that is another
actor, else none. Like a stance on an act whose doer is unnamed (stance_complements.py, `unnamed_doer_stances`), it
is added only where the sentence's other records are statements (CAMEO 01) or where it has none: a judgement told in
a relative clause never outranks an act the sentence tells ("the army shelled the town, an attack the UN called a
violation of the truce" stays the shelling).
"""
from __future__ import annotations

from typing import Sequence

from ..actors.arithmetic import first_actor
from ..sentence import CodedEvent

RELATIVE_DEPS = frozenset({"relcl", "acl"})
STATEMENT_ROOTS = ("01",)
STEP = "addition: a naming in a relative clause on the noun of an act, its judgement"


def relative_namings(sentence, records: Sequence, knowledge, date=None, person_names: bool = False,
                     common_words: bool = False, pejoratives: bool = False) -> list:
    """The sentence's records, with a record added for each relative naming (module docstring)."""
    from ..actors.person_names import sentence_reader
    from ..phrases import phrase_view
    from .pejorative_words import stance_words_with_pejoratives
    from .stance_complements import reached_predicate, stance_words, subtree

    view = phrase_view(sentence)
    words = stance_words_with_pejoratives() if pejoratives else stance_words()
    return list(records) + relative_naming_records(view, records, words, lambda: sentence_reader(
        sentence, view, knowledge.actors, date, person_names, common_words=common_words), reached_predicate, subtree)


def relative_naming_records(view, records: Sequence, words, reader_for, reached, subtree) -> list:
    """The records to add for the sentence's relative namings (module docstring): `words` the stance words (kind ->
    {WORD: code}), `reader_for()` the sentence's actor reader (made only where such a naming is found), `reached` and
    `subtree` stance_complements' readers of a naming verb's predicate."""
    deps, children, heads = view.deps, view.children, view.heads
    added: list = []
    reader = None
    if any(r.code[:2] not in STATEMENT_ROOTS for r in records):
        return added  # a stance never outranks an act the sentence tells (as stance_complements' unnamed doers)
    for verb in range(view.start, view.end):
        if view.words[verb] not in words["naming"] or deps[verb] not in RELATIVE_DEPS \
                or any(r.verb == verb for r in records):
            continue
        speaker = next((c for c in children[verb] if deps[c] == "nsubj"), None)
        judged = _judgement(view, verb, words["judgement"], reached, subtree) if speaker is not None else None
        if judged is None:
            continue
        reader = reader or reader_for()
        source, source_tokens = first_actor(reader, [view.noun_phrase(speaker)], "")
        if not source:
            continue
        code, word = judged
        doer = _judged_record(view, heads[verb], records, verb)
        target, target_tokens = (doer.source, doer.source_tokens) if doer is not None \
            and doer.source and doer.source != source else ("", ())
        added.append(CodedEvent(source, target, code, verb, source_tokens, target_tokens,
                                steps=(f"{STEP}: {view.words[verb]} ... {word} ({code})",)))
    return added


def _judgement(view, verb: int, judgement, reached, subtree) -> tuple[str, str] | None:
    """(code, word) of the first judging noun or adjective after the naming verb, hung on it as a predicate."""
    for token in sorted(k for k in subtree(view, verb) if k > verb):
        if view.words[token] in judgement and view.tags[token].startswith(("NN", "JJ")) and reached(view, token, verb):
            return judgement[view.words[token]], view.words[token]
    return None


def _judged_record(view, noun: int, records: Sequence, verb: int):
    """The record of the clause the summing noun `noun` hangs on: the nearest head above it that is a record's verb,
    else the sentence's first record with a source."""
    by_verb = {r.verb: r for r in records if r.verb != verb}
    token, seen = noun, set()
    while token not in seen:
        seen.add(token)
        if token in by_verb:
            return by_verb[token]
        token = view.heads[token]
    return next((r for r in records if r.verb != verb and r.source), None)  # "said it would close the office, a
    # step Yland called ...": the act told under the verb of saying is the one summed up
