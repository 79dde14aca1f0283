"""The switch `common_words` (coder/actors/common_words.py): a one-word phrase of the actor files written in lower case
("marches", "a male suspect", "the organization") is the common word, not the name. Sentences written for this test
(tests/fixtures/common_words.tsv), read on and off; and the rule itself on parsed sentences of its own."""
from __future__ import annotations

import pytest

from communique.coder import Profile
from communique.coder.actors.common_words import CommonWord, common_word_read, common_words, document_common_words
from communique.coder.actors.dictionary import load_actor_dictionary
from communique.coder.phrases import doc_words

from ..switch_tables import on_off_table_test

test_a_word_in_lower_case_is_the_common_word_not_the_name = on_off_table_test(
    "common_words.tsv", ("common_words",), at_least=18, changed_at_least=7)

test_a_place_phoenix_codes_otherwise_takes_cameo_s_code = on_off_table_test(
    "place_code_corrections.tsv", ("common_words",), at_least=9, changed_at_least=5)


def test_a_code_given_is_read_first_and_the_place_is_no_gloss():
    from communique.coder.actors.common_words import withdrawn_glosses

    actors = load_actor_dictionary(gloss_withdrawals=True)
    assert actors.longest_actor(["JERSEY"], 0, None) == ("GBR", 1)
    assert actors.longest_actor(["EASTERN", "CONGO"], 0, None) == ("COD", 2)
    assert actors.longest_actor(["NEW", "JERSEY"], 0, None)[0] == "USA"
    assert "JERSEY" not in withdrawn_glosses()  # a name: the document's finder still reads it


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").common_words and not Profile.named("petrarch2").common_words


def _common(nlp, text: str) -> list[str]:
    doc = nlp(text)
    words, tags, _ = doc_words(doc)
    actors = load_actor_dictionary()
    return [doc[i].text for sent in doc.sents for i in common_words(sent, words, tags, actors)]


@pytest.mark.model
def test_only_lower_case_words_that_are_no_name_are_common(nlp):
    assert _common(nlp, "Police in Zimbabwe broke up marches against the president.") == ["marches"]
    assert _common(nlp, "A male suspect was arrested in Male on Friday.") == ["male"]
    assert _common(nlp, "Italian police raided homes in the Marche region.") == []
    assert _common(nlp, "Somali forces and Kenyan troops attacked the camp.") == []


@pytest.mark.model
def test_a_text_wholly_in_lower_case_tells_nothing_by_its_case(nlp):
    assert _common(nlp, "police in zimbabwe broke up marches against the president.") == []


@pytest.mark.model
def test_the_document_s_common_words_are_every_sentence_s(nlp):
    doc = nlp("Police fired at marches in Harare. The organization condemned it.")
    found = sorted(doc[i].text for i in document_common_words(doc, load_actor_dictionary()))
    assert found == ["marches", "organization"]


def test_only_a_one_word_match_at_a_marked_word_is_refused():
    assert common_word_read(CommonWord("MARCHES"), 1)
    assert not common_word_read(CommonWord("MARCHES"), 2)
    assert not common_word_read("MARCHES", 1)


def test_the_english_glosses_of_foreign_names_are_withdrawn_in_any_case():
    import datetime as dt

    from communique.coder.actors.common_words import withdrawn_glosses

    day = dt.date(2019, 3, 4)
    assert {"YOUTH", "ORGANIZATION", "FALCON"} <= withdrawn_glosses()
    assert load_actor_dictionary(gloss_withdrawals=True).longest_actor(["YOUTH"], 0, day) is None
    assert load_actor_dictionary().longest_actor(["YOUTH"], 0, day) == ("FRAREB", 1)
    assert load_actor_dictionary(gloss_withdrawals=True).longest_actor(["GAZTERIAK"], 0, day) == ("FRAREB", 1)


@pytest.mark.model
def test_the_document_finder_reads_no_gloss_as_a_name(nlp):
    doc = nlp("Youth activists marched in Kampala. The youth wing said so.")
    found = sorted(doc[i].text for i in document_common_words(doc, load_actor_dictionary(gloss_withdrawals=True)))
    assert found == ["Youth", "youth"]
