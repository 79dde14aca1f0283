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

from spacy.tokens import Doc, Token

from ..nlp import DocTree, doc_tokens, doc_tree, sentence_bounds
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


PARSE_KEY = "communique.event_roles"  # doc.user_data key of the document's _Parse


@dataclass
class _Parse:
    """What the roles read of one document, by token index: the strings (nlp.DocTokens) and the
    dependency tree (nlp.DocTree), so that no Token is built to walk the parse."""
    doc: Doc
    dep: list[str]
    lower: list[str]
    pos: list[str]
    lemma: list[str]  # token.lemma_.lower()
    heads: list[int]
    children: list[list[int] | tuple[()]]  # in spaCy's order: ascending
    tree: DocTree

    def conjuncts(self, i: int) -> list[int]:
        return self.tree.conjuncts(i)


def _parse(doc: Doc) -> _Parse:
    """The _Parse of `doc`, built on first use and kept in `doc.user_data`."""
    parse = doc.user_data.get(PARSE_KEY)
    if parse is None:
        tokens, tree = doc_tokens(doc), doc_tree(doc)
        parse = doc.user_data[PARSE_KEY] = _Parse(doc, tokens.dep, tokens.lower, tokens.pos, tokens.lemma,
                                                  tree.heads, tree.children, tree)
    return parse


def actors_of(token: Token, actors: DocActors) -> list[ActorRef]:
    """The actors a noun phrase headed by `token` stands for, its conjuncts included."""
    return _actors_of(_parse(token.doc), token.i, actors)


def _actors_of(p: _Parse, i: int, actors: DocActors) -> list[ActorRef]:
    refs = _phrase_actors(p, i, actors)
    mention = actors.at(i)
    heads = range(mention.start, mention.end) if mention is not None else (i,)
    for head in heads:  # a name the parser split ("Barack/ADP Obama") still carries its conjuncts
        for conj in p.conjuncts(head):
            if conj > i:
                refs.extend(r for r in _phrase_actors(p, conj, actors) if r not in refs)
    return refs


def _phrase_actors(p: _Parse, i: int, actors: DocActors) -> list[ActorRef]:
    mention = actors.at(i)
    if mention is not None and not mention.modifier:
        return mention.refs(p.doc)
    dep, children = p.dep, p.children
    if p.pos[i] == "NUM" or p.lower[i] in partitive_words():  # "thousands of Chilean students"
        for prep in children[i]:
            if dep[prep] == "prep" and p.lower[prep] == "of":
                for pobj in children[prep]:
                    if dep[pobj] == "pobj":
                        return _actors_of(p, pobj, actors)
    for child in children[i]:  # "the U.S." head is U.S.; "forces loyal to X": keep to the head's own words
        d = dep[child]
        if d in ("compound", "poss", "amod", "nmod", "appos") and child < i or d == "appos":
            m = actors.at(child)
            if m is not None and d != "poss" and (not m.modifier or d == "appos"):
                return m.refs(p.doc)
    for child in children[i]:  # "Palestinian homes", "Haiti's efforts": the owner stands for the target
        if dep[child] in ("amod", "compound", "nmod", "poss") and child < i:
            m = actors.at(child)
            if m is not None:
                return m.refs(p.doc)
    return []


def verb_roles(trigger: Token, actors: DocActors) -> Roles:
    p, t = _parse(trigger.doc), trigger.i
    dep = p.dep
    source, target = [], []
    passive_subject = None
    has_subject = False
    for child in p.children[t]:
        d = dep[child]
        if d in SUBJECTS:
            has_subject = True
            source = source or _actors_of(p, child, actors)  # a name the parser split gives several subjects
        elif d == "nsubjpass":
            passive_subject = child
        elif d == "agent":
            for pobj in p.children[child]:
                if dep[pobj] == "pobj":
                    source = _actors_of(p, pobj, actors) or _instrument_user(p, pobj, actors)
    if passive_subject is not None:
        target = _actors_of(p, passive_subject, actors)
    inherited = False
    if not source and passive_subject is None and not has_subject:
        source = _inherited_source(p, t, actors)  # only a clause with no subject of its own inherits
        if not source and p.pos[t] == "VERB" and dep[t] in ("advcl", "conj", "ROOT"):
            source = _preceding_subject(p, t, actors)  # a coordination the parser broke apart
        inherited = bool(source) and dep[t] != "xcomp"  # "want to re-examine": control is reliable
    if not target:
        target = _object_actors(p, t, actors, source)
    return Roles(source, _without(target, source), inherited)


def _instrument_user(p: _Parse, instrument: int, actors: DocActors) -> list[ActorRef]:
    """'blown up by a missile believed to be fired by rebels': the means has a user, who is the agent."""
    for token in p.doc[instrument].subtree:
        j = token.i
        if p.dep[j] == "agent" and p.heads[j] != instrument:
            for pobj in p.children[j]:
                if p.dep[pobj] == "pobj" and (found := _actors_of(p, pobj, actors)):
                    return found
    return []


def object_actors(trigger: Token, actors: DocActors, source: list[ActorRef] = ()) -> list[ActorRef]:
    """The direct object's actors, unless it is the source's own means ("offered its troops to Lebanon",
    "providing intelligence to Macedonia"): then the recipient of the to/with phrase."""
    return _object_actors(_parse(trigger.doc), trigger.i, actors, source)


def _object_actors(p: _Parse, t: int, actors: DocActors, source: list[ActorRef]) -> list[ActorRef]:
    dep, children = p.dep, p.children
    direct = []
    for child in children[t]:
        if dep[child] in ("dobj", "dative", "attr", "oprd"):
            direct = _actors_of(p, child, actors)
            if direct:
                break
    recipient = []
    for child in children[t]:
        if dep[child] in ("prep", "prt", "dative") and p.lower[child] in TARGET_PREPS:
            for pobj in children[child]:
                if dep[pobj] == "pobj":
                    recipient = recipient or _actors_of(p, pobj, actors)
    if direct and recipient and _is_own_means(direct, source):
        return recipient
    return direct or recipient or _inside_object(p, t, actors, source)


def _inside_object(p: _Parse, t: int, actors: DocActors, source: list[ActorRef]) -> list[ActorRef]:
    """'rejected an offer from Afghanistan', 'providing intelligence to Macedonia': the actor the object
    noun is from, to or against."""
    dep, children = p.dep, p.children
    own = {s.country for s in source}
    for obj in children[t]:
        if dep[obj] != "dobj":
            continue
        for prep in children[obj]:
            word = p.lower[prep]
            if dep[prep] == "prep" and word in OBJECT_PREPS:
                for pobj in children[prep]:
                    refs = _actors_of(p, pobj, actors) if dep[pobj] == "pobj" else []
                    if word == "in":  # "the refineries in Iran": only a whole country owns them
                        refs = [r for r in refs if r.code == r.country]
                    if refs and not (word == "from" and {r.country for r in refs} <= own):
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
    p = _parse(trigger.doc)
    dep, children = p.dep, p.children
    for i in context_tokens:
        for child in children[i]:
            if dep[child] in ("prep", "dative") and p.lower[child] in TARGET_PREPS:
                for pobj in children[child]:
                    if dep[pobj] == "pobj":
                        refs = [r for r in _actors_of(p, pobj, actors) if r.code not in excluded]
                        if refs:
                            return refs
    return []


def complement_actor(trigger: Token, actors: DocActors, exclude: list[ActorRef]) -> list[ActorRef]:
    """Nearest actor inside the trigger's complement clause ("call for a ceasefire in Libya" -> Libya)."""
    excluded = {e.code for e in exclude}
    p, t = _parse(trigger.doc), trigger.i
    dep, children = p.dep, p.children
    for clause in children[t]:  # "demanded that the United States match ...": who is to act
        if dep[clause] in ("ccomp", "xcomp"):
            for subject in children[clause]:
                if dep[subject] in ("nsubj", "nsubjpass"):
                    refs = [r for r in _actors_of(p, subject, actors) if r.code not in excluded]
                    if refs:
                        return refs
    for modifiers_too in (False, True):  # "restrictions against German goods": a modifier, as a last resort
        for child in children[t]:
            if dep[child] not in ("xcomp", "prep", "ccomp", "dobj"):
                continue
            for token in p.doc[child].subtree:
                mention = actors.at(token.i)
                if mention is None or (mention.modifier and not modifiers_too):
                    continue
                refs = [r for r in _actors_of(p, mention.end - 1, actors) if r.code not in excluded]
                if not refs and modifiers_too:
                    refs = [r for r in mention.refs(p.doc) if r.code not in excluded]
                if refs:
                    return refs
    return []


def inherited_source(trigger: Token, actors: DocActors) -> list[ActorRef]:
    """Subject of the clause that governs the trigger: control, coordination, relative clauses."""
    return _inherited_source(_parse(trigger.doc), trigger.i, actors)


def _inherited_source(p: _Parse, token: int, actors: DocActors) -> list[ActorRef]:
    dep, children = p.dep, p.children
    for _ in range(6):
        d, head = dep[token], p.heads[token]
        if d not in CONTROL_DEPS or head == token:
            return []
        if d == "xcomp":  # "urged X to de-escalate": object control, else subject control
            obj = next((c for c in children[head] if dep[c] == "dobj"), None)
            if obj is not None:
                refs = _actors_of(p, obj, actors)
                if refs:
                    return refs
        if d in ("relcl", "acl") and p.pos[head] in ("NOUN", "PROPN", "PRON"):
            refs = _actors_of(p, head, actors)
            if refs and d == "relcl":
                return refs
        if d == "ccomp" and p.lemma[head] in REPORTING_HEADS and p.doc[head].lemma_ in REPORTING_HEADS:
            return []  # "X said Y attacked": X did not attack
        subject = next((c for c in children[head] if dep[c] in SUBJECTS
                        or (dep[c] == "nsubjpass" and d == "xcomp")), None)
        if subject is not None:  # "X is expected to head to Iraq": the raised subject is the actor
            return _actors_of(p, subject, actors)  # a clause with a subject that is no actor stops here
        token = head
    return []


def preceding_subject(trigger: Token, actors: DocActors) -> list[ActorRef]:
    """The nearest subject before the trigger in its sentence that is an actor; failing that, where the
    parser found no subject at all ("On Wednesday, Turkey and Russia urged"), the actors named just
    before the verb with no other verb between."""
    return _preceding_subject(_parse(trigger.doc), trigger.i, actors)


def _preceding_subject(p: _Parse, t: int, actors: DocActors) -> list[ActorRef]:
    before = range(t - 1, sentence_bounds(p.doc, t)[0] - 1, -1)  # nearest first
    for j in before:
        if p.dep[j] in ("nsubj", "nsubjpass"):
            refs = _actors_of(p, j, actors)
            if refs:
                return refs
    if p.dep[t] != "ROOT":
        return []
    for j in before:
        if p.pos[j] in ("VERB", "AUX"):
            return []
        mention = actors.at(j)
        if mention is not None and not mention.modifier:
            first = j
            while p.dep[first] == "conj" and actors.at(p.heads[first]) is not None:
                first = p.heads[first]
            return _actors_of(p, first, actors)
    return []


REPORTING_HEADS = {"say", "tell", "add", "state", "announce", "report", "claim", "note", "stress", "insist"}


def noun_roles(trigger: Token, actors: DocActors) -> Roles:
    """Roles inside a nominal event: "Israel's attack on Gaza", "talks between X and Y"."""
    p, t = _parse(trigger.doc), trigger.i
    dep, children = p.dep, p.children
    source, target = [], []
    for child in children[t]:
        d, word = dep[child], p.lower[child]
        if d == "poss" or (d in ("amod", "compound") and _agentive_modifier(p, child, actors)):
            source = source or _own_actors(p, child, actors)
        elif d == "prep" and word in NOUN_ROLE_PREPS:
            objs = [c for c in children[child] if dep[c] == "pobj"]
            for pobj in objs:
                refs = _actors_of(p, pobj, actors)
                if not refs:
                    continue
                if word == "between" and not source and len(refs) > 1:
                    source, target = refs[:1], refs[1:]
                elif word in NOUN_SOURCE_PREPS and not source:
                    source = refs
                elif word in NOUN_TARGET_PREPS and not target and word not in ("in", "of"):
                    target = refs
                elif word == "of" and not target:
                    target = refs  # "the blockade of Serbia"
    inherited = False
    if not source and dep[t] == "dobj":  # "NATO would tighten the blockade": the verb's subject
        source = next((_actors_of(p, c, actors) for c in children[p.heads[t]] if dep[c] in SUBJECTS), [])
        inherited = bool(source)
    return Roles(source, _without(target, source), inherited)


NOUN_ROLE_PREPS = NOUN_SOURCE_PREPS | NOUN_TARGET_PREPS


def _agentive_modifier(p: _Parse, i: int, actors: DocActors) -> bool:
    """"Israeli airstrike", "rebel attack" name who acted; "Libya ceasefire" names where, not who."""
    mention = actors.at(i)
    if mention is None:
        return False
    return p.pos[i] == "ADJ" or mention.via in ("agent", "title") or \
        mention.actors[0].kind in ("person", "organisation", "group")


def _own_actors(p: _Parse, i: int, actors: DocActors) -> list[ActorRef]:
    mention = actors.at(i)
    if mention is None:
        return []
    refs = mention.refs(p.doc)
    for joined in p.children[i]:  # "Turkish-Russian appeal": the hyphen joins two owners
        other = actors.at(joined) if p.dep[joined] in ("amod", "compound", "nmod") else None
        if other is not None:
            refs = [r for r in other.refs(p.doc) if r not in refs] + refs
    for conj in p.conjuncts(i):
        m = actors.at(conj)
        if m is not None:
            refs.extend(r for r in m.refs(p.doc) if r not in refs)
    return refs


def _without(target: list[ActorRef], source: list[ActorRef]) -> list[ActorRef]:
    codes = {(s.name, s.code) for s in source}
    return [t for t in target if (t.name, t.code) not in codes]
