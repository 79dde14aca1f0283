"""The switch `ultimatums` (coder/phenomena/ultimatums.py): "Xland gave Yland ten days to withdraw its troops" is an
ultimatum (139), not the material cooperation GIVE's block codes (060); a thing given, time off, or more time
granted is not. Sentences written for this test (tests/fixtures/ultimatums.tsv), read on and off."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_time_limit_given_to_act_is_an_ultimatum(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("ultimatums.tsv"), code_dyads, ("ultimatums",),
                            at_least=15, changed_at_least=8)


def test_a_malformed_table_row_is_named_in_one_sentence(tmp_path, monkeypatch):
    from communique.coder.phenomena import ultimatums
    from communique.errors import DataFileError

    bad = tmp_path / "coder_ultimatums.tsv"
    bad.write_text("verb\tGIVE\nspan\tdays\ncode\t139\n", encoding="utf-8")
    monkeypatch.setattr(ultimatums, "data_path", lambda name: bad)
    ultimatums.ultimatum_table.cache_clear()
    try:
        with pytest.raises(DataFileError, match="line 2"):
            ultimatums.ultimatum_table()
    finally:
        ultimatums.ultimatum_table.cache_clear()
