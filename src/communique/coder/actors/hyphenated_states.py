"""A hyphenated compound of states' names or adjectives names each of the states (profile `communique`, switch
`hyphenated_states`): "Indian-Pakistani talks", "the Russia-Ukraine war", "the Israeli-Palestinian conflict".

English writes the two parties of a relation between states (its talks, war, border, ceasefire, trade) as one
hyphenated premodifier. PETRARCH-2's tokenizer keeps such a word whole, and so does the coder (noun_phrases.py joins
the tokens spaCy splits at the hyphen), and no dictionary phrase holds the pair, so the phrase named no actor: "Turkey
mediated Russian-Ukrainian talks" had no target. A hyphenated word no dictionary phrase holds whose every part is
one word the actor dictionary reads as a state (a bare three-letter country code: a name, an adjective, "U.S.") is
read as its parts, each a word of the phrase, as "Indian and Pakistani talks" is. A part that is a group, an
organisation or no actor keeps the word whole ("Afghan-Taliban", "Franco-German": FRANCO is no state's name), as
does a word that names one state's place ("Guinea-Bissau" is in the dictionary itself). A pair before a noun that
begins an agent phrase is one person's (or group's) two nationalities, not two parties: "a British-Iranian aid
worker", "an Iranian-American journalist" keep the word whole, as before; so does a pair before a name ("the
British-Australian academic Jane Doe"), through the title or agent noun it modifies.
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from .qualified_agents import GROUPS


def state_parts(word: str, actors, date: dt.date | None) -> list[str] | None:
    """The parts of the hyphenated `word` ("INDIAN-PAKISTANI") where each is one word the actor dictionary
    `actors` reads as a bare state on `date` and there are two or more; else None."""
    parts = word.split("-")
    if len(parts) < 2 or not all(is_state_word(part, actors, date) for part in parts):
        return None
    whole = actors.longest_actor(parts, 0, date)
    if whole is not None and whole[1] == len(parts):  # one name written with a hyphen ("Guinea-Bissau")
        return None
    return parts


def is_state_word(word: str, actors, date: dt.date | None) -> bool:
    """Whether `word` alone is an actor phrase whose code is a bare state's (three letters, not a group's)."""
    if not word:
        return False
    found = actors.longest_actor([word], 0, date)
    return found is not None and len(found[0]) == 3 and found[0] not in GROUPS


def names_a_person(view, group: Sequence[int], actors) -> bool:
    """Whether the hyphenated word of tokens `group` modifies, directly or through the modifiers of a name
    (compound, amod, appos), a noun that begins an agent phrase of the dictionary (JOURNALIST, AID_WORKER, ACADEMIC)
    or a proper noun ("British-Australian academic Jane Doe"): the pair is then a person's nationalities."""
    for h in {view.heads[j] for j in group if view.heads[j] not in group}:
        if h == group[-1] + 1 and _ends_name(view.words[group[-1]], view.words[h], actors):
            h = view.heads[h]  # "Japan-South Korea talks": KOREA ends the pair's last name, no person's
        for _ in range(PERSON_STEPS):
            if view.words[h] in actors.agent_trie or view.tags[h] in PROPER_TAGS:
                return True
            if view.deps[h] not in NAME_MODIFIERS or view.heads[h] == h:
                break
            h = view.heads[h]
    return False


def _ends_name(part: str, word: str, actors) -> bool:
    """Whether the hyphen's last part and the word after it begin one actor phrase ("SOUTH" "KOREA")."""
    found = actors.longest_actor([part, word], 0, None)
    return found is not None and found[1] == 2


PROPER_TAGS = frozenset({"NNP", "NNPS"})
NAME_MODIFIERS = frozenset({"compound", "amod", "appos", "nmod"})
PERSON_STEPS = 3  # the pair, a title or an agent noun, the name


def split_states(words: Sequence[str], actors, date: dt.date | None, before: Sequence[str] = (),
                 after: Sequence[str] = ()) -> list[str] | None:
    """The words of a hyphenated word given as its tokens ("INDIAN", "-", "PAKISTANI") read as its states; None
    where the joined word is a dictionary phrase or a part is not a state. `before` and `after`: the words of the
    phrase next to it, which may complete a state's name of two words or more at its edge ("Japan-South Korea")."""
    joined = "".join(words)
    if joined in actors.actor_trie or joined in actors.agent_trie:
        return None
    return state_parts(joined, actors, date) or edge_name_parts(joined, actors, date, before, after)


def edge_name_parts(word: str, actors, date: dt.date | None, before: Sequence[str],
                    after: Sequence[str]) -> list[str] | None:
    """The parts of the hyphenated `word` where its first part ends a state's name begun by the words `before`
    it ("Saudi Arabia-Iran": SAUDI + ARABIA) or its last part begins one that the words `after` it end
    ("Japan-South Korea": SOUTH + KOREA), and every other part is a state word; else None. English hyphenates
    a pair of states whose names are of two words at the hyphen only, leaving the name's other words apart."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return None
    first = _edge_state(actors, date, [*before, parts[0]], len(before)) if before else None
    last = _edge_state(actors, date, [parts[-1], *after], 0) if after else None
    inner_first = 0 if first is None else 1
    inner_last = len(parts) if last is None else len(parts) - 1
    if first is None and last is None:
        return None
    if not all(is_state_word(part, actors, date) for part in parts[inner_first:inner_last]):
        return None
    return parts


def _edge_state(actors, date: dt.date | None, words: list[str], edge: int) -> str | None:
    """The bare state's code of a phrase of two words or more over `words` that covers the word at `edge` (the
    part at the hyphen) and ends at the list's end where the part is last; else None."""
    for start in range(0, edge + 1):
        found = actors.longest_actor(words, start, date)
        if found is None or found[1] < 2 or len(found[0]) != 3 or found[0] in GROUPS:
            continue
        end = start + found[1]
        if start <= edge < end and (edge == 0 or end == len(words)):
            return found[0]
    return None
