"""The actors one side of a coder record stands for, as `ActorRef`s: PETRARCH's actor code named after the
document's mention of that actor, or (profile switch `document_actors`) the document's own actors at the side's
tokens, a pronoun's antecedents included. Used by adapter.py for every record's source and target.
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from ..extract.actors import UNKNOWN_COUNTRY, DocActors
from ..extract.reference_words import country_names, reference_words
from ..nlp import doc_text, doc_tokens
from ..records import ActorRef
from .actors.arithmetic import printed_code
from .adjuncts.places import settlement_tokens
from .actors.conjunct_agents import own_agent
from .profiles import Profile


def actor_refs(doc: Doc, code: str, tokens: Sequence[int], actors: DocActors | None,
               profile: Profile, target: bool = False) -> list[ActorRef]:
    """The actors one side of a record stands for: PETRARCH's code, else (by the profile) the document's."""
    text = side_text(doc, tokens)
    known = document_refs(doc, tokens, actors, settlement_tokens(doc, tokens) if profile.place_pps else ())
    if code:
        if profile.document_actors and _bare_pronoun(doc, tokens):
            linked = [r for r in known if r.country]
            plural = doc_tokens(doc).lower[tokens[0]] in reference_words()["pronoun:plural"]
            if linked and (len(linked) > 1) == plural and code[:3] not in {r.country for r in linked}:
                return linked  # pronoun coreference (adapter.py's docstring, step 2)
        ref = ref_for_code(code, text, known)
        if ref.country is None and profile.document_actors:
            with_country = [r for r in known if r.country]
            if with_country:  # "the two leaders" (---GOV): who they are is known from the document
                return _one_per_code([r if r.sector or not ref.sector else _with_sector(r, ref.sector)
                                      for r in with_country])
        return [ref]
    if not profile.document_actors:
        return []
    if not known and target and profile.nested_pp_actors:
        known = document_refs(doc, nested_pp_tokens(doc, tokens), actors)
    return _one_per_code(known)


# the prepositions whose phrase under a noun names the one who gives or does what the noun names ("assistance from
# the African Union", "accusations by the United States")
PARTICIPANT_PREPOSITIONS = frozenset({"from", "by"})


def nested_pp_tokens(doc: Doc, tokens: Sequence[int]) -> list[int]:
    """`nested_pp_actors`: the words of the FROM and BY phrases under a target's words that the target does not
    hold, each up to its object's head (not the phrases under that), where PETRARCH's reading and the document's actors at the target's own words found no actor: the NP's own
    PP codes, PETRARCH's fallback after its own words (spec §3.4), read with the document's actors."""
    own, words = set(tokens), doc_tokens(doc)
    out: list[int] = []
    for i in sorted(own):
        for child in doc[i].children:
            if child.dep_ == "prep" and child.i not in own and words.lower[child.i] in PARTICIPANT_PREPOSITIONS:
                objects = [k.i for k in child.children if k.dep_ == "pobj"]
                out.extend(range(child.i, objects[0] + 1) if objects else ())  # up to its object's head
    return out


def _one_per_code(refs: list[ActorRef]) -> list[ActorRef]:
    """One actor of each code, in the order of first mention: the document's mentions within one side's words
    that read as one code ("Houthi rebels", "the Trump administration", "the eastern commander Khalifa Haftar")
    are one actor of the event, named by the first mention written as a name, else by the first."""
    out: list[ActorRef] = []
    for ref in refs:
        at = next((k for k, r in enumerate(out) if r.code == ref.code), None)
        if at is None:
            out.append(ref)
        elif not _written_as_name(out[at]) and _written_as_name(ref):
            out[at] = ref
    return out


def _written_as_name(ref: ActorRef) -> bool:
    return bool(ref.text) and ref.text[:1].isupper()




def named_by_pronoun(ref: ActorRef) -> bool:
    """Whether an actor is named only by a personal pronoun ("he", "they") or by a noun a possessive pronoun
    determines ("his government", read by the switch `possessive_antecedents`): the pronoun stands for an actor
    named elsewhere."""
    words = (ref.text or "").lower().split()
    return bool(words) and ((len(words) == 1 and words[0] in reference_words()["pronoun:personal"])
                            or words[0] in reference_words()["pronoun:possessive"])


def _bare_pronoun(doc: Doc, tokens: Sequence[int]) -> bool:
    """Whether a side was read from a personal pronoun alone ("they", "he"), not a possessive or a noun."""
    words = doc_tokens(doc)
    return len(set(tokens)) == 1 and words.pos[tokens[0]] == "PRON" and doc[tokens[0]].tag_ == "PRP"


def ref_for_code(code: str, text: str, known: Sequence[ActorRef] = ()) -> ActorRef:
    """An `ActorRef` for a PETRARCH actor code, named after a document actor of the same country."""
    code = printed_code(code)
    country = None if code.startswith(UNKNOWN_COUNTRY) else code[:3]
    sector = code[3:6] or None
    mentions = [r for r in known if r.country == country and r.name]
    # the document's mention of that actor: of its code and written as a name ("the eastern commander Khalifa
    # Haftar" is Haftar, not the title's other reading), else of its code, else of its country, the first
    same = next((r for r in mentions if r.code == code and _written_as_name(r)), None) or \
        next((r for r in mentions if r.code == code), None) or next(iter(mentions), None)
    if same is not None:
        name, text = same.name, same.text or text
    elif country and len(code) == 3:
        name = country_names().get(country, text or country)
    else:
        name = text or code
    return ActorRef(text=text, name=name, country=country, sector=sector, code=code)


def _with_sector(ref: ActorRef, sector: str) -> ActorRef:
    return ActorRef(text=ref.text, name=ref.name, country=ref.country, sector=sector,
                    code=(ref.country or UNKNOWN_COUNTRY) + sector)


def document_refs(doc: Doc, tokens: Sequence[int], actors: DocActors | None,
                  unread: Sequence[int] = ()) -> list[ActorRef]:
    """The document's actors mentioned at these tokens (first mention first, each actor once); not a mention
    that holds a token of `unread` (`place_pps`: a settlement's noun naming a place, adjuncts/places.py)."""
    if actors is None:
        return []
    seen, refs = set(), []
    for i in sorted(tokens):
        mention = actors.at(i)
        if mention is None or id(mention) in seen or mention.modifier \
                or any(mention.start <= k < mention.end for k in unread):
            continue
        seen.add(id(mention))
        for ref in mention.refs(doc):
            if (ref.name, ref.code) not in {(r.name, r.code) for r in refs}:
                refs.append(ref)
    return refs


def side_text(doc: Doc, tokens: Sequence[int]) -> str:
    if not tokens:
        return ""
    words = doc_tokens(doc)
    first, last = min(tokens), max(tokens)
    return doc_text(doc)[words.idx[first]:words.end_char(last)]


def without_siblings_actors(read: list[tuple], profile: Profile) -> list[tuple]:
    """The (record, source refs, target refs) of one sentence, where a coordinated phrase read as one record per
    conjunct ("Colombia's government and the rebels": COLGOV and ---REB over the same words) does not give a
    conjunct with no country of its own the actor another conjunct's record names: the document's actors at the
    phrase's words fill "the rebels" with COL and with COLGOV, and COLGOV is its sibling's, not a second actor of
    the side. A conjunct the document fills with its siblings' actors alone ("Kenyan police and the protesters":
    KENCOP) is left so: the engine's own reading (---OPP) in its place was measured to add a second, unknown
    actor where the document had read the phrase as one ("the President ..., Department of the President"); with
    `conjunct_agents` a conjunct of an agent its siblings lack takes their one country instead (KENOPP:
    actors/conjunct_agents.py), which adds no unknown actor."""
    if not profile.document_actors:
        return read
    sources = _sibling_codes([(event.verb, event.code, tuple(event.source_tokens), event.source)
                              for event, _, _ in read])
    targets = _sibling_codes([(event.verb, event.code, tuple(event.target_tokens), event.target)
                              for event, _, _ in read])
    out = []
    for k, (event, source, target) in enumerate(read):
        source, target = _without(source, event.source, sources[k]), _without(target, event.target, targets[k])
        if profile.conjunct_agents:  # "Kenyan police and the protesters": KENOPP (actors/conjunct_agents.py)
            source, target = own_agent(source, event.source, sources[k]), own_agent(target, event.target, targets[k])
        out.append((event, source, target))
    return out


def _sibling_codes(sides: list[tuple]) -> list[frozenset[str]]:
    """For each side (verb, code, tokens, engine code): the engine codes, with a country, of the other records
    of the same verb and code read over the same words."""
    out = []
    for k, (verb, code, tokens, own) in enumerate(sides):
        out.append(frozenset(other for j, (v, c, t, other) in enumerate(sides)
                             if j != k and tokens and (v, c, t) == (verb, code, tokens) and other != own
                             and other and not other.startswith((UNKNOWN_COUNTRY, "~"))))
    return out


def _without(refs: list[ActorRef], code: str, siblings: frozenset[str]) -> list[ActorRef]:
    if not siblings or not code.startswith((UNKNOWN_COUNTRY, "~")):
        return refs
    return [r for r in refs if r.code not in siblings] or refs
