"""A law amended, revised, modified or changed, and a tax, fee, subsidy or quota abolished, ended or scrapped, is a
change of policy, CAMEO 083 (switch `additions`, data/coder_additions.txt's ALTER, SCRAP and CANCEL paths, session
27): CAMEO.2.0 codes an amendment passed 083 but leaves these verbs with such objects silent. Sentences written for this test
(tests/fixtures/legislative_changes.tsv), read with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_a_law_amended_is_a_change_of_policy(nlp, monkeypatch):
    rows = fixture_rows("legislative_changes.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("additions",), at_least=20, changed_at_least=13)
    assert all(on.startswith(("083", "034")) for _, on, off in rows if on != off)
