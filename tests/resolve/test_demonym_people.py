"""The switch `demonym_people` (resolve/demonym_people.py): a country's people named by a plural demonym ("tens of
thousands of Israelis rallied") are its civilians, so their mobilisation (RALLY's 150) is PLOVER PROTEST, as one
by actors of a civilian role is (`mobilised_forces`). Sentences written for this test
(tests/fixtures/demonym_people.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, fixture_rows


def plover_types(document) -> str:
    return "; ".join(f"{e.cameo['code']} {e.plover.get('type')}" for e in document.events) or "none"


def test_a_people_named_by_a_plural_demonym_that_rallies_protests(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("demonym_people.tsv"), plover_types, ("demonym_people",),
                            at_least=9, changed_at_least=4)


def test_the_plural_demonyms_are_read_from_the_country_table_without_country_names():
    from communique.resolve.demonym_people import plural_demonyms

    demonyms = plural_demonyms()
    assert {"israelis", "kenyans", "afghans"} <= demonyms
    assert "philippines" not in demonyms and "kenyan" not in demonyms
