"""A wrong another actor did, told as a reporting verb's content: an accusation (profile `communique`, switch
`reported_wrongs`; data/coder_reported_wrongs.tsv).

Wire copy tells accusation as often by a statement as by ACCUSE: "Kenya's opposition said the government had ignored
repeated warnings", "Russia said Britain had misled the world", "Manila said Chinese vessels had intruded into its
waters 14 times", "said Yland had failed to stop the raids". PETRARCH-2's transformation `a (b . ATTACK) SAY = a b
112` (CAMEO.2.0.txt) composes a speaker's report of another's attack into the speaker's accusation of the doer; its
dictionary leaves the verbs of other wrongs uncoded (IGNORE, MISLEAD) or files them under another sense (INTRUDE
[013]), so the report stayed SAY's 010 or took that odd code. With the switch, a statement (CAMEO 01) whose content
clause tells that an actor other than the speaker did a wrong (a verb of the table, or "failed to" anything, or
"tried to" a wrong) is the CAMEO codebook's 112 "Accuse" (PLOVER ACCUSE), its target that doer: the record of the
verb of saying, or the content's own record where the coder flattened the content into it (the speaker read from
the saying verb's subject). The doer is the content's subject, read as an actor of another side (not the speaker's
code, nor a code one of the two begins with: "Ukraine said Ukrainian troops ..."); a pronoun or a phrase a
possessive pronoun owns ("its forces") is the speaker's own; a negated content ("had not violated") accuses no one.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from .silent_verbs import lemma_row_forms
from .stance_complements import STATEMENT_ROOTS, act_actor, stance_words

TABLE = "coder_reported_wrongs.tsv"
KINDS = ("wrong", "form", "through")
ACCUSE = "112"
STEP = "addition: a wrong reported of another actor, an accusation (reported_wrongs)"
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "DT", "WDT", "WP"})
CONTENT_DEPS = frozenset({"ccomp"})
ATTRIBUTION_DEPS = frozenset({"ccomp", "parataxis"})  # "Yland violated ..., a spokesman said": SAID hangs on the act


@lru_cache(maxsize=1)
def wrong_verbs() -> dict[str, dict[tuple[str, str], str]]:
    """kind -> {(FORM, PARTICLE or ""): code} of data/coder_reported_wrongs.tsv, every form of each row's lemma (a
    row of kind `form` its one form, among the wrongs)."""
    path = data_path(TABLE)
    found: dict[str, dict[tuple[str, str], str]] = {kind: {} for kind in KINDS}
    for number, fields in tsv_rows(path, "the coder's reported wrongs", 3, header={"kind"}):
        kind, words, code = fields
        if kind not in KINDS or not words.replace(" ", "").replace("_", "").isupper() \
                or not (code.isdigit() or (kind == "through" and code == "-")):
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>LEMMA [FORMS]<TAB>CAMEO code' (kind one of "
                                f"{', '.join(KINDS)}; '-' only for a verb of trying).")
        lemma, _, particle = words.split()[0].partition("_")
        if kind == "form":
            found["wrong"][(lemma, particle)] = code
            continue
        for form in lemma_row_forms([lemma, *words.split()[1:]]):
            found[kind][(form, particle)] = code
    return found


def reported_wrong_records(sentence, records: Sequence, knowledge, date=None, person_names: bool = False,
                           common_words: bool = False) -> list:
    """The records of one sentence, a statement whose content tells another actor's wrong recoded as the speaker's
    accusation of that actor (module docstring); other records unchanged."""
    from ..phrases import phrase_view

    view = phrase_view(sentence)
    reporting = stance_words()["reporting"]
    statements = [r for r in records if r.source and r.code[:2] in STATEMENT_ROOTS]
    if not statements:
        return list(records)
    from ..actors.person_names import sentence_reader

    reader = sentence_reader(sentence, view, knowledge.actors, date, person_names, common_words=common_words)
    out = []
    for record in records:
        if record not in statements:
            out.append(record)
            continue
        if view.words[record.verb] in reporting:
            out.append(_told_accusation(view, record, reader))
        else:
            out.append(_flattened_accusation(view, record, reader, reporting))
    return out


def _told_accusation(view, record, reader):
    """The verb of saying's record, its content a wrong of another actor: that actor's accusation."""
    for clause in _contents(view, record.verb):
        subject = wrong_doer(view, clause)
        if subject is None:
            continue
        doer, tokens = act_actor(view, subject, reader, record.source)
        if not doer:
            doer, tokens = home_agent(view, subject, reader, record.source)
        if doer and not same_side(doer, record.source):
            return replace(record, code=ACCUSE, target=doer, target_tokens=tokens,
                           steps=tuple(record.steps) + (STEP,))
    return record


def _flattened_accusation(view, record, reader, reporting):
    """The content's own record (the coder flattened the content into the saying, spec §4.5 rule F: "said Yland's
    vessels had intruded into its waters" 013), its verb a wrong: the speaker's accusation of the record's source."""
    saying = _saying_verb(view, record.verb, reporting)
    if saying is None or wrong_doer(view, record.verb) is None:
        return record
    subject = next((c for c in view.children[saying] if view.deps[c] == "nsubj"), None)
    if subject is None or view.tags[subject] in PRONOUN_TAGS:
        return record
    speaker = next((code for code in reader.meaning(view.noun_phrase(subject))), "")
    if not speaker or same_side(record.source, speaker.replace("~", "---")):
        return record
    from ..actors.arithmetic import printed_code

    return replace(record, source=printed_code(speaker), source_tokens=tuple(view.noun_phrase(subject).words),
                   target=record.source, target_tokens=record.source_tokens, code=ACCUSE,
                   steps=tuple(record.steps) + (STEP,))


def _contents(view, verb: int) -> list[int]:
    """The content clauses of the verb of saying `verb`: its `ccomp`s, or the clause it is the attribution of."""
    found = [c for c in view.children[verb] if view.deps[c] in CONTENT_DEPS]
    head = view.heads[verb]
    if not found and head != verb and view.deps[verb] in ATTRIBUTION_DEPS and head < verb:
        found.append(head)
    return found


def _saying_verb(view, clause: int, reporting) -> int | None:
    """The verb of saying whose content is `clause`: its head (a `ccomp`), or its attribution (a child)."""
    head = view.heads[clause]
    if view.deps[clause] in CONTENT_DEPS and head != clause and view.words[head] in reporting:
        return head
    return next((c for c in view.children[clause] if view.deps[c] in ATTRIBUTION_DEPS and c > clause
                 and view.words[c] in reporting), None)


def wrong_doer(view, clause: int) -> int | None:
    """The subject of `clause` where the clause tells a wrong (a verb of the table, "failed to" anything, "tried to"
    a wrong), not negated, its subject no pronoun and owned by no possessive pronoun; None otherwise."""
    words = wrong_verbs()
    if not _wrong(view, clause, words):
        return None
    subject = next((c for c in view.children[clause] if view.deps[c] == "nsubj"), None)
    if subject is None or view.tags[subject] in PRONOUN_TAGS \
            or any(view.deps[c] == "poss" and view.tags[c] in PRONOUN_TAGS for c in view.children[subject]):
        return None
    return subject


def _wrong(view, verb: int, words) -> bool:
    if any(view.deps[c] == "neg" for c in view.children[verb]):
        return False
    particle = next((view.words[c] for c in view.children[verb] if view.deps[c] == "prt"), "")
    form = view.words[verb]
    if (form, particle) in words["wrong"] or (form, "") in words["wrong"] and not particle:
        return True
    code = words["through"].get((form, ""))
    if code is None:
        return False
    infinitive = next((c for c in view.children[verb] if view.deps[c] == "xcomp"), None)
    if infinitive is None:
        return False
    return code != "-" or _wrong(view, infinitive, words)


def home_agent(view, subject: int, reader, speaker: str) -> tuple[str, tuple[int, ...]]:
    """An agent the subject names with no country ("the government", "the police"), of the speaker's country where
    the speaker names one: "Kenya's opposition said the government had ignored ..." accuses KENGOV, the speaker's own
    state, as the profile's `context_country` gives a countryless agent the country of the story."""
    from ..actors.arithmetic import COUNTRYLESS

    if speaker.startswith(COUNTRYLESS) or len(speaker) < 3 or speaker[:3] == "IGO":
        return "", ()
    phrase = view.noun_phrase(subject)
    for code in reader.meaning(phrase):
        for mark in COUNTRYLESS:
            if code.startswith(mark) and len(code) > len(mark):
                return speaker[:3] + code[len(mark):], tuple(phrase.words)
    return "", ()


def same_side(doer: str, speaker: str) -> bool:
    """Whether two actor codes are one side: equal, or one begins with the other ("UKR" and "UKRMIL")."""
    return doer.startswith(speaker) or speaker.startswith(doer)
