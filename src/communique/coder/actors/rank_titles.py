"""A word of rank before an office's title ("deputy high commissioner", "deputy foreign minister") reads as that
office (profile `communique`, switch `rank_titles`).

PETRARCH-2's longest-match scan (spec §3.3) reads an agent phrase at each word, left to right. Phoenix.agents.txt
holds DEPUTY alone as a sheriff's deputy [~COP] and only a few ranked titles whole (DEPUTY_PRIME_MINISTER,
VICE_FOREIGN_MINISTER), so "the Indian deputy high commissioner" was INDCOP and "Russia's deputy foreign minister"
RUSCOPGOV: the rank word was read as a police officer before the title it ranks. A rank word of
data/coder_rank_words.tsv that an agent phrase follows in the same noun phrase is that office's rank and gives no
code of its own; a ranked title the dictionary holds whole is read whole first, and a rank word alone or last
("a sheriff's deputy", "the county deputy") keeps its reading. `petrarch2` reads as PETRARCH-2 does.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import upper_words

TABLE = "coder_rank_words.tsv"


@lru_cache(maxsize=1)
def rank_words() -> frozenset[str]:
    """The rank words of data/coder_rank_words.tsv (DEPUTY, ACTING, VICE, ...)."""
    return upper_words(TABLE, "the coder's rank words", columns=2, expected="'WORD<TAB>what it marks'")


def ranks_title(actors, words: Sequence[str], i: int) -> bool:
    """Whether words[i] is a rank word over the office an agent phrase names from words[i + 1]: the rank word is
    read alone by the agent dictionary, if at all (a longer ranked title, DEPUTY_PRIME_MINISTER, is read whole)."""
    if words[i] not in rank_words() or i + 1 >= len(words):
        return False
    own = actors.longest_agent(words, i)
    if own is not None and own[1] > 1:
        return False
    return actors.longest_agent(words, i + 1) is not None
