"""The object-senses rows of a coalition formed (data/coder_additions_objects.tsv, phenomenon (10); switch
`object_senses`): "formed a coalition with two religious parties" is diplomatic cooperation (050), as CAMEO.2.0's
FORM ALLIANCE and JOIN COALITION; agreed to or announced, an intent (032). Sentences written for this test
(tests/fixtures/formed_coalitions.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows

FORMED = 7  # the table's first rows: coalitions formed, agreed or announced; the others are controls


def test_a_coalition_formed_is_diplomatic_cooperation(nlp, monkeypatch):
    rows = fixture_rows("formed_coalitions.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("object_senses",), at_least=15, changed_at_least=FORMED)
    assert all(any(e.startswith(("03", "05")) for e in on.split("; ")) and "050" not in off
               for _, on, off in rows[:FORMED])
    assert all("050" not in on or "ALLIANCE" in text.upper() for text, on, _ in rows[FORMED:])


def test_the_rows_read_each_form_of_form_and_forge():
    from communique.coder.additions import object_senses
    from communique.coder.codes import to_internal

    table = object_senses()
    assert all(table[(form, "COALITION")] == to_internal("050") for form in ("FORM", "FORMED", "FORGING"))
