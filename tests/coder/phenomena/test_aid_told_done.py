"""Material cooperation told as done (session 25, branch aid25): sums of money written off, forgiven, received or
released, credit lines extended, loans approved, soldiers trained, relief airlifted or carried by the tonne,
donations made. Sentences written for this test (tests/fixtures/aid_told_done.tsv), each read with the mechanism's
switch on and off; and the approved-aid table's bad row."""
from __future__ import annotations

import pytest
from fixture_tables import assert_bad_row_named, assert_the_on_off_table, code_dyads, fixture_rows

from communique.coder.phenomena import approved_aid as module

ROWS = fixture_rows("aid_told_done.tsv")
SWITCHES = sorted({row[3] for row in ROWS})


def test_the_table_covers_every_mechanism():
    assert SWITCHES == ["act_nouns", "approved_aid", "borrowed_patterns", "carried_cargo", "light_verbs",
                        "object_senses", "partitive_objects"]


@pytest.mark.parametrize("switch", SWITCHES)
def test_each_mechanism_reads_its_rows(nlp, monkeypatch, switch):
    rows = [row[:3] for row in ROWS if row[3] == switch]
    assert sum(on == off for _, on, off in rows) >= 1  # a control the mechanism leaves alone
    # relief_kinds reads relief conveyed too ("airlifted 100 tonnes of food"): off with each mechanism
    assert_the_on_off_table(monkeypatch, rows, code_dyads, (switch, "relief_kinds"), at_least=4, changed_at_least=2)


def test_a_bad_row_is_named(monkeypatch, tmp_path):
    assert_bad_row_named(monkeypatch, tmp_path, module, "approval_words", "# header\nadverb\tQUICKLY\n", 2)
