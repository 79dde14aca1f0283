"""Blame told by a reporting verb's copular complement: an actor said to be the doer of a harm (profile
`communique`, switch `blame_statements`; data/coder_blame_words.tsv).

Wire copy tells blame as often by a statement as by BLAME or ACCUSE: "Colombia said the ELN was responsible for the
car bomb", "Somalia said al Shabaab was behind the truck bombing", "Kiev said Moscow was to blame for the shelling".
PETRARCH-2 codes the reporting verb alone, SAY's 010. Its dictionary codes the same blame where a verb carries it
(BLAME [112], HOLD * RESPONSIBLE [112]): so such a record takes the CAMEO codebook's 112 "Accuse" and the actor
the complement's subject names as its target (where it names none, the record's own target). The subject is no
pronoun ("it was responsible for the attack" is the speaker's own claim, 015, and "they" may be the speaker) and
no actor the speaker is; the harm is a noun of a harm done (a noun of data/event_nouns.tsv whose code is 13-20, or
a harm of the blame table: "the bomb", "the seizure"). Responsibility for a task ("said the ministry was
responsible for security") and a place behind something ("said the troops were behind the border") are left alone.
The record carries stance_complements' step, so prominence reads it as a stance on the act its complement tells.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..cameo_roots import MATERIAL_CONFLICT_ROOTS
from .stance_complements import BE_FORMS, STANCE_STEP, STATEMENT_ROOTS, act_actor, restated, stance_words

TABLE = "coder_blame_words.tsv"
KINDS = ("predicate", "place", "verb", "harm")
BLAME = "112"
HARM_ROOTS = ("13",) + MATERIAL_CONFLICT_ROOTS  # threats and material conflict (protest, force): a harm done
PRONOUN_TAGS = frozenset({"PRP", "DT", "WDT"})


@lru_cache(maxsize=1)
def blame_words() -> dict[str, frozenset[str]]:
    """kind -> the WORDS of data/coder_blame_words.tsv."""
    path = data_path(TABLE)
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for number, fields in tsv_rows(path, "the coder's blame words", header={"kind"}):
        if len(fields) != 2 or fields[0] not in found or not fields[1].isupper():
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>WORD' (kind one of {', '.join(KINDS)}).")
        found[fields[0]].add(fields[1])
    return {kind: frozenset(words) for kind, words in found.items()}


def blame_records(sentence, records: Sequence, knowledge, date=None, person_names: bool = False,
                   common_words: bool = False) -> list:
    """The records of one sentence, a reporting verb's statement whose complement names the doer of a harm recoded
    as that blame (module docstring); other records unchanged."""
    from ..phrases import phrase_view

    view = phrase_view(sentence)
    reporting = stance_words()["reporting"]
    told = [r for r in records if r.source and r.code[:2] in STATEMENT_ROOTS and view.words[r.verb] in reporting]
    if not told:
        return list(records)
    from ..actors.person_names import sentence_reader

    reader = sentence_reader(sentence, view, knowledge.actors, date, person_names,
                             common_words=common_words)
    words = blame_words()
    out = []
    for record in records:
        doer = blamed_doer(view, record.verb, words) if record in told else None
        if doer is None:
            out.append(record)
            continue
        target, tokens = act_actor(view, doer, reader, record.source)
        step = f"{STANCE_STEP}{view.words[record.verb]} ... {view.words[doer]} blamed ({BLAME})"
        out.append(restated(record, target, tokens, BLAME, step) or record)
    return out


def blamed_doer(view, verb: int, words) -> int | None:
    """The subject of a copular complement clause of `verb` said to be the doer of a harm: "(said) Yland was
    responsible for / behind / to blame for the attack"; None where there is none."""
    deps, children = view.deps, view.children
    for clause in (c for c in children[verb] if deps[c] == "ccomp" and view.words[c] in BE_FORMS):
        subject = next((c for c in children[clause] if deps[c] == "nsubj"), None)
        if subject is None or view.tags[subject] in PRONOUN_TAGS:
            continue
        for harm in _harm_objects(view, clause, words):
            if _is_harm(view, harm, words):
                return subject
    return None


def _harm_objects(view, clause: int, words) -> list[int]:
    """The objects of "responsible FOR", "BEHIND" and "to blame FOR" in the copular clause `clause`."""
    deps, children = view.deps, view.children
    found = []
    for c in children[clause]:
        if deps[c] == "prep" and view.words[c] in words["place"]:
            found += [o for o in children[c] if deps[o] == "pobj"]
        elif (deps[c] == "acomp" and view.words[c] in words["predicate"]) or \
                (deps[c] == "xcomp" and view.words[c] in words["verb"]):
            found += [o for p in children[c] if deps[p] == "prep" and view.words[p] == "FOR"
                      for o in children[p] if deps[o] == "pobj"]
    return found


def _is_harm(view, noun: int, words) -> bool:
    """Whether the noun `noun` names a harm done: a harm of the blame table, or an event noun of codes 13-20."""
    from ..nouns.noun_tables import noun_entries, noun_tables

    word = view.words[noun]
    if word in words["harm"]:
        return True
    return any(entry.code[:2] in HARM_ROOTS for entry in noun_entries(noun_tables().nouns, word, word))
