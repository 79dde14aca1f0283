"""The arithmetic of actor codes (spec §3.5): an actor code is a country or organisation code with agent
suffixes ("NGA" + "~MIL" -> "NGAMIL"); an agent alone starts with `~`. Shared by the noun-phrase reader
(noun_phrases.py), clause composition (compose.py) and the roles of event nouns (nouns/event_roles.py).
"""
from __future__ import annotations


def mix_codes(agents: list[str], actors: list[str]) -> list[str]:
    """§3.5: every agent (without its `~`) appended to every actor it is not already part of; with no
    actor the pseudo-actor `~`; `~PPL` skipped when there are several agents."""
    result = list(actors) if actors else ["~"]
    several = len(agents) > 1
    for agent in agents:
        if agent == "~PPL" and several:
            continue
        suffix = agent[1:]
        result = [code if suffix in code else code + suffix for code in result]
    return [code for code in result if code not in ("", "~", "~~")]


def split_codes(codes: list[str]) -> tuple[list[str], list[str]]:
    """(actor codes, agent codes): agents are the codes starting with `~`."""
    if not codes:  # most phrases and PPs carry no code: called ~25 times per sentence
        return [], []
    actors = [c for c in codes if c and not c.startswith("~")]
    agents = [c for c in codes if c.startswith("~")]
    return actors, agents


def subsumed_dropped(actors: list[str]) -> list[str]:
    """The actor codes but those another code of the list extends ("LBN" beside "LBNREB"): one noun phrase
    that names a country and an actor of that country (a descriptor and its name in apposition, "the
    Lebanese group Hezbollah"; a title before a name, "Israeli Prime Minister X") names one actor."""
    kept = [a for a in actors if not any(b != a and b.startswith(a) for b in actors)]
    return list(dict.fromkeys(kept))
