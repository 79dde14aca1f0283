"""The countries of an event's actors that the text leaves unnamed, read from where the event happened and
what the document is about (profile switch `context_country`): "police arrested activists in Istanbul" is
Turkey's police, "Serbia lifted a curfew in Montenegro" is directed at Montenegro (the CAMEO convention), an
unidentified bomber takes the country where it struck (the PLOVER and GDELT convention). Each function takes
and changes an EventMention of `pipeline.code_document`, after its place is found."""
from __future__ import annotations

from dataclasses import replace

from ..coder.phenomena.kind_subjects import KIND_SUBJECT_STEP
from ..coder.recall import RECIPROCAL_STEP
from ..extract.actors import UNKNOWN_COUNTRY, DocActors
from ..extract.reference_words import country_names
from ..records import ActorRef, EventMention, Place
from .host_countries import hosts


def target_from_location(event: EventMention, home_concessions: bool = False, told_away: bool = False) -> None:
    """'Serbia lifted a curfew in Montenegro': with no target named, the country where the actor acts is
    the target (the CAMEO convention) -- but "the two leaders met in Istanbul" did not meet Turkey; with
    `home_concessions`, a state's yielding that is no act at home (a resignation, a treaty ratified, a retreat: see
    `state_yielding_not_at_home`; `told_away`, its words tell it so) is not directed at itself."""
    if event.target or RECIPROCAL_STEP in event.steps:  # a reciprocal event has no recipient (PLOVER)
        return
    place = event.location
    home = {r.country for r in event.source}
    if home_concessions and state_yielding_not_at_home(event, told_away):
        return
    at_home_together = place is not None and place.country in home and (len(home) > 1 or event.cameo["root"] == "04")
    if place is not None and place.country and not at_home_together:
        country, text = place.country, place.text
    elif event.cameo["root"] in DOMESTIC_ROOTS or all(r.sector == "COP" for r in event.source):
        # a protest, a concession or a police action with no one named: directed at its own state
        states = {r.country for r in event.source
                  if r.country and len(r.country) == 3 and r.code != UNKNOWN_COUNTRY}
        if len(states) != 1 or any(r.country in GROUP_CODES for r in event.source):
            return
        country, text = states.pop(), ""
    else:
        return
    event.target = [ActorRef(text=text, name=country_names().get(country, country),
                             country=country, sector=None, code=country)]
    event.confidence = max(0.0, event.confidence - 0.1)


def state_yielding_not_at_home(event: EventMention, told_away: bool) -> bool:
    """A yielding act (CAMEO 08) by a state or its organs (every source of a country and of no sector or a state
    sector) that is no act at home, so that the domestic rule below would wrongly make the state the target of its
    own act (switch `home_concessions`, narrowed in session 42 to the corrected ruling on the home state as target,
    plover_census17.tsv's header): a resignation (0831: resignations keep no target); an easing of sanctions and an
    international involvement allowed (085, 086: by CAMEO's definitions yielding to foreign parties, named where the
    text names them); a military de-escalation other than a truce, and a yielding or a de-escalation by armed forces
    alone (0872-0874; 080, 087 by MIL: a withdrawal from a place, arms laid down, which the ruling leaves as the
    earlier rulings read it: its truce at home is a government's); and an act its
    words tell as none (`told_away`, resolve/home_acts.py: a treaty ratified, a law passed, a resignation). A curfew
    lifted, an emergency ended, a ban eased, a decree repealed, prisoners freed or a truce declared by the state are
    acts at home, directed at the home state."""
    if event.cameo["root"] != "08" or not event.source:
        return False
    if not all(r.country and len(r.country) == 3 and r.country not in GROUP_CODES and r.code != UNKNOWN_COUNTRY
               and (r.sector is None or r.sector in STATE_SECTORS) for r in event.source):
        return False
    if told_away:  # "acceded to the Rome Statute", "signed the treaty in Paris": no act at home nor aimed at the place
        return True
    code = event.cameo["code"]
    armed = all(r.sector == "MIL" for r in event.source) and code.startswith(("080", "087"))
    away = armed or code.startswith(NOT_AT_HOME_CODES) or code == "087"  # a de-escalation not a truce: "stopped shelling"
    return away and (event.location is None or not event.location.country)


# the yielding codes that are no act at home (state_yielding_not_at_home): CAMEO 0831 "Accede to demands for change
# in leadership", 085 "Ease economic sanctions, boycott, embargo", 086 "Allow international involvement", 0872 "Ease
# military blockade", 0873 "Demobilize armed forces", 0874 "Retreat or surrender militarily"
NOT_AT_HOME_CODES = ("0831", "085", "086", "0872", "0873", "0874")


# Protests, concessions and coercion are directed at the actor's own state unless the text says otherwise.
DOMESTIC_ROOTS = {"08", "14", "17"}
GROUP_CODES = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS"}


STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def context_country(actors: DocActors, aside=None) -> str | None:
    """The country a document is about, where one clearly dominates its actor mentions; `aside(mention)`,
    where given, tells a mention that names no country the document is about ("the Yland border")."""
    counts: dict[str, int] = {}
    for mention in actors.mentions:
        if mention.modifier:
            continue  # "Malaysia Airlines", "Turkish troops": the name qualifies another mention
        if aside is not None and aside(mention):
            continue
        for actor in mention.actors:
            if actor.country and actor.country not in GROUP_CODES and len(actor.country) == 3:
                counts[actor.country] = counts.get(actor.country, 0) + 1
    total = sum(counts.values())
    if not total:
        return None
    country, n = max(counts.items(), key=lambda kv: kv[1])
    return country if n / total >= CONTEXT_SHARE else None


CONTEXT_SHARE = 0.6  # the share of country-bearing mentions that makes a country the document's context


def localise_sector_actors(event: EventMention, context_country: str | None = None) -> None:
    """'police arrested activists in Istanbul': a sector actor with no country named takes the country
    of where the event happened, else that of the state organ it deals with, else the document's."""
    def country_for(other: list[ActorRef]) -> str | None:
        host = hosts(event, other)  # "will visit Japan": the visitor is not Japan's (host_countries.py)
        if event.location is not None and event.location.country and event.location.country not in host:
            return event.location.country
        states = {r.country for r in other if r.country and (r.sector in STATE_SECTORS or r.code == r.country)}
        if event.cameo["root"] in DOMESTIC_ROOTS and len(states) == 1:
            return states.pop()
        return None if context_country in host else context_country  # a foreign army's enemy is not of its
        # country: only a clear context decides

    for side, other in (("source", event.target), ("target", event.source)):
        refs = getattr(event, side)
        if all(r.country for r in refs):
            continue
        country = country_for(other)
        # an act by "he", "the two leaders" (kind_subjects) is no perpetrator of the place: "met in Geneva"
        place = None if KIND_SUBJECT_STEP in event.steps else event.location
        setattr(event, side, [_localised(r, country, place) for r in refs])


def _localised(ref: ActorRef, country: str | None, place: Place | None) -> ActorRef:
    """A sector actor takes the country found for it; an unidentified perpetrator only that of the place
    where it struck ("a roadside bomb near Samarra": IRQ, the PLOVER and GDELT convention)."""
    if ref.country:
        return ref
    if ref.code == UNKNOWN_COUNTRY:  # an unidentified perpetrator
        if place is None or not place.country:
            return ref
        return replace(ref, country=place.country, code=place.country)
    if country is None:
        return ref
    return replace(ref, country=country, code=country + ref.code.removeprefix(UNKNOWN_COUNTRY))
