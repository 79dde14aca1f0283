"""The toll of an accident or a hazard told beside the harm is no event of force (profile `communique`, switch
`hazard_tolls`; session 44, branch hazard44).

`natural_causes` (natural_causes.py) drops a record of force whose own phrases name a hazard: its source ("a
landslide killed 12"), a dying verb's cause ("died of cholera"), what it is done to. Wire copy as often tells the
cause beside the harm, in a clause or a phrase of its own, and the harm with no actor at all: "23 people were killed
when a fire swept through a market", "died after a storm tore roofs off houses", "were crushed to death in a
stampede", "their boat overturned". CAMEO's 17-20 are an actor's acts and the PLOVER manual's ASSAULT needs an actor;
a disaster's toll is a statement of its speaker (the wire census rulings (176), (208): 010), never force. So a
record of coercion or force (roots 17-20) is dropped where

- its own verb is one of accident used with no object, or with a fire as its object ("the boat overturned", "a fuel
  truck caught fire"), or its subject is a fire told by its place with no actor's modifier (a subject that is another
  cause is natural_causes's);
- or its clause names no agent (a passive with no BY phrase, or a verb of dying: "were killed", "drowned") and a
  WHEN, AFTER or AS clause hung on it tells an accident with no agent below it (`accident_clause`: a verb of accident
  so used, or a subject that is a cause: natural_causes's nouns, a fire named with an article or by its place, a named
  storm; "were killed when a tunnel caved in", "died after a storm tore roofs off houses"; not "when their helicopter
  crashed after being hit by rebel fire"), or one of its IN, DURING, OF or FROM phrases is headed by a cause ("were
  crushed to death in a stampede").

A fire with no article is gunfire where an actor's word modifies it ("Israeli fire", "artillery fire", "fire from
troops"); with a place (AT, IN) and no such modifier it is a fire ("Fire at a bus depot kills 11": a headline drops the
article). An act with an agent keeps its record ("militants set fire to a bus", "their convoy was ambushed by rebels",
"police fired tear gas" beside a stampede), and a bomb's explosion is no accident: EXPLODE is no verb of accident
(data/coder_natural_causes.tsv).
"""
from __future__ import annotations

from typing import Sequence

from ..cameo_roots import COERCION_AND_FORCE_ROOTS
from ..phrases import SentenceView
from .natural_causes import DIE_VERBS, _is_cause, _named_hazard, accident_verbs, set_by_someone

COERCION_ROOT = "17"
TIME_MARKERS = frozenset({"WHEN", "AFTER", "AS", "ONCE", "WHILE"})  # "were killed when a fire swept through"
CAUSE_PREPOSITIONS = frozenset({"IN", "DURING", "OF", "FROM"})  # "crushed to death in a stampede"
FIRE_WORDS = frozenset({"FIRE", "FIRES", "BLAZE", "BLAZES", "FLAMES"})  # "caught fire": an accident's object
PLACE_PREPOSITIONS = frozenset({"AT", "IN"})  # "Fire at a bus depot": a place, no target ("fire on protesters")
ACTOR_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})  # "Israeli fire", "artillery fire"
AGENT_DEPS = frozenset({"agent"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# verbs whose subject is the one who dies: "were killed" names no agent by its passive, "drowned" by its verb
DYING_VERBS = DIE_VERBS | frozenset({"DROWN", "DROWNS", "DROWNED", "DROWNING", "SUFFOCATE", "SUFFOCATED"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


def without_hazard_tolls(records: Sequence, view: SentenceView) -> list:
    """The records less those of coercion or force whose clause tells an accident, or which name no agent and are
    told with an accident's clause or cause beside them (see the module docstring)."""
    return [r for r in records if not (r.code.startswith((COERCION_ROOT, *COERCION_AND_FORCE_ROOTS))
                                       and _hazard_toll(r.verb, view))]


def _hazard_toll(verb: int, view: SentenceView) -> bool:
    if _accident_verb(view, verb) or _all_subjects(view, verb, _placed_fire):
        return True  # "their boat overturned", "Fire at a bus depot kills 11" (a cause as subject: natural_causes)
    if not _agentless(view, verb):
        return False
    for k in view.children[verb]:
        if view.deps[k] == "advcl" and _time_marked(view, k) and accident_clause(view, k) \
                and not _agent_below(view, k):
            return True  # "were killed when a tunnel caved in"
        if view.deps[k] == "prep" and view.words[k] in CAUSE_PREPOSITIONS and _cause_object(view, k):
            return True  # "were crushed to death in a stampede"
    return False


def accident_clause(view: SentenceView, verb: int) -> bool:
    """Whether the clause of `verb` tells an accident: a verb of accident with no object or a fire as its object
    ("overturned", "caught fire"), or a subject that is a cause ("a fire swept through", "a storm tore roofs off")."""
    return _accident_verb(view, verb) or _all_subjects(view, verb, _cause_head)


def _accident_verb(view: SentenceView, verb: int) -> bool:
    """Whether `verb` is one of accident with no object or a fire as its object ("overturned", "caught fire")."""
    objects = [k for k in view.children[verb] if view.deps[k] in OBJECT_DEPS]
    return view.words[verb] in accident_verbs() and all(view.words[k] in FIRE_WORDS for k in objects)


def _all_subjects(view: SentenceView, verb: int, test) -> bool:
    subjects = [k for k in view.children[verb] if view.deps[k] in SUBJECT_DEPS]
    return bool(subjects) and all(test(view, k) for k in subjects)


def _cause_head(view: SentenceView, head: int) -> bool:
    """Whether a noun phrase's head names a cause no one acts by (natural_causes's reading) or a fire at a place."""
    return _is_cause(view, head) or _named_hazard(view, head) or _placed_fire(view, head)


def _placed_fire(view: SentenceView, head: int) -> bool:
    """Whether `head` is a fire told by its place with no actor's word on it: "Fire at a bus depot kills 11", where
    "Israeli fire", "artillery fire" and "fire from troops" are gunfire."""
    if view.words[head] not in FIRE_WORDS or set_by_someone(view, head):
        return False
    kids = view.children[head]
    return (not any(view.deps[k] in ACTOR_MODIFIERS for k in kids)
            and any(view.deps[k] == "prep" and view.words[k] in PLACE_PREPOSITIONS for k in kids)
            and not any(view.deps[k] == "prep" and view.words[k] not in PLACE_PREPOSITIONS for k in kids))


def _agentless(view: SentenceView, verb: int) -> bool:
    """Whether the clause of `verb` names no agent: a passive with no BY phrase ("were killed"), or a verb of dying
    ("drowned", "died"), whose subject is the one who dies."""
    clause = view.clauses.get(verb)
    if any(view.deps[k] in AGENT_DEPS for k in view.children[verb]):
        return False
    return (clause is not None and clause.passive) or view.words[verb] in DYING_VERBS


def _time_marked(view: SentenceView, verb: int) -> bool:
    """Whether the adverbial clause of `verb` is one of time ("when", "after", "as")."""
    return any(view.deps[k] in ("mark", "advmod") and view.words[k] in TIME_MARKERS for k in view.children[verb])


def _cause_object(view: SentenceView, prep: int) -> bool:
    return any(view.deps[k] == "pobj" and _cause_head(view, k) for k in view.children[prep])


def _agent_below(view: SentenceView, verb: int) -> bool:
    """Whether an agent (a BY phrase of a passive) stands anywhere below `verb`: "crashed after being hit by rebel
    fire" tells someone's force, no accident."""
    below = list(view.children[verb])
    while below:
        k = below.pop()
        if view.deps[k] in AGENT_DEPS:
            return True
        below.extend(view.children[k])
    return False
