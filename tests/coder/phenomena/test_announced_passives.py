"""A future agentless passive a government speaker announces has the speaker as its source (switch
`announced_passives`, coder/phenomena/announced_passives.py): "the interior minister said the curfew would be lifted"
is the government's intent to lift it (0351). Sentences written for this test (tests/fixtures/announced_passives.tsv),
read with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_a_government_speakers_future_passive_is_its_intent(nlp, monkeypatch):
    rows = fixture_rows("announced_passives.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("announced_passives",), at_least=12, changed_at_least=7)
    assert all(on.startswith("03") and "GOV>" in on.split(";")[0] for _, on, off in rows if on != off)
