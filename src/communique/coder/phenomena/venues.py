"""The place two or more actors meet or work together in is their venue, not a recipient (profile `communique`,
switch `venues`; session 17).

PETRARCH-2 takes the actors of a clause's PPs as its targets where its objects name none (spec §4.5), so "the foreign
ministers of Xland and Yland met in Zcity" gives XLD -> ZLD and YLD -> ZLD, the venue's country as the recipient of
the meeting. The PLOVER manual codes such an event with every participant as the actor and no recipient ("In
CONSULT events where there is no clear distinction between whether an entity is hosting or visiting, all
participants are coded in the actor field"; "all of the entities are considered as the actor and no recipient is
included"), as the profile already does for a cooperation with no target (`reciprocal_actor_lists`). Here the
records of one clause's cooperation (roots 03-06) from two or more sources that share one target read only from
a PP of place (IN, AT: "in Singapore", "at the White House"), headed by a proper noun, become that reciprocal
event: one actor list, no recipient. A target named otherwise ("met with Yland in Zcity", "signed a deal with
Yland") is kept, as is a one-sided act's place. `petrarch2` keeps PETRARCH-2's targets.

One intergovernmental organisation's meeting is its members' (session 31): "the Arab League met in Cairo", "leaders of
the African Union gathered in Addis Ababa" is the manual's CONSULT mode `multilateral` ("Meeting occurs in a
multilateral context, typically an alliance or IGO"), and CAMEO's 044 "Meet at 'third' location" names the place as
no party; so a consultation (04, not the visit 042 nor its hosting 043) whose one source is an IGO's code, with its
target read only from such a place, has no recipient either. A state's official who "held talks in Kampala" visits
Uganda, and keeps it; an organisation that "signed a trade deal in Hanoi" (not a consultation) keeps Vietnam.

The venue may be the PP of the act's own noun, with its article and plain modifiers: "signed an agreement in
Algiers", "held a first round of talks in Oslo", "signed a free trade agreement in Hanoi". Those words name the act,
not a party, where the target they give is the place's bare country code (no agent read from them) and no word among
them is a name or names a nationality ("met the Ethiopian delegation in Addis Ababa" keeps its recipient).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from spacy.tokens import Span

from ..cameo_roots import COOPERATION_EXPANSION_ROOTS
from ..phrases import SentenceView

VENUE_PREPOSITIONS = frozenset({"IN", "AT"})
IGO_PREFIX = "IGO"  # an intergovernmental organisation's actor code (Phoenix.International.actors.txt)
CONSULT_ROOT = "04"
ONE_SIDED_CONSULTS = frozenset({"042", "043"})  # a visit and its hosting: the place is the host's
STEP = "addition: the venue of a reciprocal event, no recipient (venues)"


def venues_apart(records: Sequence, view: SentenceView, reciprocal_step: str, sent: Span | None = None) -> list:
    """The records with a shared venue target of a reciprocal cooperation made one actor list with no recipient,
    and the reversed records of a code with a passive part (`[057:057]`: the venue "signing" with each party)
    dropped (see the module docstring); `reciprocal_step` is the step the reciprocal records already carry; `sent`,
    where given, lets an act's noun with its article and plain modifiers hold the venue ("signed an agreement in
    Algiers")."""
    def venue(group: list) -> bool:
        return (len({r.source for r in group}) >= 2 or _multilateral(group)) \
            and names_venue(view, group[0].target_tokens, group[0].target, sent)
    return reciprocal_without(records, venue, reciprocal_step, STEP)


def reciprocal_without(records: Sequence, aside, reciprocal_step: str, step: str) -> list:
    """The records of a cooperation (roots 03-06) whose group (one verb, code and target) `aside(group)` says has a
    target that names no party made one actor list with no recipient (`step` and `reciprocal_step` added), and their
    reversed records (the target "doing" the act with each party: a code's passive part) dropped."""
    groups: dict[tuple, list] = {}
    for record in records:
        if record.code.startswith(COOPERATION_EXPANSION_ROOTS) and record.target:
            groups.setdefault((record.verb, record.code, record.target), []).append(record)
    venues = {key: {r.source for r in group} for key, group in groups.items() if aside(group)}
    venue_tokens = {(verb, code, tuple(groups[(verb, code, target)][0].target_tokens))
                    for (verb, code, target) in venues}
    out, seen = [], set()
    for record in records:
        if (record.verb, record.code, tuple(record.source_tokens)) in venue_tokens:
            continue  # the venue "signing" with each party: a passive part's reversed record
        if (record.verb, record.code, record.target) in venues:
            record = replace(record, target="", target_tokens=(), steps=tuple(record.steps) + (step, reciprocal_step))
            if (record.verb, record.code, record.source) in seen:
                continue
            seen.add((record.verb, record.code, record.source))
        out.append(record)
    return out


def _multilateral(group: Sequence) -> bool:
    """A meeting of one intergovernmental organisation (a source code IGO...; a consultation, CAMEO 04, other than a
    visit or its hosting, 042 and 043): its members meet one another, the PLOVER manual's `multilateral` CONSULT."""
    record = group[0]
    return len({r.source for r in group}) == 1 and record.source.startswith(IGO_PREFIX) \
        and record.code.startswith(CONSULT_ROOT) and record.code[:3] not in ONE_SIDED_CONSULTS


def names_venue(view: SentenceView, tokens: Sequence[int], target: str = "", sent: Span | None = None) -> bool:
    """Whether a target's tokens name a venue: each lies in the object of an IN or AT phrase whose head is a proper
    noun ("in Singapore"), or heads a common noun whose own IN or AT phrase has one ("talks in Berlin"), or is a
    common noun compounded with such a head ("PEACE talks in Havana"); an adjective or a name among them names an
    actor ("the Ethiopian prime minister in Addis Ababa", "the new government in Somalia"). Given the record's
    `target` and the sentence, an article, a number or a plain lower-case modifier of such a noun may stand beside
    them where the target is a bare country code ("an agreement in Algiers": DZA; "the new government in Somalia"
    is SOMGOV, an actor)."""
    venue = [t for t in tokens if in_venue_phrase(view, t) or _has_venue_phrase(view, t)]
    plain = sent is not None and len(target) == 3 and target.isalpha() and target.isupper() \
        and not any(_names_another(view, t) for t in venue)
    return bool(venue) and all(t in venue or _noun_compound(view, t, venue) or (plain and _plain_word(view, t, sent))
                               for t in tokens)


ARTICLE_TAGS = frozenset({"DT", "PDT", "CD", "HYPH"})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG"})


def _names_another(view: SentenceView, token: int) -> bool:
    """Whether a noun holding the venue has another PP naming someone ("an agreement WITH NIGERIA in Abuja")."""
    return any(word not in VENUE_PREPOSITIONS for word in _named_pps(view, token))


def _named_pps(view: SentenceView, token: int) -> list[str]:
    """The prepositions of a token's PPs whose object is a proper noun ("in Singapore": IN)."""
    return [view.words[prep] for prep in view.children[token] if view.deps[prep] == "prep"
            and any(view.deps[o] == "pobj" and view.tags[o].startswith("NNP") for o in view.children[prep])]


def _plain_word(view: SentenceView, token: int, sent: Span) -> bool:
    """An article or number, or a lower-case modifier that is no name and no nationality ("a", "free", "trade",
    "first"; not "Ethiopian")."""
    word = sent.doc[token]
    if view.tags[token] in ARTICLE_TAGS:
        return True
    return view.tags[token] in MODIFIER_TAGS and word.text.islower() and not word.ent_type_


def _noun_compound(view: SentenceView, token: int, venue: list[int]) -> bool:
    """A common noun compounded with a venue's head noun ("peace" in "peace talks in Havana")."""
    return view.deps[token] == "compound" and view.tags[token] in ("NN", "NNS") and view.heads[token] in venue


def in_venue_phrase(view: SentenceView, token: int) -> bool:
    node = token
    for _ in range(6):
        head = view.heads[node]
        if view.deps[node] == "pobj" and view.words[head] in VENUE_PREPOSITIONS and view.tags[node].startswith("NNP"):
            return True
        if head == node:
            return False
        node = head
    return False


def _has_venue_phrase(view: SentenceView, token: int) -> bool:
    if view.tags[token].startswith("NNP"):
        return False
    return any(word in VENUE_PREPOSITIONS for word in _named_pps(view, token))
