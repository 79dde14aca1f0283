"""The object-senses rows of a prize or an award given (data/coder_additions_objects.tsv, phenomenon (10); switch
`object_senses`): "awarded the prize to", "gave its highest award to" are praise (051), as CAMEO.2.0's own AWARD *
MEDAL and PRESENT * PRIZE read them, not the GRANT block's material aid (060); sentences written for this test
(tests/fixtures/awarded_prizes.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows

CHANGED = 7  # the table's first rows; the others are controls


def test_a_prize_given_is_praise(nlp, monkeypatch):
    rows = fixture_rows("awarded_prizes.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("object_senses",), at_least=10, changed_at_least=CHANGED)
    assert all(on != off for _, on, off in rows[:CHANGED])
    assert all(on == off for _, on, off in rows[CHANGED:])


def test_the_rows_read_each_verb_of_the_grant_block():
    from communique.coder.additions import object_senses

    table = object_senses()
    assert all(table[(form, noun)] == table[("AWARDED", "PRIZE")]
               for form in ("AWARD", "AWARDED", "GAVE", "GIVEN", "GRANTED", "BESTOWED")
               for noun in ("PRIZE", "PRIZES", "AWARD", "AWARDS"))
    assert ("AWARDED", "CONTRACT") not in table and ("AWARDED", "COMPENSATION") not in table
