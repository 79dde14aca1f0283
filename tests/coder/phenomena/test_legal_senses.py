"""Two senses of legal and coercive acts read from data/coder_named_senses.tsv (switch `named_senses`): an envoy
summoned is told a grievance (110, the PLOVER manual's ACCUSE), not consulted (CAMEO.2.0's SUMMON [040]); a group,
movement, union or association the state dissolves is closed by order (172), where CAMEO.2.0's DISSOLVE has no code.
Sentences written for this test (tests/fixtures/legal_senses.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_summoned_envoys_and_dissolved_organisations(nlp, monkeypatch):
    rows = fixture_rows("legal_senses.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("named_senses",), at_least=16, changed_at_least=10)
    assert sum(on == off for _, on, off in rows) >= 6  # the controls


def test_the_rows_are_read_with_each_verbs_forms():
    from communique.coder.codes import to_internal
    from communique.coder.phenomena.named_senses import named_sense_code

    assert named_sense_code("SUMMONED", "AMBASSADOR") == to_internal("110")
    assert named_sense_code("SUMMONS", "ENVOY") == to_internal("110")
    assert named_sense_code("SUMMONED", "SUPPORTERS") is None  # a summons of no envoy keeps the dictionary's code
    assert named_sense_code("DISSOLVING", "GROUP") == to_internal("172")
    assert named_sense_code("DISSOLVED", "PARLIAMENT") is None
