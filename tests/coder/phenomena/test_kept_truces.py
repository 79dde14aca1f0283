"""The object-senses rows of a truce kept (data/coder_additions_objects.tsv, phenomenon (7); switch `object_senses`):
respecting, keeping or upholding a ceasefire is carrying it out (0871); sentences written for this test
(tests/fixtures/kept_truces.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_truce_respected_or_kept_is_a_ceasefire_carried_out(nlp, monkeypatch):
    rows = fixture_rows("kept_truces.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("object_senses",), at_least=13, changed_at_least=8)
    assert all(not on.startswith("0871") for _, on, _ in rows[8:])  # the controls: violated, urged, vowed, others


def test_the_rows_read_each_form_of_the_verbs():
    from communique.coder.additions import object_senses
    from communique.coder.codes import to_internal

    table = object_senses()
    assert all(table[(form, "TRUCE")] == to_internal("0871") for form in ("RESPECTED", "KEPT", "UPHELD", "STUCK"))
