"""The switch `region_names` (coder/actors/region_names.py): a region named by two words whose last word names a state
("Latin American governments", "Gulf Arab states") is the region, not that state. Sentences written for this test
(tests/fixtures/region_names.tsv), read on and off; and the phrases the dictionary gains."""
from __future__ import annotations

import datetime as dt

from communique.coder import Profile
from communique.coder.actors.dictionary import load_actor_dictionary
from communique.coder.actors.region_names import region_phrases

from ..switch_tables import on_off_table_test

test_a_region_of_two_words_is_the_region = on_off_table_test(
    "region_names.tsv", ("region_names",), at_least=12, changed_at_least=5)

test_a_region_named_by_the_article_and_one_word_is_the_region = on_off_table_test(
    "article_regions.tsv", ("region_names",), at_least=18, changed_at_least=11)


def test_the_article_region_is_refused_in_lower_case_and_before_of():
    from communique.coder.actors.common_words import CommonWord
    from communique.coder.actors.region_names import article_phrases, article_region_refused

    assert article_phrases()[("THE", "WEST")] == "WST"
    trie = {"WEST": {"BANK": {"#": []}}}
    assert not article_region_refused(["THE", "WEST", "OF", "HYPOCRISY"], 0, 2, trie)  # "accused the West of ..."
    assert not article_region_refused(["THE", "WEST", "'S", "DEMANDS"], 0, 2, trie)
    assert article_region_refused(["THE", CommonWord("WEST"), "OF"], 0, 2, trie)  # "the west of the country"
    assert article_region_refused(["THE", "WEST", "MIDLANDS"], 0, 2, trie)  # a name's first word
    assert article_region_refused(["THE", "WEST", "OF", "X"], 0, 2, {"WEST": {"OF": {"X": {"#": []}}}})
    assert ("THE", "GULF") not in article_phrases()  # a region of lands and waters, not a bloc
    assert not article_region_refused(["THE", "UN"], 0, 2, trie)  # no region's


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").region_names and not Profile.named("petrarch2").region_names


def test_only_names_of_two_words_or_more_are_added_and_phoenix_s_phrases_stand():
    phrases = region_phrases()
    assert phrases[("LATIN", "AMERICAN")] == "LAM" and phrases[("GULF", "ARAB")] == "PGS"
    assert ("EUROPEAN",) not in phrases and ("MIDDLE", "EAST") in phrases   # "the Middle East" without its article
    day = dt.date(2019, 3, 4)
    with_them, without = load_actor_dictionary(region_names=True), load_actor_dictionary()
    assert with_them.longest_actor(["LATIN", "AMERICAN"], 0, day) == ("LAM", 2)
    assert without.longest_actor(["LATIN", "AMERICAN"], 0, day) is None
    assert with_them.longest_actor(["SOUTH", "AFRICAN"], 0, day) == ("ZAF", 2)
