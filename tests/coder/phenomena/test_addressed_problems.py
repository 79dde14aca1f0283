"""The object-senses rows of a problem addressed (data/coder_additions_objects.tsv, phenomenon (12); switch
`object_senses`): ADDRESS with a problem or a need as its object is dealing with it, not CAMEO.2.0.txt's speech
(010), so "agreed to address problems at the border" is an agreement (030); sentences written for this test
(tests/fixtures/addressed_problems.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_problem_addressed_is_dealt_with_not_spoken_to(nlp, monkeypatch):
    rows = fixture_rows("addressed_problems.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("object_senses",), at_least=6, changed_at_least=3)
    assert all(on.startswith("030 ") and (off.startswith("010 ") or off == "none") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 3  # an audience addressed
