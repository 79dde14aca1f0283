"""The object-senses rows of an office, a seat or a vote share taken (data/coder_additions_objects.tsv, phenomenon
(9); switch `object_senses`): "took office", "took the oath of office", "took their seats", "took 45 percent of the
vote" tell a post taken up or a result, "could take months" a span of time, not a seizure (171); sentences written for this test
(tests/fixtures/taken_offices.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows

CHANGED = 11  # the table's first rows; the others are controls


def test_an_office_or_a_vote_share_taken_is_no_seizure(nlp, monkeypatch):
    rows = fixture_rows("taken_offices.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("object_senses",), at_least=20, changed_at_least=CHANGED)
    assert all("171 " in off and "171 " not in on for _, on, off in rows[:CHANGED])
    assert all(on == off for _, on, off in rows[CHANGED:])


def test_the_rows_read_each_form_of_take():
    from communique.coder.additions import object_senses

    table = object_senses()
    assert all((form, noun) in table for form in ("TAKE", "TAKES", "TOOK", "TAKEN", "TAKING")
               for noun in ("OFFICE", "OATH", "SEAT", "SEATS", "CHARGE", "PERCENT", "MONTHS", "YEARS"))
    assert not any((form, noun) in table for form in ("TAKE", "TOOK") for noun in ("ACTION", "STEPS", "MEASURES"))
