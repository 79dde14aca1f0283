"""The switch `uncoded_comment_contents` (coder/adapter.py, coder/comment_acts.py): a denial of a content clause
that codes nothing ("denied that it had any role in ...") is the denial, 016, not the rejection (120) that DENY's
negation composes. Sentences written for this test (tests/fixtures/uncoded_comment_contents.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_denial_of_an_uncoded_content_is_a_denial(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("uncoded_comment_contents.tsv"), code_dyads,
                            ("uncoded_comment_contents",), at_least=12, changed_at_least=4)
