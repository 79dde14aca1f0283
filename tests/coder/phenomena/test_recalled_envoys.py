"""The switch `recalled_envoys` (coder/phenomena/recalled_envoys.py, data/coder_recalled_envoys.tsv): the subject's
own envoy summoned, recalled or called home is a recall (161), another state's envoy summoned a protest (110);
sentences written for this test (tests/fixtures/recalled_envoys.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_states_own_envoy_called_home_is_a_recall(nlp, monkeypatch):
    rows = fixture_rows("recalled_envoys.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("recalled_envoys",), at_least=13, changed_at_least=5)
    assert sum(on == off for _, on, off in rows) >= 7  # the dictionary's recalls and the controls


def test_the_table_gives_verbs_envoys_owners_and_home_words():
    from communique.coder.phenomena.recalled_envoys import recalled_envoy_table

    table = recalled_envoy_table()
    assert {"SUMMONED", "RECALLED", "CALLED"} <= table["verb"] and {"AMBASSADOR", "ENVOYS"} <= table["envoy"]
    assert table["owner"] == {"ITS", "THEIR"} and "HOME" in table["home"]
