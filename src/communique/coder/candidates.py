"""The words the pattern matcher (match.py) offers a clause's patterns beyond its subjects, objects and PPs: the verb's
particles ("laid DOWN its weapons"), a vehicle's load ("planes carrying TENTS"), and the word right before the verb
("VERBALLY attacked", "TEST-fired"), each for a switch of the `communique` profile (`particle_patterns`,
`carried_cargo`, `preverbal_words`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .phrases import Clause, NounPhrase, PrepPhrase, SentenceView

PREVERBAL_DEPS = frozenset({"advmod", "npadvmod"})  # "VERBALLY attacked", "TEST-fired" (`preverbal_words`)


def with_preverbal_words(clause: Clause, view: SentenceView) -> Clause:
    """The clause with the adverb right before its active verb ("verbally attacked"), or the first part of its
    hyphenated verb ("test-fired": a noun spaCy hangs on the verb), among its PRE candidates after its subjects:
    PETRARCH-2 offers only the subject NPs, so the dictionary's patterns of a word before the verb never match."""
    verb, words, deps = clause.verb, view.words, view.deps
    if clause.passive:
        return clause
    before = [c for c in view.children[verb] if c < verb and deps[c] in PREVERBAL_DEPS
              and all(words[k] == "-" for k in range(c + 1, verb))]
    if not before:
        return clause
    return replace(clause, subject_candidates=[*clause.subject_candidates,
                                               *(NounPhrase(k, [k], [], kind="advp") for k in before)])


def with_object_of_phrases(clause: Clause) -> Clause:
    """The clause with the OF phrases its direct objects hold among its own PPs, after them: spaCy hangs "of" on the
    object in "accused Egypt of torture", "stripped 20 activists of their citizenship", "suspected the men of
    treason", where a constituency parse (PETRARCH-2's) has the PP under the verb's VP, so the dictionary's `(OF
    TORTURE)`, `(OF CITIZENSHIP)`, `(OF TREASON)` slots never met it. The phrase is offered to the verb's PP slots
    only; the object keeps it for its own reading unless a pattern consumed its words."""
    if clause.passive or not clause.objects:
        return clause
    held = [pp for np in clause.objects for pp in np.pps if pp.text == "OF" and pp.obj is not None]
    if not held:
        return clause
    return replace(clause, pps=[*clause.pps, *held])


def inner_prep_phrases(clause: Clause, view: SentenceView) -> dict[int, PrepPhrase]:
    """The PP a compound preposition's first word holds, by that word's PP: spaCy hangs "of the talks" on "out" in
    "pulled out of the talks" ("away from", "back to" alike), an OUT phrase with no object, where a constituency
    parse (PETRARCH-2's) has both phrases under the verb's VP, so the dictionary's `(OUT) (OF COALITION)` never met
    the OF phrase. Offered only to a pattern's slot written right after the outer phrase's (match.py)."""
    if clause.passive:
        return {}
    words, deps, children = view.words, view.deps, view.children
    inner: dict[int, PrepPhrase] = {}
    for pp in clause.pps:
        if pp.obj is not None or pp.clause is not None or len(children[pp.prep]) != 1:
            continue
        held = children[pp.prep][0]
        objects = [k for k in children[held] if deps[k] == "pobj"]
        if deps[held] == "prep" and objects:
            inner[pp.prep] = PrepPhrase(held, words[held], view.noun_phrase(objects[0]))
    return inner


def verb_particles(clause: Clause, view: SentenceView) -> tuple[int, ...]:
    """The verb's particles (spaCy `prt`: "laid DOWN", "built UP"), with objects or without ("will step DOWN", as
    an `advmod` particle always is: spaCy labels the same particle either way)."""
    if clause.passive:
        return ()
    return tuple(k for k in view.children[clause.verb] if view.deps[k] == "prt")


def particle_phrases(clause: Clause, view: SentenceView, particles: Sequence[int]) -> list[PrepPhrase]:
    """Each particle with the direct object that follows it, as the PP a constituency parse (PETRARCH-2's) may make
    of them: "shrugged OFF the sanctions" meets `- * (OFF SANCTIONS)`, "set ASIDE the rift" `- * (ASIDE RIFT)`,
    "called UP the reserves" `- * (UP &MILITARY)`, where spaCy has a particle and an object. A particle that heads
    an object of its own (spaCy's `prt` over a `pobj`: "called ON Yland to ...", where the same words parse as a PP
    as often) is a preposition by the parse's own structure, its PP that object: `- * (ON)` [020]."""
    phrases: list[PrepPhrase] = []
    for k in particles:
        own = [c for c in view.children[k] if view.deps[c] == "pobj"]
        if own:
            phrases.append(PrepPhrase(k, view.words[k], view.noun_phrase(own[0])))
            continue
        after = [np for np in clause.objects if np.kind != "advp" and min(np.words, default=np.head) > k]
        if after:
            phrases.append(PrepPhrase(k, view.words[k], min(after, key=lambda np: np.head)))
    return phrases


def bare_particles(clause: Clause, view: SentenceView) -> tuple[int, ...]:
    """Particles the parse labels `prep` but tags RP and gives no object ("caved IN to", "backed DOWN over"):
    a preposition without an object after its verb is the verb's particle."""
    return tuple(k for k in view.children[clause.verb] if view.deps[k] == "prep" and view.tags[k] == "RP"
                 and not view.children[k]) if not clause.passive else ()


def loads_first(nps: Sequence[NounPhrase], view: SentenceView, cargo: dict[str, frozenset[str]]) -> list[NounPhrase]:
    """The candidates with each vehicle's load just before it (data/coder_carried_cargo.tsv)."""
    out: list[NounPhrase] = []
    for np in nps:
        out.extend(vehicle_loads(np, view, cargo))
        out.append(np)
    return out


def vehicle_loads(np: NounPhrase, view: SentenceView, cargo: dict[str, frozenset[str]],
                  depth: int = 0) -> list[NounPhrase]:
    """What a vehicle NP says it carries: the object of a carrying participle ("planes carrying tents"), the WITH
    object of a loading one ("trucks loaded with food"), or the load of the vehicles it is made of ("a convoy of
    trucks carrying food")."""
    if np.kind == "advp" or view.words[np.head] not in cargo["vehicle"]:
        return []
    loads: list[NounPhrase] = []
    for clause in np.acl:
        if clause.form in cargo["carrying"]:
            loads.extend(clause.objects)
        elif clause.form in cargo["loading"]:
            loads.extend(pp.obj for pp in clause.pps if pp.text == "WITH" and pp.obj is not None)
    if not loads and not depth:
        loads = [load for pp in np.pps if pp.text == "OF" and pp.obj is not None
                 for load in vehicle_loads(pp.obj, view, cargo, 1)]
    return [part for load in loads for part in _measured(load, view)]


def _measured(load: NounPhrase, view: SentenceView) -> list[NounPhrase]:
    """A load given as an amount ("a plane carrying 10 tonnes of medicines", "trucks loaded with $2 million worth
    of food"; data/coder_amounts.tsv) is the thing measured, its OF or IN object, then the amount; else the load."""
    from .nouns.acts import amount_words  # the nouns package reads the phrase view: imported where used
    if view.words[load.head] not in amount_words():
        return [load]
    return [pp.obj for pp in load.pps if pp.text in ("OF", "IN") and pp.obj is not None] + [load]
