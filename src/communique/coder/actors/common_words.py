"""A word written in lower case is the common word, not the dictionary's name (profile switch `common_words`).

PETRARCH-2 matches its dictionaries on upper-cased text (spec §3.3), so a one-word phrase of an actor file
that is also an English word names its actor wherever the word occurs: "marches" is MARCHES_, the Italian
region (ITA); "saga" is SAGA_, the Japanese prefecture (JPN); "male" is MALE_, the Maldives' capital (MDV);
"organization" and "youth" are the English glosses that Phoenix.MilNonState.actors.txt gives of TANZIM_
(MEAREB) and GAZTERIAK_ (FRAREB). "Police fired tear gas at marches" then codes an Italian target, and "a
male suspect attacked two officers" a Maldivian attacker.

English writes a name with a capital. The rule, general and taken from the text itself, with no word list:

* a *common word* is a token written wholly in lower case ("marches", "saga", "youth") whose upper-cased
  form is a one-word phrase of the actor dictionary, in a text with a capital letter anywhere (a text wholly in
  lower case tells nothing by its case), that neither the tagger (NNP) nor the named-entity recogniser (a
  PERSON, NORP, GPE, ORG ... entity) takes for a name ("obama", "tunisian" in a carelessly written text, "the
  senate" tagged NNP, stay names);
* the scan reads no actor from a common word alone: its agent phrase, if any, is read instead. A dictionary
  phrase that runs on past the word still matches, since the word's text is unchanged.

The controls it keeps: a name with its capital ("in Male, the capital", "the Marche region", "Hamas"), a
sentence-initial capital ("Youth activists ..." is still read as GAZTERIAK_: the case tells nothing there, and the
tagger's guess is no help, since it tags a country that opens a sentence ("Belize blamed ...") NN as often as
NNP), a nationality adjective ("Israeli troops"), and every phrase of two or more words. What it costs: a name
the writer left in lower case that neither the tagger nor the recogniser sees as a name ("peshmerga
fighters", "senegal" in a text that writes names in lower case) is no longer read from the actor files; the
agent dictionary, which holds common nouns, is untouched.

The English glosses Phoenix gives of foreign names ("+YOUTH_" for GAZTERIAK_) are no names in any case, also with a
sentence's capital: `withdraw_glosses` takes their codes out of the dictionary (data/coder_actor_withdrawals.tsv).
A row of that table with a fourth field gives the phrase the code CAMEO's country table gives the place it names
instead (session 39): "+JERSEY_", New Jersey clipped under UNITED_STATES_, names the island CAMEO codes GBR; "eastern
Congo", no Phoenix phrase, is the region of the Democratic Republic of the Congo English news names so (COD).

    words = common_marked(sent, words, tags, actors)   # CommonWord at the sentence's common words (the scan's words)
    common_word_read(words[i], length)                 # the scan's test
    document_common_words(doc, actors)                 # token indices, for the document's actor finder
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc, Span

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ...nlp import doc_entities, doc_sentences, doc_tokens
from ..phrases import doc_words
from .person_names import marked_words

ONE_WORD = 1
ARTICLE = "THE"
PROPER_NOUNS = ("NNP", "NNPS")
# spaCy's (OntoNotes 5) labels of a name: a word inside one is a name whatever its case
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
WITHDRAWALS_FILE = "coder_actor_withdrawals.tsv"


class CommonWord(str):
    """A lower-case word whose upper-cased form is a one-word actor phrase: equal to its text (a longer phrase
    still matches it), marked so that the scan reads no actor from it alone."""
    __slots__ = ()


def common_word_read(word: str, length: int) -> bool:
    """Whether the scan's actor match of `length` words at `word` is a common word read as a name."""
    return length == ONE_WORD and isinstance(word, CommonWord)


def common_marked(sent: Span, words: Sequence[str], tags: Sequence[str], actors) -> list[str] | None:
    """A copy of `words` (the Doc's upper-cased words, or a copy already marked) with the common words of `sent`
    as CommonWord; None where it has none."""
    found = common_words(sent, words, tags, actors)
    return marked_words(words, found, CommonWord) if found else None


def document_common_words(doc: Doc, actors) -> frozenset[int]:
    """The common words of every sentence of `doc` (token indices), for the document's actor finder, which reads
    no actor from them alone as from a person's name words (extract/actors.py `names`)."""
    words, tags, _ = doc_words(doc)
    glosses = withdrawn_glosses()   # no names in any case: the finder's own tables hold them too
    return frozenset(i for sentence in doc_sentences(doc) for i in common_words(sentence, words, tags, actors)) \
        | frozenset(i for i, word in enumerate(words) if word in glosses)


def common_words(sent: Span, words: Sequence[str], tags: Sequence[str], actors) -> list[int]:
    """The token indices of the common words of `sent`: none where the text is wholly in lower case."""
    texts = doc_tokens(sent.doc).text
    trie = actors.actor_trie
    article = trie.get(ARTICLE, {})
    found = [i for i in range(sent.start, sent.end)
             if (words[i] in trie and "#" in trie[words[i]] or i > sent.start and words[i - 1] == ARTICLE
                 and "#" in article.get(words[i], {}))  # "the west": THE WEST (region_names.py)
             and tags[i] not in PROPER_NOUNS and texts[i].islower()]
    if not found or not (_capital_within(texts, sent.start, sent.end) or _capital_within(texts, 0, len(texts))):
        return []
    named = {i for ent in doc_entities(sent.doc) if ent.label_ in NAME_LABELS and ent.start < sent.end
             and ent.end > sent.start for i in range(ent.start, ent.end)}
    return [i for i in found if i not in named]


def _capital_within(texts: Sequence[str], start: int, end: int) -> bool:
    return any(texts[i][:1].isupper() for i in range(start, end))



@lru_cache(maxsize=1)
def withdrawn_glosses() -> frozenset[str]:
    """The one-word phrases of data/coder_actor_withdrawals.tsv (upper case) given no code instead: no names."""
    return frozenset(fields[0] for _, fields in _withdrawals(data_path(WITHDRAWALS_FILE))
                     if " " not in fields[0] and not _given(fields))


def _withdrawals(path):
    for number, fields in tsv_rows(path, "the coder's actor withdrawals", min_width=3):
        if len(fields) > 4 or not fields[0].split() or not fields[1].strip() or not fields[0].isupper():
            raise DataFileError(f"{path} line {number}: expected 'PHRASE<TAB>CODE<TAB>record and gloss"
                                "[<TAB>code given]' (CODE '-' where none is withdrawn).")
        yield number, fields


def _given(fields: list[str]) -> str:
    """A row's code given instead ('' where none)."""
    return fields[3].strip() if len(fields) > 3 else ""


def withdraw_glosses(dictionary, path=None) -> int:
    """Take each withdrawn gloss's code out of the actor dictionary (data/coder_actor_withdrawals.tsv); a phrase left
    with no code is no phrase; a row's code given instead is put first. The number of phrases withdrawn."""
    path = path or data_path(WITHDRAWALS_FILE)
    withdrawn = 0
    for _, fields in _withdrawals(path):
        words, code = fields[0].split(), fields[1].strip()
        node = dictionary.actor_trie
        for word in words:
            node = node.get(word, {})
        entries = node.get("#")
        if entries and any(e.code == code for e in entries):
            kept = [e for e in entries if e.code != code]
            if kept:
                node["#"] = kept
            else:
                del node["#"]
            withdrawn += 1
        if _given(fields):
            _give(dictionary, words, _given(fields))
    return withdrawn


def _give(dictionary, words: list[str], code: str) -> None:
    """The phrase's code given first, read before the codes it keeps."""
    from .dictionary import ActorEntry

    node = dictionary.actor_trie
    for word in words:
        node = node.setdefault(word, {})
    dictionary.records_read += 1
    node["#"] = [ActorEntry(code, record=dictionary.records_read), *node.get("#", [])]
