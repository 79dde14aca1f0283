"""The switch `framework_names` (coder/actors/framework_names.py): a city's name before a noun it makes the name of an
agreement or a framework ("the Kyoto protocol", "the Oslo accords") is no party to the act. Sentences written for
this test (tests/fixtures/framework_names.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


test_a_citys_name_that_names_an_agreement_is_no_target = on_off_table_test(
    "framework_names.tsv", ("framework_names",), at_least=15, changed_at_least=8)


def test_a_country_name_is_told_from_a_city():
    from communique.coder.actors.framework_names import country_names

    names = country_names()
    assert {"IRAN", "UGANDAN", "FRANCE"} <= names and not {"PARIS", "KYOTO", "OSLO"} & names
