"""A conjunct with an agent and no country of its own, read over a coordinated phrase whose other conjunct names a
country (profile switch `conjunct_agents`): "Kenyan police and the protesters clashed" is KENCOP and KENOPP, not
KENCOP alone.

PETRARCH's reading gives each conjunct its record over the whole phrase's words (coder/actors/conjuncts.py):
KENCOP for "Kenyan police" and ---OPP for "the protesters", whose determiner keeps the adjective from it. With
`document_actors`, a side with no country takes the document's actors at its words, and those are the other
conjunct's (KENCOP): side_actors.py `without_siblings_actors` then leaves the protesters read as the police, and
they merge away. A conjunct whose agent none of the actors left to it has is an actor of its own: its own agent
stays, with the country the phrase's own words give its sibling records (the coordination's one country), so no
unknown actor is added and no country the sentence does not name. Where the siblings name no country, or more
than one, or the document reads an actor of the same agent ("the two leaders", ---GOV, over "Putin and
Erdogan"), the document's reading stands.
"""
from __future__ import annotations

from ...records import ActorRef
from .arithmetic import COUNTRYLESS, printed_code


def own_agent(refs: list[ActorRef], code: str, siblings: frozenset[str]) -> list[ActorRef]:
    """A side's actors, where the engine read it as an agent with no country (`code`, "---OPP") over words whose
    other conjuncts' records have a country (`siblings`, "KENCOP"): the agent with the siblings' one country,
    unless an actor of that agent is among `refs` already."""
    if not siblings or not code.startswith(COUNTRYLESS):
        return refs
    sector = printed_code(code)[3:6]
    countries = {c[:3] for c in siblings}
    if not sector or len(countries) != 1 or any(r.sector and r.sector[:3] == sector for r in refs):
        return refs
    country = countries.pop()
    near = next((r for r in refs if r.country == country), None)
    return [ActorRef(text=near.text if near else "", name=near.name if near else country, country=country,
                     sector=sector, code=country + sector)]
