"""The sentence level (spec §5): discards, the top-level clauses, the output filter and the cooperation
expansion, turning a sentence's internal events into `CodedEvent` records.

Profile switches read here (`profiles.py`):
* `require_both_actors` on (petrarch2): a record needs a source and a target (§5.3); off: an event with
  a source and no target is kept with target "" (a statement, a protest);
* `agentless_material_conflict` on: a material-conflict event (CAMEO 14-20) with a target and no source
  is kept with source "";
* `main_clause_only` off: besides the top-level clauses, every other clause verb not already inside a
  coded clause is coded as a clause of its own;
* `fix_quirks` on: the upper of a clause is its subject, not a fronted bare NP (`compose.py`).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..nlp import doc_text
from .codes import to_cameo
from .compose import PASSIVE, Code, Composer, Event
from .noun_phrases import NounReader
from .phrases import Clause, SentenceView, phrase_view

COOPERATION_ROOTS = ("03", "04", "05", "06")
MATERIAL_CONFLICT_ROOTS = ("14", "15", "16", "17", "18", "19", "20")


@dataclass(frozen=True)
class CodedEvent:
    """One output record: (source, target, CAMEO code), with where it came from."""
    source: str
    target: str
    code: str
    verb: int
    source_tokens: tuple[int, ...] = ()
    target_tokens: tuple[int, ...] = ()
    pattern: str | None = None
    steps: tuple[str, ...] = field(default=(), compare=False)


def sentence_text(sent: Span) -> str:
    doc = sent.doc
    return doc_text(doc)[sent.start_char:sent.end_char]


def code_view(sent: Span, view: SentenceView, date: datetime.date | None, knowledge, profile,
              match) -> list[CodedEvent]:
    """The records of one sentence whose phrase view is `view` (discards already checked)."""
    reader = NounReader(view, knowledge.actors, date)
    composer = Composer(view, knowledge.verbs, reader, match, fix_quirks=profile.fix_quirks)
    events: list = []
    for clause in view.top:
        events.extend(composer.clause_events(clause))
    if not profile.main_clause_only:
        for clause in _other_clauses(view):
            events.extend(composer.clause_events(clause))
    records: list[CodedEvent] = []
    for event in events:
        if isinstance(event, Event):
            records.extend(_records(event, profile))
    return records


def _other_clauses(view: SentenceView) -> list[Clause]:
    """Clause verbs outside the top-level clauses' reach (relative clauses, pcomp, parataxis...)."""
    covered: set[int] = set()
    stack = list(view.top)
    while stack:
        cl = stack.pop()
        if cl.verb in covered:
            continue
        covered.add(cl.verb)
        stack.extend(cl.complements + cl.conjuncts + cl.coordinated)
    return [cl for v, cl in sorted(view.clauses.items()) if v not in covered and cl.dep != "acl"]


def _records(event: Event, profile) -> list[CodedEvent]:
    """§5.3: string targets only; each source gives a record; `~` printed `---`; cooperation pairs."""
    target = event.target
    if not isinstance(target, str) or target == PASSIVE:
        return []
    cameo = to_cameo(event.code)
    if cameo is None:
        return []
    sources = [s for s in event.sources if s]
    out: list[CodedEvent] = []
    if sources and target:
        out.extend(_record(s, target, cameo, event) for s in sources)
    elif not target and len(sources) >= 2 and cameo.startswith(COOPERATION_ROOTS):
        out.extend(_record(s, t, cameo, event) for s in sources for t in sources if s != t)
    elif sources and not target and not profile.require_both_actors:
        out.extend(_record(s, "", cameo, event) for s in sources)
    elif not sources and target and profile.agentless_material_conflict \
            and cameo.startswith(MATERIAL_CONFLICT_ROOTS):
        out.append(_record("", target, cameo, event))
    return out


def _printed(code: str) -> str:
    return code.replace("~", "---")


def _record(source: str, target: str, cameo: str, event: Event) -> CodedEvent:
    return CodedEvent(_printed(source), _printed(target), cameo, event.verb,
                      getattr(source, "tokens", ()) if isinstance(source, Code) else (),
                      getattr(target, "tokens", ()) if isinstance(target, Code) else (),
                      event.pattern, event.steps)


def code_sentence_with(sent: Span, date: datetime.date | None, knowledge, profile, match) -> list[CodedEvent]:
    """Discards (§2.5), then the phrase view, then the records."""
    discards = getattr(knowledge, "discards", None)
    if discards is not None and discards.sentence_discarded(sentence_text(sent)):
        return []
    return code_view(sent, phrase_view(sent), date, knowledge, profile, match)
