"""'Mali expelled the ambassador': the persons a state expels or deports are not its own organs or people (profile
`communique`, switch `expelled_persons`; session 20, branch roles20).

CAMEO 174 "Expel or deport individuals" is done by a state to people it sends out of its territory: diplomats,
journalists, migrants, foreign nationals. The document's actor finder gives a title with no country of its own the
country named near it, and resolve/event_countries.py gives an actor with no country the country of the place, else
of the state organ it deals with in a domestic act (roots 08, 14, 17: "police arrested activists" are that state's);
for an expulsion either makes the expelled the expelling state's own ("Mali expelled the ambassador": MLI ->
MLIGOV, "Russia expelled two diplomats": RUS -> RUSGOV), a state acting on itself. Here a target of a 174 event
told by a word of expelling or deporting (not an eviction: "troops evicted settlers" are often the state's own)
whose country is one of the sources' own, and whose own words name no country (no word with a capital letter: a name
or a nationality, "two British diplomats", "the Yland envoy"), keeps its role and no country: the expelled are another
state's, which the sentence does not name. So too an expulsion told by a verb of ordering, giving time or declaring
(session 31, switch `expelled_envoys`: "Niger ordered the ambassador to leave the country"), the only 174s such a verb
has (an order of a deportation, `ordered_acts`' "ordered the journalists deported", is one too).
"""
from __future__ import annotations

from dataclasses import replace

from ..extract.actors import UNKNOWN_COUNTRY
from ..records import ActorRef, EventMention

EXPULSION = "174"
# the words that tell an expulsion or a deportation: CAMEO 174 also holds evictions ("troops evicted settlers",
# "police evicted residents"), whose persons are the state's own people, and PETRARCH's "pushed militants out"
EXPULSION_STEMS = ("expel", "expuls", "deport")
# and the verbs of an envoy expelled by an order or a formula (switch `expelled_envoys`: "ordered the ambassador to
# leave", "gave the envoy 72 hours to leave", "declared the attache persona non grata"), which code 174 only so
ORDER_STEMS = ("order", "told", "tell", "instruct", "gave", "give", "declar", "pronounc")
DETERMINERS = frozenset({"the", "a", "an"})


def not_of_the_expelling_state(event: EventMention) -> None:
    """An expulsion's targets given the expelling state's own country by context keep none (module docstring)."""
    if not str(event.cameo.get("code", "")).startswith(EXPULSION) or \
            not (event.trigger or "").lower().startswith(EXPULSION_STEMS + ORDER_STEMS):
        return
    home = {r.country for r in event.source if r.country}
    event.target = [_unplaced(r) if r.country in home and not _names_a_country(r) else r for r in event.target]


def _names_a_country(ref: ActorRef) -> bool:
    """Whether the target's own words hold a name or a nationality (a word but a determiner with a capital letter:
    "British", "al-Shabaab")."""
    return any(any(c.isupper() for c in w) for w in (ref.text or "").split() if w.lower() not in DETERMINERS)


def _unplaced(ref: ActorRef) -> ActorRef:
    if not ref.sector:  # the state itself, read from context: no actor at all of its own
        return replace(ref, country=None, code=UNKNOWN_COUNTRY)
    return replace(ref, country=None, code=UNKNOWN_COUNTRY + ref.sector)
