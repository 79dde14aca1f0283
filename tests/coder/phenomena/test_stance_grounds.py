"""The switch `stance_grounds` (coder/phenomena/stance_grounds.py): a verbal act whose object names no actor and whose
grounds a detached participle of saying gives is kept, not flattened into the participle's statement; sentences
written for this test (tests/fixtures/stance_grounds.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_stance_given_its_grounds_is_kept(nlp, monkeypatch):
    rows = fixture_rows("stance_grounds.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("stance_grounds",), at_least=18, changed_at_least=7)
    assert sum(on == off for _, on, off in rows) >= 7  # an actor object, a statement, an appeal, a material act
    assert all(on.split()[0][:2] in ("05", "01", "11", "12") for _, on, off in rows if on != off)


def test_the_participles_of_saying_and_the_stance_codes():
    from communique.coder.codes import to_internal
    from communique.coder.phenomena.stance_grounds import is_stance, saying_participles

    assert {"SAYING", "ARGUING", "ADDING", "NOTING", "INSISTING"} <= saying_participles()
    assert "KILLING" not in saying_participles()
    assert "ADMITTING" in saying_participles()  # spelled by English's rules: a final stressed consonant doubled
    assert is_stance(to_internal("052")) and is_stance(to_internal("120"))
    assert not is_stance(to_internal("010")) and not is_stance(to_internal("173"))
