"""Readiness for an act a noun names (coder/nouns/readiness.py, switch `adjective_intents`): "ready for talks with
Yland", "open to negotiations" are the intent to do the act (036); sentences written for this test
(tests/fixtures/readiness_pps.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, assert_the_on_off_table, code_dyads, fixture_rows


def test_readiness_for_an_act_a_noun_names_is_the_intent_to_do_it(nlp, monkeypatch):
    rows = fixture_rows("readiness_pps.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("adjective_intents",), at_least=8, changed_at_least=5)
    assert all(on.startswith("03") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 3  # no act named, an intent the pairs lack


def test_a_bad_row_of_the_readiness_table_is_named(monkeypatch, tmp_path):
    from communique.coder.nouns import readiness

    assert_bad_row_named(monkeypatch, tmp_path, readiness, "readiness_pps", "READY\tFOR\nopen\tto\n", 2)
