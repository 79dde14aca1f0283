"""The switch `naming_judgements` (coder/phenomena/naming_judgements.py): a verb of naming's judgement of an act whose
doer the object's phrase leaves unnamed ("called her impeachment a coup", "rejected the report, calling it a
fabrication") is the speaker's stance (110/111/051), with the record's own target or none; a judgement of no act
("called the situation a disaster") stays as it was. Sentences written for this test
(tests/fixtures/naming_judgements.tsv), read on and off; and session 39's sweep of verbal conflict and cooperation
told in speech (tests/fixtures/spoken_judgement_sweep39.tsv), scored as the wire censuses are, at its floor."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, assert_wire_sweep_at, code_dyads, fixture_rows


def test_a_naming_verbs_judgement_of_an_act_with_an_unnamed_doer_is_the_speakers_stance(nlp, monkeypatch):
    rows = fixture_rows("naming_judgements.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("naming_judgements",), at_least=15,
                            changed_at_least=7)
    assert all(on.split()[0] in ("110", "111", "051") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 7  # a doer or person named, no act judged


def test_an_action_nouns_suffix_is_not_read_on_a_noun_of_a_state():
    from communique.coder.phenomena.naming_judgements import _action_noun, imposed_measures

    assert _action_noun("REMOVALS", frozenset()) and _action_noun("INDICTMENT", frozenset())
    assert not _action_noun("SITUATION", frozenset()) and not _action_noun("REGION", frozenset())
    assert "BLOCKADE" in imposed_measures() and "TROOPS" not in imposed_measures()


def test_the_spoken_judgement_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("spoken_judgement_sweep39.tsv", 0.74)
