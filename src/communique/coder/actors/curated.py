"""The project's curated people in the coder's actor dictionary (switch `curated_people`, profile `communique`).

PETRARCH-2 picks a person's code by the article's date (spec §2.3), from the Phoenix files, whose dates end
about 2016: an office taken later is missing and an office left later is still open ("JENS_STOLTENBERG_
[NORGOV >051017]" is Norway's government in 2018, when he was NATO's Secretary General; "ANTONIO_GUTERRES_
[PRTELI]" a Portuguese elite as UN Secretary-General). data/actors_people.tsv holds, beside the converted
Phoenix rows, curated rows (source `communique`) that date such people's offices anew. The document's actor
reader (extract/lexicon_files.py) already lets a curated row take over the converted entries of its names; here
the coder's own reader does the same: each name of a curated row of two words or more (its name and variants;
a lone surname is left to the document's actors, as PETRARCH-2's phrases are) gets the row's dated codes as a
record read before the Phoenix records of that phrase. `ActorDictionary.code_for` then takes the curated
record's code where one holds on the date, and Phoenix's choice where none does (before a curated office
began, or between two).

Switch `curated_organisations`: the Phoenix files name many IGOs, NGOs and armed groups by an acronym alone
("ICC_ [IGOJUDICC]", its full name only in a comment), so "prosecutors at the International Criminal Court" read the
agents CRIMINAL [~CRM] and COURT [~JUD] and no court. data/actors_organisations.tsv's curated rows (source
`communique`: the UN bodies, the EU's, NATO, the AU, the ICC and ICJ, the Red Cross, Amnesty, HRW, MSF, the armed
groups of the 2015-2020 news) give each its names; each name of two words or more (a leading "the" dropped; a lone
word, "Amnesty", "WHO", "IS", is left to the document's actors, as it is also an English word or a name's part) is
added with the row's codes where no phrase of the Phoenix files holds it already (Phoenix's reading stands); where
the article and the name's first word are a phrase ("THE UN"), the name is added with the article too, so that the
longest match from the article finds the name ("the UN nuclear watchdog" is the IAEA, not THE UN and two words).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from .dictionary import ActorDictionary, ActorEntry

PEOPLE_FILE = "actors_people.tsv"
ORGANISATIONS_FILE = "actors_organisations.tsv"
CURATED = "communique"  # the table's `source` of a row written for communique
ARTICLE = "THE"  # a phrase the article begins ("THE UN") would take a longer name's first words from the scan


def add_curated_people(dictionary: ActorDictionary, path: Path | None = None) -> None:
    """Put each curated person's dated codes first in the entries of each of its names of two words or more."""
    path = path or data_path(PEOPLE_FILE)
    for number, fields in tsv_rows(path, "the people table", min_width=4, header={"name"}):
        if fields[-1] != CURATED:
            continue
        entries = actor_entries(fields[2], path, number)
        dictionary.records_read += 1
        entries = [ActorEntry(e.code, e.kind, e.start, e.end, dictionary.records_read) for e in entries]
        for name in dict.fromkeys([fields[0], *(v for v in fields[1].split("|") if v)]):
            words = name.upper().split()
            if len(words) < 2:
                continue
            node = dictionary.actor_trie
            for word in words:
                node = node.setdefault(word, {})
            node["#"] = entries + node.get("#", [])


def add_curated_organisations(dictionary: ActorDictionary, path: Path | None = None) -> int:
    """Add each curated organisation's names of two words or more that no phrase holds; the number added."""
    from .parties import _add_actor, _party_phrases

    path = path or data_path(ORGANISATIONS_FILE)
    added = 0
    for number, fields in tsv_rows(path, "the organisations table", min_width=6, header={"name"}):
        if fields[-1] != CURATED:
            continue
        dictionary.records_read += 1
        entries = [ActorEntry(e.code, e.kind, e.start, e.end, dictionary.records_read)
                   for e in actor_entries(fields[2], path, number)]
        names = [_without_article(n) for n in (fields[0], *fields[1].split("|")) if n.strip()]
        for words in _party_phrases([n for n in names if len(n.split()) >= 2]):
            added += _add_actor(dictionary.actor_trie, words, entries)
            if words[0] in dictionary.actor_trie.get(ARTICLE, {}):  # "the UN nuclear watchdog": not THE UN's
                added += _add_actor(dictionary.actor_trie, [ARTICLE, *words], entries)
    return added


def _without_article(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if words[:1] == ["the"] else name


def actor_entries(codes: str, path: Path, number: int) -> list[ActorEntry]:
    """`CODE`, `CODE start/`, `CODE /end` or `CODE start/end` (ISO dates), `; `-separated, as ActorEntry's
    kinds "", ">", "<" and "-" (the end not included, as Phoenix's YYMMDD-YYMMDD)."""
    entries = []
    for part in codes.split(";"):
        code, _, dates = part.strip().partition(" ")
        start_text, _, end_text = dates.partition("/")
        start, end = _ordinal(start_text, path, number), _ordinal(end_text, path, number)
        if not code:
            raise DataFileError(f"{path} line {number}: a code is empty")
        if start and end:
            entries.append(ActorEntry(code, "-", start, end))
        elif start or end:  # ActorEntry keeps a one-sided date in `start`
            entries.append(ActorEntry(code, ">" if start else "<", start or end))
        else:
            entries.append(ActorEntry(code))
    return entries


def _ordinal(text: str, path: Path, number: int) -> int:
    if not text.strip():
        return 0
    try:
        return dt.date.fromisoformat(text.strip()).toordinal()
    except ValueError:
        raise DataFileError(f"{path} line {number}: {text.strip()!r} is not a date (YYYY-MM-DD)") from None
