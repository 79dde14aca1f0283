"""Three sets of rows of data/coder_additions.txt for domestic political news (session 22, branch dom24a), on
sentences written for this test (tests/fixtures/domestic_acts.tsv): an election fought or contested is no event, a
petition filed in court a lawsuit (115), funding suspended aid stopped (1621); controls the rows must leave alone."""
from __future__ import annotations

from fixture_tables import assert_rows_read, fixture_rows, rows_changed_without

ROWS = fixture_rows("domestic_acts.tsv")


def test_elections_contested_petitions_filed_and_funding_suspended(nlp):
    assert_rows_read(ROWS, at_least=20, controls_at_least=6)


def test_the_rows_are_the_additions_own(nlp, monkeypatch):
    # without the additions the dictionary codes the campaigns as fights or disputes and is silent on the petitions
    # and budget support (halted funding and suspended loans are the act-noun table's 1621 already)
    changed = rows_changed_without(monkeypatch, ROWS, "additions")
    assert len(changed) >= 12, changed
