"""A decree, a law or a reform revoked, repealed or scrapped is the government's yielding (CAMEO 080), act nouns of
data/act_nouns.tsv with a stop code only; sentences written for this test (tests/fixtures/withdrawn_measures.tsv),
read with act_nouns on and off. Passing, issuing, adopting or vetoing one keeps the dictionary's reading."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


@pytest.mark.model
def test_withdrawn_measures_are_yielding(nlp, monkeypatch):
    rows = fixture_rows("withdrawn_measures.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("act_nouns",), at_least=15, changed_at_least=10)
    assert all(on == off for text, on, off in rows if any(w in text for w in ("passed", "issued", "adopted",
                                                                              "vetoed", "constitution")))
