"""Who does an event noun's act to whom (`events.py` finds the noun and its place; this reads its sides).

The noun's own arguments: BY names the doer (also where spaCy hangs it on the OF object: "the expulsion of two
diplomats by Xland"), ON / AGAINST / WITH / TO / INTO / TOWARD(S) / UPON the target,
BETWEEN X AND Y both (each a doer towards the others, as PETRARCH expands cooperating sources), OF and the
possessor by the noun's argument structure (the table's GENITIVE column: "the arrest of X" is done to X,
"protests of workers" by them), and modifiers naming an actor the doer ("Xlandian air strikes"), or the
target after "anti-" ("anti-Xland protests").
The governing clause adds its subject (the doer of a support verb, the undergoer of a converse one) and
its own prepositional phrases; the clause's negation ("did not hold talks"), or the noun's own ("there were
no clashes"), is folded into the code as for a verb (spec §4.5).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..codes import NEGATE, to_written
from ..code_tokens import phrase_tokens, tagged
from ..compose import Event
from ..actors.arithmetic import mix_codes, split_codes
from ..phrases import NounPhrase, PrepPhrase, SentenceView

if TYPE_CHECKING:
    from .events import EventNoun, Place

STEP = "noun event:"  # the prefix of the step every event of this layer carries (adapter: confidence)
SOURCE_PREPS = frozenset({"BY"})
TARGET_PREPS = frozenset({"ON", "AGAINST", "WITH", "TO", "INTO", "TOWARD", "TOWARDS", "UPON"})
PAIR_PREPS = frozenset({"BETWEEN", "AMONG"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
NEGATIVE_DETERMINERS = frozenset({"NO"})


@dataclass
class Sides:
    sources: list[str]
    targets: list[str]
    pairs: list[list[str]]
    source_tokens: list[int]
    target_tokens: list[int]


def noun_event(view: SentenceView, composer, i: int, entry: EventNoun, place: Place) -> list[Event]:
    """The events the noun at `i` tells, in its place: its sides read from its arguments and the clause's,
    its code negated where the clause or the noun is."""
    reader = composer.reader
    np = view.noun_phrase(i)
    sides = Sides([], [], [], [], [])
    skip = {k for k in view.children[i] if view.words[k] in entry.words[:-1]}
    for k in view.children[i]:
        if k in skip:
            continue
        if view.deps[k] in MODIFIER_DEPS:
            anti = any(view.words[j].startswith("ANTI") for j in range(max(k - 2, 0), k + 1))
            _add(sides, reader.meaning(view.noun_phrase(k)), (k,), target=anti)
        elif view.deps[k] == "poss":
            _add(sides, reader.meaning(view.noun_phrase(k)), phrase_tokens([view.noun_phrase(k)]),
                 target=entry.genitive == "patient")
    for pp in np.pps:
        _pp_role(sides, reader, pp, entry.genitive)
    cl = place.clause
    if cl is not None and place.verb_role:
        if place.verb_role in ("support", "undergo") and not cl.passive and cl.dep != "acl":
            nps = cl.upper or cl.subject_candidates
            _add(sides, composer.upper_codes(nps), phrase_tokens(nps), target=place.verb_role == "undergo")
        for pp in cl.pps:
            if pp.prep != place.pp and pp.obj is not None and pp.obj.head != i:
                _pp_role(sides, reader, pp, "")
    code = to_written(entry.code) or 0
    step = f"{STEP} {' '.join(entry.words)} {entry.code} ({place.kind} of {cl.form if cl else 'the sentence'})"
    steps: tuple[str, ...] = (step,)
    if cl is not None and cl.negated:
        code -= NEGATE
        steps += (f"negate: not in {cl.form}",)
    elif any(view.words[k] in NEGATIVE_DETERMINERS and view.deps[k] in ("det", "neg") for k in view.children[i]):
        code -= NEGATE  # "there were no clashes": the noun's own negation, folded in as a verb's "not"
        steps += (f"negate: {view.words[i]} with a negative determiner",)
    verb = cl.verb if cl is not None else i
    return _assemble(sides, code, verb, steps, phrase_tokens([np]))


def _pp_role(sides: Sides, reader, pp: PrepPhrase, genitive: str) -> None:
    if pp.obj is None:
        return
    text = pp.text
    if text in PAIR_PREPS:
        parts = [p for p in (_side(reader, part) for part in _conjuncts(reader.view, pp.obj)) if p]
        if len(parts) >= 2:
            sides.pairs.extend(parts)
            return
        text = "WITH"
    if text in SOURCE_PREPS or (text == "OF" and genitive == "agent"):
        _add(sides, reader.pp_meaning(pp), phrase_tokens([pp.obj]), target=False)
    elif text in TARGET_PREPS or (text == "OF" and genitive in ("patient", "split")):
        _add(sides, reader.pp_meaning(pp), phrase_tokens([pp.obj]), target=True)
        if text == "OF":  # "the expulsion of two diplomats by Poland": spaCy hangs the noun's BY on its OF object
            for inner in pp.obj.pps:
                if inner.text in SOURCE_PREPS and inner.obj is not None:
                    _add(sides, reader.pp_meaning(inner), phrase_tokens([inner.obj]), target=False)


def _conjuncts(view: SentenceView, np: NounPhrase) -> list[NounPhrase]:
    """"Xland and Yland" as its conjuncts, each a noun phrase of its own."""
    conj = [n for n in np.nested if view.deps[n.head] == "conj"]
    return [replace(np, nested=[n for n in np.nested if n not in conj])] + conj


def _side(reader, np: NounPhrase) -> list[str]:
    return tagged(reader.meaning(np), phrase_tokens([np]))


def _add(sides: Sides, codes: list[str], tokens, target: bool) -> None:
    if not codes:
        return
    (sides.targets if target else sides.sources).extend(tagged(codes, tuple(tokens)))
    (sides.target_tokens if target else sides.source_tokens).extend(tokens)


def _mixed(codes: list[str]) -> list[str]:
    """Actors and agents read from several places of one side, mixed as one noun phrase's (spec §3.5)."""
    actors, agents = split_codes(codes)
    mixed = mix_codes(agents, actors)
    tokens = tuple(t for c in codes for t in getattr(c, "tokens", ()))
    return tagged(list(dict.fromkeys(mixed)), tokens)


def _assemble(sides: Sides, code: int, verb: int, steps: tuple[str, ...], noun_tokens) -> list[Event]:
    sources, targets = _mixed(sides.sources), _mixed(sides.targets)
    source_hint = tuple(sorted(set(sides.source_tokens))) or tuple(noun_tokens)
    target_hint = tuple(sorted(set(sides.target_tokens)))
    if sides.pairs:
        out = []
        for a, part in enumerate(sides.pairs):
            for b, other in enumerate(sides.pairs):
                if a != b:
                    out.extend(Event(tuple(_mixed(part)), t, code, verb, None, steps + ("noun event: between",),
                                     _hint(part), _hint([t])) for t in _mixed(other))
        return out
    return [Event(tuple(sources), t, code, verb, None, steps, source_hint, target_hint or _hint([t]))
            for t in (targets or [""])]


def _hint(codes) -> tuple[int, ...]:
    return tuple(sorted({t for c in codes for t in getattr(c, "tokens", ())}))
