"""A bare infinitive's subject right after its governing verb is that verb's target ("China will help Pakistan build
a new port": China helps Pakistan), in profile communique (switch `complement_actors`, coder/resolve.py
`small_clause`). Sentences written for this test (tests/fixtures/small_clauses.tsv), read with the switch on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_the_subject_of_a_bare_infinitive_is_the_helped = on_off_table_test(
    "small_clauses.tsv", ("complement_actors",), at_least=15, changed_at_least=6)
