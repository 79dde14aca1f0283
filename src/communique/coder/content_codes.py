"""An appeal, intent or demand completed from what it asks for (profile `communique`, switch `additions`).

`refined_by_content`: an appeal, intent or demand that the dictionary codes only by its root (020, 030, 100)
while its object blocks its complement clause ("called on all parties to stop hostilities": PETRARCH keeps
CALL's 020 and drops the complement, spec §4.7) takes the sub-code of what it asks for, as the CAMEO manual
codes appeals (0256 appeal to de-escalate, 023 appeal for aid): the complement's own verb code combined with
the appeal's, by PETRARCH's arithmetic or the composition table of `additions.py`
(`data/coder_additions_composition.tsv`), when that gives a code of the same root. Dyad and verb stay
PETRARCH's. With no target, it takes the actors its content names, unless it is a reciprocal event (every
participant an actor, no recipient: `reciprocal_actor_lists`, `venues`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .actors.arithmetic import first_actor
from .additions import table_code
from .codes import combine, to_cameo, to_internal
from .phenomena.written_codes import as_written
from .recall import RECIPROCAL_STEP

# Roots the CAMEO manual codes by their content: appeal, express intent, demand; their generic codes.
CONTENT_ROOTS = {"02": "020", "03": "030", "10": "100"}


def refined_by_content(sentence, records: Sequence, knowledge, date=None, person_names: bool = False,
                       written_codes: bool = False, common_words: bool = False) -> list:
    """The records of one sentence, an appeal, intent or demand completed from its content (see the module
    docstring): coded only by its root, it takes the content's sub-code; with no target, it takes the actors
    its content names ("called for reaching a ceasefire in Libya": LBY). Other records unchanged. With
    `person_names` (the switch), a country word that is a word of a person's name names no country. With
    `written_codes` (the switch), the content's code is read as its pattern writes it (CANCEL's RALLY 082, not 0842)."""
    if not any(r.code[:2] in CONTENT_ROOTS and (r.code in CONTENT_ROOTS.values() or not r.target)
               for r in records):
        return list(records)
    from .match import match_verb
    from .actors.person_names import sentence_reader
    from .phrases import phrase_view

    view = phrase_view(sentence)
    reader = sentence_reader(sentence, view, knowledge.actors, date, person_names,
                             common_words=common_words)
    out = []
    for record in records:
        clause = view.clauses.get(record.verb)
        if clause is None or record.code[:2] not in CONTENT_ROOTS:
            out.append(record)
            continue
        for content in _contents(clause):
            if record.code in CONTENT_ROOTS.values():
                m = match_verb(content, view, knowledge.verbs)
                inner = as_written(m.code, m.pattern and m.pattern.text) if written_codes else m.code
                code = _content_code(to_internal(record.code), inner) if inner else \
                    _light_content_code(record.code, clause, content, view, knowledge.verbs, match_verb)
                if code is not None:
                    record = replace(record, code=code, steps=tuple(record.steps) + (f"addition content {content.form}",))
            if not record.target and RECIPROCAL_STEP not in record.steps:  # a reciprocal event has no recipient
                target, tokens = _content_target(content, reader, record.source)
                if target:
                    record = replace(record, target=target, target_tokens=tokens,
                                     steps=tuple(record.steps) + (f"addition target from {content.form}",))
        out.append(record)
    return out


def _contents(clause) -> list:
    """What an appeal asks for: its infinitive ("called on X to stop"), or the gerund of its FOR phrase
    ("called for reaching a ceasefire")."""
    return [c for c in clause.complements if c.dep == "xcomp"] + \
        [pp.clause for pp in clause.pps if pp.text == "FOR" and pp.clause is not None]


def _content_target(content, reader, source: str) -> tuple[str, tuple[int, ...]]:
    """The first actor the content names, in its objects, else in their or its prepositional phrases (as
    PETRARCH reads a lower set, spec §4.5), other than the source itself."""
    return first_actor(reader, list(content.objects) + [pp.obj for pp in content.pps if pp.obj is not None], source)


def _light_content_code(code: str, clause, content, view, verbs, match_verb) -> str | None:
    """A content verb with no code of its own ("reach", "achieve", "establish") asks for its object: the
    appeal is matched against its own patterns as if it named that object ("called for reaching a
    ceasefire" as "called for a ceasefire", CALL's `(FOR &CEASEFIRE)` 0256)."""
    from .phrases import PrepPhrase

    for obj in content.objects:
        for asked in (replace(clause, objects=[obj], complements=[]),
                      replace(clause, objects=[], complements=[],
                              pps=[PrepPhrase(prep=obj.head, text="FOR", obj=obj)])):
            found = to_cameo(match_verb(asked, view, verbs).code)
            if found and found[:2] == code[:2] and found != code:
                return found
    return None


def _content_code(outer: int | None, inner: int) -> str | None:
    if not outer or inner <= 0:
        return None  # no content code, or a negated one
    value = table_code(outer, inner)  # the table first: PETRARCH's codes alias 0841/0842 with 082
    if value is None and inner >= 0x1000:
        return None  # another speech act the table does not pair with this one (a consultation is one: 0xB000)
    cameo = to_cameo(value if value is not None else combine(outer, inner))
    outer_cameo = to_cameo(outer)
    if cameo is None or outer_cameo is None or cameo[:2] != outer_cameo[:2] or cameo == outer_cameo:
        return None
    return cameo
