"""The switch `uncoded_comment_contents` (coder/adapter.py, coder/comment_acts.py): a denial of a content clause
that codes nothing ("denied that it had any role in ...") is the denial, 016, not the rejection (120) that DENY's
negation composes. Sentences written for this test (tests/fixtures/uncoded_comment_contents.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


test_a_denial_of_an_uncoded_content_is_a_denial = on_off_table_test(
    "uncoded_comment_contents.tsv", ("uncoded_comment_contents",), at_least=12, changed_at_least=4, read=code_dyads)
