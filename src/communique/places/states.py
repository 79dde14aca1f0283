"""Which reading of a name that is both a state (an admin-1 area) and a city its context asks for.

"New York", "Washington", "Mexico", "Quebec" name a state and a city. The city is read by default (the
seat bonus, the name's usual news sense); the state where the context says so:
- "upstate" or "downstate" before the name ("upstate New York"); not other compass words, which as often
  name a part of the city ("eastern Aleppo", "central Baghdad");
- a noun of a state's extent or office after it ("the New York border", "New York state", "the
  Washington legislature"): data/places/state_nouns.tsv;
- a list it stands in whose other members are all states or provinces ("Missouri, New York, North
  Carolina and Virginia", "Oregon and Washington").
"""
from __future__ import annotations

from functools import lru_cache

from communique.data_files import data_path, tsv_rows
from communique.places.names import FoundName
from communique.places.tokens import TokenFacts

COMPASS_BEFORE = frozenset({"upstate", "downstate"})  # not "eastern Aleppo": a part of the city
LIST_WORDS = frozenset({",", "and", "or", "&"})


@lru_cache(maxsize=1)
def state_nouns() -> frozenset[str]:
    """The nouns of data/places/state_nouns.tsv."""
    rows = tsv_rows(data_path("places/state_nouns.tsv"), "the list of nouns of a state")
    return frozenset(fields[0].strip().lower() for _, fields in rows if fields[0] != "noun")


def state_context(mentions: list[FoundName], n: int, facts: TokenFacts) -> bool:
    """Whether mention n, where it may be a state, is read as one."""
    mention = mentions[n]
    if not any(c.entry.feature == "admin" and c.entry.level == 1 for c in mention.candidates):
        return False
    start, end = mention.span.start, mention.span.end
    if start > 0 and facts.lower[start - 1] in COMPASS_BEFORE:
        return True
    if end < len(facts.lower) and facts.lower[end] in state_nouns():
        return True
    listed = [m for m in (_neighbour(mentions, n, -1, facts), _neighbour(mentions, n, 1, facts)) if m is not None]
    return bool(listed) and all(_only_states(m) for m in listed)


def _neighbour(mentions: list[FoundName], n: int, step: int, facts: TokenFacts) -> FoundName | None:
    """The mention before (step -1) or after (step 1) mention n where only list words stand between."""
    other = n + step
    if not 0 <= other < len(mentions):
        return None
    first, second = (mentions[other], mentions[n]) if step < 0 else (mentions[n], mentions[other])
    between = facts.lower[first.span.end:second.span.start]
    return mentions[other] if between and all(word in LIST_WORDS for word in between) else None


def _only_states(mention: FoundName) -> bool:
    """A name of a state that names no country ("Missouri", "North Carolina"; not "Georgia") and is not
    itself both a state and a large city."""
    return any(c.primary and c.entry.feature == "admin" and c.entry.level == 1 for c in mention.candidates) and \
        not any(c.entry.feature == "country" or (c.entry.feature == "city" and c.primary and c.entry.population >= 100_000)
                for c in mention.candidates)
