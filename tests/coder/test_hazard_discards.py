"""The switch `hazard_discards` (coder/sentence.py): a discard phrase of PETRARCH-2's that names a disease or a
natural hazard ("Ebola", "typhoon", "tsunami") does not discard the sentence; the harm itself is still no force
(`natural_causes`). Sentences written for this test (tests/fixtures/hazard_discards.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows

CHANGED = 11  # the table's first rows; the others are controls


def test_a_disease_or_hazard_named_does_not_discard_the_sentence(nlp, monkeypatch):
    rows = fixture_rows("hazard_discards.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("hazard_discards",), at_least=13, changed_at_least=CHANGED)
    assert all(off == "none" for _, _, off in rows[:CHANGED])
    assert not any(e.startswith(("18", "19", "20")) for _, on, _ in rows for e in on.split("; "))  # no force
