"""A word of a person's name is no country (profile switch `person_names`).

Given names and surnames that are also country, region or nationality words ("Volker Turk", "Chad Smith",
"Jordan Bardella", "Kenya Barris", "Harry English") are read by PETRARCH-2's longest-match scan (spec
§3.3) as the country itself: TURK, CHAD, JORDAN and KENYA are one-word entries of Phoenix.Countries.actors.txt
with a bare country code (TUR, TCD, JOR, KEN), so "Volker Turk condemned ..." gets TUR as a second source.

The rule, general and taken from the sentence's own analysis, with no word list of its own:

* a *name word* is a proper noun (NNP, NNPS) inside a person's name, a PERSON entity of two or more
  tokens (spaCy's named-entity recogniser), that has a neighbour in the same entity which is itself a
  plain name part: a proper noun that is no country word, starts no agent phrase (PETRARCH's agent
  dictionary holds the titles and organisation words: PRESIDENT, KING, SENATOR, ARMY, MINISTRY, ...) and is
  no word of a title of data/actor_titles.tsv ("Jordan Queen Rania": QUEEN, EMIR, SHEIKH, DR. are no agents);
* a *country word* is a word whose longest actor phrase is the word alone, coded with a bare country or
  region code (three letters: no sector, no person's own code);
* the scan reads no code from a country word that is a name word. A dictionary phrase that runs on past
  the word still matches as before, since the word's text is unchanged: a person the dictionary holds by
  full name ("Lawrence Cannon", LAWRENCE_CANNON) keeps its code, and so does a multi-word country ("South
  Africa") or organisation ("Bank of America").

The controls the rule keeps: a country before a possessive ("Jordan's King Abdullah", "Kenya's Ruto": the
's is no proper noun, so the country is no entity neighbour's), a country before a title ("Turkish
President Erdogan", "Jordan King Abdullah": the title is an agent word), a country alone ("Jordan closed its
border"; a one-token PERSON entity is no name here), a list ("Chad and Niger"), a country inside another
kind of entity ("India Today", "the Israel Defense Forces"), a nationality before a common noun ("the Kurd
leader"). What it cannot see is a name the recogniser does not call a person ("Israel Adesanya" as two
places): that word is still read as the country.

The document's actor finder (extract/actors.py), which reads the same words with its own lexicon, makes no
country of them either where the profile has the switch (`document_name_words`, given to `find_actors`): the
document's actors fill a side the scan left empty (switch `document_actors`) and give the document's context
country, and "Michael Jordan" is no mention of Jordan there (the finder guards on its own only a country
before the rest of a name, "Jordan Smith").

    names = name_words(sent, view.words, view.tags, actors, date)   # token indices
    words = marked_words(view.words, names)                         # NameWord at those indices
    reader.named_words = reader_words(sent, view, actors, date)     # both, for a NounReader
    country_in_name(words[i], code, length)                         # the scan's test
"""
from __future__ import annotations

import datetime
from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc, Span

from ...data_files import table_rows
from ...nlp import doc_entities
from ..phrases import doc_words

TITLES_FILE = "actor_titles.tsv"  # the document's actor finder's titles (extract/lexicon_files.py)
PERSON = "PERSON"  # spaCy's label of a person's name (OntoNotes 5)
PROPER_NOUNS = ("NNP", "NNPS")
COUNTRY_CODE_LENGTH = 3  # a bare CAMEO country or region code: TCD, TUR, AFR


class NameWord(str):
    """A word of a person's name: equal to its text (a dictionary phrase holding the whole name still
    matches it), marked so that the scan reads no country from it alone."""
    __slots__ = ()


def country_in_name(word: str, code: str, length: int) -> bool:
    """Whether the scan's match `code` of `length` words at `word` is a country read from a name word."""
    return length == 1 and isinstance(word, NameWord) and len(code) == COUNTRY_CODE_LENGTH


def name_words(sent: Span, words: Sequence[str], tags: Sequence[str], actors,
               date: datetime.date | None) -> frozenset[int]:
    """The token indices (the Doc's) of the country words of `sent` that are words of a person's name."""
    found: set[int] = set()
    for ent in _entities_within(sent):
        if ent.label_ != PERSON or len(ent) < 2:
            continue
        for i in range(ent.start, ent.end):
            if tags[i] in PROPER_NOUNS and _country_word(actors, words[i], date) and any(
                    _plain_name_part(actors, words, tags, j, date)
                    for j in (i - 1, i + 1) if ent.start <= j < ent.end):
                found.add(i)
    return frozenset(found)


def _entities_within(sent: Span) -> list[Span]:
    """`sent.ents` (the entities wholly inside `sent`) from the document's entities listed once (nlp.doc_entities):
    `Span.ents` builds a Span of every entity of the document at each call, once a sentence."""
    start, end, out = sent.start, sent.end, []
    for ent in doc_entities(sent.doc):
        if ent.start >= start:
            if ent.end > end:
                break
            out.append(ent)
    return out


def document_name_words(doc: Doc, actors, date: datetime.date | None) -> frozenset[int]:
    """`name_words` of the whole of `doc`."""
    words, tags, _ = doc_words(doc)
    return name_words(doc[:], words, tags, actors, date)


def reader_words(sent: Span, view, actors, date: datetime.date | None) -> list[str] | None:
    """The words a NounReader of `sent` reads (`NounReader.named_words`): the view's, its name words marked;
    None where the sentence has none."""
    names = name_words(sent, view.words, view.tags, actors, date)
    return marked_words(view.words, names) if names else None


def sentence_reader(sent: Span, view, actors, date: datetime.date | None, person_names: bool,
                    possessors_read: bool = False, common_words: bool = False):
    """A NounReader of `sent` (its phrase view `view`) with none of the profile's reading switches but
    `person_names` (its name words marked, `reader_words`, where that switch is on), `common_words` (its words
    written in lower case that are one-word actor phrases marked, actors/common_words.py, where that switch is on,
    as the engine's reader marks them) and, where a caller passes it, `possessors_read` (switch
    `possessive_antecedents`: "his country" read as the speaker's): how the steps after the engine read a clause's
    actors again (content_codes.py, nouns/intents.py, phenomena/stance_complements.py, phenomena/blame_statements.py)."""
    from .common_words import common_marked
    from .noun_phrases import NounReader  # noun_phrases reads this module's `country_in_name`

    reader = NounReader(view, actors, date, possessors_read=possessors_read)
    if person_names:
        reader.named_words = reader_words(sent, view, actors, date)
    if common_words:
        reader.named_words = common_marked(sent, reader.named_words or view.words, view.tags,
                                           actors) or reader.named_words
    return reader


def marked_words(words: Sequence[str], names, kind: type = NameWord) -> list[str]:
    """A copy of `words` with the words at `names` (token indices) as `kind`: NameWord, or common_words.CommonWord."""
    out = list(words)
    for i in names:
        out[i] = kind(out[i])
    return out


def _country_word(actors, word: str, date: datetime.date | None) -> bool:
    found = actors.longest_actor([word], 0, date)
    return found is not None and found[1] == 1 and len(found[0]) == COUNTRY_CODE_LENGTH


def _plain_name_part(actors, words: Sequence[str], tags: Sequence[str], j: int,
                     date: datetime.date | None) -> bool:
    """A proper noun that is no country word, starts no agent phrase (a title, an organisation word) and is no
    word of a title the document's actor finder knows ("Queen", "Emir", "Dr."; PETRARCH's agents lack them)."""
    return (tags[j] in PROPER_NOUNS and words[j] not in actors.agent_trie and words[j] not in title_words()
            and not _country_word(actors, words[j], date))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every word of the titles of data/actor_titles.tsv, upper-cased: "QUEEN", "EMIR", "MINISTER", "DR."."""
    return frozenset(word.upper() for (title,) in table_rows(TITLES_FILE, 1) for word in title.split())

