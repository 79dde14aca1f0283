"""Who did it and to whom: source and target actors of an event trigger, read off the dependency parse.

Source is the trigger's subject (or the agent of a passive), inherited up through control and
coordination ("decided to ... call on", "X and urged"), through a noun the trigger qualifies
("its willingness to mediate" -> Turkey), and from a reported clause's speaker where the subject is
"we". Target is the direct object, the object of an actor-taking preposition ("call on", "meet with",
"mediate between"), or the dative ("told reporters"). Nominal triggers take their roles inside the
noun phrase: "Israel's attack on Gaza", "a meeting between the two leaders", "talks with Iran".
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..records import ActorRef
from .actors import DocActors
from .reference_words import partitive_words

SUBJECTS = ("nsubj", "csubj", "expl")
TARGET_PREPS = {"on", "with", "against", "to", "between", "at", "toward", "towards", "into", "from", "upon",
                "for", "among", "of"}
NOUN_SOURCE_PREPS = {"by", "from"}
NOUN_TARGET_PREPS = {"on", "against", "with", "between", "to", "of", "in", "into", "toward", "towards"}
CONTROL_DEPS = ("xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "ccomp", "prep", "pobj", "dobj", "attr", "acomp")


@dataclass
class Roles:
    source: list[ActorRef]
    target: list[ActorRef]
    inherited: bool = False  # the source came from a governing clause, not the trigger's own subject
    guessed_target: bool = False  # the target came from the complement, not a direct role


def actors_of(token: Token, actors: DocActors) -> list[ActorRef]:
    """The actors a noun phrase headed by `token` stands for, its conjuncts included."""
    refs = _phrase_actors(token, actors)
    mention = actors.at(token.i)
    heads = token.doc[mention.start:mention.end] if mention is not None else [token]
    for head in heads:  # a name the parser split ("Barack/ADP Obama") still carries its conjuncts
        for conj in head.conjuncts:
            if conj.i > token.i:
                refs.extend(r for r in _phrase_actors(conj, actors) if r not in refs)
    return refs


def _phrase_actors(token: Token, actors: DocActors) -> list[ActorRef]:
    mention = actors.at(token.i)
    if mention is not None and not mention.modifier:
        return mention.refs(token.doc)
    if token.pos_ == "NUM" or token.lower_ in partitive_words():  # "thousands of Chilean students"
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return actors_of(pobj, actors)
    for child in token.children:  # "the U.S." head is U.S.; "forces loyal to X": keep to the head's own words
        if child.dep_ in ("compound", "poss", "amod", "nmod", "appos") and child.i < token.i or child.dep_ == "appos":
            m = actors.at(child.i)
            if m is not None and child.dep_ != "poss" and (not m.modifier or child.dep_ == "appos"):
                return m.refs(token.doc)
    for child in token.children:  # "Palestinian homes", "Haiti's efforts": the owner stands for the target
        if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < token.i:
            m = actors.at(child.i)
            if m is not None:
                return m.refs(token.doc)
    return []


def verb_roles(trigger: Token, actors: DocActors) -> Roles:
    source, target = [], []
    passive_subject = None
    for child in trigger.children:
        if child.dep_ in SUBJECTS:
            source = source or actors_of(child, actors)  # a name the parser split gives several subjects
        elif child.dep_ == "nsubjpass":
            passive_subject = child
        elif child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    source = actors_of(pobj, actors) or _instrument_user(pobj, actors)
    if passive_subject is not None:
        target = actors_of(passive_subject, actors)
    inherited = False
    has_subject = any(c.dep_ in SUBJECTS for c in trigger.children)
    if not source and passive_subject is None and not has_subject:
        source = inherited_source(trigger, actors)  # only a clause with no subject of its own inherits
        if not source and trigger.pos_ == "VERB" and trigger.dep_ in ("advcl", "conj", "ROOT"):
            source = preceding_subject(trigger, actors)  # a coordination the parser broke apart
        inherited = bool(source) and trigger.dep_ != "xcomp"  # "want to re-examine": control is reliable
    if not target:
        target = object_actors(trigger, actors, source)
    return Roles(source, _without(target, source), inherited)


def _instrument_user(instrument: Token, actors: DocActors) -> list[ActorRef]:
    """'blown up by a missile believed to be fired by rebels': the means has a user, who is the agent."""
    for token in instrument.subtree:
        if token.dep_ == "agent" and token.head.i != instrument.i:
            for pobj in token.children:
                if pobj.dep_ == "pobj" and (found := actors_of(pobj, actors)):
                    return found
    return []


def object_actors(trigger: Token, actors: DocActors, source: list[ActorRef] = ()) -> list[ActorRef]:
    """The direct object's actors, unless it is the source's own means ("offered its troops to Lebanon",
    "providing intelligence to Macedonia"): then the recipient of the to/with phrase."""
    direct = []
    for child in trigger.children:
        if child.dep_ in ("dobj", "dative", "attr", "oprd"):
            direct = actors_of(child, actors)
            if direct:
                break
    recipient = []
    for child in trigger.children:
        if child.dep_ in ("prep", "prt", "dative") and child.lower_ in TARGET_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    recipient = recipient or actors_of(pobj, actors)
    if direct and recipient and _is_own_means(direct, source):
        return recipient
    return direct or recipient or _inside_object(trigger, actors, source)


def _inside_object(trigger: Token, actors: DocActors, source: list[ActorRef]) -> list[ActorRef]:
    """'rejected an offer from Afghanistan', 'providing intelligence to Macedonia': the actor the object
    noun is from, to or against."""
    own = {s.country for s in source}
    for obj in trigger.children:
        if obj.dep_ != "dobj":
            continue
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in OBJECT_PREPS:
                for pobj in prep.children:
                    refs = actors_of(pobj, actors) if pobj.dep_ == "pobj" else []
                    if prep.lower_ == "in":  # "the refineries in Iran": only a whole country owns them
                        refs = [r for r in refs if r.code == r.country]
                    if refs and not (prep.lower_ == "from" and {r.country for r in refs} <= own):
                        return refs
    return []


OBJECT_PREPS = {"from", "to", "against", "with", "for", "on", "toward", "towards", "between", "in"}


def _is_own_means(objects: list[ActorRef], source: list[ActorRef]) -> bool:
    """Objects that are the source's own forces or services, or a sector with no country of its own."""
    source_countries = {s.country for s in source}
    return all(o.country is None or (o.country in source_countries and o.sector) for o in objects)


def context_target(trigger: Token, context_tokens: tuple[int, ...], actors: DocActors,
                   exclude: list[ActorRef]) -> list[ActorRef]:
    """The target attached to a pattern's context word: "provide economic aid to Vietnam"."""
    excluded = {e.code for e in exclude}
    doc = trigger.doc
    for i in context_tokens:
        for child in doc[i].children:
            if child.dep_ in ("prep", "dative") and child.lower_ in TARGET_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        refs = [r for r in actors_of(pobj, actors) if r.code not in excluded]
                        if refs:
                            return refs
    return []


def complement_actor(trigger: Token, actors: DocActors, exclude: list[ActorRef]) -> list[ActorRef]:
    """Nearest actor inside the trigger's complement clause ("call for a ceasefire in Libya" -> Libya)."""
    excluded = {e.code for e in exclude}
    for clause in trigger.children:  # "demanded that the United States match ...": who is to act
        if clause.dep_ in ("ccomp", "xcomp"):
            for subject in clause.children:
                if subject.dep_ in ("nsubj", "nsubjpass"):
                    refs = [r for r in actors_of(subject, actors) if r.code not in excluded]
                    if refs:
                        return refs
    for modifiers_too in (False, True):  # "restrictions against German goods": a modifier, as a last resort
        for child in trigger.children:
            if child.dep_ not in ("xcomp", "prep", "ccomp", "dobj"):
                continue
            for token in child.subtree:
                mention = actors.at(token.i)
                if mention is None or (mention.modifier and not modifiers_too):
                    continue
                refs = [r for r in actors_of(token.doc[mention.end - 1], actors) if r.code not in excluded]
                if not refs and modifiers_too:
                    refs = [r for r in mention.refs(token.doc) if r.code not in excluded]
                if refs:
                    return refs
    return []


def inherited_source(trigger: Token, actors: DocActors) -> list[ActorRef]:
    """Subject of the clause that governs the trigger: control, coordination, relative clauses."""
    token = trigger
    for _ in range(6):
        if token.dep_ not in CONTROL_DEPS or token.head.i == token.i:
            return []
        head = token.head
        if token.dep_ == "xcomp":  # "urged X to de-escalate": object control, else subject control
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                refs = actors_of(obj, actors)
                if refs:
                    return refs
        if token.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            refs = actors_of(head, actors)
            if refs and token.dep_ == "relcl":
                return refs
        if token.dep_ == "ccomp" and head.lemma_ in REPORTING_HEADS:
            return []  # "X said Y attacked": X did not attack
        subject = next((c for c in head.children if c.dep_ in SUBJECTS
                        or (c.dep_ == "nsubjpass" and token.dep_ == "xcomp")), None)
        if subject is not None:  # "X is expected to head to Iraq": the raised subject is the actor
            return actors_of(subject, actors)  # a clause with a subject that is no actor stops here
        token = head
    return []


def preceding_subject(trigger: Token, actors: DocActors) -> list[ActorRef]:
    """The nearest subject before the trigger in its sentence that is an actor; failing that, where the
    parser found no subject at all ("On Wednesday, Turkey and Russia urged"), the actors named just
    before the verb with no other verb between."""
    before = trigger.doc[trigger.sent.start:trigger.i]
    for token in reversed(before):
        if token.dep_ in ("nsubj", "nsubjpass"):
            refs = actors_of(token, actors)
            if refs:
                return refs
    if trigger.dep_ != "ROOT":
        return []
    for token in reversed(before):
        if token.pos_ in ("VERB", "AUX"):
            return []
        mention = actors.at(token.i)
        if mention is not None and not mention.modifier:
            first = token
            while first.dep_ == "conj" and actors.at(first.head.i) is not None:
                first = first.head
            return actors_of(first, actors)
    return []


REPORTING_HEADS = {"say", "tell", "add", "state", "announce", "report", "claim", "note", "stress", "insist"}


def noun_roles(trigger: Token, actors: DocActors) -> Roles:
    """Roles inside a nominal event: "Israel's attack on Gaza", "talks between X and Y"."""
    source, target = [], []
    for child in trigger.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and _agentive_modifier(child, actors)):
            source = source or _own_actors(child, actors)
        elif child.dep_ == "prep" and child.lower_ in NOUN_SOURCE_PREPS | NOUN_TARGET_PREPS:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            for pobj in objs:
                refs = actors_of(pobj, actors)
                if not refs:
                    continue
                if child.lower_ == "between" and not source and len(refs) > 1:
                    source, target = refs[:1], refs[1:]
                elif child.lower_ in NOUN_SOURCE_PREPS and not source:
                    source = refs
                elif child.lower_ in NOUN_TARGET_PREPS and not target and child.lower_ not in ("in", "of"):
                    target = refs
                elif child.lower_ == "of" and not target:
                    target = refs  # "the blockade of Serbia"
    inherited = False
    if not source and trigger.dep_ == "dobj":  # "NATO would tighten the blockade": the verb's subject
        source = next((actors_of(c, actors) for c in trigger.head.children if c.dep_ in SUBJECTS), [])
        inherited = bool(source)
    return Roles(source, _without(target, source), inherited)


def _agentive_modifier(token: Token, actors: DocActors) -> bool:
    """"Israeli airstrike", "rebel attack" name who acted; "Libya ceasefire" names where, not who."""
    mention = actors.at(token.i)
    if mention is None:
        return False
    return token.pos_ == "ADJ" or mention.via in ("agent", "title") or \
        mention.actors[0].kind in ("person", "organisation", "group")


def _own_actors(token: Token, actors: DocActors) -> list[ActorRef]:
    mention = actors.at(token.i)
    if mention is None:
        return []
    refs = mention.refs(token.doc)
    for joined in token.children:  # "Turkish-Russian appeal": the hyphen joins two owners
        other = actors.at(joined.i) if joined.dep_ in ("amod", "compound", "nmod") else None
        if other is not None:
            refs = [r for r in other.refs(token.doc) if r not in refs] + refs
    for conj in token.conjuncts:
        m = actors.at(conj.i)
        if m is not None:
            refs.extend(r for r in m.refs(token.doc) if r not in refs)
    return refs


def _without(target: list[ActorRef], source: list[ActorRef]) -> list[ActorRef]:
    codes = {(s.name, s.code) for s in source}
    return [t for t in target if (t.name, t.code) not in codes]
