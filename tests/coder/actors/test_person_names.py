"""The switch `person_names` (coder/actors/person_names.py): a given name or surname that is also a country word
("Volker Turk", "Chad Smith", "Michael Jordan") is a word of a person's name, not the country, for the coder's
longest match and for the document's actor finder. Sentences written for this test
(tests/fixtures/person_name_countries.tsv), read on and off; and the rule itself on hand-built parses."""
from __future__ import annotations

import datetime

from fixture_tables import code_actors, coded_rows, communique_without
from ..switch_tables import on_off_table_test
from spacy.tokens import Doc, Span

from communique.coder.actors.dictionary import load_actor_dictionary
from communique.coder.actors.person_names import NameWord, country_in_name, marked_words, name_words

DATE = datetime.date(2019, 3, 4)


# curated_people goes off with it: a curated person ("Volker Turk") is read whole by that switch as well
test_a_country_word_in_a_person_s_name_is_no_country = on_off_table_test(
    "person_name_countries.tsv", ("person_names", "curated_people"), at_least=50, changed_at_least=20)


# (a name with a country word, the same sentence with a plain name in its place): read alike with the switch on
LIKE_ANY_NAME = [
    ("UN rights chief Volker Turk condemned the killing of protesters in Iran.",
     "UN rights chief Volker Weber condemned the killing of protesters in Iran."),
    ("Michael Jordan praised the Chinese government.", "Michael Jones praised the Chinese government."),
    ("Kevin Turk, a spokesman for the company, denied the charges.",
     "Kevin Hart, a spokesman for the company, denied the charges."),
    ("Sudanese rebels kidnapped Jordan Smith, an American aid worker.",
     "Sudanese rebels kidnapped Daniel Smith, an American aid worker."),
    ("Opposition leader India Walton accused the mayor of corruption.",
     "Opposition leader Mary Walton accused the mayor of corruption."),
    ("Gunmen shot dead Jordan Smith, a local councillor, in Lagos.",
     "Gunmen shot dead Daniel Smith, a local councillor, in Lagos."),
    ("Egypt's foreign minister met Lawrence Wong in Singapore.", "Egypt's foreign minister met Peter Wong in Singapore."),
    ("Chad Smith said he was willing to send aid to Kenya.", "Brad Smith said he was willing to send aid to Kenya."),
    ("Jordan Bardella said he was ready to hold talks with the Italian government.",
     "John Bardella said he was ready to hold talks with the Italian government."),
]


def _pair_readings() -> list[tuple[str, str]]:
    rows = [(text,) for pair in LIKE_ANY_NAME for text in pair]
    read = [code_actors(document) for _, document in coded_rows(rows)]
    return list(zip(read[::2], read[1::2]))


def test_a_name_with_a_country_word_is_read_as_any_other_name(nlp, monkeypatch):
    assert all(named == plain for named, plain in _pair_readings()), _pair_readings()
    communique_without(monkeypatch, "person_names", "curated_people")  # as above
    assert all(named != plain for named, plain in _pair_readings()), _pair_readings()


def _names(nlp, words: list[str], tags: list[str], person: tuple[int, int]) -> frozenset[int]:
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, *person, label="PERSON")]
    upper = [w.upper() for w in words]
    return name_words(doc[:], upper, tags, load_actor_dictionary(), DATE)


def test_a_country_word_beside_a_plain_name_part_is_a_name_word(nlp):
    assert _names(nlp, ["Michael", "Jordan", "spoke"], ["NNP", "NNP", "VBD"], (0, 2)) == {1}
    assert _names(nlp, ["Chad", "Smith", "spoke"], ["NNP", "NNP", "VBD"], (0, 2)) == {0}


def test_a_country_beside_a_title_or_another_country_or_alone_is_no_name_word(nlp):
    assert _names(nlp, ["Jordan", "King", "Abdullah"], ["NNP", "NNP", "NNP"], (0, 3)) == frozenset()  # a title
    assert _names(nlp, ["Jordan", "Queen", "Rania"], ["NNP", "NNP", "NNP"], (0, 3)) == frozenset()  # actor_titles.tsv
    assert _names(nlp, ["Chad", "Niger", "spoke"], ["NNP", "NNP", "VBD"], (0, 2)) == frozenset()  # two countries
    assert _names(nlp, ["Jordan", "spoke"], ["NNP", "VBD"], (0, 1)) == frozenset()  # one token: no name here


def test_the_scan_reads_no_country_from_a_name_word_but_a_longer_entry_still_matches():
    words = marked_words(["CHAD", "SMITH"], frozenset({0}))
    assert isinstance(words[0], NameWord) and words[0] == "CHAD" and not isinstance(words[1], NameWord)
    assert country_in_name(words[0], "TCD", 1)
    assert not country_in_name(words[0], "CANGOV", 2)  # a full name the dictionary holds ("Lawrence Cannon")
    assert not country_in_name("CHAD", "TCD", 1)  # the country itself
