"""The switches `party_actors` and `glossed_names` (coder/actors/parties.py): political parties named in full or
by their acronyms are actors (data/actors_parties.tsv), and Phoenix phrases glossed by their own acronym are read
without the gloss. Sentences written for this test (tests/fixtures/party_actors.tsv), read on and off; the
party table's shape; the glosses freed and kept."""
from __future__ import annotations

import datetime

from ..switch_tables import on_off_table_test

from communique.coder.actors.dictionary import load_actor_dictionary
from communique.coder.actors.parties import GROUPED, PARTIES_FILE, _own_acronym, _party_phrases
from communique.data_files import data_path, tsv_rows

DAY = datetime.date(2018, 3, 1)


test_a_party_named_in_full_or_by_its_acronym_is_an_actor = on_off_table_test(
    "party_actors.tsv", ("party_actors", "glossed_names", "named_subjects"), at_least=25, changed_at_least=18)


def _table():
    return [fields for _, fields in tsv_rows(data_path(PARTIES_FILE), "the party table", min_width=4,
                                             header={"names"})]


def _country_codes() -> set[str]:
    rows = tsv_rows(data_path("actors_countries.tsv"), "countries", min_width=2, header={"iso3"})
    return {code for _, fields in rows for code in fields[:2]}


def test_the_party_table_is_well_formed():
    rows, known, seen = _table(), _country_codes(), set()
    assert 120 <= len(rows) <= 200
    for names, acronyms, country, codes in (r[:4] for r in rows):
        assert country == GROUPED or country in known, (names, country)
        for acronym in filter(None, acronyms.split("|")):
            assert len([ch for ch in acronym if ch.isalnum()]) >= 3, acronym
        for name in filter(None, [*names.split("|"), *acronyms.split("|")]):
            assert name.upper() not in seen, f"{name} twice"
            seen.add(name.upper())
        for part in codes.split(";"):
            code = part.split()[0]
            if country == GROUPED:
                assert code in {"~PTY", "~GOVPTY"}, (names, code)
            else:
                assert code.startswith(country) and code[3:] in {"GOVPTY", "OPPPTY", "PTY"}, (names, code)


def test_a_party_is_dated_and_phoenix_s_own_phrases_stand():
    parties = load_actor_dictionary(party_actors=True)
    assert parties.longest_actor(["UMNO"], 0, DAY) == ("MYSGOVPTY", 1)
    assert parties.longest_actor(["UMNO"], 0, datetime.date(2018, 6, 1)) == ("MYSOPPPTY", 1)
    assert parties.longest_actor("THE AWAMI LEAGUE".split(), 1, DAY) == ("BGDGOVPTY", 2)
    assert load_actor_dictionary().longest_actor(["UMNO"], 0, DAY) is None
    # Hamas is Phoenix's: the table does not touch a phrase Phoenix holds
    assert parties.longest_actor(["HAMAS"], 0, DAY) == load_actor_dictionary().longest_actor(["HAMAS"], 0, DAY)
    assert parties.longest_agent("LABOUR PARTY".split(), 0) == ("~PTY", 2)


def test_a_possessive_in_a_party_s_name_is_read_as_the_tokenizer_splits_it():
    assert ["REPUBLICAN", "PEOPLE", "'S", "PARTY"] in _party_phrases(["Republican People's Party"])
    assert ["PEOPLES", "'", "DEMOCRATIC", "PARTY"] in _party_phrases(["Peoples' Democratic Party"])


def test_a_gloss_that_is_the_name_s_own_acronym_is_dropped_and_others_are_kept():
    assert _own_acronym(("(INLA)",), ("IRISH", "NATIONAL", "LIBERATION", "ARMY"))
    assert _own_acronym(("(JEM)",), ("JAISH-E-MOHAMMAD",))
    assert not _own_acronym(("(GREECE)",), ("NATIONAL", "FRONT"))
    assert not _own_acronym(("(SOUTH", "AFRICA)"), ("AFRICAN", "NATIONAL", "CONGRESS"))
    glossed, phoenix = load_actor_dictionary(glossed_names=True), load_actor_dictionary(petrarch_quirks=True)
    words = "IRISH NATIONAL LIBERATION ARMY".split()
    assert glossed.longest_actor(words, 0, DAY) == ("WEUREB", 4)
    assert phoenix.longest_actor(words, 0, DAY) != ("WEUREB", 4)  # PETRARCH-2 never reads it whole
    assert glossed.longest_actor("NATIONAL FRONT".split(), 0, DAY) is None
    assert glossed.longest_actor(["OLIVE"], 0, DAY) is None
