"""A noun phrase's word list scanned for actors and agents (spec §3.3), the step of noun_phrases.py's NounReader
that turns words into codes: left to right, the longest actor phrase at each position, else the longest agent
phrase; a dated actor that fits no date still consumes its words and gives no code. The profile's readings of
single words (collective_states, common_words, rank_titles, qualified_agents, owned_roles, person_names) are applied here as
the reader's switches say.
"""
from __future__ import annotations

from .collective_states import collective_at
from .common_words import common_word_read
from .owned_roles import owned_role, starts_owned_role
from .person_names import country_in_name
from .qualified_agents import qualified_agent
from .region_names import article_region_refused
from .rank_titles import ranks_title


def scanned_codes(reader, words: list[str], named: list[str] | tuple = ()) -> list[str]:
    """The codes of `words` by the longest-match scan; `reader` is the sentence's NounReader (its dictionary,
    date and switches). `named`: the codes of the states the phrase's IN and OF phrases name, which qualify its
    words as those before them do (`qualified_read`)."""
    codes: list[str] = []
    i, n = 0, len(words)
    actors, date = reader.actors, reader.date
    actor_trie, agent_trie = actors.actor_trie, actors.agent_trie
    while i < n:
        if reader.collectives_read:  # "the two Koreas": every state of the set (collective_states.py)
            collective = collective_at(words, i)
            if collective is not None:
                codes.extend(collective[0])
                i += collective[1]
                continue
        if words[i] not in actor_trie and words[i] not in agent_trie and not (
                reader.owned_roles_read and starts_owned_role(words[i])):  # most words start no phrase
            i += 1
            continue
        found = actors.longest_actor(words, i, date)
        if found is not None and common_word_read(words[i], found[1]):  # "at marches": no ITA (common_words.py)
            found = None
        elif found is not None and article_region_refused(words, i, found[1], actor_trie):  # "the west of", "the Gulf of"
            found = None
        if found is None and reader.ranks_read and ranks_title(actors, words, i):  # "deputy high commissioner"
            i += 1
            continue
        if found is None:
            found = actors.longest_agent(words, i)
            if found is None and reader.owned_roles_read:  # "Chinese officials": CHNGOV (owned_roles.py)
                found = owned_role(words, i, [*named, *codes])
        elif reader.qualified_read and (agent := qualified_agent(actors, words, i, found,
                                                                 [*named, *codes])) is not None:
            found = agent  # "Argentina's Senate": ARGLEG, not ARG and USAGOVLEG (qualified_agents.py)
        if found is None:
            i += 1
            continue
        code, length = found
        if code and not country_in_name(words[i], code, length):  # "Chad Smith": no TCD
            codes.append(code)
        i += max(length, 1)
    return codes
