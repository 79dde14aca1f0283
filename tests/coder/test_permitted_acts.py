"""A permission outranks the act it permits (switch `permitted_acts`, coder/prominence.py rule 1,
data/coder_permission_verbs.tsv): "Yland allowed the opposition leader to leave for Zland" is Yland's yielding
(080) first, the leader's departure after it. Sentences written for this test (tests/fixtures/permitted_acts.tsv),
read with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder.prominence import permission_verbs


def test_a_permission_outranks_the_act_it_permits(nlp, monkeypatch):
    rows = fixture_rows("permitted_acts.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("permitted_acts",), at_least=16, changed_at_least=4)
    for _, on, off in rows:  # the order changes, never the events
        assert sorted(on.split("; ")) == sorted(off.split("; "))


def test_the_verbs_of_permission_are_read_from_their_data_file():
    assert {"ALLOW", "PERMIT", "AUTHORISE", "AUTHORIZE"} <= permission_verbs()
    assert "SAY" not in permission_verbs() and "REFUSE" not in permission_verbs()
