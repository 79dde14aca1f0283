"""The switch `unnamed_doer_stances` (coder/phenomena/stance_complements.py): a speaker's stance on an act whose doer
the sentence leaves unnamed ("said it was disappointed by the appointment", "the closure was a serious mistake, the
minister said") is that stance (110/111) with no target, where the sentence tells no other act; sentences written for
this test (tests/fixtures/unnamed_doer_stances.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_stance_on_an_act_whose_doer_is_unnamed_is_kept_with_no_target(nlp, monkeypatch):
    rows = fixture_rows("unnamed_doer_stances.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("unnamed_doer_stances",), at_least=15,
                            changed_at_least=3)  # a naming verb's row is naming_judgements' too
    assert all(on.split()[0][:2] == "11" and on.endswith(">") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 9  # a doer named or an OF phrase, no act noun, another act, a fact
