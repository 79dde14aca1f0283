"""The switch `event_nouns` (coder/nouns/events.py `_entry`): an event noun's modifiers are found before its head
and, where the premodifiers are coordinated, on the first conjunct the parse hangs the shared words on ("joint air and
naval manoeuvres": 062); sentences written for this test (tests/fixtures/event_nouns_coordinated.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_modifier_shared_by_coordinated_premodifiers_names_the_event(nlp, monkeypatch):
    rows = fixture_rows("event_nouns_coordinated.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("event_nouns",), at_least=7,
                            changed_at_least=4)  # one row read by begun_events as well since session 37 (psweep37)
    assert all(on.startswith("062 ") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 2  # no JOINT; no event noun


def test_the_shared_modifier_is_read_on_the_first_conjunct(nlp):
    from communique.coder.nouns.noun_tables import entry_of, head_entries, noun_tables, sentence_lemmas
    from communique.coder.phrases import phrase_view

    sent = next(nlp("Greece and Egypt staged joint air and naval manoeuvres south of Crete.").sents)
    view, lemmas = phrase_view(sent), sentence_lemmas(sent)
    head = next(t.i for t in sent if t.text == "manoeuvres")
    assert sent.doc[head - 4].head.i != head  # the parse hangs JOINT on AIR: the case this reads
    entry = entry_of(view, head, head_entries(view, head, noun_tables().nouns, lemmas))
    assert entry is not None and entry.words == ("JOINT", "MANOEUVRE") and entry.code == "062"
