"""A bare infinitive's subject right after its governing verb is that verb's target ("China will help Pakistan build
a new port": China helps Pakistan), in profile communique (switch `complement_actors`, coder/resolve.py
`small_clause`). Sentences written for this test (tests/fixtures/small_clauses.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_the_subject_of_a_bare_infinitive_is_the_helped(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("small_clauses.tsv"), code_actors, ("complement_actors",),
                            at_least=6, changed_at_least=1)
