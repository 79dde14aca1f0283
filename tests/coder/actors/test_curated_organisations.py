"""The switch `curated_organisations` (coder/actors/curated.py): the names of two words or more of
data/actors_organisations.tsv's curated rows are actor phrases of the coder where no Phoenix phrase holds them, so that
"prosecutors at the International Criminal Court" are the court's, not Russian or Sudanese criminals and judges.
Sentences written for this test (tests/fixtures/curated_organisations.tsv), read on and off."""
from __future__ import annotations

import datetime as dt

from communique.coder import Profile
from communique.coder.actors.dictionary import load_actor_dictionary

from ..switch_tables import on_off_table_test

test_an_organisation_is_read_by_its_full_name = on_off_table_test(
    "curated_organisations.tsv", ("curated_organisations",), at_least=12, changed_at_least=5)

test_an_organisation_is_read_by_its_wire_epithet = on_off_table_test(
    "organisation_epithets.tsv", ("curated_organisations",), at_least=16, changed_at_least=10)


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").curated_organisations and not Profile.named("petrarch2").curated_organisations


def test_names_of_two_words_are_added_and_phoenix_s_phrases_stand():
    day = dt.date(2019, 3, 4)
    with_them, without = load_actor_dictionary(curated_organisations=True), load_actor_dictionary()
    court = "INTERNATIONAL CRIMINAL COURT".split()
    assert with_them.longest_actor(court, 0, day) == ("IGOJUDICC", 3)
    assert without.longest_actor(court, 0, day) is None
    assert with_them.longest_actor(["AFRICAN", "UNION"], 0, day) == ("IGOAFRAFU", 2)
    assert with_them.longest_actor(["WHO"], 0, day) == without.longest_actor(["WHO"], 0, day)  # one word: left
    assert with_them.longest_actor(["ICC"], 0, day) == without.longest_actor(["ICC"], 0, day) == ("IGOJUDICC", 1)
