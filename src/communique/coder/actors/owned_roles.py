"""A role noun a state owns ("Chinese officials", "Iraqi forces", "the Argentine leader", "his Ukrainian
counterpart") is that state's role (profile `communique`, switch `owned_roles`).

Phoenix.agents.txt holds these nouns only in compounds: GOVERNMENT_OFFICIAL and OFFICIAL_SOURCE [~GOV],
GOVERNMENT_FORCES and SECURITY_FORCE [~MIL], STATE_LEADER and SUPREME_LEADER [~GOV], so PETRARCH-2's scan read
"Chinese officials met ..." as CHN and "Iraqi forces shelled ..." as IRQ: the state without its sector. Read bare
as agents everywhere (session 35's block, measured in session 36), they also made actors of "officials said ...",
"security forces", "the rebel leader" with no state named, which a document's context then gave a country: new
sources and targets, and the PLOVER censuses lost triples. The phenomenon is narrower: the noun names the role of
the state its phrase names. So a word of data/coder_owned_role_agents.txt is read as its agent only where the
phrase has named a state before it (a nationality adjective, a possessive) or in its own IN or OF phrase ("the
leader of North Korea"), and nothing else: no other actor, no agent ("the Syrian opposition leader" keeps
Phoenix's OPPOSITION_LEADER; "Hamas leaders" PSEREBHMS; "Taliban fighters" are no state's). A phrase that names no
state ("officials said", "the leader") keeps no actor, as in PETRARCH-2.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path
from .dictionary import longest_match
from .dictionary_files import dictionary_lines, read_agent_file
from .qualified_agents import GROUPS

TABLE = "coder_owned_role_agents.txt"


@lru_cache(maxsize=1)
def owned_role_trie() -> dict:
    """The agent phrases of data/coder_owned_role_agents.txt (PETRARCH-2's agents format) as a word trie."""
    path = data_path(TABLE)
    trie: dict = {}
    read_agent_file(path, dictionary_lines(path), trie)
    return trie


def starts_owned_role(word: str) -> bool:
    """Whether `word` begins a phrase of the table (the scan skips words that begin none)."""
    return word in owned_role_trie()


def owned_role(words: Sequence[str], i: int, named: Sequence[str]) -> tuple[str, int] | None:
    """(agent code, length) of the table's longest phrase at words[i], where every code of `named` (those the
    phrase read before the word and those of its IN and OF phrases) is a bare state's and there is at least one;
    else None."""
    if not named or not all(len(code) == 3 and code not in GROUPS and not code.startswith("~") for code in named):
        return None
    return longest_match(owned_role_trie(), words, i, bool)
