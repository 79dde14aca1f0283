"""Political parties and glossed Phoenix names in the coder's actor dictionary (profile `communique`).

Switch `party_actors`: wire copy on domestic politics names parties constantly ("the Awami League said",
"the AKP accused"), and the Phoenix actor files hold few of them. data/actors_parties.tsv is the project's
table of the major governing and opposition parties of 2015-2019: each of a row's names and acronyms is added
as an actor phrase with the row's (dated) codes, <COUNTRY>GOVPTY or <COUNTRY>OPPPTY by the CAMEO agent
names, where no Phoenix phrase holds it already (Phoenix's own reading stands). A row with country `-` is a
name that parties of several countries bear ("Labour Party"): it is an agent (~PTY), whose country comes from
the words around it, as Phoenix's DEMOCRATIC_PARTY [~PTY], added where no agent phrase holds it.

Switch `glossed_names`: about 140 Phoenix phrases end in a parenthesised gloss, a country or an acronym
("AFRICAN_NATIONAL_CONGRESS_(SOUTH_AFRICA)_", "IRISH_NATIONAL_LIBERATION_ARMY_(INLA)_"). The gloss's words
("(SOUTH", "AFRICA)") are no tokens a parse gives, so the phrase never matches, in PETRARCH-2 as here. Where
the gloss is the name's own acronym (its letters the initials of the name's words, in order), the phrase
without it is added with the record's codes, where no phrase holds it already and no other glossed phrase
gives the same words with other codes. A gloss that names a country or says what the name means is left:
it is there because the name alone is shared or is a common word ("NATIONAL_FRONT_(GREECE)", "DIRECT_ACTION_
(GREECE)", "OLIVE_(ORGANISATION_DEVELOPMENT_AND_TRAINING)"). Parties are read first (the ANC is dated there,
not left at its glossed row's ZAFREB).
"""
from __future__ import annotations

from pathlib import Path

from ...data_files import data_path, tsv_rows
from .curated import actor_entries
from .dictionary import ActorDictionary, ActorEntry

PARTIES_FILE = "actors_parties.tsv"
GROUPED = "-"  # the country column of a name that parties of several countries bear


def add_party_actors(dictionary: ActorDictionary, path: Path | None = None) -> int:
    """Add each party name and acronym the dictionary lacks; the number of phrases added."""
    path = path or data_path(PARTIES_FILE)
    added = 0
    for number, fields in tsv_rows(path, "the party table", min_width=4, header={"names"}):
        names = [n for n in (*fields[0].split("|"), *fields[1].split("|")) if n.strip()]
        if fields[2].strip() == GROUPED:
            for words in _party_phrases(names):
                added += _add_agent(dictionary.agent_trie, words, fields[3].strip())
            continue
        dictionary.records_read += 1
        entries = [ActorEntry(e.code, e.kind, e.start, e.end, dictionary.records_read)
                   for e in actor_entries(fields[3], path, number)]
        for words in _party_phrases(names):
            added += _add_actor(dictionary.actor_trie, words, entries)
    return added


def add_glossed_names(dictionary: ActorDictionary) -> int:
    """Add each Phoenix phrase's words before a parenthesised gloss; the number of phrases added."""
    found: dict[tuple[str, ...], list[ActorEntry]] = {}
    clashes: set[tuple[str, ...]] = set()
    for words, entries in _phrases(dictionary.actor_trie, ()):
        cut = next((i for i, w in enumerate(words) if w.startswith("(")), None)
        if not cut or not _own_acronym(words[cut:], words[:cut]):
            continue
        bare = words[:cut]
        if bare in found and {e.code for e in found[bare]} != {e.code for e in entries}:
            clashes.add(bare)
        found.setdefault(bare, list(entries))
    return sum(_add_actor(dictionary.actor_trie, list(bare), entries)
               for bare, entries in found.items() if bare not in clashes)


def _own_acronym(gloss: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a one-word gloss "(INLA)" spells initials of the name's words (split at hyphens), in order."""
    if len(gloss) != 1:
        return False
    letters = [ch for ch in gloss[0] if ch.isalpha()]
    initials = iter(part[0] for word in name for part in word.split("-") if part and part[0].isalpha())
    return len(letters) >= 2 and all(any(letter == initial for initial in initials) for letter in letters)


def _phrases(node: dict, words: tuple[str, ...]):
    for word, child in node.items():
        if word == "#":
            yield words, child
        else:
            yield from _phrases(child, (*words, word))


def _add_actor(trie: dict, words: list[str], entries: list[ActorEntry]) -> int:
    node = trie
    for word in words:
        node = node.setdefault(word, {})
    if not words or "#" in node:
        return 0
    node["#"] = list(entries)
    return 1


def _add_agent(trie: dict, words: list[str], code: str) -> int:
    node = trie
    for word in words:
        node = node.setdefault(word, {})
    if not words or "#" in node:
        return 0
    node["#"] = code
    return 1


def _party_phrases(names: list[str]) -> list[list[str]]:
    """The words of each name as a parse may give them: upper case, a possessive ('s, s') kept on its word or
    apart (the tokenizer splits "People's" and "Peoples'"; a user's text may not)."""
    found: dict[tuple[str, ...], None] = {}
    for name in names:
        text = name.upper()
        found[tuple(text.split())] = None
        found[tuple(text.replace("'S ", " 'S ").replace("S' ", "S ' ").split())] = None
    return [list(words) for words in found if words]
