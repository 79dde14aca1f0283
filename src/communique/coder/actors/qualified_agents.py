"""A state's institution named by a word the dictionaries give to another state is the qualifying state's
(profile `communique`, switch `qualified_agents`).

Phoenix.Countries.actors.txt files some words of a state's institutions under one state: `+SENATE_` is a synonym
of the United States Congress (USAGOVLEG). Phoenix.agents.txt also has the word as an agent, a role any state has
(`SENATE [~LEG]`). PETRARCH-2's scan takes the longest actor phrase before an agent, so "Argentina's Senate", "the
Philippine Senate" read as two actors, ARG and USAGOVLEG, and the act was coded for the United States too. Where
the phrase has already named a state (a possessive or a nationality adjective before the word) and the actor the
word names is another state's, and the same words are an agent phrase of the same length, the words are read as
the agent: ARG with ~LEG, ARGLEG. "The US Senate", "the Senate" keep the actor; so does any name the agents file
does not hold (a party, a person, a company), and an organisation's (the UN's IGOUNO "Security Council", an "aid
group"'s NGO): only a state's institution is another state's. The 2014 files hold about a dozen such words (SENATE,
SECRETARY OF STATE, DEFENSE DEPARTMENT, NATIONAL SECURITY COUNCIL, JOINT CHIEFS OF STAFF: the United States'; STATE
DUMA, FEDERATION COUNCIL: Russia's). A state named after the word, in the phrase's own IN or OF phrase ("the Senate
in the Philippines", "the Senate of Colombia"), qualifies it as one named before it does (session 32, branch
actors32): the phrase read USAGOVLEG alone, the PP's state being kept aside while the words held an actor.
"""
from __future__ import annotations

from typing import Sequence

# CAMEO's codes of actors that are no state (an organisation, a company, a group): neither qualify nor are qualified
GROUPS = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "UIS"})


def qualified_agent(actors, words: Sequence[str], i: int, found: tuple[str, int],
                    codes: list[str]) -> tuple[str, int] | None:
    """The agent phrase at words[i] where the actor phrase `found` there (code, length) names a state other than
    every actor of `codes` (those the phrase named before it) and the agent phrase has the same length; else None.
    `actors` is the coder's actor dictionary (coder/actors/dictionary.py)."""
    named = {code[:3] for code in codes if code and not code.startswith("~")} - GROUPS
    if not named or not found[0] or found[0][:3] in named | GROUPS:
        return None
    agent = actors.longest_agent(words, i)
    return agent if agent is not None and agent[1] == found[1] else None


QUALIFYING_PREPOSITIONS = frozenset({"IN", "OF"})


def qualifying_codes(reader, np) -> list[str]:
    """The codes of the noun phrase's own IN and OF phrases ("the Senate in the Philippines", "the Senate of
    Colombia"): a state named after the word qualifies it as one named before it does. `reader` is the sentence's
    NounReader (noun_phrases.py), whose PP meanings are memoised."""
    words = reader.view.words
    return [code for pp in np.pps if words[pp.prep] in QUALIFYING_PREPOSITIONS for code in reader.pp_meaning(pp)]
