"""An organisation the state dissolves is closed by order, read from data/coder_named_senses.tsv (switch
`named_senses`): a group, movement, union or association dissolved is 172, where CAMEO.2.0's DISSOLVE has no code.
Sentences written for this test (tests/fixtures/legal_senses.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_dissolved_organisations_are_closed_by_order(nlp, monkeypatch):
    rows = fixture_rows("legal_senses.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("named_senses",), at_least=14, changed_at_least=8)
    assert sum(on == off for _, on, off in rows) >= 5  # the controls (the envoy summoned is 110 since summons24)


def test_the_row_is_read_with_each_verbs_forms():
    from communique.coder.codes import to_internal
    from communique.coder.phenomena.named_senses import named_sense_code

    assert named_sense_code("DISSOLVING", "GROUP") == to_internal("172")
    assert named_sense_code("DISSOLVES", "UNIONS") == to_internal("172")
    assert named_sense_code("DISSOLVED", "PARLIAMENT") is None
    assert named_sense_code("SUMMONED", "AMBASSADOR") == to_internal("110")  # an envoy told a grievance (summons24)
    assert named_sense_code("SUMMONED", "PARLIAMENT") is None  # the dictionary's SUMMON [040] is kept
