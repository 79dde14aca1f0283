"""The switch `spoken_participles` (coder/phenomena/spoken_participles.py, coder/resolve.py): a detached present
participle of an act in words after a verb of saying ("..., the minister told reporters, rejecting Yland's proposal")
is the speaker's own act, with its own code and target; sentences written for this test
(tests/fixtures/spoken_participles.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_participle_of_an_act_in_words_after_a_verb_of_saying_is_the_speakers_act(nlp, monkeypatch):
    rows = fixture_rows("spoken_participles.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("spoken_participles",), at_least=16, changed_at_least=9)
    assert all(on.split()[0][:2] in ("02", "05", "11", "12") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 7  # saying, a modal or coded content, material, finite, fronted
