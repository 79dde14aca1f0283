"""Agent phrases read in the forms the agents file's own header says it lacks (profile `communique`, switch
`agent_variants`): the stems it keeps from TABARI, the other words of a stem's set, the other spelling of a word.

Stems. The header says "Most nouns are stopped ("_") rather than stemmed (e.g. "MINISTR ") but a few stems remain":
TABARI matched a phrase's unstopped word as the start of any word, so "HEALTH_MINIST [~GOVHLH]" read "health ministry"
and "health minister". PETRARCH-2 matches whole words only (spec §2.4), so the 29 entries whose last word is the stem
MINIST ("DEFENCE_MINIST [~GOVMIL]", "EDUCATION_MINIST [~GOVEDU]", "HEALTH_MINIST [~GOVHLH]", ...) match no text, and
"Egypt's defence ministry" read only MINISTRY [~GOV]: EGYGOV, not EGYGOVMIL. The file names the words the stem stands
for itself, in its substitution set `!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES`. A phrase word that is the
name of a set without its `!` marks and is none of the set's own words (PERSON is a word of !PERSON!; MINIST is no
word of !MINIST!) is a stem: the phrase is also read with each word of the set.

A stem's set. The same office is written with one word of the set or another: AGRICULTURE_MINISTER [~GOVAGR] but no
AGRICULTURE_MINISTRY, FOREIGN_AFFAIRS_MINISTRY but no FOREIGN_AFFAIRS_MINISTER. The words of a stem's set stand for
each other: a phrase with one is also read with the others ("India's agriculture ministry": INDGOVAGR, not INDGOV).
A set with no stem (!PERSON!: MAN, WOMAN, PERSON) is left as it is.

Spellings. The header lists "Not all alternatives for American/British spelling are included" among its known
problems: DEFENSE_FORCE [~MIL] but no DEFENCE_FORCE. A phrase with a word of data/coder_agent_spellings.tsv is also
read with the word's other spelling.

Every such phrase is added with the code of the phrase it is read from, where the dictionary does not hold it already
(a phrase written out keeps its own code); stems first, then the set's words, then spellings. PETRARCH-2's reading
(profile `petrarch2`) matches the phrases as written.
"""
from __future__ import annotations

from pathlib import Path

from ...data_files import data_path, tsv_rows

SPELLINGS_FILE = "coder_agent_spellings.tsv"


def substitution_sets(lines: list[str]) -> dict[str, list[str]]:
    """The agents file's substitution sets (`!NAME! = A, B` lines), by NAME without its marks, upper-cased."""
    sets: dict[str, list[str]] = {}
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("!") and "=" in text:
            marker, _, values = text.partition("=")
            sets[marker.strip().strip("!").upper()] = [v.strip().upper() for v in values.split(",") if v.strip()]
    return sets


def stems_of(path: Path) -> dict[str, list[str]]:
    """The stems of the agents file at `path`: each set name that is not a word of its own set, with the set's words."""
    sets = substitution_sets(Path(path).read_text(encoding="utf-8", errors="replace").splitlines())
    return {name: words for name, words in sets.items() if name not in words}


def spelling_pairs() -> list[tuple[str, str]]:
    """The (American, British) spellings of data/coder_agent_spellings.tsv."""
    path = data_path(SPELLINGS_FILE)
    return [(fields[0].strip(), fields[1].strip())
            for _, fields in tsv_rows(path, "the agent spelling table", width=2, header=True)]


def add_variant_phrases(trie: dict, stems: dict[str, list[str]], spellings: list[tuple[str, str]]) -> None:
    """Each stored agent phrase also under its stems' words, its stem set's other words and its other spellings."""
    for stem, words in stems.items():
        _interchange(trie, [stem], words)
    for words in stems.values():
        _interchange(trie, words, words)
    for american, british in spellings:
        _interchange(trie, [american, british], [american, british])


def _interchange(trie: dict, sources: list[str], targets: list[str]) -> None:
    """Wherever a word of `sources` is a word of a phrase, the phrase with each word of `targets` in its place."""
    for node in list(_nodes(trie)):
        for source in sources:
            below = node.get(source)
            if below is None:
                continue
            for target in targets:
                if target != source:
                    _merge(below, node.setdefault(target, {}))


def _nodes(trie: dict):
    yield trie
    for key, child in trie.items():
        if key != "#":
            yield from _nodes(child)


def _merge(source: dict, target: dict) -> None:
    for key, value in list(source.items()):
        if key == "#":
            target.setdefault("#", value)
        else:
            _merge(value, target.setdefault(key, {}))
