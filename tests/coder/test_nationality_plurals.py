"""The switch `nationality_plurals` (coder/actors/nationality_plurals.py): a nationality plural the Phoenix files
lack ("Armenians") is its country, alone or in the OF phrase of a quantity head ("thousands of Armenians").
Sentences written for this test (tests/fixtures/nationality_plurals.tsv), read on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test

from communique.coder.actors.nationality_plurals import nationality_plurals
from communique.evaluate.main_class import main_event


def main_source(document) -> str:
    """The main event's source codes ("-" where the sentence has no event)."""
    chosen = main_event(document.events)
    return "+".join(r.code for r in chosen.source) if chosen else "-"


test_nationality_plurals_are_their_countries = on_off_table_test(
    "nationality_plurals.tsv", ("nationality_plurals",), at_least=15, changed_at_least=6, read=main_source)


def test_the_plurals_are_countries_only_and_not_common_nouns():
    plurals = nationality_plurals()
    assert plurals[("ARMENIANS",)] == "ARM" and plurals[("NORTH", "KOREANS")] == "PRK"
    assert ("POLES",) not in plurals and ("KIWIS",) not in plurals  # common nouns
    assert ("EUROPEANS",) not in plurals  # a region's, no state
    assert ("ARMENIAN",) not in plurals  # singulars are Phoenix's
