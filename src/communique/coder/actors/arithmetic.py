"""The arithmetic of actor codes (spec §3.5): an actor code is a country or organisation code with agent
suffixes ("NGA" + "~MIL" -> "NGAMIL"); an agent alone starts with `~`, and is printed in an event as an actor of
no known country ("---MIL", CAMEO's "---"). Shared by the noun-phrase reader (noun_phrases.py), clause composition
(compose.py), the roles of event nouns (nouns/event_roles.py) and every module that prints or tests a code's country.
"""
from __future__ import annotations

from ...extract.actors import UNKNOWN_COUNTRY

AGENT_MARK = "~"  # an agent code read with no actor ("~MIL")
COUNTRYLESS = (UNKNOWN_COUNTRY, AGENT_MARK)  # the prefixes of a code that names no country: `code.startswith(...)`


def printed_code(code: str) -> str:
    """An actor code as an event prints it: an agent read with no actor ("~MIL") is of no known country ("---MIL")."""
    return code.replace(AGENT_MARK, UNKNOWN_COUNTRY)


def other_actor(code: str, source: str) -> str:
    """The code printed (`printed_code`) where it names a country and is not `source`; "" where it does not."""
    printed = printed_code(code)
    return printed if printed and not printed.startswith(UNKNOWN_COUNTRY) and printed != source else ""


def first_actor(reader, phrases, source: str) -> tuple[str, tuple[int, ...]]:
    """The first `other_actor` of `source` a noun phrase of `phrases` names, read by `reader`
    (actors.noun_phrases.NounReader), with that phrase's tokens; ("", ()) where none does."""
    for np in phrases:
        for code in reader.meaning(np):
            if other_actor(code, source):
                return other_actor(code, source), tuple(np.words)
    return "", ()


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


# CAMEO's agent table (../shared/reference/cameo_agentnames.txt): the roles of an armed non-state actor (Rebel REB,
# Insurgents INS, Separatists SEP, Radicals RAD, Unidentified Forces UAF) and the prefix of an international
# militarized group (IMG: "IMGMUSISI", Islamic State).
ARMED_ROLES = frozenset({"REB", "INS", "SEP", "RAD", "UAF"})
ARMED_GROUP_PREFIX = "IMG"
IGO_PREFIX = "IGO"  # an intergovernmental organisation's code: IGO, its region, its name ("IGOWAFWAS", ECOWAS)


def armed_group(code: str) -> bool:
    """Whether an actor code names an armed non-state group: an IMG code, or one with an armed role among its
    three-letter role codes after the country ("AFGREB", "PSEREBHMS")."""
    roles = {code[i:i + 3] for i in range(3, len(code), 3)}
    return code.startswith(ARMED_GROUP_PREFIX) or bool(roles & ARMED_ROLES)


def members_agents(agents: list[str], actors: list[str]) -> list[str]:
    """Switch `armed_group_members`: the agents but an armed role's (FIGHTER, MILITANT, GUNMAN [~UAF]) where every
    actor is an armed group already. A group's fighters are the group by CAMEO's codes: "Taliban fighters" AFGREB,
    not AFGREBUAF (spec §3.5 appends every agent); "Afghan fighters" keeps its AFGUAF."""
    if not actors or not all(armed_group(code) for code in actors):
        return agents
    return [agent for agent in agents if agent[1:] not in ARMED_ROLES]


def _igo_of_region(code: str, region: str) -> bool:
    """Whether `code` is an intergovernmental organisation's whose region is `region` (IGO + SAF + ...)."""
    return len(region) == 3 and code.startswith(IGO_PREFIX) and code[3:6] == region


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
    Lebanese group Hezbollah"; a title before a name, "Israeli Prime Minister X") names one actor. So does a
    region beside an organisation of that region, CAMEO's IGO code with the region after "IGO" ("the Southern
    African bloc SADC": SAF beside IGOSAFSAD, session 36)."""
    kept = [a for a in actors if not any(b != a and (b.startswith(a) or _igo_of_region(b, a)) for b in actors)]
    return list(dict.fromkeys(kept))
