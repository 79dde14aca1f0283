"""A speaker's word that it will do something is the intent to do it (profile `communique`, switch
`announced_intents`; data/coder_announced_intents.tsv; session 46, branch intent46).

"The government said it would raise teachers' pay", "Norway said it would double the number of U.S. Marines in the
country", "The EU will set up a payment channel for Iranian oil, Mogherini told reporters": wire copy tells an
intent by a speaker's word that it will act. The wire census rulings (census 8's conventions: "an act announced for
later is the intent to do it") and the CAMEO codebook's 03 ("Express intent to cooperate": 030-039, an offer, a
promise, a commitment) code it as the intent; the PLOVER manual codes an act "reported in future tense" as AGREE.
PETRARCH-2 reaches the intent only where the act intended has a code of its own (rule `a (a b Q) SAY` makes "said it
would free the prisoners" the act, and the mood table its intent, 0353); where the act's verb has none in
CAMEO.2.0.txt ("raise", "double", "set up", "phase in", "work with"), the uncoded content is swallowed and the record
is the verb of saying's bare statement, 010.

So a statement (CAMEO 010) whose verb of saying governs a content clause (its `ccomp`), or hangs as a reporting
clause on one (speech reported first: "X will ..., the minister said"), is recoded as the intent that content tells
where the content is announced for later (WILL, WOULD, SHALL: not "could", "may"), is not negated (a refusal is
another family), has an active subject that is the speaker's own side, which can commit itself (a pronoun: "it", "they", "he"; an
actor of the speaker's own country: "the minister said Paris would"; a body the actor dictionary gives no country:
"the council would"), and tells an act: not a forecast ("said inflation would fall", "said Yland would lose": no
actor commits itself, or another does), not an outcome or a state ("would become a hub", "would win"), not a
schedule told in the passive ("the results would be announced"), and not a plan only to weigh or study ("would
study the report": CAMEO's 014, no act). The intent's code is the content's act as the mood table reads it
announced for later where that act is cooperation or yielding (05-08: "would reopen the border" 0351 by the intent
table), the act's own code where it is itself an intent (03), else 030 "Express intent to cooperate, not specified
below"; an act that names a conflict act ("would extend the walkout", "would keep the sanctions") is left; a
content that is itself a statement (CONFER's TALK, 010) or a verb of telling ("would announce its
results") is an intent only where it names a counterpart ("would talk to Yland": 030, as `ready_to_cooperate` reads
"ready to talk to Yland"). A content whose act is coercion or force (a threat, 13x) or a statement, appeal or meeting of its own is
left as it was: the threats are read elsewhere. Its source is the statement's; its target is the act's partner
(the object of WITH, "would work with China"), else an actor of another country the act names, else the
statement's own.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError

TABLE = "coder_announced_intents.tsv"
KINDS = ("future", "pronoun", "institution", "deliberation", "state", "telling", "conflict")
STATEMENT = "010"  # CAMEO 010 "Make statement": the bare statement of a verb of saying
UNNAMED_INTENT = "030"  # CAMEO 030 "Express intent to cooperate, not specified below"
SPOKEN_INTENT = "01"  # the mark of a content that is itself a statement: an intent only toward a counterpart named
INTENT_ROOT = "03"
PROMISED_ROOTS = frozenset({"05", "06", "07", "08"})  # cooperation and yielding: announced, an intent (mood table)
STEP = "addition: an act announced for later by its doer, the intent to do it (announced_intents)"
REPORTING_DEPS = frozenset({"ccomp", "parataxis"})  # a reporting clause hung on speech reported first
PARTNER_PREPOSITION = "WITH"


@lru_cache(maxsize=1)
def announced_words() -> dict[str, frozenset[str]]:
    """kind -> the words of data/coder_announced_intents.tsv."""
    path = data_path(TABLE)
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for number, fields in tsv_rows(path, "the coder's announced intents", header={"kind"}):
        if len(fields) != 3 or fields[0] not in found or not fields[1].isupper():
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>WORD<TAB>phenomenon' "
                                f"(kind one of {', '.join(KINDS)}).")
        found[fields[0]].add(fields[1])
    return {kind: frozenset(words) for kind, words in found.items()}


def announced_intent_records(sentence, records: Sequence, knowledge, date=None, person_names: bool = False,
                             possessors_read: bool = False, common_words: bool = False) -> list:
    """The records of one sentence, each bare statement that announces its speaker's own act for later recoded as
    the intent to do it (module docstring)."""
    if not any(r.code == STATEMENT and r.source for r in records):
        return list(records)
    from ..phrases import phrase_view

    view = phrase_view(sentence)
    out, reader = [], None
    for record in records:
        content = _announced_content(view, record.verb) if record.code == STATEMENT and record.source else None
        if content is not None and any(r.verb != record.verb and _under(view, r.verb, content) for r in records):
            content = None  # an act of the content coded by a record of its own is read already
        if content is not None and reader is None:
            from ..actors.person_names import sentence_reader

            reader = sentence_reader(sentence, view, knowledge.actors, date, person_names, possessors_read,
                                     common_words)
        clause = view.clauses[content] if content is not None else None
        code = _intent_code(view, clause, knowledge) if clause and _own_side(view, clause, reader, record) \
            and not _conflict_named(view, clause) else None
        if code is None:
            out.append(record)
            continue
        target, tokens = _partner(view, clause, reader, record.source)
        if code == SPOKEN_INTENT:
            if not target:  # "said it would talk about the budget": a statement to come, no partner
                out.append(record)
                continue
            code = UNNAMED_INTENT  # "said it would talk to Yland": the intent to cooperate with a counterpart
        if not target:
            target, tokens = record.target, record.target_tokens
        out.append(replace(record, code=code, target=target, target_tokens=tokens, pattern=None,
                           steps=tuple(record.steps) + (STEP,)))
    return out


def _announced_content(view, verb: int) -> int | None:
    """The content clause a verb of saying reports, where it is an act its subject announces for later: its
    `ccomp`, else the clause it hangs on as speech reported first; None where there is none such."""
    children = view.children[verb]
    found = next((c for c in children if view.deps[c] == "ccomp"), None)
    if found is None and view.deps[verb] in REPORTING_DEPS and view.heads[verb] != verb:
        found = view.heads[verb]
    if found is None or found not in view.clauses or not view.tags[found].startswith("VB"):
        return None
    words = announced_words()
    if view.words[found] in words["deliberation"] | words["state"] | words["telling"]:
        return None  # "would study the report": a plan to weigh; "would become a hub": a state; "would announce"
    kids = view.children[found]
    auxiliaries = {view.words[k] for k in kids if view.deps[k] == "aux"}
    if not auxiliaries & words["future"] or any(view.deps[k] == "neg" for k in kids):
        return None
    return found


def _under(view, token: int, head: int) -> bool:
    """Whether `token` is `head` or hangs under it in the phrase view."""
    for _ in range(view.end - view.start + 1):
        if token == head:
            return True
        if view.heads[token] == token:
            return False
        token = view.heads[token]
    return False


def _own_side(view, clause, reader, record) -> bool:
    """Whether the content's active subject is the speaker's own side, which can commit itself: a pronoun ("said it
    would", "they would"), an actor of the speaker's own country or the speaker's own code ("the minister said
    Paris would"), or a body the dictionary gives no country ("the council would"). A passive's subject ("the
    results would be announced") and any other actor ("said Yland would", a forecast of another's act) are not."""
    from ..actors.arithmetic import printed_code

    if clause.passive or len(clause.subjects) != 1:
        return False
    subject, words = clause.subjects[0], announced_words()
    word = view.words[subject.head]
    if word in words["pronoun"]:
        return True
    codes = [printed_code(c) for c in reader.meaning(subject)]
    codes = [c for c in codes if c]
    if not codes:
        return word in words["institution"] or (word.endswith("S") and word[:-1] in words["institution"])
    return any(c == record.source or (c[:3] == record.source[:3] and c[:3] != "---") for c in codes)


def _conflict_named(view, clause) -> bool:
    """Whether the act names a conflict act as its object or in its phrases ("would extend the walkout", "would step
    up operations against the rebels", "would keep the sanctions"): a noun of the table's kind conflict or a measure
    imposed on others of data/act_nouns.tsv (naming_judgements.imposed_measures); such an act announced is a threat
    or a statement, never an intent to cooperate."""
    from ..nouns.acts import singular_forms
    from .naming_judgements import imposed_measures

    nouns = announced_words()["conflict"] | imposed_measures()
    phrases = list(clause.objects) + [pp.obj for pp in clause.pps if pp.obj is not None]
    return any(word in nouns or any(form in nouns for form in singular_forms(word))
               for word in (view.words[np.head] for np in phrases))


def _intent_code(view, clause, knowledge) -> str | None:
    """The intent a content announces: its act's intent where that is cooperation or yielding, its own code where it
    is an intent, 030 where it has no code (or only a statement's); None for any other act (a threat is not read
    here, nor a meeting, an appeal or a statement of its own)."""
    from ..additions import mood_code
    from ..codes import to_cameo
    from ..match import match_verb

    done = to_cameo(match_verb(clause, view, knowledge.verbs).code)
    if not done:
        return UNNAMED_INTENT
    if done[:2] == STATEMENT[:2]:
        return SPOKEN_INTENT  # an intent only where a counterpart is named (the caller's)
    if done[:2] == INTENT_ROOT:
        return done
    if done[:2] in PROMISED_ROOTS:
        return mood_code(done, "future")
    return None


def _partner(view, clause, reader, source: str) -> tuple[str, tuple[int, ...]]:
    """The act's partner: an actor its WITH phrase names, else one of another country its objects or phrases name;
    ("", ()) where there is none."""
    from ..actors.arithmetic import printed_code

    partners = [pp.obj for pp in clause.pps if pp.obj is not None and view.words[pp.prep] == PARTNER_PREPOSITION]
    others = list(clause.objects) + [pp.obj for pp in clause.pps if pp.obj is not None]
    for phrases, foreign in ((partners, False), (others, True)):
        for np in phrases:
            for code in reader.meaning(np):
                printed = printed_code(code)
                if printed and printed != source and not (foreign and printed[:3] == source[:3]):
                    return printed, tuple(np.words)
    return "", ()
