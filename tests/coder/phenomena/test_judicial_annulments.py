"""The switch `judicial_findings`, its reading of a court that sets aside a law, an order, a decision or an election
(coder/phenomena/judicial_annulments.py, session 37): the court's finding that the instrument is unlawful (116), not
a dropped REVOKE_ record or EXCLUDE's 170; sentences written for this test (tests/fixtures/judicial_annulments.tsv),
read on and off."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_court_that_sets_aside_an_instrument_finds_it_unlawful(nlp, monkeypatch):
    rows = fixture_rows("judicial_annulments.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("judicial_findings",), at_least=16, changed_at_least=8)
    assert all(on.startswith("116 ") for _, on, off in rows if on != off)  # every change is a finding
    assert sum(on == off for _, on, off in rows) >= 8  # patterns, repeals, roads, persons suspended


def test_a_malformed_annulment_row_is_named_by_its_file_and_line(monkeypatch, tmp_path):
    from communique.coder.phenomena import judicial_annulments
    from communique.errors import DataFileError

    table = tmp_path / "table.tsv"
    table.write_text("# a comment\nkind\twords\nverb\tQUASH\nnoun\tLAW\n", encoding="utf-8")
    monkeypatch.setattr(judicial_annulments, "data_path", lambda name: table)
    judicial_annulments.annulment_words.cache_clear()
    with pytest.raises(DataFileError, match=r"table\.tsv line 4: expected 'kind<TAB>WORDS'"):
        judicial_annulments.annulment_words()
    judicial_annulments.annulment_words.cache_clear()
