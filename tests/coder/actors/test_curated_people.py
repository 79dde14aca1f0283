"""The switches `curated_people` (coder/actors/curated.py) and `agent_additions` (coder/actors/dictionary.py). A
person the project's people table dates anew takes the curated code for the article's date in the coder's own actor
reading, before Phoenix's entries of the name; an agent Phoenix holds only in compounds ("opposition") is read.
Sentences written for this test (tests/fixtures/curated_people.tsv and below), read on and off; and the dictionary."""
from __future__ import annotations

import datetime

import pytest
from ..switch_tables import on_off_table_test

from communique.coder.actors.curated import actor_entries
from communique.coder.actors.dictionary import ActorEntry, load_actor_dictionary
from communique.errors import DataFileError


test_a_curated_person_takes_the_curated_code_of_the_day = on_off_table_test(
    "curated_people.tsv", ("curated_people",), at_least=15, changed_at_least=10)


def code_on(dictionary, name: str, day: datetime.date) -> str:
    words = name.upper().split()
    code, length = dictionary.longest_actor(words, 0, day)
    assert length == len(words)
    return code


def test_the_curated_record_wins_on_its_dates_and_phoenix_stands_outside_them():
    curated = load_actor_dictionary(curated_people=True)
    phoenix = load_actor_dictionary(curated_people=False)
    assert code_on(curated, "Jens Stoltenberg", datetime.date(2018, 3, 1)) == "IGOWSTNAT"
    assert code_on(phoenix, "Jens Stoltenberg", datetime.date(2018, 3, 1)) == "NORGOV"
    # between two curated offices (Portugal's government to 2002, the UNHCR from 2005) Phoenix's fallback holds
    assert code_on(curated, "Antonio Guterres", datetime.date(2003, 6, 1)) == "PRTELI"
    assert code_on(curated, "Antonio Guterres", datetime.date(2010, 6, 1)) == "IGOUNOREFHCR"
    assert code_on(curated, "Antonio Guterres", datetime.date(2019, 6, 1)) == "IGOUNO"


def test_a_lone_surname_is_left_to_the_document_s_actors():
    # "Guterres" is a variant of the curated row, of one word: the coder's phrases are not widened by it
    assert load_actor_dictionary(curated_people=True).longest_actor(["GUTERRES"], 0, datetime.date(2019, 1, 1)) \
        == load_actor_dictionary(curated_people=False).longest_actor(["GUTERRES"], 0, datetime.date(2019, 1, 1))


def test_the_table_s_dates_read_as_the_actor_dictionary_s_restrictions(tmp_path):
    day = datetime.date.fromisoformat
    assert actor_entries("XYZGOV 2001-02-03/; XYZELI /2001-02-03; XYZOPP 2001-01-01/2002-01-01; XYZ", tmp_path, 1) == [
        ActorEntry("XYZGOV", ">", day("2001-02-03").toordinal()),
        ActorEntry("XYZELI", "<", day("2001-02-03").toordinal()),
        ActorEntry("XYZOPP", "-", day("2001-01-01").toordinal(), day("2002-01-01").toordinal()),
        ActorEntry("XYZ")]
    with pytest.raises(DataFileError, match="line 7: '2001-13-01' is not a date"):
        actor_entries("XYZGOV 2001-13-01/", tmp_path, 7)


def test_the_agents_phoenix_holds_only_in_compounds_are_read_in_communique(nlp, monkeypatch):  # agent_additions
    from fixture_tables import communique_without

    from communique.pipeline import extract_text

    def sources(text):
        return [[a.code for a in e.source] for e in extract_text(text, "2018-06-12").events]

    assert sources("Kenya's opposition accused the government of rigging the vote.") == [["KENOPP"]]
    assert sources("The Venezuelan opposition called for protests on Saturday.") == [["VENOPP"]]
    assert ["SYRGOVMED"] in sources("Syrian state television said the army had retaken the town.")
    assert sources("Turkey's opposition leader criticised the decision.") == [["TUROPP"]]  # Phoenix's own compound
    communique_without(monkeypatch, "agent_additions")
    assert sources("Kenya's opposition accused the government of rigging the vote.") == [["KEN"]]
    assert load_actor_dictionary(agent_additions=False).longest_agent(["OPPOSITION"], 0) is None
    assert load_actor_dictionary(agent_additions=True).longest_agent(["OPPOSITION"], 0) == ("~OPP", 1)
