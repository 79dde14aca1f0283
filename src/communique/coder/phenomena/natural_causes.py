"""Death or damage by a disease, a natural hazard or an accident is no event of force (profile `communique`,
switch `natural_causes`).

"Cholera has killed 120 people in Yemen", "the storm destroyed hundreds of homes", "dozens were killed by a
landslide", "three children died of measles": the dictionary codes the verb (KILL, DESTROY, DIE: 190), and with no
actor read from the subject the profile's `agentless_material_conflict` gave the sentence a force event by an
unidentified actor. The CAMEO codebook's force codes (18-20) are an actor's acts, and the ACLED codebook leaves
disasters, disease and accidents out. CAMEO.2.0.txt's KILL block says so itself for a few nouns ("- EARTHQUAKE *
[---]", "- VIRUS * [---]", "- * (IN ACCIDENT) [---]"); data/coder_natural_causes.tsv gives the rule its nouns.

A record of force (roots 18-20) is dropped where its source phrase (the subject, or a passive's BY phrase) is
headed by such a noun (or, where it names no actor, has one among its heads: "a magnitude 6.8 earthquake"), or where its verb is one of dying (DIE_VERBS) and the verb's phrase of cause (OF, FROM, IN)
is headed by one ("died of cholera", "perished in the floods"), or where what it is done to (its object, else its
target phrase) is headed only by one ("sent doctors to help fight the Ebola outbreak", "firefighters battled a blaze":
session 29, with `hazard_discards`, which lets such sentences be coded). Any other phrase keeps the record: "gunmen
killed 12 villagers during the floods" is an attack. Session 35 (branch psweep35): a storm named by a proper name
under the hazard noun ("Typhoon Rai struck the central Philippines", "Hurricane Ian destroyed"; the name is the
phrase's head) is such a phrase; and a record of coercion (CAMEO 17) done only to a cause is dropped as one of force
is ("officials contained the cholera outbreak": CONFINE's 170 coerces no one; the PLOVER manual's COERCE is
"repression, restrictions on rights").

Session 36 (branch psweep36): two kinds of cause more, for the record's source phrase and what it is done to only.
A fire named with an article ("a fire at a textile factory killed 17 workers", "the fire at the nightclub killed 64":
kind article_accident) is an accident, where a bare FIRE with an actor's modifier is gunfire ("Israeli fire killed
two", "artillery fire killed six") and keeps the record. An economic condition (kind economic: "households have been
hit by soaring inflation", "the recession has hit the manufacturing sector hard", "hit by a sharp fall in prices") is
no one's act either: HIT, STRIKE and BATTER are force only where someone uses it. Neither kind is a noun of
`cause_nouns`, so the discard phrases (sentence.py, `hazard_discards`) read them as before.

Session 39 (branch verbwide39): a record of coercion (CAMEO 17) whose source phrase is such a cause is dropped as
one of force is. DESTROY's and DEMOLISH's patterns code homes and buildings destroyed as 1712 "Destroy property", a
code of 17, so "wildfires destroyed more than 1,000 homes" and "an earthquake demolished dozens of buildings" were
the seizure or destruction of property by an unnamed actor; CAMEO 17 "Coerce" is an actor's act as 18-20 are.

So is a record of force whose verb is a participle or a conjunct of a clause told by a verb of accident with no object
(data/coder_natural_causes.tsv kind accident_verb: a bridge or a mine COLLAPSED, a ferry CAPSIZED or SANK, a train
DERAILED, a plane CRASHED): "a bridge collapsed during heavy rain, killing 12 people" tells the accident's toll, where
PETRARCH-2's flattening (rule F) gave the killing the bridge's place as its actor (session 33); so does one at the
end of a chain of them ("collapsed, trapping dozens of workers and killing nine"). The verb of an attack
("a bomb exploded, killing 12", EXPLODE's `- &WEAPON *`), a verb with an object ("the navy sank a smuggling boat,
killing two") and a killing of its own clause keep theirs.

Session 44 (branch hazard44): a noun of a cause that carries a participle or relative clause with an agent is someone's
act, no cause ("a fire set by militants killed 58 students", "a landslide triggered by blasting carried out by the
company"); the toll told beside an agentless harm ("were killed when a fire swept through") is hazard_tolls.py's.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, kinded_words
from ..cameo_roots import COERCION_AND_FORCE_ROOTS
from ..phrases import SentenceView

NOUNS_FILE = "coder_natural_causes.tsv"
KINDS = frozenset({"disease", "hazard", "accident"})
OTHER_KINDS = ("article_accident", "economic")  # read for the record's own phrases only (module docstring)
ARTICLES = frozenset({"A", "AN", "THE"})
DIE_VERBS = frozenset({"DIE", "DIES", "DIED", "DYING", "PERISH", "PERISHES", "PERISHED", "PERISHING"})
CAUSE_PREPOSITIONS = frozenset({"OF", "FROM", "IN"})
COERCION_ROOT = "17"  # CAMEO 17 "Coerce": "contained the cholera outbreak" coerces no one


@lru_cache(maxsize=1)
def _kinded() -> dict[str, frozenset]:
    """data/coder_natural_causes.tsv by kind: the nouns of each kind of cause, singular and plural, and the verbs of
    accident (kind accident_verb) as written."""
    return kinded_words(data_path(NOUNS_FILE), "the coder's nouns of natural causes",
                        sorted(KINDS | {"accident_verb", *OTHER_KINDS}),
                        rows={kind: _numbers for kind in KINDS | set(OTHER_KINDS)})


@lru_cache(maxsize=1)
def cause_nouns() -> frozenset[str]:
    """The nouns of data/coder_natural_causes.tsv, singular and plural."""
    return frozenset(noun for kind in KINDS for noun in _kinded()[kind])


def _numbers(words: list[str]) -> list[str]:
    """A noun's singular and its plurals in -S and -ES."""
    return [form for word in words for form in (word, word + "S", word + "ES")]


PARTICIPLE_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp"})  # "collapsed, killing 12"; "capsized and killed 30"


@lru_cache(maxsize=1)
def accident_verbs() -> frozenset[str]:
    """The forms of the verbs of accident of data/coder_natural_causes.tsv (kind accident_verb)."""
    return _kinded()["accident_verb"]


def without_natural_causes(records: Sequence, view: SentenceView) -> list:
    """The records less those of force whose cause is a disease, a hazard or an accident, and those of force or
    coercion done only to one (see the module docstring)."""
    return [r for r in records if not (r.code.startswith(COERCION_AND_FORCE_ROOTS) and _natural_cause(r, view))
            and not (r.code.startswith(COERCION_ROOT) and _done_to_cause(r, view))]


def _is_cause(view: SentenceView, head: int) -> bool:
    """Whether a phrase head names a cause that is no one's act: a noun of `cause_nouns`, an economic condition, or a
    fire named with an article ("a fire at a factory"; module docstring)."""
    word = view.words[head]
    if set_by_someone(view, head):
        return False  # "a fire set by militants", "a landslide triggered by the army's blasting": someone's act
    if word in cause_nouns() or word in _kinded()["economic"]:
        return True
    return word in _kinded()["article_accident"] and any(
        view.deps[k] == "det" and view.words[k] in ARTICLES for k in view.children[head])


def set_by_someone(view: SentenceView, head: int) -> bool:
    """Whether a noun carries a participle or relative clause with an agent: "a fire set by militants", "a crash
    caused by gunmen" (session 44)."""
    return any(view.deps[k] in ("acl", "relcl") and any(view.deps[g] == "agent" for g in view.children[k])
               for k in view.children[head])


def _natural_cause(record, view: SentenceView) -> bool:
    nouns = cause_nouns()
    tokens = record.source_tokens
    heads = view.phrase_heads(tokens)
    if heads and all(_is_cause(view, h) for h in heads):
        return True
    if record.source in ("", "---") and any(_is_cause(view, h) or _named_hazard(view, h) for h in heads):
        return True  # a phrase with no actor, one of its heads a cause: "a magnitude 6.8 earthquake", "Typhoon Rai"
    if _accident_toll(record.verb, view):
        return True  # "a bridge collapsed during heavy rain, killing 12 people": the accident's toll
    if _done_to_cause(record, view):
        return True  # "help fight the Ebola outbreak": a disease fought is no one harmed
    clause = view.clauses.get(record.verb)
    if clause is None or view.words[record.verb] not in DIE_VERBS:
        return False
    return any(pp.text in CAUSE_PREPOSITIONS and pp.obj is not None and view.words[pp.obj.head] in nouns
               for pp in clause.pps)


def _done_to_cause(record, view: SentenceView) -> bool:
    """Whether what the record's act is done to (its clause's object, else its target phrase) is headed only by
    nouns of a cause: "fight the Ebola outbreak", "contained the cholera outbreak"."""
    clause = view.clauses.get(record.verb)
    done_to = [np.head for np in clause.objects] if clause is not None and not clause.passive else []
    done_to = done_to or view.phrase_heads(record.target_tokens)
    return bool(done_to) and all(_is_cause(view, h) for h in done_to)


def _named_hazard(view: SentenceView, head: int) -> bool:
    """Whether `head` is a proper name under a compound noun of a hazard: "Typhoon Rai", "Hurricane Ian",
    "Cyclone Freddy" (the storm's name is the phrase's head)."""
    return view.tags[head].startswith("NNP") and any(
        view.deps[k] == "compound" and view.words[k] in _kinded()["hazard"] for k in view.children[head])


def _accident_toll(verb: int, view: SentenceView) -> bool:
    """Whether `verb` is a participle or a conjunct of a verb of accident (`accident_verbs`) that has no object, or of
    a chain of them ("collapsed, trapping dozens of workers and killing nine of them")."""
    node = verb
    for _ in range(4):
        head = view.heads[node]
        if head == node or view.deps[node] not in PARTICIPLE_DEPS or _own_clause(view, node):
            return False
        if view.words[head] in accident_verbs():
            return not any(view.deps[k] in ("dobj", "obj") for k in view.children[head])
        node = head
    return False


def _own_clause(view: SentenceView, verb: int) -> bool:
    """Whether the verb heads a clause of its own, with a subject or a subordinator ("after rebels shelled the
    airport"): an act of its own, not the toll of the clause above."""
    return any(view.deps[k] in ("nsubj", "nsubjpass", "mark") for k in view.children[verb])
