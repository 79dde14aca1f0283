"""The place of a meeting is not its recipient (profile `communique`, switch `meeting_places`; session 15, branch
plover2).

"French President Emmanuel Macron and German Chancellor Olaf Scholz held talks in Paris", "the presidents of
Xland and Yland met in Rome": PETRARCH-2 reads the actors of any PP of the clause (spec §4.5), so the country of
the city where the parties met became the event's recipient (FRA, ITA), and the event was no longer reciprocal.
The PLOVER manual ("Compound and Reciprocal Actors") codes an act that several parties do together with every
party as the actor and no recipient, as `reciprocal_actor_lists` does where no target was read; and a place is
where the event happened, not a party to it (`target_from_location` says the same of a target it would add:
"the two leaders met in Istanbul did not meet Turkey").

So, for an act of verbal or material cooperation (CAMEO 03-06) whose actors are of two countries or more, a
recipient that is only the country of the event's own place (a bare country code, no role, the country of
`event.location`) is dropped. A recipient with a role ("met Turkish officials in Ankara"), one of another
country than the place, or a one-sided act ("Putin met Erdogan in Sochi") is left as it is.
"""
from __future__ import annotations

from ..coder.recall import RECIPROCAL_STEP
from ..records import EventMention

RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})  # the roots `reciprocal_actor_lists` makes reciprocal
STEP = "addition: the meeting's place is not its recipient (meeting_places)"


def place_not_recipient(event: EventMention) -> None:
    """Drop the target of a joint act of cooperation that names only the country of the place it happened."""
    place = event.location
    if not event.target or place is None or not place.country or event.cameo.get("root") not in RECIPROCAL_ROOTS:
        return
    if len({r.country for r in event.source if r.country}) < 2:
        return
    if all(not r.sector and r.code == r.country == place.country for r in event.target):
        event.target = []
        event.steps = tuple(event.steps) + (STEP, RECIPROCAL_STEP)
