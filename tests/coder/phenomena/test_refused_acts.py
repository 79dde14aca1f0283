"""The switch `refused_acts` (coder/phenomena/refused_acts.py): an act that a verb of refusing governs by its
to-infinitive ("refused to send troops", "declined to impose sanctions") is a rejection, 120, not the act itself;
sentences written for this test (tests/fixtures/refused_acts.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, coded_rows, fixture_rows


def test_a_refused_act_is_a_rejection(nlp, monkeypatch):
    rows = fixture_rows("refused_acts.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("refused_acts",), at_least=15, changed_at_least=9)
    assert all(all(e.startswith("120 ") for e in on.split("; ")) for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 6  # cooperation refused, a comment, "not", "failed", "denied"


def test_the_refusal_is_asserted_and_typed_reject(nlp):
    (_, document), = coded_rows([("The Nigerian army refused to send troops to Mali on Thursday.",)])
    event, = document.events
    assert (event.cameo["code"], event.plover["type"], event.modality) == ("120", "REJECT", "asserted")
