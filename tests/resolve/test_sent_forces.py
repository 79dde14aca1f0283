"""The switch `sent_forces` (resolve/mobilised_forces.py `sent_forces_code`): forces, aircraft or warships a state
sends where no state receives them, the recipient read being its own forces, are a mobilisation, not aid. Sentences
written for this test (tests/fixtures/sent_forces.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.records import ActorRef
from communique.resolve.mobilised_forces import sent_forces_code


def test_forces_sent_to_no_other_state_are_a_mobilisation(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("sent_forces.tsv"), code_actors, ("sent_forces",),
                            at_least=15, changed_at_least=4)


def actor(country: str, sector: str | None) -> ActorRef:
    return ActorRef(text=country, name=country, country=country, sector=sector, code=country + (sector or ""))


def test_the_code_needs_a_verb_of_sending_and_the_sender_s_own_forces_only():
    usa, usamil, jpn, police = (actor("USA", None), actor("USA", "MIL"), actor("JPN", None), actor("USA", "COP"))
    assert sent_forces_code("072", "SENT", [usa], [usamil]) == "154"
    assert sent_forces_code("072", "DISPATCHED", [usa], [police]) == "153"
    assert sent_forces_code("072", "SENT", [usa], [usamil, jpn]) is None  # a state receives some of it
    assert sent_forces_code("072", "GAVE", [usa], [usamil]) is None  # no verb of sending
    assert sent_forces_code("073", "SENT", [usa], [usamil]) is None  # relief keeps its code
